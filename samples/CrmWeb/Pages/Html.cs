using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;

namespace CrmWeb.Pages;

/// <summary>Plain HTML for the pages: a layout, encoded text and the antiforgery field of a form.</summary>
internal static class Html
{
    public static IResult Page(string title, string body, int statusCode = StatusCodes.Status200OK) => Results.Content(
        $"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>{E(title)} - CrmWeb</title></head>
        <body><nav><a href="/leads">Leads</a> | <a href="/leads/new">New lead</a> | <a href="/health">Health</a> | <a href="/signout">Sign out</a></nav>
        <h1>{E(title)}</h1>
        {body}
        </body></html>
        """, "text/html; charset=utf-8", Encoding.UTF8, statusCode);

    public static string E(object? value) => WebUtility.HtmlEncode(value switch
    {
        null => "",
        decimal d => d.ToString("N2", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    });

    public static string Antiforgery(IAntiforgery antiforgery, HttpContext context)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return $"""<input type="hidden" name="{E(tokens.FormFieldName)}" value="{E(tokens.RequestToken)}">""";
    }
}

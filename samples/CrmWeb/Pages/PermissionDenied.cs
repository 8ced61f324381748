using System.Text;
using ZohoCrm.Data;

namespace CrmWeb.Pages;

/// <summary>
/// Zoho applies each signed-in user's own profile: a page that reads a module the user's profile gives no access to
/// gets Zoho's NO_PERMISSION, shown as a 403 page instead of an error.
/// </summary>
internal static class PermissionDenied
{
    public static IApplicationBuilder UseZohoPermissionDeniedPage(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (NoPermission(e) is { } denied && !context.Response.HasStarted)
        {
            context.Response.Clear();
            await Html.Page("No access",
                    $"<p>Your Zoho CRM profile does not allow this page. Zoho answered: {Html.E(denied.Message)}</p><p>Ask your Zoho administrator for access, or go back to the <a href=\"/leads\">Leads</a>.</p>",
                    StatusCodes.Status403Forbidden)
                .ExecuteAsync(context);
        }
    });

    private static ZohoCrmException? NoPermission(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is ZohoCrmException { Code: "NO_PERMISSION" } zoho)
            {
                return zoho;
            }
        }

        return null;
    }
}

using ZohoCrm.Emulator.Domain.Metadata;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using ZohoCrm.Emulator.Domain;
using ZohoCrm.Emulator.Domain.OAuth;
using ZohoCrm.Emulator.Http.Hosting;

namespace ZohoCrm.Emulator.Http.Auth;

/// <summary>
/// The accounts server: the consent page <c>/oauth/v2/auth</c>, the token endpoint <c>/oauth/v2/token</c> and
/// <c>/oauth/v2/token/revoke</c>. Token errors are <c>{"error":"..."}</c> with HTTP 200, as Zoho answers them.
/// </summary>
public static class OAuthEndpoints
{
    /// <summary>The data center the redirect reports; the emulator plays the US one.</summary>
    public const string Location = "us";

    private static readonly string[] ConsentFields = ["client_id", "redirect_uri", "scope", "response_type", "access_type", "prompt", "state"];

    public static IEndpointRouteBuilder MapOAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var oauth = app.MapGroup("/oauth/v2");
        oauth.MapGet("/auth", ShowConsentAsync).WithName("oauth.auth");
        oauth.MapPost("/auth", SubmitConsentAsync).WithName("oauth.auth.submit");
        oauth.MapPost("/token", TokenAsync).WithName("oauth.token");
        oauth.MapPost("/token/revoke", RevokeAsync).WithName("oauth.token.revoke");
        return app;
    }

    private static async Task ShowConsentAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var oauth = services.GetRequiredService<OAuthServer>();
        var query = context.Request.Query.ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);
        var error = oauth.ValidateAuthorizationRequest(Get(query, "client_id"), Get(query, "redirect_uri"), Get(query, "response_type"), Get(query, "scope"));
        if (error is not null)
        {
            await WriteErrorPageAsync(context, error, query);
            return;
        }

        if (services.GetRequiredService<EmulatorSettings>().AutoApprove)
        {
            RedirectWithCode(context, oauth, query);
            return;
        }

        await WriteConsentPageAsync(context, query);
    }

    private static async Task SubmitConsentAsync(HttpContext context)
    {
        var oauth = context.RequestServices.GetRequiredService<OAuthServer>();
        var form = await OAuthParameters.ReadAsync(context.Request, context.RequestAborted);
        var error = oauth.ValidateAuthorizationRequest(Get(form, "client_id"), Get(form, "redirect_uri"), Get(form, "response_type"), Get(form, "scope"));
        if (error is not null)
        {
            await WriteErrorPageAsync(context, error, form);
            return;
        }

        long? user = null;
        if (Get(form, "user") is { } chosen)
        {
            var schema = context.RequestServices.GetRequiredService<OrgSchema>();
            if (!long.TryParse(chosen, System.Globalization.CultureInfo.InvariantCulture, out var id) || schema.FindUser(id) is not { Status: "active" })
            {
                await WriteHtmlAsync(context, 400, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Zoho CRM emulator: unknown user</title></head><body>\n"
                    + $"<h1>Unknown user</h1>\n<p>The user '{Encode(chosen)}' is not an active user of this org; choose one on the consent page.</p>\n</body></html>\n");
                return;
            }

            user = id;
        }

        if (Get(form, "approve") != "true")
        {
            var denied = new Dictionary<string, string?> { ["error"] = "access_denied" };
            if (Get(form, "state") is { } state)
            {
                denied["state"] = state;
            }

            context.Response.Redirect(QueryHelpers.AddQueryString(form["redirect_uri"], denied));
            return;
        }

        RedirectWithCode(context, oauth, form, user);
    }

    // The administrator signs in unless the consent page named another user.
    private static void RedirectWithCode(HttpContext context, OAuthServer oauth, IReadOnlyDictionary<string, string> request, long? user = null)
    {
        var code = oauth.IssueGrantCode(request["client_id"], request["redirect_uri"], request["scope"], Get(request, "access_type"), Get(request, "prompt"), user);
        var parameters = new Dictionary<string, string?>();
        if (Get(request, "state") is { } state)
        {
            parameters["state"] = state;
        }

        parameters["code"] = code;
        parameters["location"] = Location;
        parameters["accounts-server"] = context.RequestServices.GetRequiredService<EmulatorAddress>().BaseUrl;
        context.Response.Redirect(QueryHelpers.AddQueryString(request["redirect_uri"], parameters));
    }

    private static async Task TokenAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var oauth = services.GetRequiredService<OAuthServer>();
        var p = await OAuthParameters.ReadAsync(context.Request, context.RequestAborted);
        TokenOutcome outcome = Get(p, "grant_type") switch
        {
            "authorization_code" => oauth.ExchangeCode(Get(p, "client_id"), Get(p, "client_secret"), Get(p, "code"), Get(p, "redirect_uri")),
            "refresh_token" => oauth.Refresh(Get(p, "client_id"), Get(p, "client_secret"), Get(p, "refresh_token")),
            "client_credentials" => oauth.ClientCredentials(Get(p, "client_id"), Get(p, "client_secret"), Get(p, "scope"), Get(p, "soid")),
            null => new TokenRefused(OAuthErrors.InvalidRequest),
            _ => new TokenRefused(OAuthErrors.UnsupportedGrantType),
        };

        await WriteJsonAsync(context, outcome is TokenThrottled ? 400 : 200, json =>
        {
            switch (outcome)
            {
                case TokensIssued issued:
                    json.WriteString("access_token", issued.AccessToken);
                    if (issued.RefreshToken is not null)
                    {
                        json.WriteString("refresh_token", issued.RefreshToken);
                    }

                    json.WriteString("scope", issued.Scopes.ToString());
                    json.WriteString("api_domain", services.GetRequiredService<EmulatorSettings>().ApiDomain ?? services.GetRequiredService<EmulatorAddress>().BaseUrl);
                    json.WriteString("token_type", "Bearer");
                    json.WriteNumber("expires_in", issued.ExpiresInSeconds);
                    break;
                case TokenThrottled:
                    json.WriteString("error_description", TokenThrottled.Description);
                    json.WriteString("error", TokenThrottled.Error);
                    json.WriteString("status", "failure");
                    break;
                case TokenRefused refused:
                    json.WriteString("error", refused.Error);
                    break;
            }
        });
    }

    private static async Task RevokeAsync(HttpContext context)
    {
        var oauth = context.RequestServices.GetRequiredService<OAuthServer>();
        var p = await OAuthParameters.ReadAsync(context.Request, context.RequestAborted);
        if (oauth.Revoke(Get(p, "token")))
        {
            await WriteJsonAsync(context, 200, json => json.WriteString("status", "success"));
        }
        else
        {
            await WriteJsonAsync(context, 400, json =>
            {
                json.WriteString("status", "failure");
                json.WriteString("error", OAuthErrors.InvalidToken);
            });
        }
    }

    private static async Task WriteJsonAsync(HttpContext context, int status, Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        context.Response.Headers.CacheControl = "no-store";
        context.Response.ContentLength = buffer.Length;
        await context.Response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), context.RequestAborted);
    }

    private static Task WriteConsentPageAsync(HttpContext context, IReadOnlyDictionary<string, string> request)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Zoho CRM emulator: authorize</title></head><body>\n");
        html.Append("<h1>Authorize access to the Zoho CRM emulator</h1>\n");
        html.Append("<p>The application <strong>").Append(Encode(request["client_id"])).Append("</strong> asks for these scopes:</p>\n<ul>\n");
        foreach (var scope in ZohoScope.SplitList(request["scope"]))
        {
            html.Append("<li>").Append(Encode(scope)).Append("</li>\n");
        }

        html.Append("</ul>\n<form method=\"post\" action=\"/oauth/v2/auth\">\n");

        // Zoho's page signs in whoever has the browser; here the user is chosen, each with their own profile.
        var schema = context.RequestServices.GetRequiredService<OrgSchema>();
        html.Append("<label for=\"user\">Sign in as</label>\n<select id=\"user\" name=\"user\">\n");
        foreach (var user in schema.Users.Where(u => u.Status == "active"))
        {
            html.Append("<option value=\"").Append(user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('"')
                .Append(user.Id == schema.CurrentUser.Id ? " selected" : "").Append('>')
                .Append(Encode($"{user.FullName} ({user.ProfileName} profile{(user.ModulesWithoutAccess.Count > 0 ? ", no access to " + string.Join(", ", user.ModulesWithoutAccess) : "")})"))
                .Append("</option>\n");
        }

        html.Append("</select>\n");
        foreach (var field in ConsentFields)
        {
            if (Get(request, field) is { } value)
            {
                html.Append("<input type=\"hidden\" name=\"").Append(field).Append("\" value=\"").Append(Encode(value)).Append("\">\n");
            }
        }

        html.Append("<button type=\"submit\" name=\"approve\" value=\"true\">Accept</button>\n");
        html.Append("<button type=\"submit\" name=\"approve\" value=\"false\">Reject</button>\n</form>\n</body></html>\n");
        return WriteHtmlAsync(context, 200, html.ToString());
    }

    private static Task WriteErrorPageAsync(HttpContext context, string error, IReadOnlyDictionary<string, string> request)
    {
        var explanation = error switch
        {
            OAuthErrors.InvalidClient => $"The client_id '{Get(request, "client_id")}' is not registered with this accounts server.",
            OAuthErrors.InvalidRedirectUri => $"The redirect_uri '{Get(request, "redirect_uri")}' is not registered for this client; use the configured one or a loopback (localhost, 127.0.0.1) URI.",
            OAuthErrors.UnsupportedResponseType => "response_type must be 'code'.",
            _ => $"The scope '{Get(request, "scope")}' is missing or not a list of Zoho scopes such as ZohoCRM.modules.ALL.",
        };
        var html = $"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Zoho CRM emulator: {Encode(error)}</title></head><body>\n"
            + $"<h1>{Encode(error)}</h1>\n<p>{Encode(explanation)}</p>\n</body></html>\n";
        return WriteHtmlAsync(context, 400, html);
    }

    private static async Task WriteHtmlAsync(HttpContext context, int status, string html)
    {
        var bytes = Encoding.UTF8.GetBytes(html);
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    private static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");

    private static string? Get(IReadOnlyDictionary<string, string> values, string key) =>
        values.TryGetValue(key, out var value) && value.Length > 0 ? value : null;
}

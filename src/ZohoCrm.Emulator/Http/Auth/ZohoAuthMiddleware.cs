using ZohoCrm.Emulator.Domain.Metadata;
using Microsoft.AspNetCore.Http;
using ZohoCrm.Emulator.Domain;
using ZohoCrm.Emulator.Domain.OAuth;
using ZohoCrm.Emulator.Http.Errors;
using ZohoCrm.Emulator.Http.Hosting;

namespace ZohoCrm.Emulator.Http.Auth;

/// <summary>
/// Authenticates CRM API calls: <c>Authorization: Zoho-oauthtoken &lt;token&gt;</c> (<c>Bearer</c> only when lenient).
/// Missing or garbled header: 401 AUTHENTICATION_FAILURE; unknown, revoked or expired token: 401 INVALID_TOKEN;
/// a token whose scopes don't cover the call (<see cref="ScopeRequirements"/>): 401 OAUTH_SCOPE_MISMATCH; a module
/// the token's user's profile gives no access to (<see cref="Domain.Metadata.UserDefinition.ModulesWithoutAccess"/>):
/// 403 NO_PERMISSION. Calls act as the token's user (<see cref="GrantedScopes.GetTokenUser"/>).
/// </summary>
public sealed class ZohoAuthMiddleware
{
    public const string Scheme = "Zoho-oauthtoken";
    private readonly RequestDelegate _next;
    private readonly OAuthServer _oauth;
    private readonly EmulatorSettings _settings;
    private readonly OrgSchema _schema;

    public ZohoAuthMiddleware(RequestDelegate next, OAuthServer oauth, EmulatorSettings settings, OrgSchema schema)
    {
        _next = next;
        _oauth = oauth;
        _settings = settings;
        _schema = schema;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        if (!EmulatorPaths.IsCrm(context.Request.Path))
        {
            await _next(context);
            return;
        }

        var token = ReadToken(context.Request.Headers.Authorization.ToString(), acceptBearer: !_settings.Strict);
        if (token is null)
        {
            await ZohoErrorResponse.WriteAsync(context, 401, "AUTHENTICATION_FAILURE", "Authentication failed");
            return;
        }

        var check = _oauth.Authenticate(token);
        if (check.State != AccessTokenState.Valid)
        {
            await ZohoErrorResponse.WriteAsync(context, 401, "INVALID_TOKEN", "invalid oauth token");
            return;
        }

        context.SetGrantedScopes(check.Scopes!);
        context.SetTokenUser(check.UserId);
        if (context.Request.Path.StartsWithSegments(EmulatorPaths.CrmV8, StringComparison.OrdinalIgnoreCase, out var rest))
        {
            if (!check.Scopes!.CoversAll(ScopeRequirements.For(context.Request.Method, rest.Value ?? "")))
            {
                await ZohoErrorResponse.WriteAsync(context, 401, "OAUTH_SCOPE_MISMATCH", "invalid oauth scope to access this URL");
                return;
            }

            // The records, search and count APIs name their module first; COQL checks the modules of its query.
            if (rest.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries) is [var first, ..] && _schema.FindModule(first) is { } module)
            {
                context.EnsureModulePermission(_schema, module.ApiName);
            }
        }

        await _next(context);
    }

    /// <summary>The token of a well-formed header; null when it is missing, of another scheme or has no token.</summary>
    internal static string? ReadToken(string header, bool acceptBearer)
    {
        var space = header.IndexOf(' ');
        if (space <= 0)
        {
            return null;
        }

        var scheme = header[..space];
        var token = header[(space + 1)..].Trim();
        var schemeOk = scheme.Equals(Scheme, StringComparison.OrdinalIgnoreCase)
            || (acceptBearer && scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase));
        return schemeOk && token.Length > 0 && !token.Contains(' ') ? token : null;
    }
}

using Microsoft.AspNetCore.Http;
using ZohoCrm.Emulator.Domain.Errors;
using ZohoCrm.Emulator.Domain.OAuth;

namespace ZohoCrm.Emulator.Http.Auth;

/// <summary>
/// The scopes of the token that authenticated a call, for checks only an endpoint can make: COQL needs read access
/// to the module named inside the query (<c>ZohoCRM.modules.{module}.READ</c>) besides <c>ZohoCRM.coql.READ</c>.
/// </summary>
public static class GrantedScopes
{
    private const string ItemKey = "ZohoCrm.Emulator.GrantedScopes";
    private const string UserKey = "ZohoCrm.Emulator.TokenUser";

    public static void SetTokenUser(this HttpContext context, long? userId) => context.Items[UserKey] = userId;

    /// <summary>The user the call's token belongs to; null outside the CRM API.</summary>
    public static long? GetTokenUser(this HttpContext context) => context.Items.TryGetValue(UserKey, out var value) ? value as long? : null;

    /// <summary>Throws 403 NO_PERMISSION when the token's user's profile gives no access to <paramref name="module"/>.</summary>
    public static void EnsureModulePermission(this HttpContext context, Domain.Metadata.OrgSchema schema, string module)
    {
        if (context.GetTokenUser() is { } userId && schema.FindUser(userId) is { } user && !user.CanAccess(module))
        {
            throw new ZohoApiException(403, "NO_PERMISSION", "permission denied",
                new Dictionary<string, object?> { ["permissions"] = new List<object?> { "Crm_Implied_View_" + module } });
        }
    }

    public static void SetGrantedScopes(this HttpContext context, ScopeSet scopes) => context.Items[ItemKey] = scopes;

    public static ScopeSet? GetGrantedScopes(this HttpContext context) => context.Items.TryGetValue(ItemKey, out var value) ? value as ScopeSet : null;

    /// <summary>Throws 401 OAUTH_SCOPE_MISMATCH unless the call's token may do <paramref name="operation"/> (READ, CREATE, ...) on <paramref name="module"/>.</summary>
    public static void EnsureModuleScope(this HttpContext context, string module, string operation)
    {
        var scopes = context.GetGrantedScopes();
        if (scopes is not null && !scopes.Covers(ScopeRequirements.ForModule(module, operation)))
        {
            throw new ZohoApiException(401, "OAUTH_SCOPE_MISMATCH", "invalid oauth scope to access this URL");
        }
    }
}

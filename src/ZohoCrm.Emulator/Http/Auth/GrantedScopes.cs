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

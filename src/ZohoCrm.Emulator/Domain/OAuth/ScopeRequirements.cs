namespace ZohoCrm.Emulator.Domain.OAuth;

/// <summary>
/// Which scopes an API call needs, from its method and path (the part after <c>/crm/v8/</c>). Every listed scope
/// must be covered by the token. COQL's module-level check (Zoho also wants read access to the queried module)
/// needs the parsed query, so the COQL endpoint makes it with <see cref="ForModule"/>.
/// </summary>
public static class ScopeRequirements
{
    private static readonly ZohoScope SecureSearchRead = new("ZohoSearch", "securesearch", null, "READ");

    /// <summary>The scopes for a call; an empty list for paths the API does not have (they end as INVALID_URL_PATTERN).</summary>
    public static IReadOnlyList<ZohoScope> For(string method, string pathUnderVersion)
    {
        var segments = pathUnderVersion.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            return [];
        }

        var read = Operation(method);
        switch (segments[0].ToLowerInvariant())
        {
            case "coql":
                return [new ZohoScope("ZohoCRM", "coql", null, "READ")];
            case "settings" when segments.Length >= 2:
                return [new ZohoScope("ZohoCRM", "settings", segments[1].ToLowerInvariant(), IsRead(method) ? "READ" : read)];
            case "settings":
                return [];
            case "users":
                return [new ZohoScope("ZohoCRM", "users", null, IsRead(method) ? "READ" : read)];
            case "org":
                return [new ZohoScope("ZohoCRM", "org", null, IsRead(method) ? "READ" : read)];
        }

        var module = segments[0];
        if (segments.Length >= 2 && segments[1].Equals("search", StringComparison.OrdinalIgnoreCase))
        {
            return [ForModule(module, "READ"), SecureSearchRead];
        }

        if (segments.Length >= 3 && segments[1].Equals("actions", StringComparison.OrdinalIgnoreCase)
            && segments[2].Equals("count", StringComparison.OrdinalIgnoreCase))
        {
            return [ForModule(module, "READ"), SecureSearchRead];
        }

        if (segments.Length >= 2 && segments[1].Equals("upsert", StringComparison.OrdinalIgnoreCase))
        {
            return [ForModule(module, "CREATE"), ForModule(module, "UPDATE")];
        }

        return [ForModule(module, read)];
    }

    /// <summary><c>ZohoCRM.modules.{module}.{operation}</c>; covered by <c>ZohoCRM.modules.ALL</c> and the module's own ALL.</summary>
    public static ZohoScope ForModule(string module, string operation) =>
        new("ZohoCRM", "modules", module.ToLowerInvariant(), operation);

    private static bool IsRead(string method) => Operation(method) == "READ";

    private static string Operation(string method) => method.ToUpperInvariant() switch
    {
        "GET" or "HEAD" => "READ",
        "POST" => "CREATE",
        "PUT" or "PATCH" => "UPDATE",
        "DELETE" => "DELETE",
        _ => "ALL",
    };
}

namespace ZohoCrm.Data.OAuth;

/// <summary>Names the OAuth scope a Zoho CRM API request needs, from its method and path, for scope-mismatch errors.</summary>
internal static class ZohoCrmRequiredScopes
{
    public static string For(HttpMethod method, string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var crm = Array.IndexOf(segments, "crm");
        if (crm < 0 || segments.Length < crm + 3)
        {
            return "ZohoCRM.modules.ALL";
        }

        if (segments[crm + 1] == "bulk")
        {
            return method == HttpMethod.Get ? "ZohoCRM.bulk.READ" : "ZohoCRM.bulk.ALL";
        }

        var resource = segments[crm + 2];
        var rest = segments.AsSpan(crm + 3);
        var operation = Operation(method);
        switch (resource.ToLowerInvariant())
        {
            case "coql":
                return "ZohoCRM.coql.READ (and read access to the queried module, e.g. ZohoCRM.modules.ALL)";
            case "settings" when rest.Length > 0:
                return $"ZohoCRM.settings.{rest[0].ToLowerInvariant()}.{operation} (or ZohoCRM.settings.ALL)";
            case "users":
                return $"ZohoCRM.users.{operation} (or ZohoCRM.users.ALL)";
            case "org":
                return $"ZohoCRM.org.{operation} (or ZohoCRM.org.ALL)";
        }

        var module = resource.ToLowerInvariant();
        if (rest.Length > 0 && rest[0] == "search")
        {
            return $"ZohoSearch.securesearch.READ and ZohoCRM.modules.{module}.READ (or ZohoCRM.modules.ALL)";
        }

        if (rest.Length > 0 && rest[0] == "upsert")
        {
            return $"ZohoCRM.modules.{module}.CREATE and ZohoCRM.modules.{module}.UPDATE (or ZohoCRM.modules.ALL)";
        }

        return $"ZohoCRM.modules.{module}.{operation} (or ZohoCRM.modules.ALL)";
    }

    private static string Operation(HttpMethod method) =>
        method == HttpMethod.Get || method == HttpMethod.Head ? "READ"
        : method == HttpMethod.Post ? "CREATE"
        : method == HttpMethod.Put || method == HttpMethod.Patch ? "UPDATE"
        : method == HttpMethod.Delete ? "DELETE"
        : "ALL";
}

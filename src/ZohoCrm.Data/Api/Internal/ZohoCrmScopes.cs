namespace ZohoCrm.Data.Api.Internal;

/// <summary>The OAuth scope a Zoho CRM API path needs, for naming it when Zoho answers OAUTH_SCOPE_MISMATCH.</summary>
internal static class ZohoCrmScopes
{
    public static string For(HttpMethod method, string path)
    {
        // Paths look like /crm/v8/coql, /crm/v8/settings/fields, /crm/v8/Leads/search, /crm/v8/Leads/123.
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var rest = segments.Length > 2 && segments[0] == "crm" ? segments[2..] : segments;
        if (rest.Length == 0)
        {
            return "ZohoCRM.modules.ALL";
        }

        return rest[0] switch
        {
            "coql" => "ZohoCRM.coql.READ (and the module's READ scope)",
            "settings" when rest.Length > 1 => $"ZohoCRM.settings.{rest[1]}.READ (or ZohoCRM.settings.ALL)",
            "users" => "ZohoCRM.users.READ",
            "org" => "ZohoCRM.org.READ",
            _ when rest.Length > 1 && rest[1] is "search" || (rest.Length > 2 && rest[2] == "count") =>
                $"ZohoSearch.securesearch.READ and ZohoCRM.modules.{rest[0].ToLowerInvariant()}.READ",
            _ => $"ZohoCRM.modules.{rest[0].ToLowerInvariant()}.{Operation(method)} (or ZohoCRM.modules.ALL)",
        };
    }

    private static string Operation(HttpMethod method) =>
        method == HttpMethod.Get ? "READ"
        : method == HttpMethod.Post ? "CREATE"
        : method == HttpMethod.Put || method == HttpMethod.Patch ? "UPDATE"
        : method == HttpMethod.Delete ? "DELETE"
        : "ALL";
}

namespace ZohoCrm.Emulator.Domain.OAuth;

/// <summary>
/// One OAuth scope such as <c>ZohoCRM.modules.leads.READ</c>: service, resource, optional sub-resource, operation.
/// Zoho compares scopes case-insensitively, and a broader scope covers a narrower one of the same tree
/// (<c>ZohoCRM.modules.ALL</c> covers <c>ZohoCRM.modules.leads.READ</c>; <c>ZohoCRM.settings.ALL</c> covers
/// <c>ZohoCRM.settings.fields.READ</c>), but never one of another service.
/// </summary>
public sealed record ZohoScope(string Service, string Resource, string? SubResource, string Operation)
{
    public const string All = "ALL";

    /// <summary>Parses <c>Service.resource[.sub].OPERATION</c>; returns null for anything else.</summary>
    public static ZohoScope? TryParse(string text)
    {
        var parts = text.Trim().Split('.');
        if (parts.Length is < 3 or > 4 || parts.Any(string.IsNullOrWhiteSpace) || !parts[0].StartsWith("Zoho", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return parts.Length == 3
            ? new ZohoScope(parts[0], parts[1], null, parts[2])
            : new ZohoScope(parts[0], parts[1], parts[2], parts[3]);
    }

    /// <summary>Splits a scope list as Zoho sends it: comma-separated in requests, space-separated in token responses.</summary>
    public static IReadOnlyList<string> SplitList(string? list) =>
        string.IsNullOrWhiteSpace(list)
            ? []
            : list.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>True when a token holding this scope may do what <paramref name="required"/> allows.</summary>
    public bool Covers(ZohoScope required)
    {
        if (!Same(Service, required.Service) || !Same(Resource, required.Resource))
        {
            return false;
        }

        if (SubResource is not null && !Same(SubResource, required.SubResource))
        {
            return false;
        }

        return Same(Operation, All) || Same(Operation, required.Operation);
    }

    public override string ToString() =>
        SubResource is null ? $"{Service}.{Resource}.{Operation}" : $"{Service}.{Resource}.{SubResource}.{Operation}";

    private static bool Same(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}

/// <summary>The scopes a token was granted.</summary>
public sealed class ScopeSet
{
    private readonly ZohoScope[] _scopes;

    public ScopeSet(IEnumerable<ZohoScope> scopes) => _scopes = scopes.Distinct().ToArray();

    public IReadOnlyList<ZohoScope> Scopes => _scopes;

    public bool Covers(ZohoScope required) => _scopes.Any(s => s.Covers(required));

    public bool CoversAll(IEnumerable<ZohoScope> required) => required.All(Covers);

    /// <summary>Space-separated, as the token endpoint reports it.</summary>
    public override string ToString() => string.Join(' ', _scopes.Select(s => s.ToString()));
}

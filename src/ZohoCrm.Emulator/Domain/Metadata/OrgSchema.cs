namespace ZohoCrm.Emulator.Domain.Metadata;

/// <summary>The org's identity as <c>GET /crm/v8/org</c> reports it.</summary>
public sealed record OrgInfo
{
    public required long Id { get; init; }
    public required string CompanyName { get; init; }
    public required string Zgid { get; init; }
    public required string PrimaryEmail { get; init; }

    /// <summary>IANA name reported as the org's and users' time zone.</summary>
    public required string TimeZone { get; init; }

    /// <summary>The fixed offset datetimes are rendered in (the current user's time zone, without DST).</summary>
    public required TimeSpan UtcOffset { get; init; }
    public string Currency { get; init; } = "USD";
}

/// <summary>Everything that describes the org: modules with their fields, users and the org itself.</summary>
public sealed class OrgSchema
{
    private readonly Dictionary<string, ModuleDefinition> _modules;
    private readonly Dictionary<long, UserDefinition> _users;

    public OrgSchema(OrgInfo org, IReadOnlyList<ModuleDefinition> modules, IReadOnlyList<UserDefinition> users, long currentUserId)
    {
        Org = org;
        Modules = modules;
        Users = users;
        _modules = modules.ToDictionary(m => m.ApiName, StringComparer.OrdinalIgnoreCase);
        _users = users.ToDictionary(u => u.Id);
        CurrentUser = _users[currentUserId];
    }

    public OrgInfo Org { get; }
    public IReadOnlyList<ModuleDefinition> Modules { get; }
    public IReadOnlyList<UserDefinition> Users { get; }

    /// <summary>The user the emulator's tokens belong to: <c>users?type=CurrentUser</c> and the default Owner.</summary>
    public UserDefinition CurrentUser { get; }

    /// <summary>Finds a module by API name, case-insensitively as Zoho does.</summary>
    public ModuleDefinition? FindModule(string apiName) => _modules.GetValueOrDefault(apiName);

    public UserDefinition? FindUser(long id) => _users.GetValueOrDefault(id);
}

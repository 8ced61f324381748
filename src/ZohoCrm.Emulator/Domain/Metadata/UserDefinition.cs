namespace ZohoCrm.Emulator.Domain.Metadata;

/// <summary>A CRM user. COQL reaches users through owner lookups with lower-case names (<c>Owner.email</c>).</summary>
public sealed record UserDefinition
{
    public required long Id { get; init; }
    public required string FirstName { get; init; }
    public required string LastName { get; init; }
    public required string Email { get; init; }
    public required string RoleName { get; init; }
    public required long RoleId { get; init; }
    public required string ProfileName { get; init; }
    public required long ProfileId { get; init; }
    public string Status { get; init; } = "active";
    public required string Zuid { get; init; }
    public bool IsAdmin { get; init; }

    /// <summary>
    /// Modules the user's profile gives no access to: the records, search and COQL APIs answer 403 NO_PERMISSION for
    /// them, as Zoho does for a profile without the module's permission.
    /// </summary>
    public IReadOnlySet<string> ModulesWithoutAccess { get; init; } = new HashSet<string>();

    /// <summary>Whether the user's profile may use <paramref name="module"/>.</summary>
    public bool CanAccess(string module) => !ModulesWithoutAccess.Contains(module);
    public string FullName => $"{FirstName} {LastName}";
}

namespace ZohoCrm.Data.Api;

/// <summary>A CRM user, from <c>GET /users</c>.</summary>
public sealed record ZohoCrmUser
{
    /// <summary>The user id (the value of owner and user lookups).</summary>
    public required string Id { get; init; }

    /// <summary>First name.</summary>
    public string? FirstName { get; init; }

    /// <summary>Last name (the display value of user lookups).</summary>
    public string? LastName { get; init; }

    /// <summary>Full name.</summary>
    public string? FullName { get; init; }

    /// <summary>Email address.</summary>
    public string? Email { get; init; }

    /// <summary><c>active</c>, <c>disabled</c>, <c>deleted</c>...</summary>
    public string? Status { get; init; }

    /// <summary>The role's name.</summary>
    public string? Role { get; init; }

    /// <summary>The profile's name.</summary>
    public string? Profile { get; init; }

    /// <summary>IANA time zone; Zoho writes the user's datetimes with this zone's offset.</summary>
    public string? TimeZone { get; init; }

    /// <summary>Locale, such as <c>en_GB</c>.</summary>
    public string? Locale { get; init; }

    /// <summary>The Zoho account id behind the user.</summary>
    public string? Zuid { get; init; }
}

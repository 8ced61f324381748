namespace ZohoCrm.Data.Api;

/// <summary>
/// Parameters of Search (<c>GET /{module}/search</c>) and of the record count. Set exactly one of <see cref="Criteria"/>,
/// <see cref="Email"/>, <see cref="Phone"/> and <see cref="Word"/>.
/// </summary>
public sealed record ZohoCrmSearchRequest
{
    /// <summary>Criteria such as <c>((Last_Name:equals:Burns\,B)and(City:starts_with:Ber))</c>, values already escaped.</summary>
    public string? Criteria { get; init; }

    /// <summary>Search the email fields.</summary>
    public string? Email { get; init; }

    /// <summary>Search the phone fields.</summary>
    public string? Phone { get; init; }

    /// <summary>Search all text fields for a word.</summary>
    public string? Word { get; init; }

    /// <summary>The fields to return (all when empty).</summary>
    public IReadOnlyList<string>? Fields { get; init; }

    /// <summary>Page number from 1 (page × per_page ≤ 2,000).</summary>
    public int? Page { get; init; }

    /// <summary>Records per page, 1 to 200.</summary>
    public int? PerPage { get; init; }

    /// <summary>The sort field.</summary>
    public string? SortBy { get; init; }

    /// <summary><c>asc</c> or <c>desc</c>.</summary>
    public string? SortOrder { get; init; }
}

namespace ZohoCrm.Emulator.Domain.Search;

/// <summary>
/// The parameters of <c>GET /crm/v8/{module}/search</c> and <c>actions/count</c>, as received (decoded, unvalidated).
/// Exactly one of <see cref="Criteria"/>, <see cref="Email"/>, <see cref="Phone"/>, <see cref="Word"/> is used,
/// in that priority order.
/// </summary>
public sealed record SearchRequest
{
    public string? Criteria { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public string? Word { get; init; }
    public string? Page { get; init; }
    public string? PerPage { get; init; }
    public string? SortBy { get; init; }
    public string? SortOrder { get; init; }

    /// <summary>Comma list of field API names; all fields when absent.</summary>
    public string? Fields { get; init; }
    public string? Converted { get; init; }
    public string? Approved { get; init; }
    public string? CustomViewId { get; init; }
}

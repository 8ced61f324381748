namespace ZohoCrm.Data.Api;

/// <summary>Options of insert, update, upsert and delete.</summary>
public sealed record ZohoCrmWriteOptions
{
    /// <summary>
    /// The automation to run (<c>workflow</c>, <c>approval</c>, <c>blueprint</c>...): <see langword="null"/> leaves Zoho's
    /// default (all run), an empty list runs none. For delete only whether <c>workflow</c> is present matters.
    /// </summary>
    public IReadOnlyList<string>? Trigger { get; init; }

    /// <summary>For upsert: the unique fields that find the existing record (Zoho's defaults when empty).</summary>
    public IReadOnlyList<string>? DuplicateCheckFields { get; init; }

    /// <summary>
    /// The most records sent in one call, 1 to <see cref="ZohoCrmApiClient.MaxRecordsPerWrite"/> (100, Zoho's limit, when
    /// null). An asynchronous write sends its calls up to <c>MaxConcurrency</c> at once.
    /// </summary>
    public int? RecordsPerCall { get; init; }
}

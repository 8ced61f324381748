namespace ZohoCrm.Emulator.Domain.Records;

/// <summary>
/// The parameters of <c>GET /crm/v8/{module}</c> as the client sent them (raw strings, validated by
/// <see cref="RecordReader"/> so every mistake gets Zoho's error).
/// </summary>
public sealed record RecordListRequest
{
    public required string Module { get; init; }
    public string? Fields { get; init; }
    public string? Page { get; init; }
    public string? PerPage { get; init; }
    public string? PageToken { get; init; }
    public string? SortBy { get; init; }
    public string? SortOrder { get; init; }
    public string? Ids { get; init; }
    public string? Cvid { get; init; }

    /// <summary>The <c>If-Modified-Since</c> header.</summary>
    public string? IfModifiedSince { get; init; }
}

/// <summary>What a read answers: a JSON body with status 200, or 204/304 with no body.</summary>
public sealed record RecordReadResult(int Status, System.Text.Json.Nodes.JsonObject? Body)
{
    public static readonly RecordReadResult NoContent = new(204, null);
    public static readonly RecordReadResult NotModified = new(304, null);
}

namespace ZohoCrm.Data.Api;

/// <summary>Parameters of Get Records (<c>GET /{module}</c>).</summary>
public sealed record ZohoCrmRecordListRequest
{
    /// <summary>The fields to return (required by Zoho, at most 50).</summary>
    public required IReadOnlyList<string> Fields { get; init; }

    /// <summary>Page number from 1; pages only reach the first 2,000 records (then use <see cref="PageToken"/>).</summary>
    public int? Page { get; init; }

    /// <summary>Records per page, 1 to 200.</summary>
    public int? PerPage { get; init; }

    /// <summary>The <c>next_page_token</c> of the previous page; not combined with <see cref="Page"/>.</summary>
    public string? PageToken { get; init; }

    /// <summary><c>id</c>, <c>Created_Time</c> or <c>Modified_Time</c>.</summary>
    public string? SortBy { get; init; }

    /// <summary><c>asc</c> or <c>desc</c>.</summary>
    public string? SortOrder { get; init; }

    /// <summary>Only these records (at most 100).</summary>
    public IReadOnlyList<string>? Ids { get; init; }

    /// <summary>A custom view id (costs 3 credits).</summary>
    public string? CustomViewId { get; init; }

    /// <summary>Only records modified after this instant (<c>If-Modified-Since</c>); nothing changed answers 304, an empty page.</summary>
    public DateTimeOffset? ModifiedSince { get; init; }
}

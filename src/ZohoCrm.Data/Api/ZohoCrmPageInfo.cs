namespace ZohoCrm.Data.Api;

/// <summary>The <c>info</c> object of a page of records (COQL, list, search).</summary>
public sealed record ZohoCrmPageInfo
{
    /// <summary>How many records this page holds (not the total).</summary>
    public int? Count { get; init; }

    /// <summary>Whether Zoho has more records after this page.</summary>
    public bool MoreRecords { get; init; }

    /// <summary>The page number (list and search).</summary>
    public int? Page { get; init; }

    /// <summary>The page size asked for (list and search).</summary>
    public int? PerPage { get; init; }

    /// <summary>The token for the next page of Get Records, needed past the first 2,000 records.</summary>
    public string? NextPageToken { get; init; }

    /// <summary>The token for the previous page of Get Records.</summary>
    public string? PreviousPageToken { get; init; }

    /// <summary>When the page tokens stop working, with Zoho's offset (kept as text: no time-zone guessing).</summary>
    public string? PageTokenExpiry { get; init; }

    /// <summary>The field the page is sorted by.</summary>
    public string? SortBy { get; init; }

    /// <summary><c>asc</c> or <c>desc</c>.</summary>
    public string? SortOrder { get; init; }
}

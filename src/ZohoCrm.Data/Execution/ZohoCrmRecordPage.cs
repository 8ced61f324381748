namespace ZohoCrm.Data.Execution;

/// <summary>
/// One page of rows read from a Zoho response: each row holds the values of a <see cref="ZohoCrmResultLayout"/>'s
/// columns by ordinal, already typed (see <see cref="ZohoCrmValueTypes.ClrTypeOf"/>); <see langword="null"/> is NULL.
/// </summary>

internal sealed class ZohoCrmRecordPage
{
    /// <summary>An empty last page (Zoho's 204 No Content).</summary>
    public static ZohoCrmRecordPage Empty { get; } = new([], moreRecords: false);

    /// <summary>Creates a page.</summary>
    public ZohoCrmRecordPage(IReadOnlyList<object?[]> rows, bool moreRecords, string? nextPageToken = null)
    {
        Rows = rows;
        MoreRecords = moreRecords;
        NextPageToken = nextPageToken;
    }

    /// <summary>The rows of the page, in the order Zoho sent them.</summary>
    public IReadOnlyList<object?[]> Rows { get; }

    /// <summary>Zoho's <c>info.more_records</c>: whether more rows follow this page.</summary>
    public bool MoreRecords { get; }

    /// <summary>Zoho's <c>info.next_page_token</c> (Get Records only).</summary>
    public string? NextPageToken { get; }
}

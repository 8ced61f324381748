namespace ZohoCrm.Data.Execution;

/// <summary>
/// One page of rows read from a Zoho response, holding the values of a <see cref="ZohoCrmResultLayout"/>'s columns by
/// ordinal, already typed (see <see cref="Metadata.ZohoCrmFieldTypeInfo.ClrType"/>); <see langword="null"/> is NULL. Pages parsed
/// from Zoho store their values by column (<see cref="ZohoCrmPageColumns"/>); pages the client computed hold rows.
/// </summary>
internal sealed class ZohoCrmRecordPage
{
    private readonly ZohoCrmPageColumns? _columns;
    private readonly ZohoCrmPageColumnsPool? _pool;
    private IReadOnlyList<object?[]>? _rows;

    /// <summary>An empty last page (Zoho's 204 No Content).</summary>
    public static ZohoCrmRecordPage Empty { get; } = new([], moreRecords: false);

    /// <summary>Creates a page of rows.</summary>
    public ZohoCrmRecordPage(IReadOnlyList<object?[]> rows, bool moreRecords, string? nextPageToken = null)
    {
        _rows = rows;
        Count = rows.Count;
        MoreRecords = moreRecords;
        NextPageToken = nextPageToken;
    }

    /// <summary>Creates a page of column-stored values; <paramref name="pool"/> takes them back on <see cref="Release"/>.</summary>
    public ZohoCrmRecordPage(ZohoCrmPageColumns columns, bool moreRecords, string? nextPageToken = null, ZohoCrmPageColumnsPool? pool = null)
    {
        _columns = columns;
        _pool = pool;
        Count = columns.Count;
        MoreRecords = moreRecords;
        NextPageToken = nextPageToken;
    }

    private ZohoCrmRecordPage(ZohoCrmRecordPage page, bool moreRecords)
    {
        _columns = page._columns;
        _pool = page._pool;
        _rows = page._rows;
        Count = page.Count;
        MoreRecords = moreRecords;
        NextPageToken = page.NextPageToken;
    }

    /// <summary>How many rows the page has.</summary>
    public int Count { get; }

    /// <summary>
    /// The rows of the page, in the order Zoho sent them. For a column-stored page they are made on first use (for
    /// the client's processing, which may change them) and from then on are what the page's values are read from.
    /// </summary>
    public IReadOnlyList<object?[]> Rows => _rows ??= Enumerable.Range(0, Count).Select(_columns!.GetRow).ToArray();

    /// <summary>Zoho's <c>info.more_records</c>: whether more rows follow this page.</summary>
    public bool MoreRecords { get; }

    /// <summary>Zoho's <c>info.next_page_token</c> (Get Records only).</summary>
    public string? NextPageToken { get; }

    /// <summary>The same rows with another <see cref="MoreRecords"/>.</summary>
    public ZohoCrmRecordPage WithMoreRecords(bool moreRecords) => moreRecords == MoreRecords ? this : new ZohoCrmRecordPage(this, moreRecords);

    /// <summary>A value, <see langword="null"/> for NULL.</summary>
    public object? GetValue(int row, int ordinal) => _rows is { } rows ? rows[row][ordinal] : _columns!.GetValue(row, ordinal);

    /// <summary>One row's values (a copy for a column-stored page).</summary>
    public object?[] GetRow(int row) => _rows is { } rows ? rows[row] : _columns!.GetRow(row);

    /// <summary>
    /// Gives the page's storage back for a later page. Only its one reader calls this, once it has moved past the page
    /// and will read none of its values again; a page whose rows were taken (<see cref="Rows"/>) keeps them.
    /// </summary>
    public void Release()
    {
        if (_pool is not null && _columns is not null)
        {
            _pool.Return(_columns);
        }
    }

    /// <summary>A value stored as <typeparamref name="T"/>, read without boxing; <see langword="false"/> otherwise (NULL included).</summary>
    public bool TryGetTyped<T>(int row, int ordinal, out T value)
    {
        if (_rows is null && _columns![ordinal] is ZohoCrmPageColumn<T> typed)
        {
            return typed.TryGet(row, out value);
        }

        value = default!;
        return false;
    }
}

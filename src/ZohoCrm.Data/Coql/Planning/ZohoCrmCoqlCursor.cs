using ZohoCrm.Data.Coql.Planning;
using ZohoCrm.Data.Properties;

namespace ZohoCrm.Data.Coql;

/// <summary>
/// Walks the pages of one COQL step: <see cref="Query"/> is the next call's <c>select_query</c> (null when done), and
/// <see cref="Advance"/> reports what the call returned. Pages are up to 2,000 rows; within Zoho's 100,000-row
/// offset window pages follow by OFFSET (by the last id when ordered by id only, unless the read overlaps its pages),
/// and past it by keyset on the sort keys. A call with <see cref="DiscardRows"/> set only moves the keyset past skipped
/// rows: its rows are not results. <see cref="QueriesAhead"/> lists the pages whose position is known before the next
/// page comes back, for a read that keeps several on the wire.
/// </summary>
internal sealed class ZohoCrmCoqlCursor
{
    private readonly CoqlQueryTemplate _template;
    private readonly int _pageSize;
    private readonly int _window;
    private readonly bool _keyset;
    private readonly bool _preferKeyset;
    private long? _remaining;
    private long _skip;
    private long _segmentOffset;
    private Coql.Syntax.CoqlExpression? _after;
    private bool _done;
    private bool _lastPageFull;
    private int _fullPages;

    // With overlapPages the read keeps several pages on the wire: an id-ordered read then pages by OFFSET within the
    // window too (those positions are known in advance; after the last id they are not), and by keyset past it, as
    // other orders do.
    internal ZohoCrmCoqlCursor(CoqlQueryTemplate template, long? limit, long offset, int pageSize, int window, bool overlapPages = false)
    {
        _template = template;
        _pageSize = pageSize;
        _window = window;
        _keyset = template.SupportsKeyset;
        _preferKeyset = template.OrderedByIdOnly && !overlapPages;
        _remaining = limit;
        _skip = offset;
        _done = limit == 0;
        Prepare();
    }

    /// <summary>The COQL text of the next call, or null when every row was read.</summary>
    public string? Query { get; private set; }

    /// <summary>The LIMIT of the next call.</summary>
    public int PageSize { get; private set; }

    /// <summary>The rows of the next call only position the keyset and must not be returned.</summary>
    public bool DiscardRows { get; private set; }

    /// <summary>Calls made so far.</summary>
    public int Calls { get; private set; }

    /// <summary>
    /// Records the result of the call made with <see cref="Query"/>: how many rows came back, Zoho's
    /// <c>more_records</c>, and the last row (its sort-key values position the next page).
    /// </summary>
    public void Advance(int rowCount, bool moreRecords, IZohoCrmRow? lastRow)
    {
        if (Query is null) throw new InvalidOperationException("The cursor has no call to advance past.");
        Calls++;
        var requested = PageSize;
        _lastPageFull = false;
        if (DiscardRows)
        {
            if (rowCount == 0 || lastRow is null) { Finish(); return; }
            MoveAfter(lastRow);
            Prepare();
            return;
        }

        if (_remaining is not null) _remaining -= rowCount;
        _skip = 0;
        if (rowCount < requested || !moreRecords || _remaining == 0) { Finish(); return; }

        _lastPageFull = true;
        _fullPages++;
        if (_preferKeyset && lastRow is not null) MoveAfter(lastRow);
        else
        {
            _segmentOffset = _lastOffset + rowCount;
            _lastRow = lastRow;
        }

        Prepare();
    }

    /// <summary>
    /// The queries of the pages after <see cref="Query"/>, in order, assuming each comes back full with more records:
    /// those whose OFFSET is known without the rows before them, up to the LIMIT and the end of the window (where the
    /// next page needs the last row). Empty until a page of results came back full, so a read of one short page
    /// never guesses; empty when the pages follow the last id, or <see cref="Query"/> is a skip's jump. Without a LIMIT
    /// the guesses grow with the evidence: after n full pages, n - 1 pages past the next, so a read that ends on its
    /// second page costs what it costs without guessing, and a long one reaches the reader's cap in a few pages.
    /// </summary>
    public IEnumerable<string> QueriesAhead()
    {
        if (Query is null || DiscardRows || _preferKeyset || !_lastPageFull)
        {
            yield break;
        }

        var guesses = _remaining is null ? _fullPages - 1 : int.MaxValue;

        // As Advance and Prepare would go, page after full page.
        var remaining = _remaining;
        var offset = _lastOffset;
        var size = PageSize;
        while (true)
        {
            remaining -= size;
            offset += size;
            if (remaining <= 0 || offset >= _window || guesses-- <= 0)
            {
                yield break;
            }

            size = (int)Math.Min(Math.Min(_pageSize, remaining ?? _pageSize), _window - offset);
            yield return _template.Render(_after, size, offset);
        }
    }

    private IZohoCrmRow? _lastRow;
    private long _lastOffset;

    private void MoveAfter(IZohoCrmRow lastRow)
    {
        _after = _template.KeysetAfter(lastRow);
        _segmentOffset = 0;
    }

    private void Finish()
    {
        _done = true;
        Query = null;
    }

    private void Prepare()
    {
        if (_done) { Query = null; return; }
        var page = (int)Math.Min(_pageSize, _remaining ?? _pageSize);
        DiscardRows = false;

        if (_skip > 0)
        {
            var offset = _segmentOffset + _skip;
            if (offset + page <= _window)
            {
                Emit(page, offset);
                return;
            }

            if (!_keyset) throw WindowExceeded();
            // Jump: read the last skipped row reachable in this window, then continue after it by keyset.
            var jump = Math.Min(_skip, _window - _segmentOffset);
            _skip -= jump;
            DiscardRows = true;
            Emit(1, _segmentOffset + jump - 1);
            return;
        }

        if (_segmentOffset + page > _window)
        {
            page = (int)(_window - _segmentOffset);
            if (page == 0)
            {
                if (!_keyset || _lastRow is null) throw WindowExceeded();
                MoveAfter(_lastRow);
                page = (int)Math.Min(_pageSize, _remaining ?? _pageSize);
            }
        }

        Emit(page, _segmentOffset);
    }

    private void Emit(int limit, long offset)
    {
        PageSize = limit;
        _lastOffset = offset;
        Query = _template.Render(_after, limit, offset);
    }

    private ZohoCrmQueryException WindowExceeded() => new(ZohoCrmStrings.CoqlOffsetWindowExceeded(_window));
}

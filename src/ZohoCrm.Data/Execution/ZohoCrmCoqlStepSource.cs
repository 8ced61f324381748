using ZohoCrm.Data.Api;
using ZohoCrm.Data.Coql;
using ZohoCrm.Data.Properties;

namespace ZohoCrm.Data.Execution;

/// <summary>
/// The pages of one COQL step, as its cursor lays them out (OFFSET within Zoho's 100,000-row window, keyset beyond;
/// <c>LIMIT 5000</c> is 2,000 + 2,000 + 1,000), fetched ahead, with stitched columns merged in. With
/// <paramref name="readAhead"/> above 1 the OFFSET pages known in advance are on the wire together, up to that many.
/// </summary>
internal sealed class ZohoCrmCoqlStepSource(ZohoCrmApiClient api, ZohoCrmCoqlStep step, ZohoCrmResultLayout layout, ZohoCrmStitcher? stitcher,
    ZohoCrmCallTimeout timeout, int readAhead, CancellationToken cancellationToken)
    : ZohoCrmPrefetchingSource<(string Query, bool Discard)>(cancellationToken, readAhead)
{
    private const string Endpoint = "POST /crm/v8/coql";
    private readonly ZohoCrmCoqlCursor _cursor = step.CreateCursor(overlapPages: readAhead > 1);
    private readonly int _idOrdinal = layout.ValueOrdinalOfKey("id");
    private object? _lastId;
    // Storage for 200 rows at first, or for the call's LIMIT when smaller (a point lookup reads one row, not 200 slots).
    private int _expectedRows = Math.Min(200, step.PageSize);
    private readonly ZohoCrmPageColumnsPool _storage = new(layout);

    protected override bool TryGetNextRequest(out (string Query, bool Discard) request)
    {
        request = (_cursor.Query!, _cursor.DiscardRows);
        return _cursor.Query is not null;
    }

    protected override IEnumerable<(string Query, bool Discard)> RequestsAfterNext() => _cursor.QueriesAhead().Select(query => (query, false));

    protected override Task<ZohoCrmRecordPageReader> CallAsync((string Query, bool Discard) request, bool async, CancellationToken cancellationToken) =>
        timeout.RunAsync(ct => api.ExecuteCoqlAsync(request.Query, async, ct), Endpoint, cancellationToken);

    protected override async Task<ZohoCrmRecordPage> ReadAsync((string Query, bool Discard) request, ZohoCrmRecordPageReader body, bool async,
        CancellationToken cancellationToken)
    {
        var page = ZohoCrmPageRowReader.ReadPage(body, layout, Endpoint, _expectedRows, stitcher is null ? _storage : null);
        _expectedRows = Math.Max(_expectedRows, page.Count);
        if (stitcher is not null && !request.Discard)
        {
            await stitcher.StitchAsync(page.Rows, async, cancellationToken).ConfigureAwait(false);
        }

        return page;
    }

    protected override ZohoCrmRecordPage Accept((string Query, bool Discard) request, ZohoCrmRecordPage page)
    {
        var last = page.Count > 0 ? page.GetRow(page.Count - 1) : null;
        if (last is not null && _idOrdinal >= 0)
        {
            // A page ending on the row the previous one ended on would repeat forever.
            if (_lastId is not null && Equals(last[_idOrdinal], _lastId) && page.MoreRecords)
            {
                throw new ZohoCrmException(ZohoCrmStrings.PagingMadeNoProgress(step.Template.Module), code: "PAGING_NO_PROGRESS");
            }

            _lastId = last[_idOrdinal];
        }

        _cursor.Advance(page.Count, page.MoreRecords, last is null ? null : new ZohoCrmLayoutRow(layout, last));
        if (request.Discard)
        {
            page.Release();
            return ZohoCrmRecordPage.Empty;
        }

        return page;
    }
}

using ZohoCrm.Data.Api;
using ZohoCrm.Data.Coql;
using ZohoCrm.Data.Properties;

namespace ZohoCrm.Data.Execution;

/// <summary>
/// The pages of a Search step: 200 records a page, fetched ahead, up to Zoho's 2,000; a search with more matches
/// is an error asking to narrow it (Search cannot reach them). Every row is re-checked by the plan's residual.
/// </summary>
internal sealed class ZohoCrmSearchStepSource(ZohoCrmApiClient api, ZohoCrmSearchStep step, ZohoCrmResultLayout layout, ZohoCrmStitcher? stitcher,
    ZohoCrmCallTimeout timeout, CancellationToken cancellationToken) : ZohoCrmPrefetchingSource<int>(cancellationToken)
{
    private readonly ZohoCrmPageColumnsPool _storage = new(layout);
    private int _nextPage = 1;
    private bool _done;

    protected override bool TryGetNextRequest(out int request)
    {
        request = _nextPage;
        return !_done;
    }

    protected override Task<ZohoCrmRecordPageReader> CallAsync(int request, bool async, CancellationToken cancellationToken)
    {
        var search = new ZohoCrmSearchRequest { Criteria = step.Criteria, Fields = step.Fields, Page = request, PerPage = step.PerPage };
        return timeout.RunAsync(ct => api.SearchAsync(step.Module, search, async, ct), step.Endpoint, cancellationToken);
    }

    protected override async Task<ZohoCrmRecordPage> ReadAsync(int request, ZohoCrmRecordPageReader body, bool async, CancellationToken cancellationToken)
    {
        var page = ZohoCrmPageRowReader.ReadPage(body, layout, step.Endpoint, step.PerPage, stitcher is null ? _storage : null);
        if (stitcher is not null)
        {
            await stitcher.StitchAsync(page.Rows, async, cancellationToken).ConfigureAwait(false);
        }

        return page;
    }

    protected override ZohoCrmRecordPage Accept(int request, ZohoCrmRecordPage page)
    {
        if (page.MoreRecords && request * step.PerPage >= step.MaxRecords)
        {
            throw new ZohoCrmException(ZohoCrmStrings.SearchTooManyMatches(step.Module, step.MaxRecords), code: "LIMIT_REACHED");
        }

        _done = !page.MoreRecords || page.Count < step.PerPage;
        _nextPage = request + 1;
        return page;
    }
}

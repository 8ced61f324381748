using ZohoCrm.Data.Api;
using ZohoCrm.Data.Coql;

namespace ZohoCrm.Data.Execution;

/// <summary>
/// Reads the columns one call could not select by id and merges them into the rows of a page before the client
/// processes them: columns beyond Zoho's column cap in further COQL calls, <c>$se_module</c> from the records API.
/// </summary>
internal sealed class ZohoCrmStitcher(ZohoCrmApiClient api, IReadOnlyList<ZohoCrmColumnGroup> groups, ZohoCrmResultLayout layout, ZohoCrmCallTimeout timeout)
{
    private const string Endpoint = "POST /crm/v8/coql";
    private readonly int _idOrdinal = layout.ValueOrdinalOfKey("id");
    private readonly IReadOnlyList<int[]> _groupOrdinals = groups
        .Select(g => g.Columns.Select(ZohoCrmQueryLayouts.Unquote)
            .SelectMany(key => layout.TryGetBinding(key, out var b) ? new[] { b.ValueOrdinal, b.NameOrdinal } : [])
            .Where(o => o >= 0).ToArray())
        .ToList();

    public async Task StitchAsync(IReadOnlyList<object?[]> rows, bool async, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var byId = new Dictionary<long, object?[]>(rows.Count);
        foreach (var row in rows)
        {
            if (row[_idOrdinal] is long id)
            {
                byId[id] = row;
            }
        }

        var ids = byId.Keys.ToList();
        for (var g = 0; g < groups.Count; g++)
        {
            if (groups[g].ReadsRecords)
            {
                var endpoint = "GET /crm/v8/" + groups[g].Module;
                foreach (var request in groups[g].BuildRecordRequests(ids))
                {
                    var module = groups[g].Module;
                    var page = await ReadAsync(ct => api.GetRecordsAsync(module, request, async, ct), endpoint, request.Ids!.Count, cancellationToken).ConfigureAwait(false);
                    Merge(page, byId, _groupOrdinals[g]);
                }
            }
            else
            {
                foreach (var query in groups[g].BuildQueries(ids))
                {
                    var page = await ReadAsync(ct => api.ExecuteCoqlAsync(query, async, ct), Endpoint, 200, cancellationToken).ConfigureAwait(false);
                    Merge(page, byId, _groupOrdinals[g]);
                }
            }
        }
    }

    private async Task<ZohoCrmRecordPage> ReadAsync(Func<CancellationToken, Task<ZohoCrmRecordPageReader>> call, string endpoint, int expectedRows,
        CancellationToken cancellationToken)
    {
        await using var body = await timeout.RunAsync(call, endpoint, cancellationToken).ConfigureAwait(false);
        return ZohoCrmPageRowReader.ReadPage(body, layout, endpoint, expectedRows);
    }

    private void Merge(ZohoCrmRecordPage page, Dictionary<long, object?[]> byId, int[] ordinals)
    {
        foreach (var extra in page.Rows)
        {
            if (extra[_idOrdinal] is long id && byId.TryGetValue(id, out var row))
            {
                foreach (var ordinal in ordinals)
                {
                    row[ordinal] = extra[ordinal];
                }
            }
        }
    }
}

using ZohoCrm.Data.Api;
using ZohoCrm.Data.Coql;

namespace ZohoCrm.Data.Execution;

/// <summary>
/// Reads the columns one call could not select (Zoho's column cap) by id, in further COQL calls, and merges them into
/// the rows of a page before the client processes them.
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

        for (var g = 0; g < groups.Count; g++)
        {
            foreach (var query in groups[g].BuildQueries(byId.Keys.ToList()))
            {
                ZohoCrmRecordPage page;
                await using (var body = await timeout.RunAsync(ct => api.ExecuteCoqlAsync(query, async, ct), Endpoint, cancellationToken).ConfigureAwait(false))
                {
                    page = ZohoCrmPageRowReader.ReadPage(body, layout, Endpoint);
                }

                foreach (var extra in page.Rows)
                {
                    if (extra[_idOrdinal] is long id && byId.TryGetValue(id, out var row))
                    {
                        foreach (var ordinal in _groupOrdinals[g])
                        {
                            row[ordinal] = extra[ordinal];
                        }
                    }
                }
            }
        }
    }
}

using ZohoCrm.Data.Coql;

namespace ZohoCrm.Data.Execution;

/// <summary>
/// Runs the client's share of a plan (merge by id, row cap, residual predicate, grouping, ordering, OFFSET/LIMIT,
/// projection) over the rows of the calls, and hands the results to the reader in pages. The plan's processing is a
/// lazy, synchronous pipeline; it runs on a pool thread, a batch at a time, so an async reader never blocks on it.
/// </summary>
internal sealed class ZohoCrmProcessedSource : IZohoCrmPageSource
{
    private const int BatchSize = 2000;
    private readonly IZohoCrmPageSource _input;
    private readonly ZohoCrmQueryLayouts _layouts;
    private readonly ZohoCrmQueryPlan _plan;
    private readonly CancellationToken _lifetime;
    private readonly Dictionary<long, string?>[] _namesById;
    private IEnumerator<object?[]>? _results;
    private Task<ZohoCrmRecordPage?>? _running;
    private bool _crossedPage;
    private bool _done;

    public ZohoCrmProcessedSource(IZohoCrmPageSource input, ZohoCrmQueryLayouts layouts, ZohoCrmQueryPlan plan, CancellationToken lifetime)
    {
        _input = input;
        _layouts = layouts;
        _plan = plan;
        _lifetime = lifetime;
        _namesById = layouts.LookupNames.Select(_ => new Dictionary<long, string?>()).ToArray();
    }

    /// <summary>Rows read from Zoho so far (before the residual predicate and the rest of the client's work).</summary>
    public long RowsRead { get; private set; }

    public async ValueTask<ZohoCrmRecordPage?> NextPageAsync(CancellationToken cancellationToken)
    {
        if (_done)
        {
            return null;
        }

        _running = Task.Run(PullBatch, _lifetime);
        return await _running.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private ZohoCrmRecordPage? PullBatch()
    {
        _results ??= _plan.ProcessRows(InputRows()).GetEnumerator();
        var rows = new List<object?[]>();
        _crossedPage = false;

        // A batch ends at a page of results, or at the end of an input page once it has some, so rows flow early.
        while (rows.Count < BatchSize && !(rows.Count > 0 && _crossedPage))
        {
            if (!_results.MoveNext())
            {
                _done = true;
                _results.Dispose();
                break;
            }

            rows.Add(ToOutputRow(_results.Current));
        }

        return rows.Count == 0 && _done ? null : new ZohoCrmRecordPage(rows, !_done);
    }

    private IEnumerable<IZohoCrmRow> InputRows()
    {
        var input = _layouts.Input;
        while (true)
        {
            var pending = _input.NextPageAsync(_lifetime);
            var page = pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
            if (page is null)
            {
                yield break;
            }

            _crossedPage = true;
            foreach (var row in page.Rows)
            {
                RowsRead++;
                RememberLookupNames(row);
                yield return new ZohoCrmLayoutRow(input, row);
            }
        }
    }

    private void RememberLookupNames(object?[] row)
    {
        for (var i = 0; i < _namesById.Length; i++)
        {
            var (_, nameOrdinal, valueOrdinal) = _layouts.LookupNames[i];
            if (row[valueOrdinal] is long id)
            {
                _namesById[i][id] = (string?)row[nameOrdinal];
            }
        }
    }

    private object?[] ToOutputRow(object?[] projected)
    {
        var output = _layouts.Output;
        var row = new object?[output.Columns.Count];
        for (var i = 0; i < projected.Length; i++)
        {
            var value = projected[i];
            var type = output.Columns[i].ClrType;
            // The client's aggregates and Zoho's come in different widths (int, long, decimal): give the column's type.
            row[i] = value is null || type.IsInstanceOfType(value) || !ZohoCrmValueConverter.TryConvert(value, type, out var converted) ? value : converted;
        }

        for (var i = 0; i < _namesById.Length; i++)
        {
            var (outputOrdinal, _, _) = _layouts.LookupNames[i];
            var idOrdinal = output.ValueOrdinalOfKey(output.Columns[outputOrdinal].JsonKey);
            if (idOrdinal >= 0 && row[idOrdinal] is long id && _namesById[i].TryGetValue(id, out var name))
            {
                row[outputOrdinal] = name;
            }
        }

        return row;
    }

    public async ValueTask DisposeAsync()
    {
        _done = true;
        if (_running is { IsCompleted: false } running)
        {
            // The batch in progress stops at its next page wait (the lifetime is cancelled by the reader first).
            await running.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default)
                .ConfigureAwait(false);
        }

        await _input.DisposeAsync().ConfigureAwait(false);
    }
}

using ZohoCrm.Data.Coql;
using ZohoCrm.Data.Coql.Evaluation;

namespace ZohoCrm.Data.Execution;

/// <summary>
/// Runs the client's share of a plan (merge by id, row cap, residual predicate, grouping, ordering, OFFSET/LIMIT,
/// projection) over the rows of the calls, and hands the results to the reader in pages. The client's work does no
/// I/O: each page of input is awaited here and pushed through it, so no thread waits for Zoho while it runs.
/// </summary>
internal sealed class ZohoCrmProcessedSource : IZohoCrmPageSource
{
    private const int BatchSize = 2000;
    private readonly IZohoCrmPageSource _input;
    private readonly ZohoCrmQueryLayouts _layouts;
    private readonly CoqlRowProcessor.CoqlRowRun _run;
    private readonly Dictionary<long, string?>[] _namesById;
    private readonly List<object?[]> _results = [];
    private int _handedOut;
    private bool _inputDone;

    public ZohoCrmProcessedSource(IZohoCrmPageSource input, ZohoCrmQueryLayouts layouts, ZohoCrmQueryPlan plan)
    {
        _input = input;
        _layouts = layouts;
        _run = plan.Processor.Start();
        _namesById = layouts.LookupNames.Select(_ => new Dictionary<long, string?>()).ToArray();
    }

    /// <summary>Rows read from Zoho so far (before the residual predicate and the rest of the client's work).</summary>
    public long RowsRead { get; private set; }

    public async ValueTask<ZohoCrmRecordPage?> NextPageAsync(bool async, CancellationToken cancellationToken)
    {
        // A page of results is handed out as soon as an input page yields some, so rows flow early.
        while (_handedOut == _results.Count && !_inputDone)
        {
            _results.Clear();
            _handedOut = 0;
            var page = _run.IsComplete ? null : await _input.NextPageAsync(async, cancellationToken).ConfigureAwait(false);
            if (page is null)
            {
                _inputDone = true;
                _run.Complete(_results);
                break;
            }

            Push(page);
        }

        if (_handedOut == _results.Count)
        {
            return null;
        }

        var count = Math.Min(BatchSize, _results.Count - _handedOut);
        var rows = new object?[count][];
        for (var i = 0; i < count; i++)
        {
            rows[i] = ToOutputRow(_results[_handedOut + i]);
        }

        _handedOut += count;
        return new ZohoCrmRecordPage(rows, moreRecords: _handedOut < _results.Count || !_inputDone);
    }

    private void Push(ZohoCrmRecordPage page)
    {
        var input = _layouts.Input;
        foreach (var row in page.Rows)
        {
            RowsRead++;
            RememberLookupNames(row);
            _run.Push(new ZohoCrmLayoutRow(input, row), _results);
            if (_run.IsComplete)
            {
                break;
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

    public ValueTask DisposeAsync()
    {
        _inputDone = true;
        return _input.DisposeAsync();
    }
}

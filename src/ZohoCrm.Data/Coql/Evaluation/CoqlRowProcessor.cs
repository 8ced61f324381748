using ZohoCrm.Data.Coql.Binding;
using ZohoCrm.Data.Coql.Syntax;
using ZohoCrm.Data.Properties;

namespace ZohoCrm.Data.Coql.Evaluation;

/// <summary>
/// What the client does with the rows Zoho returns: merge the rows of several steps by id, enforce the row cap,
/// re-check the residual predicate, group and aggregate, order, skip and take, and project the result columns.
/// Lazy as far as the work allows, so a reader stops fetching pages once it has its rows; the work does no I/O, so
/// the reader feeds it rows as pages arrive, synchronously or asynchronously (<see cref="CoqlRowRun"/>).
/// </summary>
internal sealed record CoqlRowProcessor
{
    public required IReadOnlyList<CoqlOutputColumn> Outputs { get; init; }

    public CoqlExpression? Residual { get; init; }

    public bool DeduplicateById { get; init; }

    public long? MaxRowsRead { get; init; }

    /// <summary>Group and aggregate on the client (null: Zoho did, or the query does not aggregate).</summary>
    public IReadOnlyList<CoqlColumn>? ClientGroupBy { get; init; }

    /// <summary>Zoho aggregated: the row keys of its aggregates (<c>COUNT(id)</c>) by the dialect's text (<c>COUNT(*)</c>).</summary>
    public IReadOnlyDictionary<string, string>? ServerAggregateKeys { get; init; }

    /// <summary>An aggregate without GROUP BY always yields one row, even over no records.</summary>
    public bool SingleAggregateRow { get; init; }

    public IReadOnlyList<CoqlOrderItem>? ClientOrderBy { get; init; }

    public long ClientOffset { get; init; }

    public long? ClientLimit { get; init; }

    /// <summary>Starts one run over the rows of one execution; the run is fed a row at a time and does no I/O.</summary>
    public CoqlRowRun Start() => new(this);

    /// <summary>The client's work over <paramref name="rows"/>, lazily: no row is pulled once the results are complete.</summary>
    public IEnumerable<object?[]> Process(IEnumerable<IZohoCrmRow> rows)
    {
        var run = Start();
        var results = new List<object?[]>();
        if (!run.IsComplete)
        {
            foreach (var row in rows)
            {
                run.Push(row, results);
                foreach (var result in results)
                    yield return result;
                results.Clear();
                if (run.IsComplete)
                    break;
            }
        }

        run.Complete(results);
        foreach (var result in results)
            yield return result;
    }

    /// <summary>
    /// One run of the client's work, driven by whoever reads the rows (synchronously or not): <see cref="Push"/> each row
    /// as it arrives, then <see cref="Complete"/>. Rows flow through as far as the work allows (filters, OFFSET/LIMIT);
    /// grouping and ordering hold them until <see cref="Complete"/>.
    /// </summary>
    internal sealed class CoqlRowRun
    {
        private readonly CoqlRowProcessor _processor;
        private readonly HashSet<object>? _seenIds;
        private readonly Dictionary<GroupKey, List<IZohoCrmRow>>? _groups;
        private readonly List<GroupKey>? _groupOrder;
        private readonly List<IZohoCrmRow>? _toOrder;
        private long _read;
        private long _skipped;
        private long _taken;
        private bool _anyServerAggregate;

        public CoqlRowRun(CoqlRowProcessor processor)
        {
            _processor = processor;
            _seenIds = processor.DeduplicateById ? [] : null;
            if (processor.ClientGroupBy is not null)
            {
                _groups = [];
                _groupOrder = [];
            }

            _toOrder = processor.ClientOrderBy is { Count: > 0 } ? [] : null;
            IsComplete = processor.ClientLimit is 0;
        }

        /// <summary>The results are complete (LIMIT reached): no further row can change them, so reading may stop.</summary>
        public bool IsComplete { get; private set; }

        /// <summary>Takes one row read from Zoho; the results it completes are added to <paramref name="results"/>.</summary>
        public void Push(IZohoCrmRow row, List<object?[]> results)
        {
            var p = _processor;
            if (p.MaxRowsRead is { } max && ++_read > max)
                throw new ZohoCrmQueryException(ZohoCrmStrings.CoqlClientSideLimitExceeded(max));
            if (_seenIds is not null && row.GetValue("id") is { } id && !_seenIds.Add(id is int i ? (long)i : id))
                return;
            if (p.Residual is not null && !CoqlEvaluator.Matches(p.Residual, row))
                return;
            if (p.ServerAggregateKeys is not null)
            {
                _anyServerAggregate = true;
                row = new AggregateRow(row, p.ServerAggregateKeys, null);
            }

            Grouped(row, results);
        }

        /// <summary>Ends the input: the held groups and ordered rows are added to <paramref name="results"/>.</summary>
        public void Complete(List<object?[]> results)
        {
            var p = _processor;
            // Zoho answers an aggregate over no records with 204; SQL answers with one row (COUNT 0).
            if (p.ServerAggregateKeys is not null && !_anyServerAggregate && p.SingleAggregateRow)
                Grouped(new AggregateRow(EmptyRow.Instance, new Dictionary<string, string>(), p.Aggregate(p.Outputs, [])), results);
            if (_groups is not null)
            {
                if (_groupOrder!.Count == 0 && p.ClientGroupBy!.Count == 0)
                    Ordered(new AggregateRow(EmptyRow.Instance, new Dictionary<string, string>(), p.Aggregate(p.Outputs, [])), results);
                foreach (var key in _groupOrder)
                {
                    var members = _groups[key];
                    Ordered(new AggregateRow(members[0], new Dictionary<string, string>(), p.Aggregate(p.Outputs, members)), results);
                }
            }

            if (_toOrder is not null)
            {
                foreach (var row in p.Order(_toOrder))
                    Window(row, results);
            }
        }

        private void Grouped(IZohoCrmRow row, List<object?[]> results)
        {
            if (_groups is null)
            {
                Ordered(row, results);
                return;
            }

            var key = new GroupKey(_processor.ClientGroupBy!.Select(k => CoqlEvaluator.Scalar(k, row)).ToArray());
            if (!_groups.TryGetValue(key, out var members))
            {
                _groups[key] = members = [];
                _groupOrder!.Add(key);
            }

            members.Add(row);
        }

        private void Ordered(IZohoCrmRow row, List<object?[]> results)
        {
            if (_toOrder is not null)
                _toOrder.Add(row);
            else
                Window(row, results);
        }

        private void Window(IZohoCrmRow row, List<object?[]> results)
        {
            if (IsComplete)
                return;
            if (_skipped < _processor.ClientOffset)
            {
                _skipped++;
                return;
            }

            results.Add(_processor.Project(row));
            if (_processor.ClientLimit is { } limit && ++_taken >= limit)
                IsComplete = true;
        }
    }

    private Dictionary<string, object?> Aggregate(IReadOnlyList<CoqlOutputColumn> outputs, List<IZohoCrmRow> rows)
    {
        var values = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        var aggregates = outputs.Select(o => o.Expression).Concat((ClientOrderBy ?? []).Select(o => o.Expression)).OfType<CoqlAggregate>();
        foreach (var aggregate in aggregates)
        {
            var text = aggregate.ToText(zoho: false);
            if (values.ContainsKey(text)) continue;
            values[text] = Compute(aggregate, rows);
        }

        return values;
    }

    private static object? Compute(CoqlAggregate aggregate, List<IZohoCrmRow> rows)
    {
        if (aggregate.Argument is null) return (long)rows.Count;
        var values = rows.Select(r => CoqlEvaluator.Scalar(aggregate.Argument, r)).Where(v => v is not null).Select(v => v!).ToList();
        switch (aggregate.Function)
        {
            case CoqlAggregateFunction.Count:
                return (long)values.Count;
            case CoqlAggregateFunction.Sum:
                if (values.Count == 0) return null;
                var sum = values.Sum(CoqlValues.ToDecimal);
                return CoqlValueKinds.Of(aggregate.Argument.Field) == CoqlValueKind.Integer ? (long)sum : sum;
            case CoqlAggregateFunction.Avg:
                return values.Count == 0 ? null : values.Sum(CoqlValues.ToDecimal) / values.Count;
            case CoqlAggregateFunction.Min:
                return values.Count == 0 ? null : values.Aggregate((a, b) => CoqlValues.Compare(a, b) <= 0 ? a : b);
            default:
                return values.Count == 0 ? null : values.Aggregate((a, b) => CoqlValues.Compare(a, b) >= 0 ? a : b);
        }
    }

    private IEnumerable<IZohoCrmRow> Order(List<IZohoCrmRow> rows)
    {
        var keys = ClientOrderBy!;
        IOrderedEnumerable<IZohoCrmRow>? ordered = null;
        foreach (var key in keys)
        {
            var comparer = key.Descending ? NullsFirstComparer.Descending : NullsFirstComparer.Ascending;
            object? Selector(IZohoCrmRow r) => CoqlEvaluator.Scalar(key.Expression, r);
            ordered = ordered is null ? rows.OrderBy(Selector, comparer) : ordered.ThenBy(Selector, comparer);
        }

        return ordered ?? (IEnumerable<IZohoCrmRow>)rows;
    }

    private object?[] Project(IZohoCrmRow row)
    {
        var values = new object?[Outputs.Count];
        for (var i = 0; i < values.Length; i++)
            values[i] = Outputs[i].Expression is CoqlColumn column ? row.GetValue(column.ApiPath) : CoqlEvaluator.Scalar(Outputs[i].Expression, row);
        return values;
    }

    /// <summary>Nulls sort first ascending and last descending, the order keyset paging assumes of Zoho.</summary>
    private sealed class NullsFirstComparer(bool descending) : IComparer<object?>
    {
        public static readonly NullsFirstComparer Ascending = new(false);
        public static readonly NullsFirstComparer Descending = new(true);

        public int Compare(object? x, object? y)
        {
            var order = (x, y) switch
            {
                (null, null) => 0,
                (null, _) => -1,
                (_, null) => 1,
                _ => CoqlValues.Compare(x, y) ?? 0,
            };
            return descending ? -order : order;
        }
    }

    private sealed class GroupKey(object?[] values) : IEquatable<GroupKey>
    {
        private readonly object?[] _values = values;

        public bool Equals(GroupKey? other) =>
            other is not null && _values.Zip(other._values).All(p => (p.First is null && p.Second is null) || CoqlValues.AreEqual(p.First, p.Second) == true);

        public override bool Equals(object? obj) => Equals(obj as GroupKey);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            foreach (var value in _values)
                hash.Add(value is null ? 0 : CoqlValues.IsNumber(value) ? CoqlValues.ToDecimal(value).GetHashCode() : CoqlValues.TextComparer.GetHashCode(CoqlValues.ToText(value)));
            return hash.ToHashCode();
        }
    }

    /// <summary>A row whose aggregate values are computed, or read under Zoho's keys.</summary>
    private sealed class AggregateRow(IZohoCrmRow inner, IReadOnlyDictionary<string, string> zohoKeys, Dictionary<string, object?>? computed) : IZohoCrmRow
    {
        public object? GetValue(string path)
        {
            if (computed is not null && computed.TryGetValue(path, out var value)) return value;
            if (zohoKeys.TryGetValue(path, out var key)) return inner.GetValue(key);
            return inner.GetValue(path);
        }
    }

    private sealed class EmptyRow : IZohoCrmRow
    {
        public static readonly EmptyRow Instance = new();

        public object? GetValue(string path) => null;
    }
}

using ZohoCrm.Data.Coql.Binding;
using ZohoCrm.Data.Coql.Syntax;
using ZohoCrm.Data.Properties;

namespace ZohoCrm.Data.Coql.Evaluation;

/// <summary>
/// What the client does with the rows Zoho returns: merge the rows of several steps by id, enforce the row cap,
/// re-check the residual predicate, group and aggregate, order, skip and take, and project the result columns.
/// Lazy as far as the work allows, so a reader stops fetching pages once it has its rows.
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

    public IEnumerable<object?[]> Process(IEnumerable<IZohoCrmRow> rows)
    {
        var stream = Count(rows);
        if (DeduplicateById) stream = Deduplicate(stream);
        if (Residual is not null) stream = stream.Where(r => CoqlEvaluator.Matches(Residual, r));
        if (ServerAggregateKeys is not null) stream = ServerAggregates(stream);
        if (ClientGroupBy is not null) stream = Group(stream);
        if (ClientOrderBy is { Count: > 0 }) stream = Order(stream);
        if (ClientOffset > 0) stream = stream.Skip(ClientOffset > int.MaxValue ? int.MaxValue : (int)ClientOffset);
        if (ClientLimit is { } limit) stream = stream.Take(limit > int.MaxValue ? int.MaxValue : (int)limit);
        return stream.Select(Project);
    }

    private IEnumerable<IZohoCrmRow> Count(IEnumerable<IZohoCrmRow> rows)
    {
        long read = 0;
        foreach (var row in rows)
        {
            if (MaxRowsRead is { } max && ++read > max)
                throw new ZohoCrmQueryException(ZohoCrmStrings.CoqlClientSideLimitExceeded(max));
            yield return row;
        }
    }

    private static IEnumerable<IZohoCrmRow> Deduplicate(IEnumerable<IZohoCrmRow> rows)
    {
        var seen = new HashSet<object>();
        foreach (var row in rows)
        {
            var id = row.GetValue("id");
            if (id is null || seen.Add(id is int i ? (long)i : id)) yield return row;
        }
    }

    private IEnumerable<IZohoCrmRow> ServerAggregates(IEnumerable<IZohoCrmRow> rows)
    {
        var any = false;
        foreach (var row in rows)
        {
            any = true;
            yield return new AggregateRow(row, ServerAggregateKeys!, null);
        }

        // Zoho answers an aggregate over no records with 204; SQL answers with one row (COUNT 0).
        if (!any && SingleAggregateRow)
            yield return new AggregateRow(EmptyRow.Instance, new Dictionary<string, string>(), Aggregate(Outputs, []));
    }

    private IEnumerable<IZohoCrmRow> Group(IEnumerable<IZohoCrmRow> rows)
    {
        var keys = ClientGroupBy!;
        var groups = new Dictionary<GroupKey, List<IZohoCrmRow>>();
        var order = new List<GroupKey>();
        foreach (var row in rows)
        {
            var key = new GroupKey(keys.Select(k => CoqlEvaluator.Scalar(k, row)).ToArray());
            if (!groups.TryGetValue(key, out var members))
            {
                groups[key] = members = [];
                order.Add(key);
            }

            members.Add(row);
        }

        if (order.Count == 0 && keys.Count == 0)
        {
            yield return new AggregateRow(EmptyRow.Instance, new Dictionary<string, string>(), Aggregate(Outputs, []));
            yield break;
        }

        foreach (var key in order)
        {
            var members = groups[key];
            yield return new AggregateRow(members[0], new Dictionary<string, string>(), Aggregate(Outputs, members));
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

    private IEnumerable<IZohoCrmRow> Order(IEnumerable<IZohoCrmRow> rows)
    {
        var keys = ClientOrderBy!;
        IOrderedEnumerable<IZohoCrmRow>? ordered = null;
        foreach (var key in keys)
        {
            var comparer = key.Descending ? NullsFirstComparer.Descending : NullsFirstComparer.Ascending;
            object? Selector(IZohoCrmRow r) => CoqlEvaluator.Scalar(key.Expression, r);
            ordered = ordered is null ? rows.OrderBy(Selector, comparer) : ordered.ThenBy(Selector, comparer);
        }

        return ordered ?? rows;
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

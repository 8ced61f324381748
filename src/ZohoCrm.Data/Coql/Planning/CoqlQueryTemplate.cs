using System.Globalization;
using System.Text;
using ZohoCrm.Data.Coql.Binding;
using ZohoCrm.Data.Coql.Rewriting;
using ZohoCrm.Data.Coql.Syntax;

namespace ZohoCrm.Data.Coql.Planning;

/// <summary>One ORDER BY item as sent to Zoho: a column path or an aggregate's Zoho text.</summary>
internal sealed record CoqlSortKey(string Text, bool Descending, CoqlColumn? Column);

/// <summary>The parts of a COQL query that stay the same from page to page; pages differ in keyset, LIMIT and OFFSET.</summary>
internal sealed class CoqlQueryTemplate(string module, IReadOnlyList<string> select, CoqlExpression? where, IReadOnlyList<CoqlSortKey> orderBy,
    IReadOnlyList<string>? groupBy = null)
{
    public string Module { get; } = module;

    public IReadOnlyList<string> Select { get; } = select;

    public CoqlExpression? Where { get; } = where;

    public IReadOnlyList<CoqlSortKey> OrderBy { get; } = orderBy;

    /// <summary>The GROUP BY columns of a query whose aggregates Zoho computes; empty otherwise.</summary>
    public IReadOnlyList<string> GroupBy { get; } = groupBy ?? [];

    public string Render(CoqlExpression? keyset, long limit, long offset)
    {
        var builder = new StringBuilder("select ");
        builder.Append(string.Join(", ", Select)).Append(" from ").Append(CoqlWriter.Column(Module)).Append(" where ");
        var condition = CoqlPushdown.And([.. new[] { Where, keyset }.Where(e => e is not null).Select(e => e!)]);
        // Zoho requires a WHERE; 'id is not null' holds for every record.
        if (condition is null) builder.Append("id is not null");
        else CoqlWriter.Write(builder, condition);
        if (GroupBy.Count > 0)
            builder.Append(" group by ").Append(string.Join(", ", GroupBy));
        if (OrderBy.Count > 0)
            builder.Append(" order by ").Append(string.Join(", ", OrderBy.Select(o => o.Text + (o.Descending ? " desc" : " asc"))));
        builder.Append(" limit ").Append(limit.ToString(CultureInfo.InvariantCulture));
        if (offset > 0) builder.Append(" offset ").Append(offset.ToString(CultureInfo.InvariantCulture));
        return builder.ToString();
    }

    /// <summary>
    /// Keyset paging needs every sort key to be comparable with &gt; in COQL: numbers, dates, datetimes and id.
    /// Text has no range comparisons in COQL, so a text ordering cannot be continued past the offset window.
    /// </summary>
    public bool SupportsKeyset =>
        GroupBy.Count == 0 && OrderBy.Count > 0 && OrderBy.All(o => o.Column is { } c && (IsId(c) || CoqlValueKinds.Of(c.Field).IsOrdered()))
        && IsId(OrderBy[^1].Column!);

    /// <summary>Ordered by id alone, so each page can start after the last id instead of at an offset.</summary>
    public bool OrderedByIdOnly => OrderBy.Count == 1 && OrderBy[0].Column is { } c && IsId(c);

    public static bool IsId(CoqlColumn column) => string.Equals(column.ApiPath, "id", StringComparison.OrdinalIgnoreCase);

    /// <summary>Criteria a keyset predicate over this ordering can take at most.</summary>
    public int KeysetCriteria
    {
        get
        {
            var k = OrderBy.Count - 1;
            return (k + 1) * (k + 2) / 2 + k;
        }
    }

    /// <summary>
    /// Rows after the given last row in this ordering: for keys (c1, …, id), the OR over i of c1 = v1 … and ci after vi.
    /// Nulls are taken to sort first in ascending order (and so last in descending order), as in MySQL.
    /// </summary>
    public CoqlExpression? KeysetAfter(IZohoCrmRow lastRow)
    {
        var disjuncts = new List<CoqlExpression>();
        var equalities = new List<CoqlExpression>();
        foreach (var key in OrderBy)
        {
            var column = key.Column!;
            var value = KeyValue(lastRow, column);
            var after = After(column, value, key.Descending);
            if (after is not null) disjuncts.Add(CoqlPushdown.And([.. equalities, after])!);
            equalities.Add(value is null
                ? new CoqlIsNull(column, Negated: false)
                : new CoqlComparison(column, CoqlComparisonOperator.Equal, new CoqlLiteral(value)));
        }

        return disjuncts.Count == 0 ? null : CoqlPushdown.Or(disjuncts);
    }

    private static object? KeyValue(IZohoCrmRow row, CoqlColumn column)
    {
        var raw = row.GetValue(column.ApiPath);
        return raw is null ? null : CoqlValueConverter.Convert(raw, column.Field, column, static c => c.ApiPath);
    }

    private static CoqlExpression? After(CoqlColumn column, object? value, bool descending)
    {
        if (value is null)
            return descending ? null : new CoqlIsNull(column, Negated: true);
        var comparison = new CoqlComparison(column, descending ? CoqlComparisonOperator.Less : CoqlComparisonOperator.Greater, new CoqlLiteral(value));
        return descending && !IsId(column) ? CoqlPushdown.Or([comparison, new CoqlIsNull(column, Negated: false)]) : comparison;
    }

    public override string ToString() => Render(null, 1, 0);

    internal static string Describe(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}

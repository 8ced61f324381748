using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;

namespace EFCore.ZohoCrm.Query.Internal;

/// <summary>
/// Undoes the subquery EF makes when a reference navigation is joined after Take/Skip/First
/// (<c>db.Contacts.Include(c =&gt; c.Account).Take(1000)</c>): <c>(SELECT … FROM Contacts ORDER BY … LIMIT n) LEFT JOIN
/// Accounts ON Account_Name = id</c> becomes <c>SELECT … FROM Contacts LEFT JOIN Accounts … ORDER BY … LIMIT n</c>. A
/// left join on a lookup matches at most one record, so it neither adds nor removes rows and the page is the same;
/// the join is then a COQL lookup path and the query one call. Internal API.
/// </summary>
internal sealed class ZohoCrmPagedLookupJoinFlattener : ExpressionVisitor
{
    protected override Expression VisitExtension(Expression node) =>
        node is ShapedQueryExpression { QueryExpression: SelectExpression select } shaped && TryFlatten(select) is { } flattened
            ? shaped.UpdateQueryExpression(flattened)
            : node;

    private static SelectExpression? TryFlatten(SelectExpression outer)
    {
        if (outer.Tables is not [SelectExpression inner, _, ..]
            || outer.Predicate is not null || outer.GroupBy.Count > 0 || outer.Having is not null || outer.IsDistinct
            || outer.Limit is not null || outer.Offset is not null
            || inner.GroupBy.Count > 0 || inner.Having is not null || inner.IsDistinct
            || inner.Tables is not [TableExpression, ..] || inner.Alias is null)
        {
            return null;
        }

        var remapper = new ZohoCrmSubqueryColumnRemapper([inner]);
        var joins = new List<TableExpressionBase>();
        foreach (var join in outer.Tables.Skip(1))
        {
            if (join is not LeftJoinExpression { Table: TableExpression table } left || !JoinsOnId(left.JoinPredicate, table.Alias))
            {
                return null;
            }

            joins.Add(left.Update(table, remapper.Remap(left.JoinPredicate)));
        }

        var orderings = outer.Orderings.Select(o => o.Update(remapper.Remap(o.Expression))).ToList();
        var projections = outer.Projection.Select(p => p.Update(remapper.Remap(p.Expression))).ToList();
        if (remapper.Failed || orderings.Count > 0 && !orderings.SequenceEqual(inner.Orderings))
        {
            return null;
        }

        return outer.Update([.. inner.Tables, .. joins], inner.Predicate, [], null, projections, inner.Orderings, inner.Offset, inner.Limit);
    }

    // x.<lookup> = joined.id: the joined table contributes at most one row.
    private static bool JoinsOnId(SqlExpression predicate, string joinedAlias) =>
        predicate is SqlBinaryExpression { OperatorType: ExpressionType.Equal, Left: ColumnExpression left, Right: ColumnExpression right }
        && (IsId(left, joinedAlias) && right.TableAlias != joinedAlias || IsId(right, joinedAlias) && left.TableAlias != joinedAlias);

    private static bool IsId(ColumnExpression column, string alias) =>
        column.TableAlias == alias && string.Equals(column.Name, "id", StringComparison.OrdinalIgnoreCase);
}

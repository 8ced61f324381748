using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;

namespace EFCore.ZohoCrm.Query.Internal;

/// <summary>
/// Undoes the subquery EF makes when it adds a lookup join after Take/Skip (a reference Include, or a navigation
/// read in the final Select): <c>SELECT ... FROM (SELECT ... LIMIT n) AS t LEFT JOIN Accounts ON t.Account_Name = a.id</c>.
/// Following a lookup never adds or removes rows, so the join can move inside the paged query, where COQL writes
/// it as a dot path. Other subqueries are left for the validator to refuse. Internal API.
/// </summary>
public class ZohoCrmLookupJoinFlattener : ExpressionVisitor
{
    protected override Expression VisitExtension(Expression node) =>
        node is ShapedQueryExpression { QueryExpression: SelectExpression select } shaped && TryFlatten(select) is { } flat
            ? shaped.UpdateQueryExpression(flat)
            : node;

    /// <summary>The query with its lookup joins moved into its paged subquery, or null when it has another shape.</summary>
    public static SelectExpression? TryFlatten(SelectExpression outer)
    {
        if (outer.Tables is not [SelectExpression { Alias: { } alias } inner, _, ..]
            || outer.Predicate is not null || outer.GroupBy.Count > 0 || outer.Having is not null || outer.IsDistinct
            || outer.Limit is not null || outer.Offset is not null
            || inner.GroupBy.Count > 0 || inner.Having is not null || inner.IsDistinct
            || inner.Tables is not [TableExpression, ..]
            || !inner.Tables.Skip(1).Concat(outer.Tables.Skip(1)).All(t => t is LeftJoinExpression or InnerJoinExpression))
        {
            return null;
        }

        var remapper = new SubqueryColumnRemapper(alias, inner.Projection);
        var tables = inner.Tables.Concat(outer.Tables.Skip(1).Select(t => (TableExpressionBase)remapper.Visit(t))).ToList();
        var projections = outer.Projection.Select(p => p.Update((SqlExpression)remapper.Visit(p.Expression))).ToList();
        var orderings = outer.Orderings.Select(o => o.Update((SqlExpression)remapper.Visit(o.Expression))).ToList();

        // One ORDER BY must serve both the paging and the result: EF repeats the inner ordering outside.
        if (remapper.Failed || (orderings.Count > 0 && !orderings.SequenceEqual(inner.Orderings)))
        {
            return null;
        }

        return outer.Update(tables, inner.Predicate, inner.GroupBy, inner.Having, projections, inner.Orderings, inner.Offset, inner.Limit);
    }

    // Replaces t.X (a column of the subquery) with the expression the subquery projects as X.
    private sealed class SubqueryColumnRemapper(string alias, IReadOnlyList<ProjectionExpression> projections) : ExpressionVisitor
    {
        public bool Failed { get; private set; }

        protected override Expression VisitExtension(Expression node)
        {
            if (node is ColumnExpression column && column.TableAlias == alias)
            {
                if (projections.FirstOrDefault(p => p.Alias == column.Name) is { } projection)
                {
                    return projection.Expression;
                }

                Failed = true;
                return node;
            }

            return base.VisitExtension(node);
        }
    }
}

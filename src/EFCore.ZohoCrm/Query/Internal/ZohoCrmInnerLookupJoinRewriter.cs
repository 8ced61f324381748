using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;

namespace EFCore.ZohoCrm.Query.Internal;

/// <summary>
/// A COQL lookup path keeps every record, as a LEFT JOIN does: a record whose lookup is empty reads the path's
/// fields as empty. An INNER JOIN on a lookup (<c>Join</c> in LINQ, or a navigation to a required principal) keeps
/// only the records whose lookup is set, so each becomes the LEFT JOIN plus <c>&lt;lookup&gt; IS NOT NULL</c> AND-ed
/// to the WHERE of the same query, where a page of that query (LIMIT/OFFSET) counts only the joined records. A
/// query paged before the join (a subquery) is rewritten inside, so its condition stays inside its page. After
/// this, every join left is a LEFT JOIN, which is what the SQL generator writes as a path. Internal API.
/// </summary>
public sealed class ZohoCrmInnerLookupJoinRewriter(ISqlExpressionFactory sqlExpressionFactory) : ExpressionVisitor
{
    protected override Expression VisitExtension(Expression node) =>
        node is ShapedQueryExpression { QueryExpression: SelectExpression select } shaped
            ? shaped.UpdateQueryExpression(Rewrite(select))
            : node;

    private SelectExpression Rewrite(SelectExpression select)
    {
        var changed = false;
        var tables = new List<TableExpressionBase>(select.Tables.Count);
        SqlExpression? lookupsSet = null;
        foreach (var table in select.Tables)
        {
            switch (table)
            {
                case SelectExpression subquery:
                    var rewritten = Rewrite(subquery);
                    changed |= rewritten != subquery;
                    tables.Add(rewritten);
                    break;

                case InnerJoinExpression { Table: TableExpression joined } inner
                    when ZohoCrmLookupPaths.TryGetLookupColumn(inner.JoinPredicate, joined.Alias, out var lookup):
                    // A required (non-nullable) foreign key column is still empty in a record whose lookup is empty;
                    // marked nullable, the condition survives EF's null-semantics simplification.
                    var isSet = sqlExpressionFactory.IsNotNull(lookup.IsNullable ? lookup : lookup.MakeNullable());
                    lookupsSet = lookupsSet is null ? isSet : sqlExpressionFactory.AndAlso(lookupsSet, isSet);
                    tables.Add(new LeftJoinExpression(joined, inner.JoinPredicate));
                    changed = true;
                    break;

                default:
                    tables.Add(table);
                    break;
            }
        }

        if (!changed)
        {
            return select;
        }

        var predicate = select.Predicate is null || lookupsSet is null
            ? select.Predicate ?? lookupsSet
            : sqlExpressionFactory.AndAlso(select.Predicate, lookupsSet);
        return select.Update(tables, predicate, select.GroupBy, select.Having, select.Projection, select.Orderings, select.Offset, select.Limit);
    }
}

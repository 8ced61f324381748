using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using System.Linq.Expressions;

namespace EFCore.ZohoCrm.Query.Internal;

/// <summary>
/// A COQL lookup path keeps every record, as a LEFT JOIN does: a record whose lookup is empty reads the path's
/// fields as empty. An INNER JOIN on a lookup (<c>Join</c> in LINQ, or a navigation to a required principal) keeps
/// only the records whose lookup is set, so each becomes the LEFT JOIN plus <c>&lt;lookup&gt; IS NOT NULL</c> AND-ed
/// to the WHERE of the same query, where a page of that query (LIMIT/OFFSET) counts only the joined records. An
/// inner join of a filtered module (<c>join a in db.Accounts.Where(a =&gt; ...)</c>, a subquery to EF) brings its
/// filter along, through the lookup. A query paged before the join (a subquery) is rewritten inside, so its
/// condition stays inside its page. After this, every lookup join is a LEFT JOIN, which is what the SQL generator
/// writes as a path. Internal API.
/// </summary>
internal sealed class ZohoCrmInnerLookupJoinRewriter(ISqlExpressionFactory sqlExpressionFactory) : ExpressionVisitor
{
    /// <summary>
    /// Whether an inner-joined subquery is only a filter over one module, which the join can carry as conditions
    /// through the lookup.
    /// </summary>
    public static bool IsFilteredModule(SelectExpression subquery) =>
        subquery is { Tables: [TableExpression], Limit: null, Offset: null, IsDistinct: false, Having: null, GroupBy.Count: 0, Alias: not null };

    protected override Expression VisitExtension(Expression node) => node switch
    {
        ShapedQueryExpression { QueryExpression: SelectExpression select } shaped => shaped.UpdateQueryExpression(Rewrite(select)),

        // ExecuteUpdate/ExecuteDelete through a required navigation: the DML's condition is a query's condition.
        UpdateExpression update => update.Update(Rewrite(update.SelectExpression), update.ColumnValueSetters),
        DeleteExpression delete => delete.Update(delete.Table, Rewrite(delete.SelectExpression)),
        _ => node,
    };

    private SelectExpression Rewrite(SelectExpression select)
    {
        var filtered = select.Tables.OfType<InnerJoinExpression>().Select(j => j.Table)
            .OfType<SelectExpression>().Where(IsFilteredModule).ToList();
        var remapper = new ZohoCrmSubqueryColumnRemapper(filtered);
        var rewritten = Rewrite(select, remapper);

        // A column the subquery did not project cannot be followed through the lookup; the subquery then stays and
        // the shape validator refuses it.
        return remapper.Failed ? Rewrite(select, new ZohoCrmSubqueryColumnRemapper([])) : rewritten;
    }

    private SelectExpression Rewrite(SelectExpression select, ZohoCrmSubqueryColumnRemapper remapper)
    {
        var changed = false;
        var tables = new List<TableExpressionBase>(select.Tables.Count);
        var conditions = new List<SqlExpression>();
        foreach (var table in select.Tables)
        {
            switch (table)
            {
                case SelectExpression subquery:
                    var rewritten = Rewrite(subquery);
                    changed |= rewritten != subquery;
                    tables.Add(rewritten);
                    break;

                case InnerJoinExpression inner when Joined(inner.Table) is (TableExpression joined, var filter)
                    && remapper.Remap(inner.JoinPredicate) is var joinPredicate
                    && ZohoCrmLookupPaths.TryGetLookupColumn(joinPredicate, joined.Alias, out var lookup):
                    // A required (non-nullable) foreign key column is still empty in a record whose lookup is empty;
                    // marked nullable, the condition survives EF's null-semantics simplification.
                    conditions.Add(sqlExpressionFactory.IsNotNull(lookup.IsNullable ? lookup : lookup.MakeNullable()));
                    if (filter is not null)
                    {
                        conditions.Add(filter);
                    }

                    tables.Add(new LeftJoinExpression(joined, joinPredicate));
                    changed = true;
                    break;

                case PredicateJoinExpressionBase join when remapper.Remap(join.JoinPredicate) is var joinPredicate && joinPredicate != join.JoinPredicate:
                    // A join that follows a lookup of a filtered module merged above.
                    tables.Add(join.Update(join.Table, joinPredicate));
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

        var joinConditions = conditions.Count == 0 ? null : conditions.Aggregate(sqlExpressionFactory.AndAlso);
        var predicate = select.Predicate is null ? joinConditions
            : joinConditions is null ? remapper.Remap(select.Predicate)
            : sqlExpressionFactory.AndAlso(remapper.Remap(select.Predicate), joinConditions);

        return select.Update(
            tables,
            predicate,
            select.GroupBy.Select(remapper.Remap).ToList(),
            select.Having is null ? null : remapper.Remap(select.Having),
            select.Projection.Select(p => p.Update(remapper.Remap(p.Expression))).ToList(),
            select.Orderings.Select(o => o.Update(remapper.Remap(o.Expression))).ToList(),
            select.Offset,
            select.Limit);
    }

    // The module an inner join joins, and the filter it brings along.
    private static (TableExpression Table, SqlExpression? Filter)? Joined(TableExpressionBase table) => table switch
    {
        TableExpression module => (module, null),
        SelectExpression subquery when IsFilteredModule(subquery) => ((TableExpression)subquery.Tables[0], subquery.Predicate),
        _ => null,
    };
}

using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;

namespace EFCore.ZohoCrm.Query.Internal;

/// <summary>
/// Replaces the columns of subqueries that are being merged into the query around them with the expressions the
/// subqueries projected them from. <see cref="Failed"/> says a column had no such projection. Internal API.
/// </summary>
internal sealed class ZohoCrmSubqueryColumnRemapper(IEnumerable<SelectExpression> subqueries) : ExpressionVisitor
{
    private readonly Dictionary<string, Dictionary<string, SqlExpression>> _projections = subqueries.ToDictionary(
        s => s.Alias!, s => s.Projection.ToDictionary(p => p.Alias, p => p.Expression, StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>Whether a column of one of the subqueries was not among its projections.</summary>
    public bool Failed { get; private set; }

    /// <summary>The expression with the subqueries' columns replaced.</summary>
    public SqlExpression Remap(SqlExpression expression) => (SqlExpression)Visit(expression);

    protected override Expression VisitExtension(Expression node)
    {
        if (node is ColumnExpression column && _projections.TryGetValue(column.TableAlias, out var projections))
        {
            if (projections.TryGetValue(column.Name, out var projected))
            {
                return projected;
            }

            Failed = true;
            return node;
        }

        return node is SelectExpression ? node : base.VisitExtension(node);
    }
}

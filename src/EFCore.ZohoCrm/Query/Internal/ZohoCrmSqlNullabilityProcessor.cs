using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;

namespace EFCore.ZohoCrm.Query.Internal;

/// <summary>
/// Null semantics as the relational default, except that IN lists are never padded past COQL's 100 values per IN
/// SUM is not wrapped in COALESCE, and the CASE EF uses to negate a comparison of a nullable field becomes the
/// equivalent comparison with IS NULL. Internal API.
/// </summary>
public class ZohoCrmSqlNullabilityProcessor : SqlNullabilityProcessor
{
    /// <summary>The most values one COQL IN list may hold.</summary>
    public const int MaxInValues = 100;

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public ZohoCrmSqlNullabilityProcessor(
        RelationalParameterBasedSqlProcessorDependencies dependencies,
        RelationalParameterBasedSqlProcessorParameters parameters)
        : base(dependencies, parameters)
    {
    }

    // Padding repeats the last value so a few SQL texts serve all list lengths; it must not push a list that fits
    // in one COQL IN over the limit (ZohoCrm.Data splits longer lists itself).
    /// <inheritdoc />
    protected override int CalculateParameterBucketSize(int count, RelationalTypeMapping elementTypeMapping) =>
        count switch
        {
            <= 5 => 1,
            <= 50 => 10,
            <= MaxInValues => 10,
            _ => 50,
        };

    // The relational processor wraps SUM in COALESCE(SUM(x), 0) so that an empty sum is 0 as in LINQ; COQL has no
    // COALESCE. SUM stays nullable instead, and the shaper turns a NULL into default(T), the same 0.
    /// <inheritdoc />
    protected override SqlExpression VisitSqlFunction(
        SqlFunctionExpression sqlFunctionExpression, bool allowOptimizedExpansion, out bool nullable)
    {
        var result = base.VisitSqlFunction(sqlFunctionExpression, allowOptimizedExpansion, out nullable);
        if (result is SqlFunctionExpression { IsBuiltIn: true, Name: "COALESCE", Arguments: [SqlFunctionExpression { IsBuiltIn: true, Name: "SUM" } sum, SqlConstantExpression] })
        {
            nullable = true;
            return sum;
        }

        return result;
    }

    // EF keeps C# semantics for !(x > 10) over a nullable x as CASE WHEN x > 10 THEN false ELSE true END. COQL has no
    // CASE; the same condition is x <= 10 OR x IS NULL.
    /// <inheritdoc />
    public override Expression Process(Expression queryExpression, ParametersCacheDecorator parametersDecorator)
        => new BooleanCaseRewriter(Dependencies.SqlExpressionFactory).Visit(base.Process(queryExpression, parametersDecorator));

    private sealed class BooleanCaseRewriter(ISqlExpressionFactory factory) : ExpressionVisitor
    {
        protected override Expression VisitExtension(Expression node)
        {
            if (node is CaseExpression
                {
                    Operand: null,
                    WhenClauses: [{ Test: SqlBinaryExpression test, Result: SqlConstantExpression { Value: bool whenResult } }],
                    ElseResult: SqlConstantExpression { Value: bool elseResult },
                }
                && whenResult != elseResult
                && Negate(test.OperatorType) is { } negatedOperator)
            {
                if (whenResult)
                {
                    // Where the test is unknown (a NULL operand) CASE takes the ELSE branch, false, as the test itself does.
                    return test;
                }

                // ... and here the ELSE branch is true: the negated comparison, or a NULL operand.
                var condition = factory.MakeBinary(negatedOperator, test.Left, test.Right, test.TypeMapping)!;
                foreach (var operand in new[] { test.Left, test.Right })
                {
                    if (operand is ColumnExpression { IsNullable: true } column)
                    {
                        condition = factory.OrElse(condition, factory.IsNull(column));
                    }
                }

                return condition;
            }

            return base.VisitExtension(node);
        }
    }

    private static ExpressionType? Negate(ExpressionType comparison) => comparison switch
    {
        ExpressionType.Equal => ExpressionType.NotEqual,
        ExpressionType.NotEqual => ExpressionType.Equal,
        ExpressionType.GreaterThan => ExpressionType.LessThanOrEqual,
        ExpressionType.GreaterThanOrEqual => ExpressionType.LessThan,
        ExpressionType.LessThan => ExpressionType.GreaterThanOrEqual,
        ExpressionType.LessThanOrEqual => ExpressionType.GreaterThan,
        _ => null,
    };
}

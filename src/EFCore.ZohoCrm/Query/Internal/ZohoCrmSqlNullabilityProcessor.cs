using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;

namespace EFCore.ZohoCrm.Query.Internal;

/// <summary>
/// Null semantics as the relational default, except that IN lists are never padded past COQL's 100 values per IN
/// and SUM is not wrapped in COALESCE. Internal API.
/// </summary>
public class ZohoCrmSqlNullabilityProcessor : SqlNullabilityProcessor
{
    /// <summary>The most values one COQL IN list may hold.</summary>
    public const int MaxInValues = 100;

    public ZohoCrmSqlNullabilityProcessor(
        RelationalParameterBasedSqlProcessorDependencies dependencies,
        RelationalParameterBasedSqlProcessorParameters parameters)
        : base(dependencies, parameters)
    {
    }

    // Padding repeats the last value so a few SQL texts serve all list lengths; it must not push a list that fits
    // in one COQL IN over the limit (ZohoCrm.Data splits longer lists itself).
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
}

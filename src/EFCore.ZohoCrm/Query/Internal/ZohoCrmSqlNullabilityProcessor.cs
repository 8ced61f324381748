using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Storage;

namespace EFCore.ZohoCrm.Query.Internal;

/// <summary>
/// Null semantics as the relational default, but IN lists are never padded past COQL's 100 values per IN. Internal API.
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
}

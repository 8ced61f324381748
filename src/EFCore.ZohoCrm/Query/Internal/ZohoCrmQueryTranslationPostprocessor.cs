using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Storage;

namespace EFCore.ZohoCrm.Query.Internal;

/// <summary>
/// Runs the relational post-processing, then <see cref="ZohoCrmInnerLookupJoinRewriter"/>,
/// <see cref="ZohoCrmPagedLookupJoinFlattener"/> and <see cref="ZohoCrmQueryShapeValidator"/>. Internal API.
/// </summary>
public class ZohoCrmQueryTranslationPostprocessor : RelationalQueryTranslationPostprocessor
{
    private readonly ISqlGenerationHelper _sqlGenerationHelper;

    public ZohoCrmQueryTranslationPostprocessor(
        QueryTranslationPostprocessorDependencies dependencies,
        RelationalQueryTranslationPostprocessorDependencies relationalDependencies,
        RelationalQueryCompilationContext queryCompilationContext,
        ISqlGenerationHelper sqlGenerationHelper)
        : base(dependencies, relationalDependencies, queryCompilationContext)
    {
        _sqlGenerationHelper = sqlGenerationHelper;
    }

    public override Expression Process(Expression query)
    {
        var lookupJoins = new ZohoCrmInnerLookupJoinRewriter(RelationalDependencies.SqlExpressionFactory).Visit(base.Process(query));
        var processed = new ZohoCrmPagedLookupJoinFlattener().Visit(lookupJoins);
        new ZohoCrmQueryShapeValidator(_sqlGenerationHelper, (QueryCompilationContext as ZohoCrmQueryCompilationContext)?.TranslatedQuery)
            .Visit(processed);
        return processed;
    }
}

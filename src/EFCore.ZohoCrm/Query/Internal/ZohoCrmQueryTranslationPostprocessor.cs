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

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public ZohoCrmQueryTranslationPostprocessor(
        QueryTranslationPostprocessorDependencies dependencies,
        RelationalQueryTranslationPostprocessorDependencies relationalDependencies,
        RelationalQueryCompilationContext queryCompilationContext,
        ISqlGenerationHelper sqlGenerationHelper)
        : base(dependencies, relationalDependencies, queryCompilationContext)
    {
        _sqlGenerationHelper = sqlGenerationHelper;
    }

    /// <inheritdoc />
    public override Expression Process(Expression query)
    {
        var lookupJoins = new ZohoCrmInnerLookupJoinRewriter(RelationalDependencies.SqlExpressionFactory).Visit(base.Process(query));
        var processed = new ZohoCrmPagedLookupJoinFlattener().Visit(lookupJoins);
        new ZohoCrmQueryShapeValidator(_sqlGenerationHelper, (QueryCompilationContext as ZohoCrmQueryCompilationContext)?.TranslatedQuery)
            .Visit(processed);
        return processed;
    }
}

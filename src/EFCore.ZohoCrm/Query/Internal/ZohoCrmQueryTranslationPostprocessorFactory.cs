using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Storage;

namespace EFCore.ZohoCrm.Query.Internal;

/// <summary>Creates <see cref="ZohoCrmQueryTranslationPostprocessor"/>s. Internal API.</summary>
public class ZohoCrmQueryTranslationPostprocessorFactory : IQueryTranslationPostprocessorFactory
{
    private readonly ISqlGenerationHelper _sqlGenerationHelper;

    public ZohoCrmQueryTranslationPostprocessorFactory(
        QueryTranslationPostprocessorDependencies dependencies,
        RelationalQueryTranslationPostprocessorDependencies relationalDependencies,
        ISqlGenerationHelper sqlGenerationHelper)
    {
        Dependencies = dependencies;
        RelationalDependencies = relationalDependencies;
        _sqlGenerationHelper = sqlGenerationHelper;
    }

    protected virtual QueryTranslationPostprocessorDependencies Dependencies { get; }

    protected virtual RelationalQueryTranslationPostprocessorDependencies RelationalDependencies { get; }

    public virtual QueryTranslationPostprocessor Create(QueryCompilationContext queryCompilationContext)
        => new ZohoCrmQueryTranslationPostprocessor(
            Dependencies, RelationalDependencies, (RelationalQueryCompilationContext)queryCompilationContext,
            _sqlGenerationHelper);
}

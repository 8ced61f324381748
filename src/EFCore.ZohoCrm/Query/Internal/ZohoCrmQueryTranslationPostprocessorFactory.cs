using EFCore.ZohoCrm.Infrastructure.Internal;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Storage;

namespace EFCore.ZohoCrm.Query.Internal;

/// <summary>Creates <see cref="ZohoCrmQueryTranslationPostprocessor"/>s. Internal API.</summary>
public class ZohoCrmQueryTranslationPostprocessorFactory : IQueryTranslationPostprocessorFactory
{
    private readonly ISqlGenerationHelper _sqlGenerationHelper;
    private readonly bool _allowsClientSideFiltering;

    public ZohoCrmQueryTranslationPostprocessorFactory(
        QueryTranslationPostprocessorDependencies dependencies,
        RelationalQueryTranslationPostprocessorDependencies relationalDependencies,
        ISqlGenerationHelper sqlGenerationHelper,
        IDbContextOptions contextOptions)
    {
        Dependencies = dependencies;
        RelationalDependencies = relationalDependencies;
        _sqlGenerationHelper = sqlGenerationHelper;
        // Part of the service-provider key (ZohoCrmOptionsExtension), so cached translations never mix the two modes.
        _allowsClientSideFiltering = contextOptions.FindExtension<ZohoCrmOptionsExtension>()?.AllowsClientSideFiltering ?? false;
    }

    protected virtual QueryTranslationPostprocessorDependencies Dependencies { get; }

    protected virtual RelationalQueryTranslationPostprocessorDependencies RelationalDependencies { get; }

    public virtual QueryTranslationPostprocessor Create(QueryCompilationContext queryCompilationContext)
        => new ZohoCrmQueryTranslationPostprocessor(
            Dependencies, RelationalDependencies, (RelationalQueryCompilationContext)queryCompilationContext,
            _sqlGenerationHelper, _allowsClientSideFiltering);
}

using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Storage;

namespace EFCore.ZohoCrm.Query.Internal;

/// <summary>Creates <see cref="ZohoCrmQueryTranslationPostprocessor"/>s. Internal API.</summary>
public class ZohoCrmQueryTranslationPostprocessorFactory : IQueryTranslationPostprocessorFactory
{
    private readonly ISqlGenerationHelper _sqlGenerationHelper;

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public ZohoCrmQueryTranslationPostprocessorFactory(
        QueryTranslationPostprocessorDependencies dependencies,
        RelationalQueryTranslationPostprocessorDependencies relationalDependencies,
        ISqlGenerationHelper sqlGenerationHelper)
    {
        Dependencies = dependencies;
        RelationalDependencies = relationalDependencies;
        _sqlGenerationHelper = sqlGenerationHelper;
    }

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    protected virtual QueryTranslationPostprocessorDependencies Dependencies { get; }

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    protected virtual RelationalQueryTranslationPostprocessorDependencies RelationalDependencies { get; }

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public virtual QueryTranslationPostprocessor Create(QueryCompilationContext queryCompilationContext)
        => new ZohoCrmQueryTranslationPostprocessor(
            Dependencies, RelationalDependencies, (RelationalQueryCompilationContext)queryCompilationContext,
            _sqlGenerationHelper);
}

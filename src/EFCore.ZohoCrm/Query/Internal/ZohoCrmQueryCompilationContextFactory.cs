using Microsoft.EntityFrameworkCore.Query;

namespace EFCore.ZohoCrm.Query.Internal;

/// <summary>Creates <see cref="ZohoCrmQueryCompilationContext"/>s. Internal API.</summary>
public class ZohoCrmQueryCompilationContextFactory : IQueryCompilationContextFactory
{
    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public ZohoCrmQueryCompilationContextFactory(
        QueryCompilationContextDependencies dependencies,
        RelationalQueryCompilationContextDependencies relationalDependencies)
    {
        Dependencies = dependencies;
        RelationalDependencies = relationalDependencies;
    }

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    protected virtual QueryCompilationContextDependencies Dependencies { get; }

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    protected virtual RelationalQueryCompilationContextDependencies RelationalDependencies { get; }

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public virtual QueryCompilationContext Create(bool async) => new ZohoCrmQueryCompilationContext(Dependencies, RelationalDependencies, async);

#pragma warning disable EF9100 // Precompiled (NativeAOT) queries are generated as code from the translated tree, with no room for the
    // collection loading around it; they keep the relational context, where a collection Include fails translation.
    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public virtual QueryCompilationContext CreatePrecompiled(bool async) =>
        new RelationalQueryCompilationContext(Dependencies, RelationalDependencies, async, precompiling: true);
#pragma warning restore EF9100
}

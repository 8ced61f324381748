using Microsoft.EntityFrameworkCore.Query;

namespace EFCore.ZohoCrm.Query.Internal;

/// <summary>Creates <see cref="ZohoCrmQueryCompilationContext"/>s. Internal API.</summary>
public class ZohoCrmQueryCompilationContextFactory : IQueryCompilationContextFactory
{
    public ZohoCrmQueryCompilationContextFactory(
        QueryCompilationContextDependencies dependencies,
        RelationalQueryCompilationContextDependencies relationalDependencies)
    {
        Dependencies = dependencies;
        RelationalDependencies = relationalDependencies;
    }

    protected virtual QueryCompilationContextDependencies Dependencies { get; }

    protected virtual RelationalQueryCompilationContextDependencies RelationalDependencies { get; }

    public virtual QueryCompilationContext Create(bool async) => new ZohoCrmQueryCompilationContext(Dependencies, RelationalDependencies, async);

#pragma warning disable EF9100 // Precompiled (NativeAOT) queries are generated as code from the translated tree, with no room for the
    // collection loading around it; they keep the relational context, where a collection Include fails translation.
    public virtual QueryCompilationContext CreatePrecompiled(bool async) =>
        new RelationalQueryCompilationContext(Dependencies, RelationalDependencies, async, precompiling: true);
#pragma warning restore EF9100
}

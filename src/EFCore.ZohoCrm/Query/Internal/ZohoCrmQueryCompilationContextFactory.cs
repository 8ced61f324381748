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
}

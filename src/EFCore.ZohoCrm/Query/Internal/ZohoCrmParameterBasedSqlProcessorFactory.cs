using Microsoft.EntityFrameworkCore.Query;

namespace EFCore.ZohoCrm.Query.Internal;

/// <summary>Creates <see cref="ZohoCrmParameterBasedSqlProcessor"/>s. Internal API.</summary>
public class ZohoCrmParameterBasedSqlProcessorFactory : IRelationalParameterBasedSqlProcessorFactory
{
    public ZohoCrmParameterBasedSqlProcessorFactory(RelationalParameterBasedSqlProcessorDependencies dependencies)
        => Dependencies = dependencies;

    protected virtual RelationalParameterBasedSqlProcessorDependencies Dependencies { get; }

    public virtual RelationalParameterBasedSqlProcessor Create(RelationalParameterBasedSqlProcessorParameters parameters)
        => new ZohoCrmParameterBasedSqlProcessor(Dependencies, parameters);
}

using Microsoft.EntityFrameworkCore.Query;

namespace EFCore.ZohoCrm.Query.Internal;

/// <summary>Creates <see cref="ZohoCrmQuerySqlGenerator"/>s. Internal API.</summary>
public class ZohoCrmQuerySqlGeneratorFactory : IQuerySqlGeneratorFactory
{
    public ZohoCrmQuerySqlGeneratorFactory(QuerySqlGeneratorDependencies dependencies) => Dependencies = dependencies;

    protected virtual QuerySqlGeneratorDependencies Dependencies { get; }

    public virtual QuerySqlGenerator Create() => new ZohoCrmQuerySqlGenerator(Dependencies);
}

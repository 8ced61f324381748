using Microsoft.EntityFrameworkCore.Query;

namespace EFCore.ZohoCrm.Query.Internal;

/// <summary>Creates <see cref="ZohoCrmQuerySqlGenerator"/>s. Internal API.</summary>
public class ZohoCrmQuerySqlGeneratorFactory : IQuerySqlGeneratorFactory
{
    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public ZohoCrmQuerySqlGeneratorFactory(QuerySqlGeneratorDependencies dependencies) => Dependencies = dependencies;

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    protected virtual QuerySqlGeneratorDependencies Dependencies { get; }

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public virtual QuerySqlGenerator Create() => new ZohoCrmQuerySqlGenerator(Dependencies);
}

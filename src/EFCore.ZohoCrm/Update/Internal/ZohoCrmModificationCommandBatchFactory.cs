using EFCore.ZohoCrm.Infrastructure.Internal;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Update;

namespace EFCore.ZohoCrm.Update.Internal;

/// <summary>Creates <see cref="ZohoCrmModificationCommandBatch"/>es whose calls take the configured number of records (<c>MaxBatchSize</c>, default 100). Internal API.</summary>
public class ZohoCrmModificationCommandBatchFactory : IModificationCommandBatchFactory
{
    private readonly int _recordsPerCall;

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public ZohoCrmModificationCommandBatchFactory(ModificationCommandBatchFactoryDependencies dependencies, IDbContextOptions options)
    {
        Dependencies = dependencies;
        _recordsPerCall = options.FindExtension<ZohoCrmOptionsExtension>()?.MaxBatchSize ?? ZohoCrmOptionsExtension.MaxRecordsPerWrite;
    }

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    protected virtual ModificationCommandBatchFactoryDependencies Dependencies { get; }

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public virtual ModificationCommandBatch Create() => new ZohoCrmModificationCommandBatch(Dependencies, _recordsPerCall);
}

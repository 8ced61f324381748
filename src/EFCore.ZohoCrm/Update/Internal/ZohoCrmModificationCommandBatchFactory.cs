using EFCore.ZohoCrm.Infrastructure.Internal;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Update;

namespace EFCore.ZohoCrm.Update.Internal;

/// <summary>Creates <see cref="ZohoCrmModificationCommandBatch"/>es of the configured size (default 100). Internal API.</summary>
public class ZohoCrmModificationCommandBatchFactory : IModificationCommandBatchFactory
{
    private readonly int _maxBatchSize;

    public ZohoCrmModificationCommandBatchFactory(ModificationCommandBatchFactoryDependencies dependencies, IDbContextOptions options)
    {
        Dependencies = dependencies;
        _maxBatchSize = options.FindExtension<ZohoCrmOptionsExtension>()?.MaxBatchSize ?? ZohoCrmOptionsExtension.MaxRecordsPerWrite;
    }

    protected virtual ModificationCommandBatchFactoryDependencies Dependencies { get; }

    public virtual ModificationCommandBatch Create() => new ZohoCrmModificationCommandBatch(Dependencies, _maxBatchSize);
}

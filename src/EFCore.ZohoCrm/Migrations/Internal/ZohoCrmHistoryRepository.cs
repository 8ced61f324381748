using EFCore.ZohoCrm.Properties;
using Microsoft.EntityFrameworkCore.Migrations;

namespace EFCore.ZohoCrm.Migrations.Internal;

/// <summary>
/// The migrations history, which Zoho CRM cannot hold: it never exists and no migration was ever applied, and
/// everything that would write it refuses with the provider's message. Internal API.
/// </summary>
public class ZohoCrmHistoryRepository : IHistoryRepository
{
    public virtual bool Exists() => false;

    public virtual Task<bool> ExistsAsync(CancellationToken cancellationToken = default) => Task.FromResult(false);

    public virtual void Create() => throw NotSupported();

    public virtual Task CreateAsync(CancellationToken cancellationToken = default) => throw NotSupported();

    public virtual IReadOnlyList<HistoryRow> GetAppliedMigrations() => [];

    public virtual Task<IReadOnlyList<HistoryRow>> GetAppliedMigrationsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<HistoryRow>>([]);

    public virtual LockReleaseBehavior LockReleaseBehavior => LockReleaseBehavior.Connection;

    public virtual IMigrationsDatabaseLock AcquireDatabaseLock() => throw NotSupported();

    public virtual Task<IMigrationsDatabaseLock> AcquireDatabaseLockAsync(CancellationToken cancellationToken = default) => throw NotSupported();

    public virtual string GetCreateScript() => throw NotSupported();

    public virtual string GetCreateIfNotExistsScript() => throw NotSupported();

    public virtual string GetInsertScript(HistoryRow row) => throw NotSupported();

    public virtual string GetDeleteScript(string migrationId) => throw NotSupported();

    public virtual string GetBeginIfNotExistsScript(string migrationId) => throw NotSupported();

    public virtual string GetBeginIfExistsScript(string migrationId) => throw NotSupported();

    public virtual string GetEndIfScript() => throw NotSupported();

    private static NotSupportedException NotSupported() => new(ZohoCrmStrings.SchemaManagedInZohoCrm);
}

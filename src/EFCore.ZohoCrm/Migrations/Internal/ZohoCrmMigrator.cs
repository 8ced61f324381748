using EFCore.ZohoCrm.Properties;
using Microsoft.EntityFrameworkCore.Migrations;

namespace EFCore.ZohoCrm.Migrations.Internal;

/// <summary>
/// <c>Database.Migrate</c>, script generation and the pending-changes check: Zoho CRM manages its schema, so each
/// says so. Internal API.
/// </summary>
public class ZohoCrmMigrator : IMigrator
{
    public virtual void Migrate(string? targetMigration = null) =>
        throw new NotSupportedException(ZohoCrmStrings.SchemaManagedInZohoCrm);

    public virtual Task MigrateAsync(string? targetMigration = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException(ZohoCrmStrings.SchemaManagedInZohoCrm);

    public virtual string GenerateScript(
        string? fromMigration = null, string? toMigration = null, MigrationsSqlGenerationOptions options = MigrationsSqlGenerationOptions.Default) =>
        throw new NotSupportedException(ZohoCrmStrings.SchemaManagedInZohoCrm);

    public virtual bool HasPendingModelChanges() => throw new NotSupportedException(ZohoCrmStrings.SchemaManagedInZohoCrm);
}

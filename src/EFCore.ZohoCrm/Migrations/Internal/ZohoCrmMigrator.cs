using EFCore.ZohoCrm.Properties;
using Microsoft.EntityFrameworkCore.Migrations;

namespace EFCore.ZohoCrm.Migrations.Internal;

/// <summary>
/// <c>Database.Migrate</c>, script generation and the pending-changes check: Zoho CRM manages its schema, so each
/// says so. Internal API.
/// </summary>
public class ZohoCrmMigrator : IMigrator
{
    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public virtual void Migrate(string? targetMigration = null) =>
        throw new NotSupportedException(ZohoCrmStrings.SchemaManagedInZohoCrm);

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public virtual Task MigrateAsync(string? targetMigration = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException(ZohoCrmStrings.SchemaManagedInZohoCrm);

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public virtual string GenerateScript(
        string? fromMigration = null, string? toMigration = null, MigrationsSqlGenerationOptions options = MigrationsSqlGenerationOptions.Default) =>
        throw new NotSupportedException(ZohoCrmStrings.SchemaManagedInZohoCrm);

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public virtual bool HasPendingModelChanges() => throw new NotSupportedException(ZohoCrmStrings.SchemaManagedInZohoCrm);
}

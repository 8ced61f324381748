using EFCore.ZohoCrm.Properties;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace EFCore.ZohoCrm.Migrations.Internal;

/// <summary>Refuses to turn migration operations into commands: there is no DDL for Zoho CRM. Internal API.</summary>
public class ZohoCrmMigrationsSqlGenerator : IMigrationsSqlGenerator
{
    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public virtual IReadOnlyList<MigrationCommand> Generate(
        IReadOnlyList<MigrationOperation> operations, IModel? model = null,
        MigrationsSqlGenerationOptions options = MigrationsSqlGenerationOptions.Default) =>
        throw new NotSupportedException(ZohoCrmStrings.SchemaManagedInZohoCrm);
}

using EFCore.ZohoCrm.Properties;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace EFCore.ZohoCrm.Migrations.Internal;

/// <summary>
/// Refuses model diffs, which <c>dotnet ef migrations add</c> needs, with the provider's message. Constructible on
/// purpose: the database creator and the migrations scaffolder take it as a dependency. Internal API.
/// </summary>
public class ZohoCrmMigrationsModelDiffer : IMigrationsModelDiffer
{
    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public virtual bool HasDifferences(IRelationalModel? source, IRelationalModel? target) =>
        throw new NotSupportedException(ZohoCrmStrings.SchemaManagedInZohoCrm);

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public virtual IReadOnlyList<MigrationOperation> GetDifferences(IRelationalModel? source, IRelationalModel? target) =>
        throw new NotSupportedException(ZohoCrmStrings.SchemaManagedInZohoCrm);
}

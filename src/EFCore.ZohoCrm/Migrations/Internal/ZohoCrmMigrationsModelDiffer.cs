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
    public virtual bool HasDifferences(IRelationalModel? source, IRelationalModel? target) =>
        throw new NotSupportedException(ZohoCrmStrings.SchemaManagedInZohoCrm);

    public virtual IReadOnlyList<MigrationOperation> GetDifferences(IRelationalModel? source, IRelationalModel? target) =>
        throw new NotSupportedException(ZohoCrmStrings.SchemaManagedInZohoCrm);
}

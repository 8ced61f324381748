using EFCore.ZohoCrm.Properties;
using Microsoft.EntityFrameworkCore.Storage;

namespace EFCore.ZohoCrm.Storage.Internal;

/// <summary>
/// The "database" is the Zoho CRM org, whose modules Zoho owns: it exists when a connection opens, it always has its
/// tables, and creating or dropping it is refused. So <c>EnsureCreated</c> is a no-op returning
/// <see langword="false"/>, <c>CanConnect</c> works, and <c>EnsureDeleted</c>/<c>Create</c>/<c>Delete</c> throw.
/// Internal API.
/// </summary>
public class ZohoCrmDatabaseCreator : RelationalDatabaseCreator
{
    public ZohoCrmDatabaseCreator(RelationalDatabaseCreatorDependencies dependencies)
        : base(dependencies)
    {
    }

    public override bool Exists()
    {
        var connection = Dependencies.Connection;
        connection.Open(errorsExpected: true);
        connection.Close();
        return true;
    }

    public override async Task<bool> ExistsAsync(CancellationToken cancellationToken = default)
    {
        var connection = Dependencies.Connection;
        await connection.OpenAsync(cancellationToken, errorsExpected: true).ConfigureAwait(false);
        await connection.CloseAsync().ConfigureAwait(false);
        return true;
    }

    public override bool HasTables() => true;

    public override Task<bool> HasTablesAsync(CancellationToken cancellationToken = default) => Task.FromResult(true);

    public override void Create() => throw new NotSupportedException(ZohoCrmStrings.SchemaManagedInZohoCrm);

    public override Task CreateAsync(CancellationToken cancellationToken = default) =>
        throw new NotSupportedException(ZohoCrmStrings.SchemaManagedInZohoCrm);

    public override void Delete() => throw new NotSupportedException(ZohoCrmStrings.SchemaManagedInZohoCrm);

    public override Task DeleteAsync(CancellationToken cancellationToken = default) =>
        throw new NotSupportedException(ZohoCrmStrings.SchemaManagedInZohoCrm);

    public override void CreateTables() => throw new NotSupportedException(ZohoCrmStrings.SchemaManagedInZohoCrm);

    public override Task CreateTablesAsync(CancellationToken cancellationToken = default) =>
        throw new NotSupportedException(ZohoCrmStrings.SchemaManagedInZohoCrm);

    public override string GenerateCreateScript() =>
        throw new NotSupportedException(ZohoCrmStrings.SchemaManagedInZohoCrm);
}

using System.Data.Common;
using EFCore.ZohoCrm.Properties;
using Microsoft.EntityFrameworkCore.Storage;
using ZohoCrm.Data;
using ZohoCrm.Data.Internal;

namespace EFCore.ZohoCrm.Storage.Internal;

/// <summary>
/// The "database" is the Zoho CRM org, whose schema is managed in Zoho CRM: it exists when a connection opens, it
/// always has its tables, and creating or dropping it is refused. So <c>EnsureCreated</c> opens the connection, which
/// checks the model against the org's metadata, and returns <see langword="false"/> (nothing to create);
/// <c>CanConnect</c> makes a real authenticated call and answers whether it succeeded; <c>EnsureDeleted</c>,
/// <c>Create</c>, <c>Delete</c> and create scripts throw. Internal API.
/// </summary>
public class ZohoCrmDatabaseCreator : RelationalDatabaseCreator
{
    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public ZohoCrmDatabaseCreator(RelationalDatabaseCreatorDependencies dependencies)
        : base(dependencies)
    {
    }

    /// <inheritdoc />
    public override bool Exists()
    {
        var connection = Dependencies.Connection;
        connection.Open(errorsExpected: true);
        connection.Close();
        return true;
    }

    /// <inheritdoc />
    public override async Task<bool> ExistsAsync(CancellationToken cancellationToken = default)
    {
        var connection = Dependencies.Connection;
        await connection.OpenAsync(cancellationToken, errorsExpected: true).ConfigureAwait(false);
        await connection.CloseAsync().ConfigureAwait(false);
        return true;
    }

    /// <inheritdoc />
    public override bool CanConnect() =>
        ZohoCrmSync.GetCompletedResult(CanConnectAsync(async: false, CancellationToken.None));

    /// <inheritdoc />
    public override Task<bool> CanConnectAsync(CancellationToken cancellationToken = default) =>
        CanConnectAsync(async: true, cancellationToken);

    // With async false every step is synchronous (EF's Open and Close, Zoho's token and module calls): complete on return.
    private async Task<bool> CanConnectAsync(bool async, CancellationToken cancellationToken)
    {
        var connection = Dependencies.Connection;
        var zohoConnection = connection as ZohoCrmRelationalConnection;
        if (zohoConnection is not null)
        {
            zohoConnection.SuppressSchemaCheck = true;
        }

        try
        {
            if (async)
            {
                await connection.OpenAsync(cancellationToken, errorsExpected: true).ConfigureAwait(false);
            }
            else
            {
                connection.Open(errorsExpected: true);
            }

            try
            {
                if (connection.DbConnection is ZohoCrmConnection zoho)
                {
                    // Opening reads nothing: the module list is the cheapest call that needs a valid token.
                    if (async)
                    {
                        var api = await zoho.GetApiClientAsync(cancellationToken).ConfigureAwait(false);
                        await api.GetModulesAsync(cancellationToken).ConfigureAwait(false);
                    }
                    else
                    {
                        zoho.GetApiClient().GetModules();
                    }
                }

                return true;
            }
            finally
            {
                if (async)
                {
                    await connection.CloseAsync().ConfigureAwait(false);
                }
                else
                {
                    connection.Close();
                }
            }
        }
        catch (Exception exception) when (exception is DbException or HttpRequestException or TimeoutException or IOException)
        {
            return false;
        }
        finally
        {
            if (zohoConnection is not null)
            {
                zohoConnection.SuppressSchemaCheck = false;
            }
        }
    }

    /// <inheritdoc />
    public override bool HasTables() => true;

    /// <inheritdoc />
    public override Task<bool> HasTablesAsync(CancellationToken cancellationToken = default) => Task.FromResult(true);

    /// <summary>Throws <see cref="System.NotSupportedException"/>: modules and fields are created in Zoho CRM's setup, not by Entity Framework Core.</summary>
    public override void Create() => throw new NotSupportedException(ZohoCrmStrings.SchemaManagedInZohoCrm);

    /// <summary>Throws <see cref="System.NotSupportedException"/>: modules and fields are created in Zoho CRM's setup, not by Entity Framework Core.</summary>
    public override Task CreateAsync(CancellationToken cancellationToken = default) =>
        throw new NotSupportedException(ZohoCrmStrings.SchemaManagedInZohoCrm);

    /// <summary>Throws <see cref="System.NotSupportedException"/>: modules and fields are created in Zoho CRM's setup, not by Entity Framework Core.</summary>
    public override void Delete() => throw new NotSupportedException(ZohoCrmStrings.SchemaManagedInZohoCrm);

    /// <summary>Throws <see cref="System.NotSupportedException"/>: modules and fields are created in Zoho CRM's setup, not by Entity Framework Core.</summary>
    public override Task DeleteAsync(CancellationToken cancellationToken = default) =>
        throw new NotSupportedException(ZohoCrmStrings.SchemaManagedInZohoCrm);

    /// <summary>Throws <see cref="System.NotSupportedException"/>: modules and fields are created in Zoho CRM's setup, not by Entity Framework Core.</summary>
    public override void CreateTables() => throw new NotSupportedException(ZohoCrmStrings.SchemaManagedInZohoCrm);

    /// <summary>Throws <see cref="System.NotSupportedException"/>: modules and fields are created in Zoho CRM's setup, not by Entity Framework Core.</summary>
    public override Task CreateTablesAsync(CancellationToken cancellationToken = default) =>
        throw new NotSupportedException(ZohoCrmStrings.SchemaManagedInZohoCrm);

    /// <summary>Throws <see cref="System.NotSupportedException"/>: modules and fields are created in Zoho CRM's setup, not by Entity Framework Core.</summary>
    public override string GenerateCreateScript() =>
        throw new NotSupportedException(ZohoCrmStrings.SchemaManagedInZohoCrm);
}

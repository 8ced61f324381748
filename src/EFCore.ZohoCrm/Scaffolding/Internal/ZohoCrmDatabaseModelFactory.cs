using System.Data;
using System.Data.Common;
using EFCore.ZohoCrm.Properties;
using Microsoft.EntityFrameworkCore.Design.Internal;
using Microsoft.EntityFrameworkCore.Scaffolding;
using Microsoft.EntityFrameworkCore.Scaffolding.Metadata;
using ZohoCrm.Data;

#pragma warning disable EF1001 // IOperationReporter is EF's design-time reporter; it is internal API.

namespace EFCore.ZohoCrm.Scaffolding.Internal;

/// <summary>
/// What <c>dotnet ef dbcontext scaffold</c> reads: Zoho CRM's module and field metadata as EF's
/// <see cref="DatabaseModel"/>. Zoho has no schemas (<c>--schema</c> is ignored with a warning); <c>--table</c>
/// takes module API names. Internal API.
/// </summary>
public class ZohoCrmDatabaseModelFactory : DatabaseModelFactory
{
    private readonly IOperationReporter _reporter;

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public ZohoCrmDatabaseModelFactory(IOperationReporter reporter)
    {
        _reporter = reporter;
    }

    /// <inheritdoc />
    public override DatabaseModel Create(string connectionString, DatabaseModelFactoryOptions options)
    {
        using var connection = new ZohoCrmConnection(connectionString);
        return Create(connection, options);
    }

    /// <inheritdoc />
    public override DatabaseModel Create(DbConnection connection, DatabaseModelFactoryOptions options)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(options);
        if (connection is not ZohoCrmConnection zohoConnection)
        {
            throw new ArgumentException(ZohoCrmStrings.ScaffoldNeedsZohoCrmConnection(connection.GetType().Name), nameof(connection));
        }

        if (options.Schemas.Any())
        {
            _reporter.WriteWarning(ZohoCrmStrings.ScaffoldSchemasNotSupported(string.Join(", ", options.Schemas)));
        }

        var opened = zohoConnection.State != ConnectionState.Open;
        if (opened)
        {
            zohoConnection.Open();
        }

        try
        {
            // A real wait, and never on a request path: dotnet ef's synchronous design-time entry waits on its own thread
            // (no synchronization context) for a read that fetches many modules' fields concurrently, which async calls do best.
            return ReadAsync(zohoConnection, options).GetAwaiter().GetResult();
        }
        finally
        {
            if (opened)
            {
                zohoConnection.Close();
            }
        }
    }

    private async Task<DatabaseModel> ReadAsync(ZohoCrmConnection connection, DatabaseModelFactoryOptions options)
    {
        var api = await connection.GetApiClientAsync().ConfigureAwait(false);
        var modules = await ZohoCrmScaffoldingMetadataReader.ReadAsync(
            api, options.Tables.ToList(), connection.ZohoDataSource!.Settings.MaxConcurrency, _reporter).ConfigureAwait(false);
        return ZohoCrmDatabaseModelBuilder.Build(modules, _reporter);
    }
}

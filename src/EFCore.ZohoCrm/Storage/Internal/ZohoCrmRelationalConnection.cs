using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using EFCore.ZohoCrm.Infrastructure;
using EFCore.ZohoCrm.Infrastructure.Internal;
using EFCore.ZohoCrm.Properties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using ZohoCrm.Data;

namespace EFCore.ZohoCrm.Storage.Internal;

/// <summary>
/// The context's connection to Zoho CRM. Zoho has no transactions: every way of starting or joining one throws
/// <see cref="NotSupportedException"/> rather than handing out a transaction that would not roll anything back, and
/// ambient transactions (TransactionScope) are refused through EF's <c>AmbientTransactionWarning</c>. Internal API.
/// </summary>
public class ZohoCrmRelationalConnection : RelationalConnection
{
    private readonly ZohoCrmDataSource? _dataSource;
    private readonly bool? _useServerSideFiltering;
    private readonly int? _clientSideFilterLimit;
    private readonly ZohoCrmSchemaCheck _schemaCheck;

    public ZohoCrmRelationalConnection(RelationalConnectionDependencies dependencies)
        : base(dependencies)
    {
        var options = dependencies.ContextOptions.FindExtension<ZohoCrmOptionsExtension>();
        _dataSource = options?.DataSource;
        _useServerSideFiltering = options?.UseServerSideFiltering;
        _clientSideFilterLimit = options?.ClientSideFilterLimit;
        _schemaCheck = options?.SchemaCheck ?? ZohoCrmSchemaCheck.Error;

        // A connection given to UseZohoCrm keeps its own settings; options the provider could not apply would be ignored.
        if (options?.Connection is not null && (_useServerSideFiltering is not null || _clientSideFilterLimit is not null))
        {
            throw new InvalidOperationException(ZohoCrmStrings.QuerySettingsWithConnection);
        }
    }

    /// <summary>Set while <c>CanConnect</c> opens the connection: that answer must not depend on the model.</summary>
    internal bool SuppressSchemaCheck { get; set; }

    /// <summary>Opens the connection, then checks the model against the org's metadata (once per model).</summary>
    protected override void OpenDbConnection(bool errorsExpected)
    {
        base.OpenDbConnection(errorsExpected);
        try
        {
            if (SchemaCheckApplies(out var zohoConnection))
            {
                ZohoCrmSchemaDriftCheck.Run(Dependencies.CurrentContext.Context, zohoConnection, _schemaCheck, ModelLogger);
            }
        }
        catch
        {
            DbConnection.Close(); // Not open for EF: the next open checks (and fails) again.
            throw;
        }
    }

    /// <inheritdoc cref="OpenDbConnection(bool)"/>
    protected override async Task OpenDbConnectionAsync(bool errorsExpected, CancellationToken cancellationToken)
    {
        await base.OpenDbConnectionAsync(errorsExpected, cancellationToken).ConfigureAwait(false);
        try
        {
            if (SchemaCheckApplies(out var zohoConnection))
            {
                await ZohoCrmSchemaDriftCheck.RunAsync(Dependencies.CurrentContext.Context, zohoConnection, _schemaCheck, ModelLogger, cancellationToken)
                    .ConfigureAwait(false);
            }
        }
        catch
        {
            await DbConnection.CloseAsync().ConfigureAwait(false);
            throw;
        }
    }

    private bool SchemaCheckApplies([NotNullWhen(true)] out ZohoCrmConnection? zohoConnection)
    {
        zohoConnection = DbConnection as ZohoCrmConnection;
        return !SuppressSchemaCheck && _schemaCheck != ZohoCrmSchemaCheck.Off && zohoConnection is not null;
    }

    private IDiagnosticsLogger<DbLoggerCategory.Model> ModelLogger =>
        Dependencies.CurrentContext.Context.GetService<IDiagnosticsLogger<DbLoggerCategory.Model>>();

    /// <summary>The data source given to <c>UseZohoCrm</c>, if any.</summary>
    protected virtual ZohoCrmDataSource? DataSource => _dataSource;

    /// <summary>
    /// A connection on the data source given to <c>UseZohoCrm</c>, or on the connection string, with the context's
    /// <c>UseServerSideFiltering</c>/<c>ClientSideFilterLimit</c> options over the data source's or connection
    /// string's values: one effective setting, which ZohoCrm.Data's planner applies to every command.
    /// </summary>
    protected override DbConnection CreateDbConnection()
    {
        if (_dataSource is not null)
        {
            return new ZohoCrmConnection(_dataSource, _useServerSideFiltering, _clientSideFilterLimit);
        }

        var connectionString = ConnectionString;
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(ZohoCrmStrings.NoConnectionConfigured);
        }

        return new ZohoCrmConnection(ApplyContextOptions(connectionString));
    }

    private string ApplyContextOptions(string connectionString)
    {
        if (_useServerSideFiltering is null && _clientSideFilterLimit is null)
        {
            return connectionString;
        }

        var builder = new ZohoCrmConnectionStringBuilder(connectionString);
        if (_useServerSideFiltering is { } useServerSideFiltering)
        {
            builder.UseServerSideFiltering = useServerSideFiltering;
        }

        if (_clientSideFilterLimit is { } clientSideFilterLimit)
        {
            builder.ClientSideFilterLimit = clientSideFilterLimit;
        }

        return builder.ConnectionString;
    }

    protected override bool SupportsAmbientTransactions => false;

    public override IDbContextTransaction BeginTransaction() => throw TransactionsNotSupported();

    public override IDbContextTransaction BeginTransaction(IsolationLevel isolationLevel) => throw TransactionsNotSupported();

    public override Task<IDbContextTransaction> BeginTransactionAsync(CancellationToken cancellationToken = default) =>
        throw TransactionsNotSupported();

    public override Task<IDbContextTransaction> BeginTransactionAsync(IsolationLevel isolationLevel, CancellationToken cancellationToken = default) =>
        throw TransactionsNotSupported();

    public override IDbContextTransaction? UseTransaction(DbTransaction? transaction) =>
        transaction is null ? base.UseTransaction(null) : throw TransactionsNotSupported();

    public override IDbContextTransaction? UseTransaction(DbTransaction? transaction, Guid transactionId) =>
        transaction is null ? base.UseTransaction(null, transactionId) : throw TransactionsNotSupported();

    public override Task<IDbContextTransaction?> UseTransactionAsync(DbTransaction? transaction, CancellationToken cancellationToken = default) =>
        transaction is null ? base.UseTransactionAsync(null, cancellationToken) : throw TransactionsNotSupported();

    public override Task<IDbContextTransaction?> UseTransactionAsync(
        DbTransaction? transaction, Guid transactionId, CancellationToken cancellationToken = default) =>
        transaction is null ? base.UseTransactionAsync(null, transactionId, cancellationToken) : throw TransactionsNotSupported();

    public override void EnlistTransaction(System.Transactions.Transaction? transaction)
    {
        if (transaction is not null)
        {
            throw TransactionsNotSupported();
        }

        base.EnlistTransaction(transaction);
    }

    private static NotSupportedException TransactionsNotSupported() => new(ZohoCrmStrings.TransactionsNotSupported);
}

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
    private readonly ZohoCrmTriggers? _contextTriggers;
    private string? _user;

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public ZohoCrmRelationalConnection(RelationalConnectionDependencies dependencies)
        : base(dependencies)
    {
        var options = dependencies.ContextOptions.FindExtension<ZohoCrmOptionsExtension>();
        _dataSource = options?.DataSource;
        _useServerSideFiltering = options?.UseServerSideFiltering;
        _clientSideFilterLimit = options?.ClientSideFilterLimit;
        _schemaCheck = options?.SchemaCheck ?? ZohoCrmSchemaCheck.Error;
        _contextTriggers = options?.Triggers;
        Triggers = _contextTriggers;

        // A connection given to UseZohoCrm keeps its own settings; options the provider could not apply would be ignored.
        if (options?.Connection is not null && (_useServerSideFiltering is not null || _clientSideFilterLimit is not null))
        {
            throw new InvalidOperationException(ZohoCrmStrings.QuerySettingsWithConnection);
        }
    }

    /// <summary>
    /// The signed-in user the context acts for (<see cref="ZohoCrmConnection.User"/> of its connection), set with
    /// <c>Database.SetZohoCrmUser</c>. Cleared when a pooled context goes back to the pool, so a context is never
    /// rented out still acting for the previous request's user.
    /// </summary>
    public virtual string? User
    {
        get => _user;
        set
        {
            if (DbConnection is ZohoCrmConnection zohoConnection)
            {
                zohoConnection.User = value;
            }

            _user = value;
        }
    }

    /// <summary>
    /// The automation Zoho CRM runs on the records this context writes: the context's <c>Triggers</c> option, or what a
    /// <c>Database.UseZohoCrmTriggers</c> scope chose; <see langword="null"/> sends no trigger key (Zoho's default).
    /// </summary>
    public virtual ZohoCrmTriggers? Triggers { get; set; }

    /// <summary>Clears <see cref="User"/> and a trigger scope's choice after the base class closed the connection (a pooled context being returned, or disposed).</summary>
    protected override void ResetState(bool disposeDbConnection)
    {
        base.ResetState(disposeDbConnection);
        ForgetRequestState();
    }

    /// <inheritdoc cref="ResetState(bool)"/>
    protected override async ValueTask ResetStateAsync(bool disposeDbConnection)
    {
        await base.ResetStateAsync(disposeDbConnection).ConfigureAwait(false);
        ForgetRequestState();
    }

    private void ForgetRequestState()
    {
        _user = null;
        Triggers = _contextTriggers;
        // Also a user set on the DbConnection itself. A connection the app opened and gave to UseZohoCrm stays as it is.
        if (DbConnection is ZohoCrmConnection { State: System.Data.ConnectionState.Closed, User: not null } zohoConnection)
        {
            zohoConnection.User = null;
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
                DriftCheck.Run(Dependencies.CurrentContext.Context, zohoConnection, _schemaCheck, ModelLogger);
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
                await DriftCheck.RunAsync(Dependencies.CurrentContext.Context, zohoConnection, _schemaCheck, ModelLogger, cancellationToken)
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

    private ZohoCrmSchemaDriftCheck DriftCheck => Dependencies.CurrentContext.Context.GetService<ZohoCrmSchemaDriftCheck>();

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
            return new ZohoCrmConnection(_dataSource, _useServerSideFiltering, _clientSideFilterLimit) { User = _user };
        }

        var connectionString = ConnectionString;
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(ZohoCrmStrings.NoConnectionConfigured);
        }

        return new ZohoCrmConnection(ApplyContextOptions(connectionString)) { User = _user };
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

    /// <inheritdoc />
    protected override bool SupportsAmbientTransactions => false;

    /// <summary>Throws <see cref="System.NotSupportedException"/>: Zoho CRM has no transactions, so each record write stands on its own.</summary>
    public override IDbContextTransaction BeginTransaction() => throw TransactionsNotSupported();

    /// <summary>Throws <see cref="System.NotSupportedException"/>: Zoho CRM has no transactions, so each record write stands on its own.</summary>
    public override IDbContextTransaction BeginTransaction(IsolationLevel isolationLevel) => throw TransactionsNotSupported();

    /// <summary>Throws <see cref="System.NotSupportedException"/>: Zoho CRM has no transactions, so each record write stands on its own.</summary>
    public override Task<IDbContextTransaction> BeginTransactionAsync(CancellationToken cancellationToken = default) =>
        throw TransactionsNotSupported();

    /// <summary>Throws <see cref="System.NotSupportedException"/>: Zoho CRM has no transactions, so each record write stands on its own.</summary>
    public override Task<IDbContextTransaction> BeginTransactionAsync(IsolationLevel isolationLevel, CancellationToken cancellationToken = default) =>
        throw TransactionsNotSupported();

    /// <inheritdoc />
    public override IDbContextTransaction? UseTransaction(DbTransaction? transaction) =>
        transaction is null ? base.UseTransaction(null) : throw TransactionsNotSupported();

    /// <inheritdoc />
    public override IDbContextTransaction? UseTransaction(DbTransaction? transaction, Guid transactionId) =>
        transaction is null ? base.UseTransaction(null, transactionId) : throw TransactionsNotSupported();

    /// <inheritdoc />
    public override Task<IDbContextTransaction?> UseTransactionAsync(DbTransaction? transaction, CancellationToken cancellationToken = default) =>
        transaction is null ? base.UseTransactionAsync(null, cancellationToken) : throw TransactionsNotSupported();

    /// <inheritdoc />
    public override Task<IDbContextTransaction?> UseTransactionAsync(
        DbTransaction? transaction, Guid transactionId, CancellationToken cancellationToken = default) =>
        transaction is null ? base.UseTransactionAsync(null, transactionId, cancellationToken) : throw TransactionsNotSupported();

    /// <inheritdoc />
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

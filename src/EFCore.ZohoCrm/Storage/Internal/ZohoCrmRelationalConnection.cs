using System.Data;
using System.Data.Common;
using EFCore.ZohoCrm.Infrastructure.Internal;
using EFCore.ZohoCrm.Properties;
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

    public ZohoCrmRelationalConnection(RelationalConnectionDependencies dependencies)
        : base(dependencies)
        => _dataSource = dependencies.ContextOptions.FindExtension<ZohoCrmOptionsExtension>()?.DataSource;

    /// <summary>The data source given to <c>UseZohoCrm</c>, if any.</summary>
    protected virtual ZohoCrmDataSource? DataSource => _dataSource;

    // ZohoCrm.Data's ZohoCrmConnection is not in this build yet: only a connection given to UseZohoCrm can be used.
    protected override DbConnection CreateDbConnection() => throw new InvalidOperationException(ZohoCrmStrings.NoConnectionConfigured);

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

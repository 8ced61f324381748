using System.Transactions;
using EFCore.ZohoCrm.Properties;
using EFCore.ZohoCrm.Tests.TestUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace EFCore.ZohoCrm.Tests.Storage;

/// <summary>Zoho has no transactions and owns its schema: the provider says so instead of pretending.</summary>
public class TransactionsAndSchemaTests
{
    [Test]
    public void BeginTransaction_throws_not_supported_with_the_reason()
    {
        using var db = new CrmContext();
        var exception = Assert.Throws<NotSupportedException>(() => db.Database.BeginTransaction());
        Assert.That(exception!.Message, Is.EqualTo(ZohoCrmStrings.TransactionsNotSupported));
        Assert.ThrowsAsync<NotSupportedException>(() => db.Database.BeginTransactionAsync());
    }

    [Test]
    public void UseTransaction_with_a_transaction_is_refused_and_with_null_is_allowed()
    {
        using var db = new CrmContext();
        Assert.That(db.Database.UseTransaction(null), Is.Null);
        Assert.Throws<NotSupportedException>(() => db.Database.UseTransaction(new FakeDbConnection().BeginTransactionOrNull()));
    }

    [Test]
    public void Ambient_transaction_is_refused_when_the_connection_opens()
    {
        using var db = new CrmContext();
        using var scope = new TransactionScope();
        var exception = Assert.Throws<InvalidOperationException>(() => db.Database.OpenConnection());
        Assert.That(exception!.Message, Does.Contain("ambient transaction").IgnoreCase);
    }

    [Test]
    public void Migrations_are_refused_because_Zoho_owns_the_schema()
    {
        using var db = new CrmContext();
        var exception = Assert.Throws<NotSupportedException>(() => db.Database.Migrate());
        Assert.That(exception!.Message, Is.EqualTo(ZohoCrmStrings.SchemaManagedInZohoCrm));
        Assert.That(Assert.Throws<NotSupportedException>(() => db.GetService<IMigrator>().GenerateScript())!.Message, Is.EqualTo(ZohoCrmStrings.SchemaManagedInZohoCrm));
        Assert.That(Assert.Throws<NotSupportedException>(() => db.Database.HasPendingModelChanges())!.Message, Is.EqualTo(ZohoCrmStrings.SchemaManagedInZohoCrm));
        Assert.That(db.Database.GetAppliedMigrations(), Is.Empty);
    }

    [Test]
    public void EnsureCreated_is_a_no_op_and_EnsureDeleted_is_refused()
    {
        using var db = new CrmContext();
        Assert.That(db.Database.EnsureCreated(), Is.False);
        Assert.That(db.Database.CanConnect(), Is.True);
        var exception = Assert.Throws<NotSupportedException>(() => db.Database.EnsureDeleted());
        Assert.That(exception!.Message, Is.EqualTo(ZohoCrmStrings.SchemaManagedInZohoCrm));
        Assert.That(exception.Message, Does.Contain("managed in Zoho CRM").And.Contain("dotnet ef dbcontext scaffold"));
        Assert.That(Assert.Throws<NotSupportedException>(() => db.Database.GenerateCreateScript())!.Message, Is.EqualTo(ZohoCrmStrings.SchemaManagedInZohoCrm));
    }
}

internal static class FakeTransactions
{
    // A real DbTransaction object is needed only to prove it is refused; the fake connection cannot create one.
    public static System.Data.Common.DbTransaction BeginTransactionOrNull(this FakeDbConnection connection) => new FakeDbTransaction(connection);

    private sealed class FakeDbTransaction(System.Data.Common.DbConnection connection) : System.Data.Common.DbTransaction
    {
        public override System.Data.IsolationLevel IsolationLevel => System.Data.IsolationLevel.Unspecified;

        protected override System.Data.Common.DbConnection DbConnection => connection;

        public override void Commit()
        {
        }

        public override void Rollback()
        {
        }
    }
}

using System.Data;
using System.Data.Common;

namespace ZohoCrm.Data.Tests.Ado;

public class ZohoCrmCommandTests
{
    [Test]
    public void Only_text_commands_are_supported()
    {
        using var command = new ZohoCrmCommand();
        Assert.That(command.CommandType, Is.EqualTo(CommandType.Text));
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => command.CommandType = CommandType.StoredProcedure);
        Assert.That(error!.Message, Does.Contain("StoredProcedure").And.Contain("CommandType.Text"));
        Assert.DoesNotThrow(() => command.CommandType = CommandType.Text);
    }

    [Test]
    public void CommandTimeout_rejects_negative_values_and_defaults_to_30()
    {
        using var command = new ZohoCrmCommand();
        Assert.That(command.CommandTimeout, Is.EqualTo(30));
        command.CommandTimeout = 0;
        Assert.That(command.CommandTimeout, Is.Zero);
        Assert.Throws<ArgumentOutOfRangeException>(() => command.CommandTimeout = -1);
    }

    [Test]
    public void Executing_without_a_connection_says_to_set_one()
    {
        using var command = new ZohoCrmCommand("select id from Leads");
        var error = Assert.Throws<InvalidOperationException>(() => command.ExecuteReader());
        Assert.That(error!.Message, Does.Contain("Connection"));
    }

    [Test]
    public void Executing_on_a_closed_connection_says_to_open_it()
    {
        using var connection = new ZohoCrmConnection(ZohoCrmConnectionTests.ConnectionString);
        using var command = new ZohoCrmCommand("select id from Leads", connection);
        var error = Assert.ThrowsAsync<InvalidOperationException>(() => command.ExecuteReaderAsync());
        Assert.That(error!.Message, Does.Contain("Open()"));
    }

    [Test]
    public void Executing_empty_text_says_what_to_write()
    {
        using var connection = new ZohoCrmConnection(ZohoCrmConnectionTests.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        var error = Assert.Throws<InvalidOperationException>(() => command.ExecuteScalar());
        Assert.That(error!.Message, Does.Contain("CommandText"));
    }

    [Test]
    public void Only_zoho_connections_can_be_assigned()
    {
        using DbCommand command = new ZohoCrmCommand();
        var error = Assert.Throws<ArgumentException>(() => command.Connection = new ForeignConnection());
        Assert.That(error!.Message, Does.Contain(nameof(ForeignConnection)));
    }

    [Test]
    public void Parameters_are_created_typed_and_collected()
    {
        using var command = new ZohoCrmCommand("select id from Leads where Company = @company");
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@company";
        parameter.Value = "Zylker";
        command.Parameters.Add(parameter);
        Assert.That(((DbCommand)command).Parameters["company"], Is.SameAs(parameter));
        Assert.That(((DbCommand)command).CreateParameter(), Is.InstanceOf<ZohoCrmParameter>());
    }

    [Test]
    public void Transactions_cannot_be_attached()
    {
        using DbCommand command = new ZohoCrmCommand();
        Assert.That(command.Transaction, Is.Null);
        Assert.DoesNotThrow(() => command.Transaction = null);
    }

    private sealed class ForeignConnection : DbConnection
    {
        [System.Diagnostics.CodeAnalysis.AllowNull]
        public override string ConnectionString { get; set; } = "";
        public override string Database => "";
        public override string DataSource => "";
        public override string ServerVersion => "";
        public override ConnectionState State => ConnectionState.Closed;
        public override void ChangeDatabase(string databaseName) => throw new NotSupportedException();
        public override void Close() { }
        public override void Open() { }
        protected override DbTransaction BeginDbTransaction(IsolationLevel isolationLevel) => throw new NotSupportedException();
        protected override DbCommand CreateDbCommand() => throw new NotSupportedException();
    }
}

using System.Data;
using RichardSzalay.MockHttp;

namespace ZohoCrm.Data.Tests.Ado;

public class ZohoCrmConnectionTests
{
    internal const string ConnectionString = "InitiateOAuth=OFF;OAuthAccessToken=1000.secret-access-token;ApiDomain=http://127.0.0.1:9";

    private MockHttpMessageHandler _http = null!;
    private ZohoCrmDataSource _dataSource = null!;

    [SetUp]
    public void CreateDataSource()
    {
        _http = new MockHttpMessageHandler();
        _dataSource = new ZohoCrmDataSourceBuilder(ConnectionString).UseHttpMessageHandler(_http).Build();
    }

    [TearDown]
    public void DisposeDataSource()
    {
        _dataSource.Dispose();
        _http.Dispose();
    }

    [Test]
    public async Task Open_makes_no_call_and_raises_state_changes()
    {
        using var connection = new ZohoCrmConnection(_dataSource);
        var changes = new List<(ConnectionState, ConnectionState)>();
        connection.StateChange += (_, e) => changes.Add((e.OriginalState, e.CurrentState));

        await connection.OpenAsync();
        Assert.That(connection.State, Is.EqualTo(ConnectionState.Open));
        connection.Close();

        Assert.That(connection.State, Is.EqualTo(ConnectionState.Closed));
        Assert.That(changes, Is.EqualTo(new[] { (ConnectionState.Closed, ConnectionState.Open), (ConnectionState.Open, ConnectionState.Closed) }));
        _http.VerifyNoOutstandingRequest();
        Assert.That(_http.GetMatchCount(_http.Fallback), Is.EqualTo(0));
    }

    [Test]
    public void Connections_with_the_same_string_share_one_data_source()
    {
        using var first = new ZohoCrmConnection(ConnectionString);
        using var second = new ZohoCrmConnection { ConnectionString = ConnectionString };
        first.Open();
        second.Open();
        Assert.That(first.ZohoDataSource, Is.Not.Null.And.SameAs(second.ZohoDataSource));
    }

    [Test]
    public void Server_version_database_and_data_source_describe_the_org()
    {
        using var connection = new ZohoCrmConnection(_dataSource);
        connection.Open();
        Assert.That(connection.ServerVersion, Is.EqualTo("v8"));
        Assert.That(connection.Database, Is.EqualTo("production"));
        Assert.That(connection.DataSource, Is.EqualTo("http://127.0.0.1:9"));
        Assert.That(connection.ZohoDataSource, Is.SameAs(_dataSource));
    }

    [Test]
    public void Opening_without_a_connection_string_says_what_to_set()
    {
        using var connection = new ZohoCrmConnection();
        var error = Assert.Throws<InvalidOperationException>(() => connection.Open());
        Assert.That(error!.Message, Does.Contain("ConnectionString"));
    }

    [Test]
    public void A_bad_connection_string_fails_on_open_naming_the_key()
    {
        using var connection = new ZohoCrmConnection("InitiateOAuth=OFF;OAuthAccessToken=x;ApiDomian=http://x");
        var error = Assert.Throws<ArgumentException>(() => connection.Open());
        Assert.That(error!.Message, Does.Contain("ApiDomian").IgnoreCase);
    }

    [Test]
    public void The_connection_string_cannot_change_while_open_or_when_set_by_a_data_source()
    {
        using var open = new ZohoCrmConnection(ConnectionString);
        open.Open();
        Assert.Throws<InvalidOperationException>(() => open.ConnectionString = "InitiateOAuth=OFF;OAuthAccessToken=y");
        open.Close();
        Assert.DoesNotThrow(() => open.ConnectionString = ConnectionString);

        using var fromDataSource = new ZohoCrmConnection(_dataSource);
        var error = Assert.Throws<InvalidOperationException>(() => fromDataSource.ConnectionString = ConnectionString);
        Assert.That(error!.Message, Does.Contain("data source"));
    }

    [Test]
    public void Transactions_are_refused_because_zoho_has_none()
    {
        using var connection = new ZohoCrmConnection(_dataSource);
        connection.Open();
        var error = Assert.Throws<NotSupportedException>(() => connection.BeginTransaction());
        Assert.That(error!.Message, Does.Contain("no transactions"));
        Assert.ThrowsAsync<NotSupportedException>(async () => await connection.BeginTransactionAsync());
        Assert.Throws<NotSupportedException>(() => connection.BeginTransaction(IsolationLevel.Serializable));
    }

    [Test]
    public void ChangeDatabase_is_not_supported()
    {
        using var connection = new ZohoCrmConnection(_dataSource);
        var error = Assert.Throws<NotSupportedException>(() => connection.ChangeDatabase("other"));
        Assert.That(error!.Message, Does.Contain("other"));
    }

    [Test]
    public void CreateCommand_binds_the_command_to_the_connection()
    {
        using var connection = new ZohoCrmConnection(_dataSource);
        using var command = connection.CreateCommand();
        Assert.That(command.Connection, Is.SameAs(connection));
        Assert.That(((System.Data.Common.DbConnection)connection).CreateCommand(), Is.InstanceOf<ZohoCrmCommand>());
    }

    [Test]
    public void ToString_never_shows_the_token()
    {
        using var connection = new ZohoCrmConnection(ConnectionString);
        connection.Open();
        Assert.That(connection.ToString(), Does.Not.Contain("secret-access-token"));
    }

    [Test]
    public void GetSchema_needs_an_open_connection()
    {
        using var connection = new ZohoCrmConnection(_dataSource);
        var error = Assert.Throws<InvalidOperationException>(() => connection.GetSchema("Modules"));
        Assert.That(error!.Message, Does.Contain("Open()"));
    }
}

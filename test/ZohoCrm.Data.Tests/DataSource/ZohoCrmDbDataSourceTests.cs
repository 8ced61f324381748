using System.Data;
using System.Data.Common;
using Microsoft.Extensions.DependencyInjection;
using ZohoCrm.Data.Tests.Integration;

namespace ZohoCrm.Data.Tests.DataSource;

/// <summary>ZohoCrmDataSource as a System.Data.Common <see cref="DbDataSource"/>: connections and commands of the provider's own types.</summary>
public class ZohoCrmDbDataSourceTests
{
    private const string Secret = "1000.secret-access-token";
    private const string Settings = "InitiateOAuth=OFF;OAuthAccessToken=" + Secret + ";ApiDomain=http://127.0.0.1:9";

    [Test]
    public async Task Its_connections_are_zoho_connections_on_this_data_source()
    {
        await using DbDataSource dataSource = ZohoCrmDataSource.Create(Settings);

        await using var created = dataSource.CreateConnection();
        await using var opened = dataSource.OpenConnection();
        await using var openedAsync = await dataSource.OpenConnectionAsync();

        Assert.Multiple(() =>
        {
            Assert.That(created, Is.InstanceOf<ZohoCrmConnection>().With.Property(nameof(ZohoCrmConnection.ZohoDataSource)).SameAs(dataSource));
            Assert.That(created.State, Is.EqualTo(ConnectionState.Closed));
            Assert.That(opened, Is.InstanceOf<ZohoCrmConnection>().With.Property(nameof(ZohoCrmConnection.ZohoDataSource)).SameAs(dataSource));
            Assert.That(opened.State, Is.EqualTo(ConnectionState.Open));
            Assert.That(openedAsync.State, Is.EqualTo(ConnectionState.Open));
            // A connection keeps the secrets it needs to reconnect, as ADO.NET's ConnectionString contract says.
            Assert.That(opened.ConnectionString, Is.EqualTo(Settings));
        });
    }

    [Test]
    public async Task The_typed_members_return_zoho_types_without_a_cast()
    {
        await using var dataSource = ZohoCrmDataSource.Create(Settings);
        await using ZohoCrmConnection connection = await dataSource.OpenConnectionAsync();
        await using ZohoCrmCommand command = dataSource.CreateCommand("SELECT Last_Name FROM Leads LIMIT 1");

        Assert.Multiple(() =>
        {
            Assert.That(command.CommandText, Is.EqualTo("SELECT Last_Name FROM Leads LIMIT 1"));
            Assert.That(command.Connection, Is.Not.Null.And.Property(nameof(ZohoCrmConnection.State)).EqualTo(ConnectionState.Open));
            Assert.That(command.Connection!.ZohoDataSource, Is.SameAs(dataSource));
        });
    }

    [Test]
    public async Task Its_connection_string_is_redacted()
    {
        await using DbDataSource dataSource = ZohoCrmDataSource.Create(Settings);
        Assert.That(dataSource.ConnectionString, Does.Contain("ApiDomain=http://127.0.0.1:9").And.Not.Contain(Secret));
    }

    [Test]
    public async Task A_command_from_the_data_source_runs_a_query()
    {
        await using var emulator = await EmulatorConnection.StartAsync(new Emulator.ZohoCrmEmulatorOptions { SeedCounts = new() { Leads = 50 } });
        await using DbDataSource dataSource = new ZohoCrmDataSourceBuilder(emulator.ConnectionString).Build();

        await using var command = dataSource.CreateCommand("SELECT COUNT(*) FROM Leads");
        Assert.That(await command.ExecuteScalarAsync(), Is.EqualTo(50L));
    }

    [Test]
    public async Task Disposed_it_refuses_new_connections_and_disposing_again_does_nothing()
    {
        DbDataSource dataSource = ZohoCrmDataSource.Create(Settings);
        await dataSource.DisposeAsync();

        Assert.Multiple(() =>
        {
            Assert.Throws<ObjectDisposedException>(() => dataSource.CreateConnection());
            Assert.Throws<ObjectDisposedException>(() => dataSource.CreateCommand("SELECT id FROM Leads"));
            Assert.DoesNotThrow(dataSource.Dispose);
        });
    }

    [Test]
    public void The_factory_creates_a_zoho_data_source()
    {
        using var dataSource = ZohoCrmFactory.Instance.CreateDataSource(Settings);
        Assert.That(dataSource, Is.InstanceOf<ZohoCrmDataSource>());
        Assert.That(dataSource.ConnectionString, Does.Not.Contain(Secret));
    }

    [Test]
    public void The_service_container_hands_out_the_same_instance_as_DbDataSource()
    {
        var services = new ServiceCollection();
        services.AddZohoCrmDataSource(Settings);
        services.AddZohoCrmDataSource(Settings + ";Timeout=5");
        using var provider = services.BuildServiceProvider();

        Assert.Multiple(() =>
        {
            Assert.That(provider.GetRequiredService<DbDataSource>(), Is.SameAs(provider.GetRequiredService<ZohoCrmDataSource>()));
            Assert.That(services.Count(d => d.ServiceType == typeof(DbDataSource)), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Disposing_the_container_disposes_the_data_source()
    {
        var services = new ServiceCollection();
        services.AddZohoCrmDataSource(Settings);
        ZohoCrmDataSource dataSource;
        await using (var provider = services.BuildServiceProvider())
        {
            dataSource = (ZohoCrmDataSource)provider.GetRequiredService<DbDataSource>();
        }

        Assert.Throws<ObjectDisposedException>(() => dataSource.CreateConnection());
    }

    [Test]
    public void Connections_opened_from_one_connection_string_still_share_one_data_source()
    {
        using var first = new ZohoCrmConnection(Settings + ";Timeout=7");
        using var second = new ZohoCrmConnection(Settings + ";Timeout=7");
        first.Open();
        second.Open();
        Assert.That(second.ZohoDataSource, Is.SameAs(first.ZohoDataSource));
    }
}

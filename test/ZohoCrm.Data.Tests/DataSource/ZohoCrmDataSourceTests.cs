using RichardSzalay.MockHttp;
using ZohoCrm.Data.OAuth;
using ZohoCrm.Data.Tests.Support;
using static ZohoCrm.Data.Tests.Support.ZohoOAuthMock;

namespace ZohoCrm.Data.Tests.DataSource;

public class ZohoCrmDataSourceTests
{
    [Test]
    public async Task Create_reads_the_connection_string_and_shows_it_redacted()
    {
        await using var dataSource = ZohoCrmDataSource.Create(Client + "OAuthRefreshToken=refresh-SECRET;Domain=jp;Environment=sandbox;MaxConcurrency=4");

        Assert.Multiple(() =>
        {
            Assert.That(dataSource.Settings.MaxConcurrency, Is.EqualTo(4));
            Assert.That(dataSource.Settings.AccountsServer, Is.EqualTo(new Uri("https://accounts.zoho.jp")));
            Assert.That(dataSource.ApiBaseUri, Is.EqualTo(new Uri("https://sandbox.zohoapis.jp")));
            Assert.That(dataSource.ToString(), Does.Contain("Domain=jp").And.Not.Contain("SECRET"));
            Assert.That(dataSource.Settings.ToString(), Does.Not.Contain("SECRET"));
            Assert.That(dataSource.TokenStore, Is.InstanceOf<ZohoCrmInMemoryTokenStore>());
        });
    }

    [Test]
    public async Task OAuthSettingsLocation_selects_the_file_store()
    {
        var path = Path.Combine(Path.GetTempPath(), "zohocrm-" + Guid.NewGuid().ToString("N"), "tokens.json");
        await using var dataSource = ZohoCrmDataSource.Create(Client + "OAuthSettingsLocation=" + path);

        Assert.That(dataSource.TokenStore, Is.InstanceOf<ZohoCrmFileTokenStore>().With.Property("Path").EqualTo(path));
    }

    [Test]
    public async Task The_builder_takes_secrets_as_typed_settings_and_a_store_of_ones_own()
    {
        using var mock = new MockHttpMessageHandler();
        var refresh = mock.RefreshReturns("access-1", "refresh-from-config");
        var store = new ZohoCrmInMemoryTokenStore();
        var builder = new ZohoCrmDataSourceBuilder("InitiateOAuth=REFRESH")
            .UseOAuthClient("1000.CLIENT", "client-SECRET")
            .UseTokenStore(store)
            .UseHttpMessageHandler(mock);
        builder.ConnectionStringBuilder.OAuthRefreshToken = "refresh-from-config";
        await using var dataSource = builder.Build();

        await dataSource.GetApiBaseUriAsync();

        Assert.Multiple(() =>
        {
            Assert.That(dataSource.TokenStore, Is.SameAs(store));
            Assert.That(mock.GetMatchCount(refresh), Is.EqualTo(1));
            Assert.That(store.GetAsync(OwnKey()).Result!.AccessToken, Is.EqualTo("access-1"));
        });
    }

    [Test]
    public void Build_reports_missing_settings()
    {
        var error = Assert.Throws<ArgumentException>(() => new ZohoCrmDataSourceBuilder("OAuthRefreshToken=r").Build());
        Assert.That(error!.Message, Does.StartWith("OAuthClientId is not set"));
    }

    [Test]
    public void Connections_with_one_connection_string_share_one_data_source()
    {
        var connectionString = Client + "OAuthRefreshToken=r;Logfile=" + Guid.NewGuid().ToString("N");

        var first = ZohoCrmDataSource.GetShared(connectionString);
        var second = ZohoCrmDataSource.GetShared(connectionString);
        var other = ZohoCrmDataSource.GetShared(connectionString + ";Verbosity=2");

        Assert.That(second, Is.SameAs(first));
        Assert.That(other, Is.Not.SameAs(first));
    }

    [Test]
    public async Task A_disposed_data_source_refuses_work()
    {
        var dataSource = ZohoCrmDataSource.Create(Client + "OAuthRefreshToken=r");
        await dataSource.DisposeAsync();
        await dataSource.DisposeAsync();

        Assert.ThrowsAsync<ObjectDisposedException>(async () => await dataSource.GetApiBaseUriAsync());
    }

    [Test]
    public async Task Disposing_a_data_source_disposes_its_HTTP_pipeline()
    {
        var dataSource = ZohoCrmDataSource.Create(Client + "OAuthRefreshToken=r");
        var pipeline = dataSource.HttpClient;
        await dataSource.DisposeAsync();

        Assert.ThrowsAsync<ObjectDisposedException>(() => pipeline.GetAsync("https://www.zohoapis.com/crm/v8/org"));
    }

    [Test]
    public async Task A_query_on_a_disposed_data_source_throws_ObjectDisposedException_naming_the_data_source()
    {
        var dataSource = ZohoCrmDataSource.Create(Client + "OAuthRefreshToken=refresh-SECRET");
        await using var connection = await dataSource.OpenConnectionAsync();
        await dataSource.DisposeAsync();

        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM Leads";
        var error = Assert.ThrowsAsync<ObjectDisposedException>(() => command.ExecuteReaderAsync());
        Assert.Multiple(() =>
        {
            Assert.That(error!.ObjectName, Is.EqualTo(nameof(ZohoCrmDataSource)));
            Assert.That(error.Message, Does.Contain("ZohoCrmDataSource").And.Contain("was disposed").And.Not.Contain("SECRET"));
            Assert.That(() => command.ExecuteReader(), Throws.InstanceOf<ObjectDisposedException>());
        });
    }

    [Test]
    public async Task Each_data_source_has_its_own_metadata_and_plans()
    {
        await using var first = ZohoCrmDataSource.Create(Client + "OAuthRefreshToken=r");
        await using var second = ZohoCrmDataSource.Create(Client + "OAuthRefreshToken=r");

        Assert.That(first.Execution, Is.Not.SameAs(second.Execution));
        Assert.That(first.Execution.Metadata, Is.Not.SameAs(second.Execution.Metadata));
    }

    [Test]
    public async Task The_pipeline_takes_its_settings_from_the_connection_string()
    {
        await using var noTimeout = ZohoCrmDataSource.Create(Client + "Timeout=0");
        await using var configured = ZohoCrmDataSource.Create(Client + "Timeout=30;MaxConcurrency=7;Verbosity=3;ProxyServer=proxy.local;ProxyPort=3128;ProxyUser=u;ProxyPassword=p-SECRET");

        Assert.Multiple(() =>
        {
            Assert.That(noTimeout.HttpOptions.Timeout, Is.EqualTo(TimeSpan.Zero));
            Assert.That(configured.HttpOptions.Timeout, Is.EqualTo(TimeSpan.FromSeconds(30)));
            Assert.That(configured.HttpOptions.MaxConcurrency, Is.EqualTo(7));
            Assert.That(configured.HttpOptions.Verbosity, Is.EqualTo(3));
            Assert.That(configured.HttpOptions.ProxyServer, Is.EqualTo("proxy.local"));
            Assert.That(configured.HttpOptions.ProxyPort, Is.EqualTo(3128));
            Assert.That(configured.HttpOptions.ProxyPassword, Is.EqualTo("p-SECRET"));
            Assert.That(configured.HttpOptions.ToString(), Does.Not.Contain("SECRET"));
        });
    }

    [Test]
    public void Contradicting_transport_settings_are_refused_at_build()
    {
        var error = Assert.Throws<ArgumentException>(() => ZohoCrmDataSource.Create(Client + "FirewallType=SOCKS5"));
        Assert.That(error!.Message, Does.Contain("FirewallServer"));
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RichardSzalay.MockHttp;
using ZohoCrm.Data.OAuth;
using ZohoCrm.Data.Tests.Support;
using static ZohoCrm.Data.Tests.Support.ZohoOAuthMock;

namespace ZohoCrm.Data.Tests.Extensions;

/// <summary><c>services.AddZohoCrmDataSource(…)</c>: one data source per container, built from the container's services.</summary>
public class ZohoCrmServiceCollectionExtensionsTests
{
    private const string Settings = Client + "InitiateOAuth=REFRESH;OAuthRefreshToken=refresh-SECRET;Verbosity=4";

    [Test]
    public void Every_consumer_gets_the_same_data_source_built_from_the_connection_string()
    {
        using var mock = new MockHttpMessageHandler();
        var services = new ServiceCollection();
        services.AddZohoCrmDataSource(Settings + ";Domain=eu", zoho => zoho.UseHttpMessageHandler(mock));
        using var provider = services.BuildServiceProvider();

        var first = provider.GetRequiredService<ZohoCrmDataSource>();
        var second = provider.GetRequiredService<ZohoCrmDataSource>();

        Assert.Multiple(() =>
        {
            Assert.That(second, Is.SameAs(first));
            Assert.That(first.Settings.DataCenter.Domain, Is.EqualTo("eu"));
            Assert.That(services.Count(d => d.ServiceType == typeof(ZohoCrmDataSource)), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task A_token_store_registered_in_the_container_keeps_the_refreshed_tokens()
    {
        using var mock = new MockHttpMessageHandler();
        var refresh = mock.RefreshReturns("fresh-access");
        var store = new RecordingTokenStore();
        var services = new ServiceCollection();
        services.AddSingleton<IZohoCrmTokenStore>(store);
        services.AddZohoCrmDataSource(Settings, zoho => zoho.UseHttpMessageHandler(mock));
        await using var provider = services.BuildServiceProvider();
        var dataSource = provider.GetRequiredService<ZohoCrmDataSource>();

        await dataSource.GetApiBaseUriAsync();
        var saved = await store.GetAsync(OwnKey());

        Assert.Multiple(() =>
        {
            Assert.That(dataSource.TokenStore, Is.SameAs(store));
            Assert.That(mock.GetMatchCount(refresh), Is.EqualTo(1));
            Assert.That(store.Calls, Does.Contain("save default"));
            Assert.That(saved?.AccessToken, Is.EqualTo("fresh-access"));
        });
    }

    [Test]
    public async Task The_configure_callback_runs_after_the_container_defaults_and_wins()
    {
        using var mock = new MockHttpMessageHandler();
        mock.RefreshReturns("fresh-access");
        var registered = new RecordingTokenStore();
        var configured = new RecordingTokenStore();
        var services = new ServiceCollection();
        services.AddSingleton<IZohoCrmTokenStore>(registered);
        services.AddZohoCrmDataSource(Settings, zoho => zoho.UseHttpMessageHandler(mock).UseTokenStore(configured));
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<ZohoCrmDataSource>().GetApiBaseUriAsync();

        Assert.Multiple(() =>
        {
            Assert.That(configured.Calls, Does.Contain("save default"));
            Assert.That(registered.Calls, Is.Empty);
        });
    }

    [Test]
    public async Task The_container_logger_factory_receives_the_provider_log()
    {
        using var mock = new MockHttpMessageHandler();
        mock.RefreshReturns("fresh-access");
        var loggerFactory = new RecordingLoggerFactory();
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(loggerFactory);
        services.AddZohoCrmDataSource(_ => Settings, zoho => zoho.UseHttpMessageHandler(mock));
        await using var provider = services.BuildServiceProvider();
        var dataSource = provider.GetRequiredService<ZohoCrmDataSource>();

        await dataSource.GetApiBaseUriAsync();

        Assert.Multiple(() =>
        {
            Assert.That(dataSource.LoggerFactory, Is.SameAs(loggerFactory));
            Assert.That(loggerFactory.Entries.Select(e => e.Message), Has.Some.Contains("Obtained a Zoho access token"));
            Assert.That(loggerFactory.Entries.Select(e => e.Message), Has.None.Contains("fresh-access").And.None.Contains("refresh-SECRET"));
        });
    }

    [Test]
    public async Task Disposing_the_container_disposes_the_data_source()
    {
        using var mock = new MockHttpMessageHandler();
        var services = new ServiceCollection();
        services.AddZohoCrmDataSource(Settings, zoho => zoho.UseHttpMessageHandler(mock));
        var provider = services.BuildServiceProvider();
        var dataSource = provider.GetRequiredService<ZohoCrmDataSource>();

        await provider.DisposeAsync();

        Assert.ThrowsAsync<ObjectDisposedException>(async () => await dataSource.GetApiBaseUriAsync());
    }

    [Test]
    public void A_bad_connection_string_fails_when_the_data_source_is_resolved_naming_the_key()
    {
        var services = new ServiceCollection();
        services.AddZohoCrmDataSource(Client + "InitiateOAuth=SOMETIMES");
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<ArgumentException>(() => provider.GetRequiredService<ZohoCrmDataSource>());

        Assert.That(error!.Message, Does.Contain("InitiateOAuth"));
    }
}

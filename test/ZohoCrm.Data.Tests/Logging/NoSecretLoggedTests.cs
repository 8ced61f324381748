using Microsoft.Extensions.Logging;
using RichardSzalay.MockHttp;
using ZohoCrm.Data.Http;
using ZohoCrm.Data.Logging;
using ZohoCrm.Data.Logging.Internal;
using ZohoCrm.Data.OAuth;
using TempDirectory = ZohoCrm.Data.Tests.Http.TempDirectory;
using CollectingLoggerFactory = ZohoCrm.Data.Tests.Http.CollectingLoggerFactory;
using ZohoCrm.Data.Tests.Support;
using static ZohoCrm.Data.Tests.Support.ZohoOAuthMock;

namespace ZohoCrm.Data.Tests.Logging;

/// <summary>The Logfile and the app's logger get the same events, and neither ever sees a token, secret or code.</summary>
public class NoSecretLoggedTests
{
    [Test]
    public async Task A_code_exchange_and_a_refresh_leave_no_secret_in_the_Logfile_or_a_Trace_logger()
    {
        using var temp = new TempDirectory();
        var logfile = temp.File("zoho.log");
        var time = new ManualTimeProvider(Start);
        using var mock = new MockHttpMessageHandler();
        var exchange = mock.When(HttpMethod.Post, TokenEndpoint).WithFormData("grant_type", "authorization_code").WithFormData("code", "code-SECRET")
            .Respond("application/json", TokenJson("access-1-SECRET", "refresh-SECRET", expiresIn: 3600));
        var refresh = mock.When(HttpMethod.Post, TokenEndpoint).WithFormData("grant_type", "refresh_token").WithFormData("refresh_token", "refresh-SECRET")
            .WithFormData("client_secret", "client-SECRET").Respond("application/json", TokenJson("access-2-SECRET"));
        var first = mock.ApiAccepts("access-1-SECRET");
        var second = mock.ApiAccepts("access-2-SECRET");
        var logger = new CollectingLoggerFactory(LogLevel.Trace);
        await using (var dataSource = Builder(Client + $"OAuthVerifier=code-SECRET;OAuthAccessToken=;Logfile={logfile};Verbosity=5", mock, time)
                         .UseLoggerFactory(logger).Build())
        {
            (await dataSource.GetOrgAsync()).Dispose();
            time.Advance(TimeSpan.FromHours(2));
            (await dataSource.GetOrgAsync()).Dispose();
        }

        var file = await File.ReadAllTextAsync(logfile);
        Assert.Multiple(() =>
        {
            Assert.That(new[] { exchange, refresh, first, second }.Select(mock.GetMatchCount), Is.All.EqualTo(1), "the code was exchanged, then the token refreshed");
            Assert.That(file, Does.Not.Contain("SECRET"), "Logfile");
            Assert.That(logger.Text, Does.Not.Contain("SECRET"), "ILogger at Trace");

            // What the secrets travelled in was logged, masked: the test would see a leak.
            Assert.That(file, Does.Contain("Authorization: ***").And.Contain("Obtained a Zoho access token").And.Contain("Calling the Zoho token endpoint"));
            Assert.That(logger.Lines.Select(l => l.EventId.Id), Does.Contain(ZohoCrmDataEventId.RequestHeaders)
                .And.Contain(ZohoCrmDataEventId.ResponseBody).And.Contain(ZohoCrmDataEventId.TokenEndpointCalled).And.Contain(ZohoCrmDataEventId.AccessTokenObtained));
        });
    }

    [Test]
    public async Task Structured_values_reach_the_logger_redacted_too()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("https://www.zohoapis.com/crm/v8/org").Respond("application/json", "{\"org\":[]}");
        var structured = new StructuredLoggerFactory();
        using (var client = ZohoCrmHttpPipeline.CreateHttpClient(new ZohoCrmHttpOptions { MaxAttempts = 1 }, null, structured, mock))
        {
            (await client.GetAsync("https://www.zohoapis.com/crm/v8/org?code=code-SECRET&state=abc")).Dispose();
        }

        var uri = structured.Values.Where(v => v.Key == "Uri").Select(v => v.Value?.ToString()).ToList();
        Assert.That(uri, Is.Not.Empty);
        Assert.That(uri, Has.All.Contains("code=***").And.All.Contains("state=abc"));
        Assert.That(structured.Values.Select(v => v.Value?.ToString()), Has.None.Contains("SECRET"));
    }

    [TestCase(1, ZohoCrmLog.HttpCategory, LogLevel.Information)]
    [TestCase(2, ZohoCrmLog.HttpCategory, LogLevel.Debug)]
    [TestCase(3, ZohoCrmLog.HttpCategory, LogLevel.Trace)]
    [TestCase(3, ZohoCrmLog.HttpHeadersCategory, LogLevel.Information)]
    [TestCase(3, ZohoCrmLog.OAuthCategory, LogLevel.Information)]
    [TestCase(4, ZohoCrmLog.OAuthCategory, LogLevel.Trace)]
    [TestCase(2, ZohoCrmLog.QueryCategory, LogLevel.Debug)]
    public void Verbosity_maps_to_a_least_level_per_category(int verbosity, string category, LogLevel least) =>
        Assert.That(ZohoCrmLogFile.MinimumLevel(category, verbosity), Is.EqualTo(least));

    /// <summary>A logger that keeps the structured values of each event, as Serilog or OpenTelemetry would read them.</summary>
    private sealed class StructuredLoggerFactory : ILoggerFactory, ILogger
    {
        public List<KeyValuePair<string, object?>> Values { get; } = [];

        public ILogger CreateLogger(string categoryName) => this;

        public void AddProvider(ILoggerProvider provider) { }

        public void Dispose() { }

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (Values)
            {
                Values.AddRange(state as IEnumerable<KeyValuePair<string, object?>> ?? []);
            }
        }
    }
}

using System.Net;
using System.Text;
using Microsoft.Extensions.Logging;
using RichardSzalay.MockHttp;
using ZohoCrm.Data.Http;

namespace ZohoCrm.Data.Tests.Http;

public class LoggingTests
{
    private const string Coql = "https://www.zohoapis.com/crm/v8/coql";

    private static readonly string[] Secrets =
    [
        "1000.0123456789abcdef0123456789abcdef.fedcba9876543210fedcba9876543210",
        "1000.aaaabbbbccccddddeeeeffff00001111.2222333344445555666677778888999a",
        "S3cretClientValue", "GrantCode-777", "ProxyPa55", "hunter2", "OpaqueAccess42",
    ];

    private static async Task<(string File, CollectingLoggerFactory Logger)> RunAsync(int verbosity, MockHttpMessageHandler mock, Func<HttpClient, Task> calls)
    {
        using var temp = new TempDirectory();
        var logfile = temp.File("zoho.log");
        // The app's logger is configured to the same depth as the Logfile's Verbosity.
        var logger = new CollectingLoggerFactory(verbosity switch { 1 => LogLevel.Information, 2 => LogLevel.Debug, _ => LogLevel.Trace });
        using (var client = ZohoCrmHttpPipeline.CreateHttpClient(new ZohoCrmHttpOptions { Verbosity = verbosity, Logfile = logfile, Timeout = null, MaxAttempts = 1 }, null, logger, mock))
        {
            await calls(client);
        }

        return (await File.ReadAllTextAsync(logfile), logger);
    }

    [Test]
    public async Task Verbosity_1_logs_failed_requests_but_not_successful_ones()
    {
        var mock = new MockHttpMessageHandler();
        mock.When("https://www.zohoapis.com/crm/v8/Leads").Respond(HttpStatusCode.OK, "application/json", """{"data":[]}""");
        mock.When("https://www.zohoapis.com/crm/v8/Nope").Respond(HttpStatusCode.BadRequest, "application/json", """{"code":"INVALID_MODULE"}""");

        var (file, logger) = await RunAsync(1, mock, async client =>
        {
            (await client.GetAsync("https://www.zohoapis.com/crm/v8/Leads")).Dispose();
            (await client.GetAsync("https://www.zohoapis.com/crm/v8/Nope")).Dispose();
        });

        Assert.That(file, Does.Contain("GET https://www.zohoapis.com/crm/v8/Nope -> 400"));
        Assert.That(file, Does.Not.Contain("/crm/v8/Leads"));
        Assert.That(logger.Lines.Single().Level, Is.EqualTo(LogLevel.Error));
    }

    [Test]
    public async Task Verbosity_2_logs_each_request_line_with_status_and_timing()
    {
        var mock = new MockHttpMessageHandler();
        mock.When("https://www.zohoapis.com/crm/v8/Leads").Respond(HttpStatusCode.OK, "application/json", """{"data":[]}""");

        var (file, _) = await RunAsync(2, mock, async client => (await client.GetAsync("https://www.zohoapis.com/crm/v8/Leads?fields=Last_Name")).Dispose());

        Assert.That(file, Does.Match(@"\[2\] DEBUG GET https://www\.zohoapis\.com/crm/v8/Leads\?fields=Last_Name -> 200 OK in \d+ ms"));
        Assert.That(file, Does.Not.Contain("response body"));
    }

    [Test]
    public async Task Verbosity_3_logs_bodies_truncated()
    {
        var big = "{\"data\":[" + string.Join(',', Enumerable.Range(0, 500).Select(i => $"{{\"Last_Name\":\"Name{i}\"}}")) + "]}";
        var mock = new MockHttpMessageHandler();
        mock.When(Coql).Respond(HttpStatusCode.OK, "application/json", big);

        var (file, _) = await RunAsync(3, mock, async client =>
        {
            using var response = await client.PostAsync(Coql, new StringContent("""{"select_query":"select Last_Name from Leads where id is not null"}"""));
            Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo(big), "logging must not consume the body");
        });

        Assert.That(file, Does.Contain("request body: {\"select_query\":\"select Last_Name from Leads where id is not null\"}"));
        Assert.That(file, Does.Contain("Name0").And.Contain("more characters"));
        Assert.That(file, Does.Not.Contain("Name499"));
        Assert.That(file, Does.Not.Contain("request headers"));
    }

    [Test]
    public async Task Verbosity_5_logs_everything_but_no_secret()
    {
        var mock = new MockHttpMessageHandler();
        mock.When("https://accounts.zoho.com/oauth/v2/token").Respond(HttpStatusCode.OK, "application/json",
            $$"""{"access_token":"{{Secrets[0]}}","refresh_token":"{{Secrets[1]}}","api_domain":"https://www.zohoapis.com","token_type":"Bearer","expires_in":3600}""");
        mock.When(Coql).Respond(HttpStatusCode.OK, "application/json", """{"data":[{"Last_Name":"Hale","id":"1"}],"info":{"count":1,"more_records":false}}""");

        var (file, logger) = await RunAsync(5, mock, async client =>
        {
            var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "authorization_code", ["client_id"] = "1000.CLIENTID", ["client_secret"] = Secrets[2],
                ["code"] = Secrets[3], ["refresh_token"] = Secrets[1], ["password"] = Secrets[5],
            });
            (await client.PostAsync($"https://accounts.zoho.com/oauth/v2/token?code={Secrets[3]}&client_secret={Secrets[2]}&state=abc", form)).Dispose();

            using var coql = new HttpRequestMessage(HttpMethod.Post, Coql) { Content = new StringContent("""{"select_query":"select Last_Name from Leads where id is not null"}""", Encoding.UTF8, "application/json") };
            coql.Headers.TryAddWithoutValidation("Authorization", "Zoho-oauthtoken " + Secrets[6]);
            coql.Headers.TryAddWithoutValidation("Proxy-Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("user:" + Secrets[4])));
            (await client.SendAsync(coql)).Dispose();
        });

        foreach (var secret in Secrets)
        {
            Assert.That(file, Does.Not.Contain(secret), "log file");
            Assert.That(logger.Text, Does.Not.Contain(secret), "ILogger");
        }

        Assert.That(file, Does.Contain("request headers").And.Contain("Authorization: ***").And.Contain("client_secret=***").And.Contain("\"access_token\":\"***\""));
        Assert.That(file, Does.Contain("state=abc").And.Contain("select Last_Name from Leads"), "what is not secret stays readable");
    }

    [Test]
    public async Task The_same_lines_go_to_the_logger_and_the_file()
    {
        var mock = new MockHttpMessageHandler();
        mock.When("https://www.zohoapis.com/crm/v8/Leads").Respond(HttpStatusCode.OK);

        var (file, logger) = await RunAsync(2, mock, async client => (await client.GetAsync("https://www.zohoapis.com/crm/v8/Leads")).Dispose());

        var line = logger.Lines.Single();
        Assert.That(line.Level, Is.EqualTo(LogLevel.Debug));
        Assert.That(file, Does.Contain(line.Message));
    }

    [Test]
    public void An_unwritable_Logfile_is_an_error_naming_it()
    {
        using var temp = new TempDirectory();
        var blocker = temp.File("not-a-dir");
        File.WriteAllText(blocker, "");

        var e = Assert.Throws<ArgumentException>(() => ZohoCrmHttpPipeline.CreateHttpClient(new ZohoCrmHttpOptions { Logfile = Path.Combine(blocker, "x.log") }, null, loggerFactory: null));

        Assert.That(e!.Message, Does.Contain("Logfile").And.Contain("not-a-dir"));
    }

    [Test]
    public void Options_ToString_hides_passwords()
    {
        var options = new ZohoCrmHttpOptions { ProxyServer = "proxy", ProxyUser = "me", ProxyPassword = Secrets[4], FirewallPassword = Secrets[5] };

        Assert.That(options.ToString(), Does.Not.Contain(Secrets[4]).And.Not.Contain(Secrets[5]).And.Contain("ProxyUser = me"));
    }
}

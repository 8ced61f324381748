using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Web;
using Newtonsoft.Json.Linq;
using ZohoCrm.Data.OAuth;
using ZohoCrm.Emulator;
using ZohoCrm.Data.Tests.Support;

namespace ZohoCrm.Data.Tests.OAuth;

/// <summary>The OAuth flows end to end against the emulator's accounts server and API, over real HTTP on 127.0.0.1.</summary>
public class EmulatorOAuthTests
{
    private ZohoCrmEmulator _emulator = null!;
    private HttpClient _admin = null!;
    private string _directory = null!;

    [OneTimeSetUp]
    public async Task StartEmulator()
    {
        _emulator = await ZohoCrmEmulator.StartAsync(new ZohoCrmEmulatorOptions { LeadCount = 20 });
        _admin = LocalHttpClient.Create();
        _admin.BaseAddress = new Uri(_emulator.BaseUrl);
    }

    [OneTimeTearDown]
    public async Task StopEmulator()
    {
        _admin.Dispose();
        await _emulator.DisposeAsync();
    }

    [SetUp]
    public async Task ResetEmulator()
    {
        // Back to real time, minting throttle and request log emptied; issued tokens are kept.
        using var response = await _admin.PostAsync("/_emulator/reset", null);
        response.EnsureSuccessStatusCode();
        _emulator.Settings.AutoApprove = false;
        _emulator.Settings.Faults = [];
        _directory = Directory.CreateTempSubdirectory("zohocrm-oauth-").FullName;
    }

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    private string Client =>
        $"OAuthClientId={_emulator.ClientId};OAuthClientSecret={_emulator.ClientSecret};AccountsServer={_emulator.BaseUrl};";

    private string RefreshSettings => Client + $"InitiateOAuth=REFRESH;OAuthRefreshToken={_emulator.RefreshToken};";

    [Test]
    public async Task The_desktop_flow_signs_in_through_the_loopback_listener_and_follows_api_domain()
    {
        _emulator.Settings.AutoApprove = true;
        var browser = new BrowserFollowingRedirects();
        await using var dataSource = new ZohoCrmDataSourceBuilder(Client + $"InitiateOAuth=GETANDREFRESH;CallbackURL=http://127.0.0.1:{FreePort()}/callback")
            .UseBrowserLauncher(browser).Build();

        using var response = await CountLeadsAsync(dataSource);
        await browser.Completion;
        var saved = await dataSource.TokenStore.GetAsync(dataSource.Tokens.KeyFor(null));
        var tokenCalls = await TokenCallsAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(browser.FinalStatus, Is.EqualTo(HttpStatusCode.OK), "the listener answered the browser");
            Assert.That(dataSource.ApiBaseUri, Is.EqualTo(new Uri(_emulator.BaseUrl)));
            Assert.That(saved!.RefreshToken, Is.Not.Null);
            Assert.That(tokenCalls, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Headless_gives_the_url_and_a_second_connection_exchanges_the_code()
    {
        _emulator.Settings.AutoApprove = true;
        var settings = Client + $"InitiateOAuth=GETANDREFRESH;CallbackURL=http://127.0.0.1:{FreePort()}/callback;OAuthSettingsLocation={Path.Combine(_directory, "tokens.json")}";
        ZohoCrmAuthorizationRequiredException required;
        await using (var first = new ZohoCrmDataSourceBuilder(settings).UseBrowserLauncher(new NoBrowser()).Build())
        {
            required = Assert.ThrowsAsync<ZohoCrmAuthorizationRequiredException>(() => CountLeadsAsync(first))!;
        }

        // The user opens the URL elsewhere; the redirect to the loopback address fails there, but its URL shows the code.
        using var browser = LocalHttpClient.Create(allowAutoRedirect: false);
        using var consent = await browser.GetAsync(required.AuthorizationUri);
        var code = HttpUtility.ParseQueryString(consent.Headers.Location!.Query)["code"];

        await using var second = new ZohoCrmDataSourceBuilder(settings + ";OAuthVerifier=" + code).UseBrowserLauncher(new NoBrowser()).Build();
        using var response = await CountLeadsAsync(second);

        Assert.That(consent.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await TokenCallsAsync(), Is.EqualTo(1));
    }

    [Test]
    public async Task An_expired_token_is_refreshed_once_when_the_clock_moves_past_its_expiry()
    {
        await using var dataSource = ZohoCrmDataSource.Create(RefreshSettings);
        using (await CountLeadsAsync(dataSource))
        {
        }

        await AdvanceClockAsync(TimeSpan.FromSeconds(3700));
        using var response = await CountLeadsAsync(dataSource);

        var log = await RequestLogAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(log.Count(r => (string)r["path"]! == "/oauth/v2/token"), Is.EqualTo(2));
            Assert.That(log.Count(r => (int)r["status"]! == 401), Is.EqualTo(1), "one refused call, then the retry");
        });
    }

    [Test]
    public async Task Fifty_concurrent_requests_after_expiry_cause_one_refresh()
    {
        await using var dataSource = ZohoCrmDataSource.Create(RefreshSettings + "MaxConcurrency=10");
        using (await CountLeadsAsync(dataSource))
        {
        }

        await AdvanceClockAsync(TimeSpan.FromSeconds(3700));
        var after = await LastSeqAsync();
        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => CountLeadsAsync(dataSource))));

        var log = await RequestLogAsync(after);
        Assert.Multiple(() =>
        {
            Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
            Assert.That(log.Count(r => (string)r["path"]! == "/oauth/v2/token"), Is.EqualTo(1));
            Assert.That(log.Count(r => (string)r["path"]! == "/crm/v8/Leads/actions/count" && (int)r["status"]! == 200), Is.EqualTo(50));
        });
    }

    [Test]
    public async Task Requests_queued_behind_MaxConcurrency_at_an_expiry_leave_with_the_refreshed_token()
    {
        await using var dataSource = ZohoCrmDataSource.Create(RefreshSettings + "MaxConcurrency=1");
        using (await CountLeadsAsync(dataSource))
        {
        }

        // Zoho's clock moves past the expiry, the provider's does not: every request takes the old token and queues.
        await AdvanceClockAsync(TimeSpan.FromSeconds(3700));
        var after = await LastSeqAsync();
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => CountLeadsAsync(dataSource))));

        var log = await RequestLogAsync(after);
        Assert.Multiple(() =>
        {
            Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
            Assert.That(log.Count(r => (string)r["path"]! == "/oauth/v2/token"), Is.EqualTo(1));
            Assert.That(log.Count(r => (int)r["status"]! == 401), Is.EqualTo(1), "only the request in flight meets the expiry");
        });
    }

    [Test]
    public async Task Two_processes_sharing_a_token_file_refresh_once_per_expiry()
    {
        var tokenFile = Path.Combine(_directory, "shared", "tokens.json");
        var settings = RefreshSettings + "OAuthSettingsLocation=" + tokenFile;
        await using var dataSource = ZohoCrmDataSource.Create(settings);
        using (await CountLeadsAsync(dataSource))
        {
        }

        await AdvanceClockAsync(TimeSpan.FromSeconds(3700));
        var after = await LastSeqAsync();

        // A slow token endpoint keeps one process's refresh in flight while the other meets the expired token too.
        _emulator.Settings.Faults = [new ZohoCrm.Emulator.Domain.Faults.FaultRule { Path = "/oauth/v2/token", LatencyMs = 3000 }];
        var ready = Path.Combine(_directory, "ready");
        var go = Path.Combine(_directory, "go");
        using var second = StartSecondProcess(settings, ready, go);
        var output = second.StandardOutput.ReadToEndAsync(); // drained all along, so the child never blocks on a full pipe
        try
        {
            await WaitForFileAsync(ready, second, output);
            await File.WriteAllTextAsync(go, "");
            var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => CountLeadsAsync(dataSource))));
            await second.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));

            var log = await RequestLogAsync(after);
            var secondOutput = await output;
            Assert.Multiple(() =>
            {
                Assert.That(second.ExitCode, Is.Zero, secondOutput);
                Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
                Assert.That(log.Count(r => (string)r["path"]! == "/crm/v8/Leads/actions/count" && (int)r["status"]! == 200), Is.EqualTo(20), "both processes were served");
                Assert.That(log.Count(r => (string)r["path"]! == "/oauth/v2/token"), Is.EqualTo(1));
            });
        }
        finally
        {
            if (!second.HasExited)
            {
                second.Kill(entireProcessTree: true);
            }
        }
    }

    private static Task<HttpResponseMessage> CountLeadsAsync(ZohoCrmDataSource dataSource) => TokenFileSecondProcess.CountLeadsAsync(dataSource);

    private static Process StartSecondProcess(string settings, string ready, string go)
    {
        // The second process is this test assembly again, running only the explicit role below.
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "test", typeof(EmulatorOAuthTests).Assembly.Location, "--nologo",
                     "--filter", "FullyQualifiedName=" + typeof(TokenFileSecondProcess).FullName + "." + nameof(TokenFileSecondProcess.Acts_as_a_second_process_on_a_shared_token_file),
                 })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment[TokenFileSecondProcess.SettingsVariable] = settings;
        start.Environment[TokenFileSecondProcess.ReadyVariable] = ready;
        start.Environment[TokenFileSecondProcess.GoVariable] = go;
        return Process.Start(start)!;
    }

    private static async Task WaitForFileAsync(string path, Process process, Task<string> output)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (!File.Exists(path))
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                }

                Assert.Fail("The second process did not get ready: " + await output);
            }

            await Task.Delay(50);
        }
    }

    private async Task AdvanceClockAsync(TimeSpan by)
    {
        using var response = await _admin.PostAsync($"/_emulator/clock/advance?seconds={by.TotalSeconds}", null);
        response.EnsureSuccessStatusCode();
    }

    private async Task<List<JObject>> RequestLogAsync(long after = 0) =>
        JArray.Parse(await _admin.GetStringAsync($"/_emulator/requests?after={after}")).Cast<JObject>().ToList();

    private async Task<long> LastSeqAsync() => (await RequestLogAsync()).Select(r => (long)r["seq"]!).DefaultIfEmpty(0).Max();

    private async Task<int> TokenCallsAsync() => (await RequestLogAsync()).Count(r => (string)r["path"]! == "/oauth/v2/token");

    [Test]
    public async Task A_revoked_refresh_token_is_deleted_locally_and_refused_by_zoho_afterwards()
    {
        // A refresh token of its own (through the desktop flow), so the emulator's shared one stays valid for other tests.
        _emulator.Settings.AutoApprove = true;
        var browser = new BrowserFollowingRedirects();
        await using var dataSource = new ZohoCrmDataSourceBuilder(Client + $"InitiateOAuth=GETANDREFRESH;CallbackURL=http://127.0.0.1:{FreePort()}/callback")
            .UseBrowserLauncher(browser).Build();
        using (var response = await CountLeadsAsync(dataSource))
        {
            response.EnsureSuccessStatusCode();
        }

        await browser.Completion;
        var refreshToken = (await dataSource.TokenStore.GetAsync(dataSource.Tokens.KeyFor(null)))!.RefreshToken!;

        await dataSource.RevokeTokensAsync();

        var stored = await dataSource.TokenStore.GetAsync(dataSource.Tokens.KeyFor(null));
        await using var again = ZohoCrmDataSource.Create(Client + $"InitiateOAuth=REFRESH;OAuthRefreshToken={refreshToken}");
        var refused = Assert.ThrowsAsync<ZohoCrmAuthenticationException>(async () => await again.GetApiBaseUriAsync());
        var revokeCalls = (await RequestLogAsync()).Count(r => (string)r["path"]! == "/oauth/v2/token/revoke");

        Assert.Multiple(() =>
        {
            Assert.That(stored, Is.Null);
            Assert.That(refused!.Code, Is.EqualTo("invalid_code"));
            Assert.That(revokeCalls, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Revoking_a_token_the_accounts_server_does_not_know_keeps_the_stored_tokens()
    {
        var store = new ZohoCrmInMemoryTokenStore();
        await using var dataSource = new ZohoCrmDataSourceBuilder(Client).UseTokenStore(store).Build();
        var key = dataSource.Tokens.KeyFor("dave");
        await store.SaveAsync(key, new ZohoCrmToken("1000.unknown-access", "1000.unknown-refresh", DateTimeOffset.UtcNow.AddHours(1)));

        var refused = Assert.ThrowsAsync<ZohoCrmAuthenticationException>(() => dataSource.WebFlow.SignOutAsync("dave"));

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(refused!.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((await store.GetAsync(key))?.RefreshToken, Is.EqualTo("1000.unknown-refresh"));
        });
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class NoBrowser : IZohoCrmBrowserLauncher
    {
        public bool TryOpen(Uri uri) => false;
    }

    /// <summary>Plays the browser: opens the consent page (approved at once) and follows Zoho's redirect to the listener.</summary>
    private sealed class BrowserFollowingRedirects : IZohoCrmBrowserLauncher
    {
        public Task Completion { get; private set; } = Task.CompletedTask;

        public HttpStatusCode? FinalStatus { get; private set; }

        public bool TryOpen(Uri uri)
        {
            Completion = Task.Run(async () =>
            {
                using var browser = LocalHttpClient.Create();
                using var response = await browser.GetAsync(uri);
                FinalStatus = response.StatusCode;
            });
            return true;
        }
    }
}

/// <summary>The second process of <see cref="EmulatorOAuthTests.Two_processes_sharing_a_token_file_refresh_once_per_expiry"/>.</summary>
[Explicit("Run by EmulatorOAuthTests in a second process.")]
public class TokenFileSecondProcess
{
    internal const string SettingsVariable = "ZOHOCRM_TEST_SECOND_PROCESS_SETTINGS";
    internal const string ReadyVariable = "ZOHOCRM_TEST_SECOND_PROCESS_READY";
    internal const string GoVariable = "ZOHOCRM_TEST_SECOND_PROCESS_GO";

    [Test]
    public async Task Acts_as_a_second_process_on_a_shared_token_file()
    {
        var settings = Environment.GetEnvironmentVariable(SettingsVariable);
        var ready = Environment.GetEnvironmentVariable(ReadyVariable);
        var go = Environment.GetEnvironmentVariable(GoVariable);
        Assert.That(new[] { settings, ready, go }, Has.None.Null, "started without the variables of the first process");

        await using var dataSource = ZohoCrmDataSource.Create(settings!);

        // Warm up (JIT, sockets) on an endpoint without auth, so this process meets the expired token as soon as the first does.
        using (var warmUp = LocalHttpClient.Create())
        {
            (await warmUp.GetAsync(new Uri(new Uri(dataSource.Settings.AccountsServer.AbsoluteUri), "/_emulator/settings"))).EnsureSuccessStatusCode();
        }

        await File.WriteAllTextAsync(ready!, "");
        while (!File.Exists(go))
        {
            await Task.Delay(5);
        }

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => CountLeadsAsync(dataSource))));

        Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
    }

    internal static async Task<HttpResponseMessage> CountLeadsAsync(ZohoCrmDataSource dataSource) =>
        await dataSource.HttpClient.GetAsync(new Uri(await dataSource.GetApiBaseUriAsync(), "/crm/v8/Leads/actions/count"));
}

using System.Net;
using System.Net.Sockets;
using System.Web;
using RichardSzalay.MockHttp;
using ZohoCrm.Data.OAuth;
using ZohoCrm.Data.Tests.Support;
using static ZohoCrm.Data.Tests.Support.ZohoOAuthMock;

namespace ZohoCrm.Data.Tests.OAuth;

public class ZohoCrmOAuthFlowTests
{
    [Test]
    public async Task Off_uses_the_given_access_token_and_its_expiry_is_a_clear_error()
    {
        using var mock = new MockHttpMessageHandler();
        var accepted = mock.ApiAccepts("given-SECRET");
        var tokenCalls = mock.When(TokenEndpoint).Respond(HttpStatusCode.InternalServerError);
        await using var dataSource = Builder("InitiateOAuth=OFF;OAuthAccessToken=given-SECRET", mock).Build();

        using (await dataSource.GetOrgAsync())
        {
        }

        mock.Clear();
        var rejected = mock.ApiRejects("given-SECRET");
        var error = Assert.ThrowsAsync<ZohoCrmAuthenticationException>(() => dataSource.GetOrgAsync());

        Assert.Multiple(() =>
        {
            Assert.That(mock.GetMatchCount(rejected), Is.EqualTo(1));
            Assert.That(error!.Code, Is.EqualTo("INVALID_TOKEN"));
            Assert.That(error.Message, Does.Contain("InitiateOAuth=OFF").And.Contain("OAuthAccessToken").And.Not.Contain("SECRET"));
        });
    }

    [Test]
    public async Task Refresh_without_anything_to_refresh_from_says_what_to_set()
    {
        using var mock = new MockHttpMessageHandler();
        await using var dataSource = Builder(Client, mock).Build();

        var error = Assert.ThrowsAsync<ZohoCrmAuthenticationException>(() => dataSource.GetOrgAsync());

        Assert.That(error!.Message, Does.Contain("OAuthRefreshToken").And.Contain("OAuthVerifier").And.Contain("GETANDREFRESH"));
    }

    [Test]
    public async Task Refresh_uses_the_refresh_token_in_the_store()
    {
        using var mock = new MockHttpMessageHandler();
        var store = new ZohoCrmInMemoryTokenStore();
        await store.SaveAsync(OwnKey("eu"), new ZohoCrmToken("old", "stored-refresh", Start.AddHours(-2)));
        var refresh = mock.When(HttpMethod.Post, "https://accounts.zoho.eu/oauth/v2/token").WithFormData("refresh_token", "stored-refresh")
            .Respond("application/json", TokenJson("new-access", apiDomain: "https://www.zohoapis.eu"));
        await using var dataSource = Builder(Client + "Domain=eu", mock, store: store).Build();

        Assert.That(await dataSource.GetApiBaseUriAsync(), Is.EqualTo(new Uri("https://www.zohoapis.eu")));
        Assert.That(mock.GetMatchCount(refresh), Is.EqualTo(1));
    }

    [Test]
    public async Task A_self_client_grant_code_is_exchanged_without_a_redirect_uri_and_saved()
    {
        using var mock = new MockHttpMessageHandler();
        var exchange = mock.When(HttpMethod.Post, TokenEndpoint)
            .WithFormData("grant_type", "authorization_code")
            .WithFormData("code", "1000.grant")
            .With(request => !request.Content!.ReadAsStringAsync().Result.Contains("redirect_uri", StringComparison.Ordinal))
            .Respond("application/json", TokenJson("access-1", "refresh-1"));
        var api = mock.ApiAccepts("access-1");
        await using var dataSource = Builder(Client + "OAuthVerifier=1000.grant", mock).Build();

        using (await dataSource.GetOrgAsync())
        {
        }

        var saved = await dataSource.TokenStore.GetAsync(OwnKey());
        Assert.Multiple(() =>
        {
            Assert.That(mock.GetMatchCount(exchange), Is.EqualTo(1));
            Assert.That(mock.GetMatchCount(api), Is.EqualTo(1));
            Assert.That(saved!.RefreshToken, Is.EqualTo("refresh-1"));
        });
    }

    [Test]
    public async Task A_headless_grant_code_is_exchanged_with_the_callback_url()
    {
        using var mock = new MockHttpMessageHandler();
        var exchange = mock.When(HttpMethod.Post, TokenEndpoint)
            .WithFormData("grant_type", "authorization_code")
            .WithFormData("code", "1000.grant")
            .WithFormData("redirect_uri", "http://localhost:33333")
            .Respond("application/json", TokenJson("access-1", "refresh-1"));
        await using var dataSource = Builder(Client + "InitiateOAuth=GETANDREFRESH;OAuthVerifier=1000.grant", mock).Build();

        await dataSource.GetApiBaseUriAsync();

        Assert.That(mock.GetMatchCount(exchange), Is.EqualTo(1));
    }

    [Test]
    public async Task Client_credentials_with_soid_get_an_access_token_and_get_another_on_expiry()
    {
        var time = new ManualTimeProvider(Start);
        using var mock = new MockHttpMessageHandler();
        var grant = mock.When(HttpMethod.Post, TokenEndpoint)
            .WithFormData("grant_type", "client_credentials")
            .WithFormData("soid", "ZohoCRM.4000000001")
            .WithFormData("scope", "ZohoCRM.modules.ALL")
            .Respond("application/json", TokenJson("cc-access"));
        await using var dataSource = Builder(Client + "OAuthSoid=4000000001;Scope=ZohoCRM.modules.ALL", mock, time).Build();

        await dataSource.GetApiBaseUriAsync();
        time.Advance(TimeSpan.FromHours(1));
        await dataSource.GetApiBaseUriAsync();

        Assert.That(mock.GetMatchCount(grant), Is.EqualTo(2));
    }

    [Test]
    public async Task Get_and_refresh_without_a_browser_gives_the_authorization_url_and_says_to_use_OAuthVerifier()
    {
        using var mock = new MockHttpMessageHandler();
        await using var dataSource = Builder(Client + "InitiateOAuth=GETANDREFRESH;CallbackURL=http://127.0.0.1:" + FreePort() + "/cb;Scope=ZohoCRM.modules.ALL", mock).Build();

        var error = Assert.ThrowsAsync<ZohoCrmAuthorizationRequiredException>(() => dataSource.GetOrgAsync());

        var url = error!.AuthorizationUri!;
        var query = HttpUtility.ParseQueryString(url.Query);
        Assert.Multiple(() =>
        {
            Assert.That(url.GetLeftPart(UriPartial.Path), Is.EqualTo(Accounts + "/oauth/v2/auth"));
            Assert.That(query["client_id"], Is.EqualTo("1000.CLIENT"));
            Assert.That(query["response_type"], Is.EqualTo("code"));
            Assert.That(query["access_type"], Is.EqualTo("offline"));
            Assert.That(query["scope"], Is.EqualTo("ZohoCRM.modules.ALL"));
            Assert.That(query["redirect_uri"], Does.EndWith("/cb"));
            Assert.That(query["state"], Has.Length.GreaterThanOrEqualTo(32));
            Assert.That(error.Message, Does.Contain(url.AbsoluteUri).And.Contain("OAuthVerifier=<code>"));
            Assert.That(error.Message, Does.Not.Contain("SECRET"));
        });
    }

    [TestCase("127.0.0.1")]
    [TestCase("localhost")]
    public async Task Get_and_refresh_runs_the_desktop_flow_through_the_loopback_listener(string host)
    {
        var port = FreePort();
        using var mock = new MockHttpMessageHandler();
        var exchange = mock.When(HttpMethod.Post, TokenEndpoint)
            .WithFormData("grant_type", "authorization_code")
            .WithFormData("code", "1000.desktop-grant")
            .WithFormData("redirect_uri", $"http://{host}:{port}/callback")
            .Respond("application/json", TokenJson("desktop-access", "desktop-refresh"));
        var api = mock.ApiAccepts("desktop-access");
        var browser = new RedirectingBrowser();
        await using var dataSource = Builder(Client + $"InitiateOAuth=GETANDREFRESH;CallbackURL=http://{host}:{port}/callback", mock)
            .UseBrowserLauncher(browser).Build();

        using var response = await dataSource.GetOrgAsync();
        await browser.Completion;

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(browser.Statuses, Is.EqualTo(new[] { HttpStatusCode.BadRequest, HttpStatusCode.OK }), "a forged redirect is refused, Zoho's accepted");
            Assert.That(mock.GetMatchCount(exchange), Is.EqualTo(1));
            Assert.That(mock.GetMatchCount(api), Is.EqualTo(1));
        });
        Assert.That((await dataSource.TokenStore.GetAsync(OwnKey()))!.RefreshToken, Is.EqualTo("desktop-refresh"));
    }

    [Test]
    public async Task A_declined_sign_in_is_an_error_naming_what_zoho_said()
    {
        var port = FreePort();
        using var mock = new MockHttpMessageHandler();
        await using var dataSource = Builder(Client + $"InitiateOAuth=GETANDREFRESH;CallbackURL=http://127.0.0.1:{port}", mock)
            .UseBrowserLauncher(new RedirectingBrowser("error=access_denied")).Build();

        var error = Assert.ThrowsAsync<ZohoCrmAuthenticationException>(() => dataSource.GetOrgAsync());

        Assert.That(error!.Message, Does.Contain("access_denied"));
    }

    [Test]
    public async Task A_sign_in_nobody_completes_times_out_with_the_url()
    {
        var port = FreePort();
        using var mock = new MockHttpMessageHandler();
        await using var dataSource = Builder(Client + $"InitiateOAuth=GETANDREFRESH;CallbackURL=http://127.0.0.1:{port}", mock)
            .UseBrowserLauncher(new SilentBrowser()).UseSignInTimeout(TimeSpan.FromMilliseconds(200)).Build();

        var error = Assert.ThrowsAsync<ZohoCrmAuthenticationException>(() => dataSource.GetOrgAsync());

        Assert.That(error!.Message, Does.Contain("No sign-in came back").And.Contain(Accounts + "/oauth/v2/auth"));
    }

    [Test]
    public async Task The_web_flow_saves_tokens_under_the_signed_in_user_and_checks_state()
    {
        using var mock = new MockHttpMessageHandler();
        var exchange = mock.When(HttpMethod.Post, TokenEndpoint).WithFormData("code", "web-grant").WithFormData("redirect_uri", "https://app.example.com/zoho/callback")
            .Respond("application/json", TokenJson("carol-access", "carol-refresh"));
        var api = mock.ApiAccepts("carol-access");
        await using var dataSource = Builder(Client, mock).Build();
        var callback = new Uri("https://app.example.com/zoho/callback");
        var state = ZohoCrmOAuthWebFlow.CreateState();

        var url = dataSource.WebFlow.BuildAuthorizationUri(state, callback);
        var forged = Assert.ThrowsAsync<ZohoCrmAuthenticationException>(() =>
            dataSource.WebFlow.ExchangeCodeAsync("web-grant", "other-state", state, callback, "carol"));
        var key = await dataSource.WebFlow.ExchangeCodeAsync("web-grant", state, state, callback, "carol");
        using var request = new HttpRequestMessage(HttpMethod.Get, ZohoOAuthMock.Api + "/crm/v8/org");
        request.Options.Set(ZohoCrmOAuthHandler.UserOption, "carol");
        using var response = await dataSource.HttpClient.SendAsync(request);

        Assert.Multiple(() =>
        {
            Assert.That(HttpUtility.ParseQueryString(url.Query)["state"], Is.EqualTo(state));
            Assert.That(forged!.Code, Is.EqualTo("STATE_MISMATCH"));
            Assert.That(mock.GetMatchCount(exchange), Is.EqualTo(1), "a forged state exchanges nothing");
            Assert.That(key, Is.EqualTo(new ZohoCrmTokenKey("1000.CLIENT", "carol", "com")));
            Assert.That(mock.GetMatchCount(api), Is.EqualTo(1));
        });

        var revoke = mock.When(HttpMethod.Post, ZohoOAuthMock.Accounts + "/oauth/v2/token/revoke").WithExactQueryString("token=carol-refresh")
            .Respond("application/json", "{\"status\":\"success\"}");
        await dataSource.WebFlow.SignOutAsync("carol");
        Assert.That(mock.GetMatchCount(revoke), Is.EqualTo(1));
        Assert.That(await dataSource.TokenStore.GetAsync(key), Is.Null);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Plays the browser: Zoho approves at once and redirects to the callback; a forged redirect goes first.</summary>
    private sealed class RedirectingBrowser(string? answer = null) : IZohoCrmBrowserLauncher
    {
        public List<HttpStatusCode> Statuses { get; } = [];

        public Task Completion { get; private set; } = Task.CompletedTask;

        public bool TryOpen(Uri uri)
        {
            var query = HttpUtility.ParseQueryString(uri.Query);
            var redirect = query["redirect_uri"]!;
            Completion = Task.Run(async () =>
            {
                using var browser = LocalHttpClient.Create();
                using var forged = await browser.GetAsync($"{redirect}?code=1000.forged&state=not-the-state");
                Statuses.Add(forged.StatusCode);
                var reply = answer ?? "code=1000.desktop-grant&location=us&accounts-server=" + Uri.EscapeDataString(Accounts);
                using var real = await browser.GetAsync($"{redirect}?state={Uri.EscapeDataString(query["state"]!)}&{reply}");
                Statuses.Add(real.StatusCode);
            });
            return true;
        }
    }

    private sealed class SilentBrowser : IZohoCrmBrowserLauncher
    {
        public bool TryOpen(Uri uri) => true;
    }
}

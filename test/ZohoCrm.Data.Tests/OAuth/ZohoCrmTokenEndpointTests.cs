using System.Net;
using Microsoft.Extensions.Logging;
using RichardSzalay.MockHttp;
using ZohoCrm.Data.OAuth;
using ZohoCrm.Data.Tests.Support;
using static ZohoCrm.Data.Tests.Support.ZohoOAuthMock;

namespace ZohoCrm.Data.Tests.OAuth;

public class ZohoCrmTokenEndpointTests
{
    private const string RefreshSettings = Client + "OAuthRefreshToken=refresh-SECRET;";

    [Test]
    public async Task Expires_in_is_read_as_seconds()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When(HttpMethod.Post, TokenEndpoint).Respond("application/json", TokenJson("access-1", expiresIn: 3600));
        await using var dataSource = Builder(RefreshSettings, mock).Build();

        await dataSource.GetApiBaseUriAsync();

        Assert.That((await dataSource.TokenStore.GetAsync(OwnKey()))!.ExpiresAt, Is.EqualTo(Start.AddHours(1)));
    }

    [Test]
    public async Task The_legacy_milliseconds_form_is_read_through_expires_in_sec()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When(HttpMethod.Post, TokenEndpoint).Respond("application/json",
            "{\"access_token\":\"access-1\",\"expires_in_sec\":3600,\"expires_in\":3600000,\"api_domain\":\"https://www.zohoapis.com\",\"token_type\":\"Bearer\"}");
        await using var dataSource = Builder(RefreshSettings, mock).Build();

        await dataSource.GetApiBaseUriAsync();

        Assert.That((await dataSource.TokenStore.GetAsync(OwnKey()))!.ExpiresAt, Is.EqualTo(Start.AddHours(1)));
    }

    [TestCase("invalid_code", "revoked", "grant code expired")]
    [TestCase("invalid_client", "OAuthClientId is wrong", "another data centre")]
    [TestCase("invalid_client_secret", "OAuthClientSecret", "API console")]
    [TestCase("missing_org_info", "OAuthSoid", "ZohoCRM.<org id>")]
    public async Task Errors_sent_with_HTTP_200_become_authentication_errors_with_a_hint(string error, string hint1, string hint2)
    {
        using var mock = new MockHttpMessageHandler();
        mock.When(HttpMethod.Post, TokenEndpoint).Respond("application/json", "{\"error\":\"" + error + "\"}");
        await using var dataSource = Builder(RefreshSettings, mock).Build();

        var exception = Assert.ThrowsAsync<ZohoCrmAuthenticationException>(() => dataSource.GetOrgAsync());

        Assert.Multiple(() =>
        {
            Assert.That(exception!.Code, Is.EqualTo(error));
            Assert.That(exception.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(exception.Message, Does.Contain(hint1).And.Contain(hint2).And.Contain("refreshing the access token"));
            Assert.That(exception.Message, Does.Not.Contain("SECRET"));
            Assert.That(exception.IsTransient, Is.False);
        });
    }

    [Test]
    public async Task The_throttling_answer_says_to_wait_and_is_transient()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When(HttpMethod.Post, TokenEndpoint).Respond(HttpStatusCode.BadRequest, "application/json",
            "{\"error_description\":\"You have made too many requests continuously. Please try again after some time.\",\"error\":\"Access Denied\",\"status\":\"failure\"}");
        await using var dataSource = Builder(RefreshSettings, mock).Build();

        var exception = Assert.ThrowsAsync<ZohoCrmAuthenticationException>(() => dataSource.GetOrgAsync());

        Assert.Multiple(() =>
        {
            Assert.That(exception!.IsTransient, Is.True);
            Assert.That(exception.Message, Does.Contain("Too many token requests").And.Contain("Wait"));
        });
    }

    [Test]
    public async Task A_token_endpoint_that_does_not_answer_json_is_named()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When(HttpMethod.Post, TokenEndpoint).Respond(HttpStatusCode.BadGateway, "text/html", "<html>bad gateway</html>");
        await using var dataSource = Builder(RefreshSettings, mock).Build();

        var exception = Assert.ThrowsAsync<ZohoCrmAuthenticationException>(() => dataSource.GetOrgAsync());

        Assert.That(exception!.Message, Does.Contain(TokenEndpoint).And.Contain("502").And.Contain("not JSON"));
        Assert.That(exception.IsTransient, Is.True);
    }

    [Test]
    public async Task Api_domain_of_the_token_response_is_followed_with_a_warning_when_it_contradicts_Domain()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When(HttpMethod.Post, TokenEndpoint).Respond("application/json", TokenJson("access-1", apiDomain: "https://www.zohoapis.eu"));
        var api = mock.When("https://www.zohoapis.eu/crm/v8/org").WithHeaders("Authorization", "Zoho-oauthtoken access-1").Respond("application/json", "{}");
        var logs = new RecordingLoggerFactory();
        await using var dataSource = Builder(RefreshSettings, mock).UseLoggerFactory(logs).Build();

        var apiBase = await dataSource.GetApiBaseUriAsync();
        using var response = await dataSource.GetOrgAsync();

        Assert.Multiple(() =>
        {
            Assert.That(apiBase, Is.EqualTo(new Uri("https://www.zohoapis.eu")));
            Assert.That(mock.GetMatchCount(api), Is.EqualTo(1));
            Assert.That(logs.Entries.Where(e => e.Level == LogLevel.Warning).Select(e => e.Message),
                Has.One.Contains("https://www.zohoapis.eu").And.Contains("Domain=com"));
        });
    }

    [Test]
    public async Task The_ApiDomain_setting_wins_over_the_token_response()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When(HttpMethod.Post, "http://127.0.0.1:9/oauth/v2/token").Respond("application/json", TokenJson("access-1", apiDomain: "https://www.zohoapis.com"));
        await using var dataSource = Builder(RefreshSettings + "AccountsServer=http://127.0.0.1:9;ApiDomain=http://127.0.0.1:9", mock).Build();

        Assert.That(await dataSource.GetApiBaseUriAsync(), Is.EqualTo(new Uri("http://127.0.0.1:9")));
    }

    [Test]
    public async Task Nothing_logged_contains_a_secret()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When(HttpMethod.Post, TokenEndpoint).Respond("application/json", TokenJson("access-SECRET", "refresh-SECRET", apiDomain: "https://www.zohoapis.eu"));
        mock.When("https://www.zohoapis.eu/*").Respond(HttpStatusCode.Unauthorized, "application/json",
            "{\"code\":\"OAUTH_SCOPE_MISMATCH\",\"details\":{},\"message\":\"x\",\"status\":\"error\"}");
        var logs = new RecordingLoggerFactory();
        await using var dataSource = Builder(Client + "OAuthVerifier=code-SECRET;OAuthAccessToken=;Verbosity=5", mock).UseLoggerFactory(logs).Build();

        var exception = Assert.ThrowsAsync<ZohoCrmAuthenticationException>(() => dataSource.GetOrgAsync());

        Assert.That(logs.Entries, Is.Not.Empty);
        Assert.That(logs.Entries.Select(e => e.Message).Append(exception!.Message).Append(dataSource.ToString()), Has.None.Contains("SECRET"));
    }
}

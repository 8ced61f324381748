using System.Net;
using RichardSzalay.MockHttp;
using ZohoCrm.Data.OAuth;
using ZohoCrm.Data.Tests.Support;
using static ZohoCrm.Data.Tests.Support.ZohoOAuthMock;

namespace ZohoCrm.Data.Tests.OAuth;

public class ZohoCrmOAuthHandlerTests
{
    private const string RefreshSettings = Client + "OAuthRefreshToken=refresh-SECRET;";

    [Test]
    public async Task Requests_carry_the_token_in_a_Zoho_oauthtoken_header()
    {
        using var mock = new MockHttpMessageHandler();
        var refresh = mock.RefreshReturns("access-1");
        var api = mock.ApiAccepts("access-1");
        await using var dataSource = Builder(RefreshSettings, mock).Build();

        using var first = await dataSource.GetOrgAsync();
        using var second = await dataSource.GetOrgAsync();

        Assert.Multiple(() =>
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(mock.GetMatchCount(api), Is.EqualTo(2));
            Assert.That(mock.GetMatchCount(refresh), Is.EqualTo(1), "the token is reused while fresh");
        });
    }

    [Test]
    public async Task Synchronous_sends_are_authenticated_and_retried_too()
    {
        using var mock = new MockHttpMessageHandler();
        var store = new ZohoCrmInMemoryTokenStore();
        await store.SaveAsync(OwnKey(), new ZohoCrmToken("revoked-access", "refresh-SECRET", Start.AddHours(1)));
        var refresh = mock.RefreshReturns("new-access");
        var rejected = mock.ApiRejects("revoked-access");
        var accepted = mock.ApiAccepts("new-access");
        await using var dataSource = Builder(RefreshSettings, mock, store: store).Build();

        using var request = new HttpRequestMessage(HttpMethod.Get, ZohoOAuthMock.Api + "/crm/v8/org");
        using var response = dataSource.HttpClient.Send(request, HttpCompletionOption.ResponseHeadersRead);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(mock.GetMatchCount(rejected), Is.EqualTo(1));
            Assert.That(mock.GetMatchCount(refresh), Is.EqualTo(1));
            Assert.That(mock.GetMatchCount(accepted), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task A_token_is_refreshed_a_minute_before_it_expires()
    {
        var time = new ManualTimeProvider(Start);
        using var mock = new MockHttpMessageHandler();
        var store = new ZohoCrmInMemoryTokenStore();
        await store.SaveAsync(OwnKey(), new ZohoCrmToken("old-access", "refresh-SECRET", Start.AddMinutes(5)));
        var refresh = mock.RefreshReturns("new-access");
        var oldApi = mock.ApiAccepts("old-access");
        var newApi = mock.ApiAccepts("new-access");
        await using var dataSource = Builder(RefreshSettings, mock, time, store).Build();

        using (await dataSource.GetOrgAsync())
        {
        }

        time.Advance(TimeSpan.FromMinutes(4) + TimeSpan.FromSeconds(1));
        using (await dataSource.GetOrgAsync())
        {
        }

        Assert.Multiple(() =>
        {
            Assert.That(mock.GetMatchCount(oldApi), Is.EqualTo(1), "4 minutes before expiry the stored token is used");
            Assert.That(mock.GetMatchCount(refresh), Is.EqualTo(1), "59 seconds before expiry it is replaced");
            Assert.That(mock.GetMatchCount(newApi), Is.EqualTo(1));
        });
        var saved = await store.GetAsync(OwnKey());
        Assert.That(saved!.AccessToken, Is.EqualTo("new-access"));
        Assert.That(saved.RefreshToken, Is.EqualTo("refresh-SECRET"), "a refresh response has no refresh token; the old one is kept");
    }

    [Test]
    public async Task Invalid_token_is_refreshed_once_and_the_request_with_its_body_sent_once_more()
    {
        using var mock = new MockHttpMessageHandler();
        var store = new ZohoCrmInMemoryTokenStore();
        await store.SaveAsync(OwnKey(), new ZohoCrmToken("revoked-access", "refresh-SECRET", Start.AddHours(1)));
        var refresh = mock.RefreshReturns("new-access");
        var rejected = mock.When(HttpMethod.Post, ZohoOAuthMock.Api + "/crm/v8/coql").WithHeaders("Authorization", "Zoho-oauthtoken revoked-access")
            .Respond(HttpStatusCode.Unauthorized, "application/json", InvalidToken);
        var accepted = mock.When(HttpMethod.Post, ZohoOAuthMock.Api + "/crm/v8/coql").WithHeaders("Authorization", "Zoho-oauthtoken new-access")
            .WithContent("{\"select_query\":\"select id from Leads where id is not null\"}")
            .Respond("application/json", "{\"data\":[],\"info\":{\"count\":0,\"more_records\":false}}");
        await using var dataSource = Builder(RefreshSettings, mock, store: store).Build();

        // A stream body can be read only once; the handler buffers it so the retry sends it whole.
        using var body = new StreamContent(new MemoryStream("{\"select_query\":\"select id from Leads where id is not null\"}"u8.ToArray()));
        using var response = await dataSource.HttpClient.PostAsync(new Uri(ZohoOAuthMock.Api + "/crm/v8/coql"), body);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(mock.GetMatchCount(rejected), Is.EqualTo(1));
            Assert.That(mock.GetMatchCount(refresh), Is.EqualTo(1));
            Assert.That(mock.GetMatchCount(accepted), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task A_new_token_that_is_refused_again_is_an_error_after_one_retry()
    {
        using var mock = new MockHttpMessageHandler();
        var refresh = mock.RefreshReturns("new-access");
        var first = mock.ApiRejects("new-access");
        await using var dataSource = Builder(RefreshSettings + "OAuthAccessToken=given-SECRET", mock).Build();
        var given = mock.ApiRejects("given-SECRET");

        var error = Assert.ThrowsAsync<ZohoCrmAuthenticationException>(() => dataSource.GetOrgAsync());

        Assert.Multiple(() =>
        {
            Assert.That(error!.Code, Is.EqualTo("INVALID_TOKEN"));
            Assert.That(error.Message, Does.Contain("Domain").And.Not.Contain("SECRET").And.Not.Contain("new-access"));
            Assert.That(mock.GetMatchCount(given), Is.EqualTo(1));
            Assert.That(mock.GetMatchCount(refresh), Is.EqualTo(1));
            Assert.That(mock.GetMatchCount(first), Is.EqualTo(1), "one retry, not a loop");
        });
    }

    [TestCase("/crm/v8/settings/fields?module=Leads", "GET", "ZohoCRM.settings.fields.READ")]
    [TestCase("/crm/v8/Leads/search?word=x", "GET", "ZohoSearch.securesearch.READ and ZohoCRM.modules.leads.READ")]
    [TestCase("/crm/v8/Contacts", "POST", "ZohoCRM.modules.contacts.CREATE")]
    [TestCase("/crm/v8/Deals/123", "DELETE", "ZohoCRM.modules.deals.DELETE")]
    [TestCase("/crm/v8/coql", "POST", "ZohoCRM.coql.READ")]
    [TestCase("/crm/v8/users?type=AllUsers", "GET", "ZohoCRM.users.READ")]
    public async Task Scope_mismatch_is_not_retried_and_names_the_missing_scope(string pathAndQuery, string method, string scope)
    {
        using var mock = new MockHttpMessageHandler();
        var refresh = mock.RefreshReturns("access-1");
        var refused = mock.When(new HttpMethod(method), ZohoOAuthMock.Api + pathAndQuery).Respond(HttpStatusCode.Unauthorized, "application/json",
            "{\"code\":\"OAUTH_SCOPE_MISMATCH\",\"details\":{},\"message\":\"invalid oauth scope to access this URL\",\"status\":\"error\"}");
        await using var dataSource = Builder(RefreshSettings + "Scope=ZohoCRM.modules.ALL", mock).Build();

        using var request = new HttpRequestMessage(new HttpMethod(method), ZohoOAuthMock.Api + pathAndQuery);
        var error = Assert.ThrowsAsync<ZohoCrmAuthenticationException>(() => dataSource.HttpClient.SendAsync(request));

        Assert.Multiple(() =>
        {
            Assert.That(error!.Code, Is.EqualTo("OAUTH_SCOPE_MISMATCH"));
            Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(error.Message, Does.Contain(scope).And.Contain("'ZohoCRM.modules.ALL'"));
            Assert.That(error.IsTransient, Is.False);
            Assert.That(mock.GetMatchCount(refused), Is.EqualTo(1));
            Assert.That(mock.GetMatchCount(refresh), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Authentication_failure_is_not_retried()
    {
        using var mock = new MockHttpMessageHandler();
        var refresh = mock.RefreshReturns("access-1");
        var refused = mock.ApiRejects("access-1", "{\"code\":\"AUTHENTICATION_FAILURE\",\"details\":{},\"message\":\"Authentication failed\",\"status\":\"error\"}");
        await using var dataSource = Builder(RefreshSettings, mock).Build();

        var error = Assert.ThrowsAsync<ZohoCrmAuthenticationException>(() => dataSource.GetOrgAsync());

        Assert.Multiple(() =>
        {
            Assert.That(error!.Code, Is.EqualTo("AUTHENTICATION_FAILURE"));
            Assert.That(mock.GetMatchCount(refused), Is.EqualTo(1));
            Assert.That(mock.GetMatchCount(refresh), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Other_errors_pass_through_with_their_body_readable()
    {
        using var mock = new MockHttpMessageHandler();
        mock.RefreshReturns("access-1");
        mock.When(ZohoOAuthMock.Api + "/crm/v8/Nope").Respond(HttpStatusCode.BadRequest, "application/json", "{\"code\":\"INVALID_MODULE\",\"details\":{},\"message\":\"m\",\"status\":\"error\"}");
        await using var dataSource = Builder(RefreshSettings, mock).Build();

        using var response = await dataSource.HttpClient.GetAsync(new Uri(ZohoOAuthMock.Api + "/crm/v8/Nope"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("INVALID_MODULE"));
    }

    [Test]
    public async Task Fifty_concurrent_requests_with_an_expired_token_cause_one_token_call()
    {
        using var mock = new MockHttpMessageHandler();
        var store = new ZohoCrmInMemoryTokenStore();
        await store.SaveAsync(OwnKey(), new ZohoCrmToken("expired-access", "refresh-SECRET", Start.AddSeconds(-1)));
        var tokenCallArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tokenAnswer = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var refresh = mock.When(HttpMethod.Post, TokenEndpoint).WithFormData("grant_type", "refresh_token");
        refresh.Respond(async () =>
        {
            tokenCallArrived.TrySetResult();
            await tokenAnswer.Task; // held until every request has asked for a token
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(TokenJson("new-access")) };
        });
        var api = mock.ApiAccepts("new-access");
        await using var dataSource = Builder(RefreshSettings, mock, store: store).Build();

        var first = dataSource.GetOrgAsync();
        await tokenCallArrived.Task.WaitAsync(TimeSpan.FromSeconds(30));
        // The refresh is now in flight. Each further request runs on this thread up to its first wait, which is after it
        // asked for a token: it waits for that refresh, or (were refreshes not shared) makes a token call of its own.
        var others = Enumerable.Range(0, 49).Select(_ => dataSource.GetOrgAsync()).ToList();
        Assert.That(others, Has.None.Property(nameof(Task.IsCompleted)).True, "no request can finish before the token answer");
        tokenAnswer.SetResult();
        var responses = await Task.WhenAll(others.Prepend(first));

        Assert.Multiple(() =>
        {
            Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
            Assert.That(mock.GetMatchCount(refresh), Is.EqualTo(1));
            Assert.That(mock.GetMatchCount(api), Is.EqualTo(50));
        });
    }

    [Test]
    public async Task Fifty_concurrent_requests_refused_as_invalid_token_cause_one_token_call()
    {
        using var mock = new MockHttpMessageHandler();
        var store = new ZohoCrmInMemoryTokenStore();
        await store.SaveAsync(OwnKey(), new ZohoCrmToken("revoked-access", "refresh-SECRET", Start.AddHours(1)));
        var refresh = mock.RefreshReturns("new-access");
        var rejected = mock.ApiRejects("revoked-access");
        var api = mock.ApiAccepts("new-access");
        await using var dataSource = Builder(RefreshSettings, mock, store: store).Build();

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => dataSource.GetOrgAsync())));

        Assert.Multiple(() =>
        {
            Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
            Assert.That(mock.GetMatchCount(refresh), Is.EqualTo(1), "requests refused with the old token find the new one already there");
            Assert.That(mock.GetMatchCount(api), Is.EqualTo(50));
            Assert.That(mock.GetMatchCount(rejected), Is.InRange(1, 50));
        });
    }

    [Test]
    public async Task A_request_for_a_signed_in_user_uses_that_users_token()
    {
        using var mock = new MockHttpMessageHandler();
        var store = new ZohoCrmInMemoryTokenStore();
        await store.SaveAsync(new ZohoCrmTokenKey("1000.CLIENT", "alice@example.com", "com"), new ZohoCrmToken("alice-access", "alice-refresh", Start.AddHours(1)));
        var api = mock.ApiAccepts("alice-access");
        await using var dataSource = Builder(RefreshSettings, mock, store: store).Build();

        using var request = new HttpRequestMessage(HttpMethod.Get, ZohoOAuthMock.Api + "/crm/v8/org");
        request.Options.Set(ZohoCrmOAuthHandler.UserOption, "alice@example.com");
        using var response = await dataSource.HttpClient.SendAsync(request);

        Assert.That(mock.GetMatchCount(api), Is.EqualTo(1));
    }

    [Test]
    public async Task A_user_without_tokens_is_told_to_sign_in_through_the_web_flow()
    {
        using var mock = new MockHttpMessageHandler();
        await using var dataSource = Builder(RefreshSettings, mock).Build();

        using var request = new HttpRequestMessage(HttpMethod.Get, ZohoOAuthMock.Api + "/crm/v8/org");
        request.Options.Set(ZohoCrmOAuthHandler.UserOption, "bob");
        var error = Assert.ThrowsAsync<ZohoCrmAuthorizationRequiredException>(() => dataSource.HttpClient.SendAsync(request));

        Assert.That(error!.Message, Does.Contain("'bob'").And.Contain("ZohoCrmOAuthWebFlow"));
        Assert.That(error.User, Is.EqualTo("bob"));
    }
}

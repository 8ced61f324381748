using System.Net;
using RichardSzalay.MockHttp;
using ZohoCrm.Data.OAuth;
using ZohoCrm.Data.Tests.Support;
using static ZohoCrm.Data.Tests.Support.ZohoOAuthMock;

namespace ZohoCrm.Data.Tests.OAuth;

/// <summary>Signing out revokes the refresh token at Zoho before the local tokens are deleted.</summary>
public class ZohoCrmTokenRevokeTests
{
    private const string RevokeEndpoint = Accounts + "/oauth/v2/token/revoke";
    private const string Refresh = Client + "InitiateOAuth=REFRESH;OAuthRefreshToken=refresh-SECRET;";

    private static readonly ZohoCrmTokenKey Carol = new("1000.CLIENT", "carol", "com");

    [Test]
    public async Task Sign_out_revokes_the_users_refresh_token_then_deletes_the_stored_tokens()
    {
        using var mock = new MockHttpMessageHandler();
        var store = new RecordingTokenStore();
        await store.SaveAsync(Carol, new ZohoCrmToken("carol-access", "carol-refresh", Start.AddHours(1)));
        var revoke = mock.When(HttpMethod.Post, RevokeEndpoint).WithExactQueryString("token=carol-refresh")
            .Respond(_ =>
            {
                // Revoked before the delete: the store still has the tokens when Zoho is called.
                Assert.That(store.Calls, Has.None.StartsWith("delete"));
                return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{\"status\":\"success\"}") };
            });
        await using var dataSource = Builder(Client, mock, store: store).Build();

        await dataSource.WebFlow.SignOutAsync("carol");

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(mock.GetMatchCount(revoke), Is.EqualTo(1));
            Assert.That(await store.GetAsync(Carol), Is.Null);
            Assert.That(store.Calls.Last(c => c != "get carol"), Is.EqualTo("delete carol"));
        });
    }

    [Test]
    public async Task A_refused_revoke_is_reported_and_the_tokens_are_kept_for_another_try()
    {
        using var mock = new MockHttpMessageHandler();
        var store = new RecordingTokenStore();
        await store.SaveAsync(Carol, new ZohoCrmToken("carol-access", "carol-refresh", Start.AddHours(1)));
        mock.When(HttpMethod.Post, RevokeEndpoint)
            .Respond(HttpStatusCode.BadRequest, "application/json", "{\"status\":\"failure\",\"error\":\"invalid_token\"}");
        await using var dataSource = Builder(Client, mock, store: store).Build();

        var error = Assert.ThrowsAsync<ZohoCrmAuthenticationException>(() => dataSource.WebFlow.SignOutAsync("carol"));

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(error!.Code, Is.EqualTo("invalid_token"));
            Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(error.Message, Does.Contain("revoking the refresh token").And.Not.Contain("carol-refresh"));
            Assert.That(store.Calls, Has.None.StartsWith("delete"));
            Assert.That((await store.GetAsync(Carol))?.RefreshToken, Is.EqualTo("carol-refresh"));
        });
    }

    [Test]
    public async Task Asked_to_forget_regardless_an_unreachable_accounts_server_still_deletes_the_tokens_and_reports_the_failure()
    {
        using var mock = new MockHttpMessageHandler();
        var store = new RecordingTokenStore();
        await store.SaveAsync(Carol, new ZohoCrmToken("carol-access", "carol-refresh", Start.AddHours(1)));
        mock.When(HttpMethod.Post, RevokeEndpoint).Throw(new HttpRequestException("Connection refused"));
        await using var dataSource = Builder(Client, mock, store: store).Build();

        var error = Assert.ThrowsAsync<ZohoCrmAuthenticationException>(() => dataSource.WebFlow.SignOutAsync("carol", forgetIfRevokeFails: true));

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(error!.IsTransient, Is.True);
            Assert.That(error.Message, Does.Contain("Connection refused"));
            Assert.That(await store.GetAsync(Carol), Is.Null);
        });
    }

    [Test]
    public async Task Sign_out_of_a_user_without_tokens_calls_nothing_and_succeeds()
    {
        using var mock = new MockHttpMessageHandler();
        var revoke = mock.When(HttpMethod.Post, RevokeEndpoint).Respond("application/json", "{\"status\":\"success\"}");
        await using var dataSource = Builder(Client, mock).Build();

        await dataSource.WebFlow.SignOutAsync("nobody");

        Assert.That(mock.GetMatchCount(revoke), Is.Zero);
    }

    [Test]
    public async Task The_data_source_revokes_its_own_refreshed_token_and_then_needs_a_new_grant()
    {
        using var mock = new MockHttpMessageHandler();
        var refresh = mock.RefreshReturns("fresh-access");
        var revoke = mock.When(HttpMethod.Post, RevokeEndpoint).WithExactQueryString("token=refresh-SECRET")
            .Respond("application/json", "{\"status\":\"success\"}");
        var store = new RecordingTokenStore();
        await using var dataSource = Builder(Refresh, mock, store: store).Build();
        await dataSource.GetApiBaseUriAsync();

        await dataSource.RevokeTokensAsync();

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(mock.GetMatchCount(refresh), Is.EqualTo(1));
            Assert.That(mock.GetMatchCount(revoke), Is.EqualTo(1));
            Assert.That(await store.GetAsync(OwnKey()), Is.Null);
        });
    }

    [Test]
    public async Task A_revoke_answer_that_is_not_success_is_a_failure_even_with_http_200()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When(HttpMethod.Post, RevokeEndpoint).Respond("application/json", "{\"error\":\"invalid_client\"}");
        var store = new RecordingTokenStore();
        await using var dataSource = Builder(Refresh, mock, store: store).Build();

        var error = Assert.ThrowsAsync<ZohoCrmAuthenticationException>(() => dataSource.RevokeTokensAsync());

        Assert.That(error!.Code, Is.EqualTo("invalid_client"));
    }
}

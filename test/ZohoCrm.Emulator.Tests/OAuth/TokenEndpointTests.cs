using System.Net;
using System.Text.Json.Nodes;
using ZohoCrm.Emulator.Tests.Hosting;

namespace ZohoCrm.Emulator.Tests.OAuth;

public class TokenEndpointTests
{
    private EmulatorHarness _emu = null!;

    [OneTimeSetUp]
    public async Task Start() => _emu = await EmulatorHarness.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _emu.DisposeAsync();

    [SetUp]
    public void Restore() => _emu.Restore();

    private Dictionary<string, string> RefreshForm() => new()
    {
        ["grant_type"] = "refresh_token",
        ["client_id"] = _emu.Emulator.ClientId,
        ["client_secret"] = _emu.Emulator.ClientSecret,
        ["refresh_token"] = _emu.Emulator.RefreshToken,
    };

    [Test]
    public async Task Refresh_grant_returns_a_bearer_access_token_whose_api_domain_is_the_emulator_base_url()
    {
        using var response = await _emu.Http.PostAsync("/oauth/v2/token", new FormUrlEncodedContent(RefreshForm()));
        var json = await EmulatorHarness.JsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        Assert.That(json.Select(p => p.Key), Is.EqualTo(new[] { "access_token", "scope", "api_domain", "token_type", "expires_in" }));
        Assert.That(json["access_token"]!.GetValue<string>(), Does.Match(@"^1000\.[0-9a-f]{32}\.[0-9a-f]{32}$"));
        Assert.That(json["api_domain"]!.GetValue<string>(), Is.EqualTo(_emu.Emulator.BaseUrl));
        Assert.That(json["api_domain"]!.GetValue<string>(), Does.Not.EndWith("/"));
        Assert.That(json["token_type"]!.GetValue<string>(), Is.EqualTo("Bearer"));
        Assert.That(json["expires_in"]!.GetValue<int>(), Is.EqualTo(3600));
        Assert.That(json["scope"]!.GetValue<string>().Split(' '), Does.Contain("ZohoCRM.modules.ALL").And.Contain("ZohoSearch.securesearch.READ"));
    }

    [Test]
    public async Task Expires_in_follows_the_token_lifetime_setting()
    {
        _emu.Emulator.Settings.TokenLifetimeSeconds = 120;
        var json = await _emu.PostTokenAsync(RefreshForm());
        Assert.That(json["expires_in"]!.GetValue<int>(), Is.EqualTo(120));
    }

    [TestCase("query")]
    [TestCase("form")]
    [TestCase("multipart")]
    public async Task Parameters_are_read_from_query_string_form_body_or_multipart(string where)
    {
        var form = RefreshForm();
        HttpResponseMessage response = where switch
        {
            "query" => await _emu.Http.PostAsync("/oauth/v2/token?" + string.Join("&", form.Select(p => p.Key + "=" + Uri.EscapeDataString(p.Value))), null),
            "form" => await _emu.Http.PostAsync("/oauth/v2/token", new FormUrlEncodedContent(form)),
            _ => await _emu.Http.PostAsync("/oauth/v2/token", Multipart(form)),
        };
        using (response)
        {
            var json = await EmulatorHarness.JsonAsync(response);
            Assert.That(json.ContainsKey("access_token"), Is.True, json.ToJsonString());
        }
    }

    private static MultipartFormDataContent Multipart(Dictionary<string, string> form)
    {
        var content = new MultipartFormDataContent();
        foreach (var (key, value) in form)
        {
            content.Add(new StringContent(value), key);
        }

        return content;
    }

    [TestCase("client_id", "1000.NOSUCHCLIENT", "invalid_client")]
    [TestCase("client_secret", "wrong", "invalid_client_secret")]
    [TestCase("refresh_token", "1000.unknown.token", "invalid_code")]
    [TestCase("grant_type", "password", "unsupported_grant_type")]
    public async Task Refused_grants_answer_an_error_object_with_http_200(string parameter, string value, string error)
    {
        var form = RefreshForm();
        form[parameter] = value;
        using var response = await _emu.Http.PostAsync("/oauth/v2/token", new FormUrlEncodedContent(form));
        var json = await EmulatorHarness.JsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(json.ToJsonString(), Is.EqualTo(new JsonObject { ["error"] = error }.ToJsonString()));
    }

    [Test]
    public async Task Authorization_code_grant_with_offline_access_returns_a_refresh_token_that_works()
    {
        var code = await _emu.AuthorizeAsync("ZohoCRM.modules.ALL,ZohoCRM.coql.READ", "offline", prompt: "consent");
        var json = await _emu.PostTokenAsync(new()
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = _emu.Emulator.ClientId,
            ["client_secret"] = _emu.Emulator.ClientSecret,
            ["redirect_uri"] = "http://127.0.0.1:9/cb",
            ["code"] = code,
        });

        Assert.That(json.Select(p => p.Key), Is.EqualTo(new[] { "access_token", "refresh_token", "scope", "api_domain", "token_type", "expires_in" }));
        Assert.That(json["scope"]!.GetValue<string>(), Is.EqualTo("ZohoCRM.modules.ALL ZohoCRM.coql.READ"));
        var refreshed = await _emu.PostTokenAsync(new()
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = _emu.Emulator.ClientId,
            ["client_secret"] = _emu.Emulator.ClientSecret,
            ["refresh_token"] = json["refresh_token"]!.GetValue<string>(),
        });
        Assert.That(refreshed["access_token"]?.GetValue<string>(), Is.Not.Null.And.Not.EqualTo(json["access_token"]!.GetValue<string>()));
    }

    [Test]
    public async Task Online_access_returns_no_refresh_token()
    {
        var code = await _emu.AuthorizeAsync("ZohoCRM.modules.ALL", "online");
        var json = await ExchangeAsync(code);
        Assert.That(json.ContainsKey("access_token"), Is.True);
        Assert.That(json.ContainsKey("refresh_token"), Is.False);
    }

    [Test]
    public async Task A_repeated_offline_consent_gets_a_refresh_token_only_with_prompt_consent()
    {
        // The client already holds the emulator's default refresh token, so it has consented before.
        var again = await ExchangeAsync(await _emu.AuthorizeAsync("ZohoCRM.modules.ALL", "offline"));
        var forced = await ExchangeAsync(await _emu.AuthorizeAsync("ZohoCRM.modules.ALL", "offline", prompt: "consent"));

        Assert.That(again.ContainsKey("refresh_token"), Is.False);
        Assert.That(forced.ContainsKey("refresh_token"), Is.True);
    }

    [Test]
    public async Task A_grant_code_is_single_use()
    {
        var code = await _emu.AuthorizeAsync("ZohoCRM.modules.ALL", "online");
        var first = await ExchangeAsync(code);
        var second = await ExchangeAsync(code);

        Assert.That(first.ContainsKey("access_token"), Is.True);
        Assert.That(second["error"]?.GetValue<string>(), Is.EqualTo("invalid_code"));
    }

    [Test]
    public async Task A_grant_code_expires_after_two_minutes_of_emulator_time()
    {
        var fresh = await _emu.AuthorizeAsync("ZohoCRM.modules.ALL", "online");
        var stale = await _emu.AuthorizeAsync("ZohoCRM.modules.ALL", "online");
        _emu.Emulator.Clock.Advance(TimeSpan.FromSeconds(119));
        var inTime = await ExchangeAsync(fresh);
        _emu.Emulator.Clock.Advance(TimeSpan.FromSeconds(2));
        var late = await ExchangeAsync(stale);

        Assert.That(inTime.ContainsKey("access_token"), Is.True);
        Assert.That(late["error"]?.GetValue<string>(), Is.EqualTo("invalid_code"));
    }

    [Test]
    public async Task The_redirect_uri_of_the_exchange_must_be_the_one_consented_to()
    {
        var code = await _emu.AuthorizeAsync("ZohoCRM.modules.ALL", "online", redirectUri: "http://localhost:7000/callback");
        var json = await _emu.PostTokenAsync(new()
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = _emu.Emulator.ClientId,
            ["client_secret"] = _emu.Emulator.ClientSecret,
            ["redirect_uri"] = "http://localhost:7001/callback",
            ["code"] = code,
        });
        Assert.That(json["error"]?.GetValue<string>(), Is.EqualTo("invalid_redirect_uri"));
    }

    [Test]
    public async Task Client_credentials_with_the_org_soid_return_an_access_token_only()
    {
        var oauth = (ZohoCrm.Emulator.Domain.OAuth.OAuthServer)_emu.Emulator.Services.GetService(typeof(ZohoCrm.Emulator.Domain.OAuth.OAuthServer))!;
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = _emu.Emulator.ClientId,
            ["client_secret"] = _emu.Emulator.ClientSecret,
            ["scope"] = "ZohoCRM.modules.ALL",
            ["soid"] = oauth.ServiceOrgId,
        };
        var granted = await _emu.PostTokenAsync(form);
        form.Remove("soid");
        var withoutSoid = await _emu.PostTokenAsync(form);

        Assert.That(granted.ContainsKey("access_token"), Is.True, granted.ToJsonString());
        Assert.That(granted.ContainsKey("refresh_token"), Is.False);
        Assert.That(granted["scope"]!.GetValue<string>(), Is.EqualTo("ZohoCRM.modules.ALL"));
        Assert.That(withoutSoid.ToJsonString(), Is.EqualTo("""{"error":"missing_org_info"}"""));
    }

    [Test]
    public async Task Minting_more_access_tokens_than_the_limit_in_ten_minutes_is_throttled_until_the_window_passes()
    {
        _emu.Emulator.Settings.TokenMintLimit = 3;
        for (var i = 0; i < 3; i++)
        {
            Assert.That((await _emu.PostTokenAsync(RefreshForm())).ContainsKey("access_token"), Is.True);
        }

        using var throttled = await _emu.Http.PostAsync("/oauth/v2/token", new FormUrlEncodedContent(RefreshForm()));
        var body = await EmulatorHarness.JsonAsync(throttled);
        Assert.That(body["error"]!.GetValue<string>(), Is.EqualTo("Access Denied"));
        Assert.That(body["error_description"]!.GetValue<string>(), Is.EqualTo("You have made too many requests continuously. Please try again after some time."));
        Assert.That(body["status"]!.GetValue<string>(), Is.EqualTo("failure"));

        _emu.Emulator.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.That((await _emu.PostTokenAsync(RefreshForm())).ContainsKey("access_token"), Is.True);
    }

    [Test]
    public async Task Revoking_a_refresh_token_ends_it_and_its_access_tokens()
    {
        var access = await _emu.AccessTokenAsync();
        using var revoke = await _emu.Http.PostAsync("/oauth/v2/token/revoke?token=" + Uri.EscapeDataString(_emu.Emulator.RefreshToken), null);
        var refreshAfter = await _emu.PostTokenAsync(RefreshForm());
        using var call = await _emu.SendAsync(HttpMethod.Get, "/crm/v8/Probe", access);

        Assert.That((await EmulatorHarness.JsonAsync(revoke))["status"]!.GetValue<string>(), Is.EqualTo("success"));
        Assert.That(refreshAfter["error"]?.GetValue<string>(), Is.EqualTo("invalid_code"));
        await EmulatorHarness.AssertZohoErrorAsync(call, 401, "INVALID_TOKEN");
    }

    [Test]
    public async Task Revoking_an_unknown_token_answers_400()
    {
        using var revoke = await _emu.Http.PostAsync("/oauth/v2/token/revoke?token=1000.nope", null);
        Assert.That(revoke.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await EmulatorHarness.JsonAsync(revoke))["error"]!.GetValue<string>(), Is.EqualTo("invalid_token"));
    }

    private Task<JsonObject> ExchangeAsync(string code) => _emu.PostTokenAsync(new()
    {
        ["grant_type"] = "authorization_code",
        ["client_id"] = _emu.Emulator.ClientId,
        ["client_secret"] = _emu.Emulator.ClientSecret,
        ["code"] = code,
    });
}

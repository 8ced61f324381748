using System.Net;
using ZohoCrm.Emulator.Tests.Hosting;

namespace ZohoCrm.Emulator.Tests.OAuth;

public class ConsentPageTests
{
    private EmulatorHarness _emu = null!;

    [OneTimeSetUp]
    public async Task Start() => _emu = await EmulatorHarness.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _emu.DisposeAsync();

    [SetUp]
    public void Restore() => _emu.Restore();

    private string AuthUrl(string redirectUri = "http://localhost:8123/cb", string? clientId = null, string responseType = "code") =>
        $"/oauth/v2/auth?scope=ZohoCRM.modules.ALL,ZohoCRM.coql.READ&client_id={clientId ?? _emu.Emulator.ClientId}&response_type={responseType}"
        + $"&access_type=offline&redirect_uri={Uri.EscapeDataString(redirectUri)}&state=s%26tate%3C1%3E";

    [Test]
    public async Task The_consent_page_is_an_html_form_that_carries_the_request()
    {
        using var response = await _emu.Http.GetAsync(AuthUrl());
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
        Assert.That(html, Does.Contain("<form method=\"post\" action=\"/oauth/v2/auth\">"));
        Assert.That(html, Does.Contain("<li>ZohoCRM.coql.READ</li>"));
        Assert.That(html, Does.Contain("name=\"state\" value=\"s&amp;tate&lt;1&gt;\""), "state is echoed, HTML-encoded");
        Assert.That(html, Does.Contain("name=\"redirect_uri\" value=\"http://localhost:8123/cb\""));
        Assert.That(html, Does.Contain("name=\"approve\" value=\"true\""));
    }

    [Test]
    public async Task Approving_the_form_redirects_with_code_state_location_and_accounts_server()
    {
        using var response = await _emu.Http.PostAsync("/oauth/v2/auth", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = _emu.Emulator.ClientId,
            ["redirect_uri"] = "http://localhost:8123/cb",
            ["scope"] = "ZohoCRM.modules.ALL",
            ["response_type"] = "code",
            ["access_type"] = "offline",
            ["state"] = "xyz",
            ["approve"] = "true",
        }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var location = response.Headers.Location!;
        Assert.That(location.GetLeftPart(UriPartial.Path), Is.EqualTo("http://localhost:8123/cb"));
        var query = EmulatorHarness.QueryOf(location);
        Assert.That(query["state"], Is.EqualTo("xyz"));
        Assert.That(query["location"], Is.EqualTo("us"));
        Assert.That(query["accounts-server"], Is.EqualTo(_emu.Emulator.BaseUrl));
        Assert.That(query["code"], Does.StartWith("1000."));
    }

    [Test]
    public async Task A_standard_user_chosen_on_the_consent_page_gets_tokens_acting_as_them_with_their_profile()
    {
        var daniel = _emu.Emulator.Domain.Schema.Users.Single(u => u.FullName == "Daniel Okafor");
        using (var page = await _emu.Http.GetAsync(AuthUrl()))
        {
            Assert.That(await page.Content.ReadAsStringAsync(), Does.Contain($"<option value=\"{daniel.Id}\">Daniel Okafor (Standard profile, no access to Deals)</option>"));
        }

        using var consent = await _emu.Http.PostAsync("/oauth/v2/auth", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = _emu.Emulator.ClientId,
            ["redirect_uri"] = "http://localhost:8123/cb",
            ["scope"] = "ZohoCRM.modules.ALL,ZohoCRM.coql.READ,ZohoCRM.users.READ",
            ["response_type"] = "code",
            ["access_type"] = "offline",
            ["user"] = daniel.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["approve"] = "true",
        }));
        var tokens = await _emu.PostTokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = _emu.Emulator.ClientId,
            ["client_secret"] = _emu.Emulator.ClientSecret,
            ["redirect_uri"] = "http://localhost:8123/cb",
            ["code"] = EmulatorHarness.QueryOf(consent.Headers.Location!)["code"],
        });
        var token = tokens["access_token"]!.GetValue<string>();
        Assert.That(tokens["refresh_token"], Is.Not.Null, "the user's first consent for this client");

        using var me = await _emu.SendAsync(HttpMethod.Get, "/crm/v8/users?type=CurrentUser", token);
        using var leads = await _emu.SendAsync(HttpMethod.Get, "/crm/v8/Leads?fields=Last_Name&per_page=1", token);
        using var deals = await _emu.SendAsync(HttpMethod.Get, "/crm/v8/Deals?fields=Deal_Name&per_page=1", token);
        using var dealsByCoql = await _emu.SendAsync(HttpMethod.Post, "/crm/v8/coql", token,
            body: """{"select_query":"select Deal_Name from Deals where id is not null limit 1"}""");

        Assert.That(await me.Content.ReadAsStringAsync(), Does.Contain($"\"id\":\"{daniel.Id}\""), "CurrentUser is the token's user");
        Assert.That(leads.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(deals.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await deals.Content.ReadAsStringAsync(), Does.Contain("\"NO_PERMISSION\"").And.Contain("Crm_Implied_View_Deals"));
        Assert.That(dealsByCoql.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "COQL checks the modules of its query");

        // What the user writes is theirs.
        using var insert = await _emu.SendAsync(HttpMethod.Post, "/crm/v8/Leads", token, body: """{"data":[{"Last_Name":"Written by Daniel"}]}""");
        Assert.That(insert.StatusCode, Is.EqualTo(HttpStatusCode.Created), await insert.Content.ReadAsStringAsync());
        var written = _emu.Emulator.Domain.Records.Scan("Leads").Single(r => Equals(r["Last_Name"], "Written by Daniel"));
        Assert.That(new[] { written["Owner"], written["Created_By"], written["Modified_By"] }, Is.All.EqualTo(daniel.Id));

        // The administrator's token still reads Deals.
        using var adminDeals = await _emu.SendAsync(HttpMethod.Get, "/crm/v8/Deals?fields=Deal_Name&per_page=1", await _emu.AccessTokenAsync());
        Assert.That(adminDeals.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Rejecting_the_form_redirects_with_access_denied()
    {
        using var response = await _emu.Http.PostAsync("/oauth/v2/auth", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = _emu.Emulator.ClientId,
            ["redirect_uri"] = "http://localhost:8123/cb",
            ["scope"] = "ZohoCRM.modules.ALL",
            ["response_type"] = "code",
            ["state"] = "xyz",
            ["approve"] = "false",
        }));

        var query = EmulatorHarness.QueryOf(response.Headers.Location!);
        Assert.That(query, Does.ContainKey("error").WithValue("access_denied"));
        Assert.That(query, Does.ContainKey("state").WithValue("xyz"));
        Assert.That(query, Does.Not.ContainKey("code"));
    }

    [Test]
    public async Task Auto_approve_redirects_at_once()
    {
        _emu.Emulator.Settings.AutoApprove = true;
        using var response = await _emu.Http.GetAsync(AuthUrl());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var query = EmulatorHarness.QueryOf(response.Headers.Location!);
        Assert.That(query["code"], Does.StartWith("1000."));
        Assert.That(query["state"], Is.EqualTo("s&tate<1>"));
    }

    [Test]
    public async Task The_configured_redirect_uri_and_any_loopback_uri_are_accepted()
    {
        foreach (var uri in new[] { _emu.Emulator.RedirectUri, "http://127.0.0.1:50123/anything", "https://localhost/x", "http://[::1]:4000/cb" })
        {
            using var response = await _emu.Http.GetAsync(AuthUrl(uri));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), uri);
        }
    }

    [TestCase("unknown-client", "http://localhost:1/cb", "code", "invalid_client")]
    [TestCase(null, "https://evil.example/cb", "code", "invalid_redirect_uri")]
    [TestCase(null, "http://localhost:1/cb", "token", "unsupported_response_type")]
    public async Task A_bad_authorization_request_shows_an_error_page_naming_the_problem(string? clientId, string redirectUri, string responseType, string error)
    {
        using var response = await _emu.Http.GetAsync(AuthUrl(redirectUri, clientId, responseType));
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(html, Does.Contain("<h1>" + error + "</h1>"));
        Assert.That(response.Headers.Location, Is.Null, "never redirects to an unverified URI");
    }

    [Test]
    public async Task A_scope_that_is_not_a_zoho_scope_shows_an_error_page()
    {
        using var response = await _emu.Http.GetAsync(
            $"/oauth/v2/auth?scope=everything&client_id={_emu.Emulator.ClientId}&response_type=code&redirect_uri=http://localhost/cb");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("invalid_scope"));
    }
}

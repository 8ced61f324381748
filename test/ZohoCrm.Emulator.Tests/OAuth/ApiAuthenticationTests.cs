using System.Net;
using ZohoCrm.Emulator.Tests.Hosting;

namespace ZohoCrm.Emulator.Tests.OAuth;

public class ApiAuthenticationTests
{
    private EmulatorHarness _emu = null!;

    [OneTimeSetUp]
    public async Task Start() => _emu = await EmulatorHarness.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _emu.DisposeAsync();

    [SetUp]
    public void Restore() => _emu.Restore();

    [Test]
    public async Task A_valid_zoho_oauthtoken_reaches_the_endpoint()
    {
        using var response = await _emu.SendAsync(HttpMethod.Get, "/crm/v8/Probe", await _emu.AccessTokenAsync());
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("Zoho-oauthtoken")]
    [TestCase("Zoho-oauthtoken ")]
    [TestCase("1000.abc.def")]
    [TestCase("Basic dXNlcjpwYXNz")]
    [TestCase("Zoho-oauthtoken a b")]
    public async Task A_missing_or_garbled_header_is_authentication_failure(string? header)
    {
        using var response = await _emu.SendAsync(HttpMethod.Get, "/crm/v8/Probe", token: null, authorization: header);
        await EmulatorHarness.AssertZohoErrorAsync(response, 401, "AUTHENTICATION_FAILURE", "Authentication failed");
    }

    [Test]
    public async Task Bearer_is_refused_when_strict_and_accepted_when_lenient()
    {
        var token = await _emu.AccessTokenAsync();
        using var strict = await _emu.SendAsync(HttpMethod.Get, "/crm/v8/Probe", null, "Bearer " + token);
        _emu.Emulator.Settings.Strict = false;
        using var lenient = await _emu.SendAsync(HttpMethod.Get, "/crm/v8/Probe", null, "Bearer " + token);

        await EmulatorHarness.AssertZohoErrorAsync(strict, 401, "AUTHENTICATION_FAILURE");
        Assert.That(lenient.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task An_unknown_token_is_invalid_token()
    {
        using var response = await _emu.SendAsync(HttpMethod.Get, "/crm/v8/Probe", "1000.00000000000000000000000000000000.00000000000000000000000000000000");
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(body, Is.EqualTo("""{"code":"INVALID_TOKEN","details":{},"message":"invalid oauth token","status":"error"}"""));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task A_token_expires_when_the_emulator_clock_passes_its_lifetime()
    {
        var token = await _emu.AccessTokenAsync();
        _emu.Emulator.Clock.Advance(TimeSpan.FromSeconds(3599));
        using var before = await _emu.SendAsync(HttpMethod.Get, "/crm/v8/Probe", token);
        _emu.Emulator.Clock.Advance(TimeSpan.FromSeconds(1));
        using var after = await _emu.SendAsync(HttpMethod.Get, "/crm/v8/Probe", token);

        Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await EmulatorHarness.AssertZohoErrorAsync(after, 401, "INVALID_TOKEN", "invalid oauth token");
    }

    [Test]
    public async Task A_revoked_access_token_is_invalid_token()
    {
        var token = await _emu.AccessTokenAsync();
        using var revoke = await _emu.Http.PostAsync("/oauth/v2/token/revoke?token=" + token, null);
        using var response = await _emu.SendAsync(HttpMethod.Get, "/crm/v8/Probe", token);
        await EmulatorHarness.AssertZohoErrorAsync(response, 401, "INVALID_TOKEN");
    }

    [Test]
    public async Task Authentication_comes_before_everything_else_under_crm()
    {
        using var response = await _emu.SendAsync(HttpMethod.Get, "/crm/v8/no/such/route", token: null);
        await EmulatorHarness.AssertZohoErrorAsync(response, 401, "AUTHENTICATION_FAILURE");
    }
}

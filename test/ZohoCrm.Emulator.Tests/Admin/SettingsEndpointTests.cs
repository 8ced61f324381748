using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ZohoCrm.Emulator.Tests.Hosting;

namespace ZohoCrm.Emulator.Tests.Admin;

public class SettingsEndpointTests
{
    private EmulatorHarness _emu = null!;

    [OneTimeSetUp]
    public async Task Start() => _emu = await EmulatorHarness.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _emu.DisposeAsync();

    [SetUp]
    public void Restore() => _emu.Restore();

    private async Task<HttpResponseMessage> PutAsync(string json) =>
        await _emu.Http.PutAsync("/_emulator/settings", new StringContent(json, Encoding.UTF8, "application/json"));

    [Test]
    public async Task Get_lists_every_knob_with_its_default()
    {
        using var response = await _emu.Http.GetAsync("/_emulator/settings");
        var json = await EmulatorHarness.JsonAsync(response);

        Assert.That(json["searchLagSeconds"]!.GetValue<int>(), Is.EqualTo(210));
        Assert.That(json["coqlLagSeconds"]!.GetValue<int>(), Is.EqualTo(0));
        Assert.That(json["tokenLifetimeSeconds"]!.GetValue<int>(), Is.EqualTo(3600));
        Assert.That(json["selectColumnCap"]!.GetValue<int>(), Is.EqualTo(50));
        Assert.That(json["edition"]!.GetValue<string>(), Is.EqualTo("enterprise"));
        Assert.That(json["strict"]!.GetValue<bool>(), Is.True);
        Assert.That(json["autoApprove"]!.GetValue<bool>(), Is.False);
        Assert.That(json["faults"], Is.InstanceOf<JsonArray>());
        Assert.That(json.ContainsKey("faultSeed"), Is.True);
        Assert.That(json.ContainsKey("apiDomain"), Is.True);
        Assert.That(json["apiDomain"], Is.Null);
    }

    [Test]
    public async Task ApiDomain_is_the_api_domain_token_responses_name()
    {
        Assert.That((await _emu.PostTokenAsync(RefreshForm()))["api_domain"]!.GetValue<string>(), Is.EqualTo(_emu.Emulator.BaseUrl));

        using var response = await PutAsync("""{"apiDomain":"https://www.zohoapis.eu"}""");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That((await _emu.PostTokenAsync(RefreshForm()))["api_domain"]!.GetValue<string>(), Is.EqualTo("https://www.zohoapis.eu"));
    }

    private Dictionary<string, string> RefreshForm() => new()
    {
        ["grant_type"] = "refresh_token",
        ["client_id"] = _emu.Emulator.ClientId,
        ["client_secret"] = _emu.Emulator.ClientSecret,
        ["refresh_token"] = _emu.Emulator.RefreshToken,
    };

    [Test]
    public async Task A_partial_put_changes_only_the_named_settings_and_the_live_emulator_sees_them()
    {
        using var response = await PutAsync("""{"searchLagSeconds":0,"edition":"free"}""");
        var json = await EmulatorHarness.JsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(json["searchLagSeconds"]!.GetValue<int>(), Is.EqualTo(0));
        Assert.That(json["tokenLifetimeSeconds"]!.GetValue<int>(), Is.EqualTo(3600));
        Assert.That(_emu.Emulator.Settings.SearchLagSeconds, Is.EqualTo(0));
        Assert.That(_emu.Emulator.Settings.Edition, Is.EqualTo("free"));
        Assert.That(_emu.Emulator.Settings.SelectColumnCap, Is.EqualTo(50));
    }

    [Test]
    public async Task Fault_rules_are_set_through_the_settings()
    {
        using var response = await PutAsync("""{"faults":[{"path":"/crm/v8/coql","errorRate":0.25,"latencyMs":5}],"faultSeed":7}""");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var rule = _emu.Emulator.Settings.Faults.Single();
        Assert.That(rule.Path, Is.EqualTo("/crm/v8/coql"));
        Assert.That(rule.ErrorRate, Is.EqualTo(0.25));
        Assert.That(rule.LatencyMs, Is.EqualTo(5));
        Assert.That(_emu.Emulator.Settings.FaultSeed, Is.EqualTo(7));
    }

    [TestCase("""{"searchLag":0}""", "'searchLag' is not an emulator setting")]
    [TestCase("""{"tokenLifetimeSeconds":"soon"}""", "tokenLifetimeSeconds")]
    [TestCase("""{"tokenLifetimeSeconds":0}""", "'tokenLifetimeSeconds' must be positive")]
    [TestCase("""{"edition":"gold"}""", "'edition' must be one of free, standard, professional, enterprise, ultimate")]
    [TestCase("""{"faults":[{"errorRate":2}]}""", "'errorRate' must be between 0 and 1")]
    [TestCase("""{"faults":[{"eror":1}]}""", "eror")]
    [TestCase("""{"apiDomain":"www.zohoapis.eu"}""", "'apiDomain' must be an absolute http or https URL")]
    [TestCase("""{"apiDomain":"ftp://127.0.0.1"}""", "'apiDomain' must be an absolute http or https URL")]
    [TestCase("""[1]""", "must be a JSON object")]
    [TestCase("""{nope""", "not valid JSON")]
    public async Task Bad_settings_are_refused_naming_what_is_wrong_and_change_nothing(string body, string named)
    {
        using var response = await PutAsync(body);
        var text = await response.Content.ReadAsStringAsync();

        await EmulatorHarness.AssertZohoErrorAsync(response, 400, "INVALID_DATA");
        Assert.That(text, Does.Contain(named));
        Assert.That(_emu.Emulator.Settings.TokenLifetimeSeconds, Is.EqualTo(3600));
        Assert.That(_emu.Emulator.Settings.Edition, Is.EqualTo("enterprise"));
        Assert.That(_emu.Emulator.Settings.Faults, Is.Empty);
    }
}

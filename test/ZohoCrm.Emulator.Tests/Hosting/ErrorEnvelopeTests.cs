using System.Net;
using ZohoCrm.Emulator.Tests.Hosting;

namespace ZohoCrm.Emulator.Tests.Hosting;

public class ErrorEnvelopeTests
{
    private EmulatorHarness _emu = null!;
    private string _token = null!;

    [OneTimeSetUp]
    public async Task Start() => _emu = await EmulatorHarness.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _emu.DisposeAsync();

    [SetUp]
    public async Task Restore()
    {
        _emu.Restore();
        _token = await _emu.AccessTokenAsync();
    }

    [Test]
    public async Task A_zoho_api_exception_becomes_its_status_code_and_details()
    {
        using var response = await _emu.SendAsync(HttpMethod.Get, "/crm/v8/Probe/zoho-error", _token);
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo(
            """{"code":"INVALID_MODULE","details":{"resource_path_index":0},"message":"the module name given seems to be invalid","status":"error"}"""));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task An_unexpected_exception_is_500_internal_error_without_any_internals()
    {
        using var response = await _emu.SendAsync(HttpMethod.Get, "/crm/v8/Probe/crash", _token);
        var body = await response.Content.ReadAsStringAsync();
        await EmulatorHarness.AssertZohoErrorAsync(response, 500, "INTERNAL_ERROR", "Internal Server Error");
        Assert.That(body, Does.Not.Contain("secret internal detail").And.Not.Contain("   at "));
    }

    [TestCase("/crm/v8/Probe/no/such/route")]
    [TestCase("/crm/v9/Leads")]
    [TestCase("/crm/v8")]
    public async Task An_unknown_route_under_crm_is_404_invalid_url_pattern(string path)
    {
        using var response = await _emu.SendAsync(HttpMethod.Get, path, _token);
        await EmulatorHarness.AssertZohoErrorAsync(response, 404, "INVALID_URL_PATTERN", "Please check if the URL trying to access is a correct one");
    }

    [Test]
    public async Task A_wrong_method_is_400_invalid_request_method()
    {
        using var response = await _emu.SendAsync(HttpMethod.Patch, "/crm/v8/Probe/search", _token);
        await EmulatorHarness.AssertZohoErrorAsync(response, 400, "INVALID_REQUEST_METHOD", "The http request method type is not a valid one");
    }

    [Test]
    public async Task A_wrong_method_on_the_token_endpoint_is_invalid_request_method_too()
    {
        using var response = await _emu.Http.GetAsync("/oauth/v2/token");
        await EmulatorHarness.AssertZohoErrorAsync(response, 400, "INVALID_REQUEST_METHOD");
    }

    [Test]
    public async Task Query_strings_may_carry_raw_parentheses_colons_commas_and_a_trailing_ampersand()
    {
        // Exactly what the Node.js SDK sends: encodeURI leaves ( ) : , @ raw, and every parameter ends with '&'.
        using var response = await _emu.SendAsync(HttpMethod.Get,
            "/crm/v8/Probe/echo?criteria=((Last_Name:equals:Smith%201)and(Email:starts_with:a@x.com))&fields=Last_Name,Email&page=1&", _token);
        var json = await EmulatorHarness.JsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(json["criteria"]!.GetValue<string>(), Is.EqualTo("((Last_Name:equals:Smith 1)and(Email:starts_with:a@x.com))"));
        Assert.That(json["fields"]!.GetValue<string>(), Is.EqualTo("Last_Name,Email"));
        Assert.That(json.Select(p => p.Key), Is.EquivalentTo(new[] { "criteria", "fields", "page" }));
    }
}

using System.Net;
using System.Text.Json.Nodes;
using ZohoCrm.Emulator.Tests.Coql;
using ZohoCrm.Emulator.Tests.Hosting;

namespace ZohoCrm.Emulator.Tests.Search;

/// <summary><c>GET /crm/v8/{module}/search</c> and <c>actions/count</c> over real HTTP, with the SDKs' query strings.</summary>
public class SearchHttpTests
{
    private EmulatorHarness _emu = null!;
    private string _token = null!;

    [OneTimeSetUp]
    public async Task Start() => _emu = await EmulatorHarness.StartAsync(o => o.LeadCount = 500);

    [OneTimeTearDown]
    public async Task Stop() => await _emu.DisposeAsync();

    [SetUp]
    public async Task Restore()
    {
        _emu.Restore();
        _token = await _emu.AccessTokenAsync();
    }

    private Task<HttpResponseMessage> GetAsync(string pathAndQuery) => _emu.SendAsync(HttpMethod.Get, pathAndQuery, _token);

    private ZohoCrm.Emulator.Domain.Records.StoredRecord ALeadWithEmail() =>
        _emu.Emulator.Domain.Records.Scan("Leads").First(r => r["Email"] is string && r["Last_Name"] is string);

    [Test]
    public async Task Raw_criteria_with_a_trailing_ampersand_finds_the_record()
    {
        var lead = ALeadWithEmail();
        using var response = await GetAsync($"/crm/v8/Leads/search?criteria=((Email:equals:{lead["Email"]})and(Last_Name:equals:{Uri.EscapeDataString((string)lead["Last_Name"]!)}))&page=1&per_page=200&");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var json = await EmulatorHarness.JsonAsync(response);
        Assert.That(json["data"]!.AsArray().Select(r => (string)r!["id"]!), Does.Contain(lead.Id.ToString()));
        Assert.That(json["info"]!.AsObject().Select(p => p.Key), Is.EqualTo(new[] { "per_page", "count", "page", "sort_by", "sort_order", "more_records" }));
    }

    [Test]
    public async Task Form_encoded_criteria_and_fields_work_too()
    {
        var lead = ALeadWithEmail();
        var criteria = Uri.EscapeDataString($"(Email:equals:{lead["Email"]})").Replace("%20", "+");
        using var response = await GetAsync($"/crm/v8/Leads/search?criteria={criteria}&fields=Last_Name%2CEmail");

        var json = await EmulatorHarness.JsonAsync(response);
        Assert.That(json["data"]![0]!.AsObject().Select(p => p.Key), Is.EqualTo(new[] { "Last_Name", "Email", "id" }));
    }

    [Test]
    public async Task Nothing_found_is_204_with_an_empty_body()
    {
        using var response = await GetAsync("/crm/v8/Leads/search?word=qqxxzzqqxxzz");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.Empty);
    }

    [Test]
    public async Task No_search_parameter_is_expected_param_missing()
    {
        using var response = await GetAsync("/crm/v8/Leads/search?page=1");

        await EmulatorHarness.AssertZohoErrorAsync(response, 400, "EXPECTED_PARAM_MISSING", "mandatory param missing");
    }

    [Test]
    public async Task A_bad_criterion_names_the_field()
    {
        using var response = await GetAsync("/crm/v8/Leads/search?criteria=(Nope:equals:x)");

        await EmulatorHarness.AssertZohoErrorAsync(response, 400, "INVALID_QUERY", "invalid query formed");
    }

    [Test]
    public async Task Past_the_2000th_record_is_limit_reached()
    {
        using var response = await GetAsync("/crm/v8/Leads/search?word=example&page=11&per_page=200");

        await EmulatorHarness.AssertZohoErrorAsync(response, 400, "LIMIT_REACHED", "Maximum response iteration limit reached");
    }

    [Test]
    public async Task Count_reports_every_record_or_those_matching()
    {
        var records = _emu.Emulator.Domain.Records;
        using (var all = await GetAsync("/crm/v8/Leads/actions/count"))
        {
            Assert.That(QueryTestOrg.Text(await EmulatorHarness.JsonAsync(all)), Is.EqualTo($$"""{"count":{{records.Count("Leads")}}}"""));
        }

        var lead = ALeadWithEmail();
        using var matching = await GetAsync($"/crm/v8/Leads/actions/count?email={Uri.EscapeDataString((string)lead["Email"]!)}");
        Assert.That((long)(await EmulatorHarness.JsonAsync(matching))["count"]!, Is.GreaterThanOrEqualTo(1));
    }
}

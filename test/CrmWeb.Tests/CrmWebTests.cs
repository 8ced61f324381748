using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CrmWeb.Model;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ZohoCrm.Emulator;
using ZohoCrm.Emulator.Domain.Records;

namespace CrmWeb.Tests;

/// <summary>
/// The app as <c>dotnet run --project samples/CrmWeb</c> starts it (the emulator in-process), driven over HTTP with
/// WebApplicationFactory; what the pages show is checked against the emulator's records, the oracle.
/// </summary>
[NonParallelizable]
public partial class CrmWebTests
{
    // Any type of the app's assembly names its entry point (ZohoCrm.Emulator has a Program too).
    private WebApplicationFactory<CrmContext> _factory = null!;

    private ZohoCrmEmulator Emulator => _factory.Services.GetRequiredService<ZohoCrmEmulator>();

    [OneTimeSetUp]
    public void Start() => _factory = new WebApplicationFactory<CrmContext>();

    [OneTimeTearDown]
    public async Task StopAsync() => await _factory.DisposeAsync();

    private HttpClient Client() => _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private List<StoredRecord> Records(string module) => [.. Emulator.Domain.Records.Scan(module)];

    [Test]
    public async Task Leads_list_filters_sorts_and_pages_as_the_records_say()
    {
        var expected = Records("Leads")
            .Where(r => r["Lead_Status"] as string == "Contacted" && (r["Company"] as string ?? "").StartsWith("A", StringComparison.OrdinalIgnoreCase))
            .OrderBy(r => r["Last_Name"] as string, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Id)
            .Select(r => r.Id).ToList();
        Assert.That(expected, Has.Count.GreaterThan(20), "two pages at least");
        using var client = Client();

        var first = await client.GetStringAsync("/leads?status=Contacted&company=A&sort=name&page=1");
        var second = await client.GetStringAsync("/leads?status=Contacted&company=A&sort=name&page=2");

        Assert.That(RowIds(first), Is.EqualTo(expected.Take(20)));
        Assert.That(RowIds(second), Is.EqualTo(expected.Skip(20).Take(20)));
        Assert.That(first, Does.Contain("rel=\"next\"").And.Not.Contain("rel=\"prev\""));
        Assert.That(second, Does.Contain("rel=\"prev\""));
    }

    [Test]
    public async Task A_deal_shows_its_account_and_contact()
    {
        var deal = Records("Deals").First(d => d["Account_Name"] is not null && d["Contact_Name"] is not null);
        var account = Emulator.Domain.Records.Find("Accounts", LookupId(deal["Account_Name"]))!;
        var contact = Emulator.Domain.Records.Find("Contacts", LookupId(deal["Contact_Name"]))!;
        using var client = Client();

        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/deals/{deal.Id}"));

        Assert.That(page, Does.Contain((string)deal["Deal_Name"]!));
        Assert.That(page, Does.Contain((string)account["Account_Name"]!));
        Assert.That(page, Does.Contain((string)contact["Last_Name"]!));
        Assert.That((await client.GetAsync("/deals/1")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Editing_a_lead_saves_it_and_the_list_shows_the_change()
    {
        var lead = Records("Leads").First(r => r["Email"] is not null);
        var company = "Edited-" + Guid.NewGuid().ToString("N")[..8];
        using var client = Client();

        var response = await PostFormAsync(client, $"/leads/{lead.Id}/edit", new()
        {
            ["First_Name"] = (string?)lead["First_Name"] ?? "", ["Last_Name"] = (string)lead["Last_Name"]!, ["Company"] = company,
            ["Email"] = (string)lead["Email"]!, ["Lead_Status"] = (string?)lead["Lead_Status"] ?? "",
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(Emulator.Domain.Records.Find("Leads", lead.Id)!["Company"], Is.EqualTo(company));
        Assert.That(RowIds(await client.GetStringAsync(response.Headers.Location!.OriginalString)), Is.EqualTo(new[] { lead.Id }));
    }

    [Test]
    public async Task Zoho_validation_error_is_shown_next_to_the_field_and_nothing_is_saved()
    {
        var lead = Records("Leads").First(r => r["Email"] is not null);
        using var client = Client();

        var response = await PostFormAsync(client, $"/leads/{lead.Id}/edit", new()
        {
            ["Last_Name"] = (string)lead["Last_Name"]!, ["Company"] = (string?)lead["Company"] ?? "", ["Email"] = "not an email",
        });
        var page = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(FieldError().Match(page).Groups["field"].Value, Is.EqualTo("Email"), page);
        Assert.That(page, Does.Contain("INVALID_DATA"));
        Assert.That(Emulator.Domain.Records.Find("Leads", lead.Id)!["Email"], Is.EqualTo(lead["Email"]));
    }

    [Test]
    public async Task Creating_a_lead_writes_it_to_Zoho()
    {
        var company = "Created-" + Guid.NewGuid().ToString("N")[..8];
        using var client = Client();

        var response = await PostFormAsync(client, "/leads/new", new() { ["Last_Name"] = "Hopper", ["Company"] = company, ["Lead_Status"] = "Not Contacted" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var created = Records("Leads").Where(r => r["Company"] as string == company).ToList();
        Assert.That(created.Select(r => r["Last_Name"]), Is.EqualTo(new[] { "Hopper" }));
    }

    [Test]
    public async Task A_form_post_without_the_antiforgery_token_is_refused()
    {
        var company = "Forged-" + Guid.NewGuid().ToString("N")[..8];
        using var client = Client();

        var response = await client.PostAsync("/leads/new", new FormUrlEncodedContent(new Dictionary<string, string> { ["Last_Name"] = "X", ["Company"] = company }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(Records("Leads").Any(r => r["Company"] as string == company), Is.False);
    }

    [Test]
    public async Task Health_makes_a_real_authenticated_call()
    {
        using var client = Client();
        var before = Emulator.Requests().LastOrDefault()?.Seq ?? 0;

        var response = await client.GetAsync("/health");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(body["status"]!.GetValue<string>(), Is.EqualTo("Healthy"));
        Assert.That(Emulator.Requests(before).Where(r => r.Path == "/crm/v8/coql").Select(r => r.Status), Is.EqualTo(new[] { 200 }));
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, Dictionary<string, string> fields)
    {
        // The form page sets the antiforgery cookie and carries the matching field, as a browser would send them.
        var formPage = await client.GetAsync(path.EndsWith("/new", StringComparison.Ordinal) ? path : path);
        var html = await formPage.Content.ReadAsStringAsync();
        var token = AntiforgeryField().Match(html);
        Assert.That(token.Success, Is.True, "the form has an antiforgery field");
        var cookies = formPage.Headers.TryGetValues("Set-Cookie", out var set) ? set.Select(c => c.Split(';')[0]) : [];
        fields[token.Groups["name"].Value] = WebUtility.HtmlDecode(token.Groups["value"].Value);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("Cookie", string.Join("; ", cookies));
        return await client.SendAsync(request);
    }

    private static List<long> RowIds(string html) =>
        [.. RowId().Matches(html).Select(m => long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))];

    private static long LookupId(object? lookup) => lookup switch
    {
        long id => id,
        IReadOnlyDictionary<string, object?> map => Convert.ToInt64(map["id"], CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException($"Unexpected lookup value {lookup?.GetType()}."),
    };

    [GeneratedRegex("""<tr data-id="(\d+)">""")]
    private static partial Regex RowId();

    [GeneratedRegex("""<input type="hidden" name="(?<name>[^"]+)" value="(?<value>[^"]+)">""")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("""class="error" data-field="(?<field>[^"]+)">""")]
    private static partial Regex FieldError();
}

using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ZohoCrm.Emulator.Domain.Faults;

namespace ZohoCrm.Emulator.Tests.Hosting;

/// <summary>The public emulator as a client sees it: token, then queries over the seeded org, with the knobs.</summary>
public class EndToEndTests
{
    private ZohoCrmEmulator _emulator = null!;
    private HttpClient _http = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _emulator = await ZohoCrmEmulator.StartAsync();
        _http = new HttpClient { BaseAddress = new Uri(_emulator.BaseUrl) };
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _http.Dispose();
        await _emulator.DisposeAsync();
    }

    private async Task<string> TokenAsync()
    {
        // As the Node.js SDK sends it: multipart.
        using var form = new MultipartFormDataContent
        {
            { new StringContent(_emulator.ClientId), "client_id" },
            { new StringContent(_emulator.ClientSecret), "client_secret" },
            { new StringContent("refresh_token"), "grant_type" },
            { new StringContent(_emulator.RefreshToken), "refresh_token" },
        };
        using var response = await _http.PostAsync("/oauth/v2/token", form);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.That(json["api_domain"]!.GetValue<string>(), Is.EqualTo(_emulator.BaseUrl));
        return json["access_token"]!.GetValue<string>();
    }

    private async Task<HttpResponseMessage> CoqlAsync(string token, string query)
    {
        // No Content-Type, as the SDK sends it.
        var body = new ByteArrayContent(Encoding.UTF8.GetBytes(new JsonObject { ["select_query"] = query }.ToJsonString()));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/crm/v8/coql") { Content = body };
        request.Headers.TryAddWithoutValidation("Authorization", "Zoho-oauthtoken " + token);
        return await _http.SendAsync(request);
    }

    [Test]
    public async Task A_client_gets_a_token_runs_coql_and_search_on_the_seeded_org_and_sees_the_calls_and_credits_in_the_log()
    {
        var earlier = JsonNode.Parse(await _http.GetStringAsync("/_emulator/requests"))!.AsArray();
        var after = earlier.Count == 0 ? 0 : earlier[^1]!["seq"]!.GetValue<long>();
        var token = await TokenAsync();
        using var coql = await CoqlAsync(token, "select Last_Name, Email from Leads where Last_Name is not null limit 2000");
        var page = JsonNode.Parse(await coql.Content.ReadAsStringAsync())!;

        Assert.That(coql.StatusCode, Is.EqualTo(HttpStatusCode.OK), page.ToJsonString());
        Assert.That(coql.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        var rows = page["data"]!.AsArray();
        Assert.That(rows, Has.Count.EqualTo(2000));
        Assert.That(page["info"]!["more_records"]!.GetValue<bool>(), Is.True);
        Assert.That(rows[0]!["id"]!.GetValue<string>(), Does.Match(@"^\d{18,19}$"));

        var lastName = rows[0]!["Last_Name"]!.GetValue<string>();
        using var searchRequest = new HttpRequestMessage(HttpMethod.Get, $"/crm/v8/Leads/search?criteria=(Last_Name:equals:{Uri.EscapeDataString(lastName)})&per_page=5&");
        searchRequest.Headers.TryAddWithoutValidation("Authorization", "Zoho-oauthtoken " + token);
        using var search = await _http.SendAsync(searchRequest);
        var found = JsonNode.Parse(await search.Content.ReadAsStringAsync())!;
        Assert.That(search.StatusCode, Is.EqualTo(HttpStatusCode.OK), found.ToJsonString());
        Assert.That(found["data"]!.AsArray().Select(r => r!["Last_Name"]!.GetValue<string>()), Has.Some.Contains(lastName));

        var log = JsonNode.Parse(await _http.GetStringAsync("/_emulator/requests?after=" + after))!.AsArray();
        var coqlEntry = log.Single(e => e!["path"]!.GetValue<string>() == "/crm/v8/coql")!;
        var searchEntry = log.Single(e => e!["path"]!.GetValue<string>() == "/crm/v8/Leads/search")!;
        Assert.That(coqlEntry["credits"]!.GetValue<int>(), Is.EqualTo(3), "COQL with LIMIT 2000 costs 3 credits");
        Assert.That(coqlEntry["status"]!.GetValue<int>(), Is.EqualTo(200));
        Assert.That(searchEntry["query"]!.GetValue<string>(), Does.StartWith("criteria=(Last_Name:equals:"));
        Assert.That(searchEntry["credits"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(_emulator.Requests(after).Select(e => (e.Path, e.Credits)), Is.EqualTo(log.Select(e => (e!["path"]!.GetValue<string>(), e["credits"]!.GetValue<int>()))),
            "the in-process view is the admin endpoint's");
    }

    [Test]
    public async Task Query_endpoints_sit_behind_auth_faults_and_the_clock()
    {
        var token = await TokenAsync();
        _emulator.Settings.Faults = [new FaultRule { Path = "/crm/v8/coql", ErrorRate = 1 }];
        try
        {
            using var faulted = await CoqlAsync(token, "select id from Leads where id is not null limit 1");
            Assert.That(faulted.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        }
        finally
        {
            _emulator.Settings.Faults = [];
        }

        using var garbled = await CoqlAsync(token, "select from where");
        Assert.That(garbled.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(JsonNode.Parse(await garbled.Content.ReadAsStringAsync())!["status"]!.GetValue<string>(), Is.EqualTo("error"));

        _emulator.Clock.Advance(TimeSpan.FromSeconds(_emulator.Settings.TokenLifetimeSeconds));
        using var expired = await CoqlAsync(token, "select id from Leads where id is not null limit 1");
        Assert.That(expired.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(JsonNode.Parse(await expired.Content.ReadAsStringAsync())!["code"]!.GetValue<string>(), Is.EqualTo("INVALID_TOKEN"));
        _emulator.Clock.Reset();
    }
}

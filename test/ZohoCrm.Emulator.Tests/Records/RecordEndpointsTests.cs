using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ZohoCrm.Emulator.Tests.Hosting;

namespace ZohoCrm.Emulator.Tests.Records;

/// <summary>The record APIs over real HTTP, as Zoho's SDKs call them (no Content-Type on bodies, trailing '&amp;').</summary>
public class RecordEndpointsTests
{
    private EmulatorHarness _harness = null!;
    private string _token = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _harness = await EmulatorHarness.StartAsync(o => o.LeadCount = 500);
        _token = await _harness.AccessTokenAsync();
    }

    [OneTimeTearDown]
    public async Task Stop() => await _harness.DisposeAsync();

    [SetUp]
    public void Restore() => _harness.Restore();

    [Test]
    public async Task List_pages_with_raw_commas_and_a_trailing_ampersand_and_ids_are_strings()
    {
        using var response = await Send(HttpMethod.Get, "/crm/v8/Leads?fields=Last_Name,Owner,Annual_Revenue&per_page=3&page=1&sort_by=Created_Time&sort_order=desc&");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/json"));
        var json = await EmulatorHarness.JsonAsync(response);
        Assert.That(json["data"]!.AsArray(), Has.Count.EqualTo(3));
        Assert.That(json["data"]![0]!["id"], Is.InstanceOf<JsonValue>());
        Assert.That(json["data"]![0]!["id"]!.GetValue<string>(), Does.Match("^[0-9]{19}$"));
        Assert.That(json["data"]![0]!["Owner"]!["id"]!.GetValue<string>(), Does.Match("^[0-9]{19}$"));
        Assert.That(json["info"]!["sort_by"]!.GetValue<string>(), Is.EqualTo("Created_Time"));
        Assert.That(json["info"]!["more_records"]!.GetValue<bool>(), Is.True);
    }

    [Test]
    public async Task Missing_fields_unknown_module_and_page_past_2000_are_zoho_errors()
    {
        await EmulatorHarness.AssertZohoErrorAsync(await Send(HttpMethod.Get, "/crm/v8/Leads"), 400, "REQUIRED_PARAM_MISSING");
        await EmulatorHarness.AssertZohoErrorAsync(await Send(HttpMethod.Get, "/crm/v8/NoSuchModule?fields=id"), 400, "INVALID_MODULE",
            "the module name given seems to be invalid");
        await EmulatorHarness.AssertZohoErrorAsync(await Send(HttpMethod.Get, "/crm/v8/Leads?fields=Last_Name&page=11&per_page=200"), 400,
            "DISCRETE_PAGINATION_LIMIT_EXCEEDED");
    }

    [Test]
    public async Task Empty_reads_are_204_and_unchanged_reads_304_with_no_body()
    {
        using var none = await Send(HttpMethod.Get, "/crm/v8/Leads?fields=Last_Name&ids=6284150000099999999");
        using var unknown = await Send(HttpMethod.Get, "/crm/v8/Leads/6284150000099999999");
        var request = new HttpRequestMessage(HttpMethod.Get, "/crm/v8/Leads?fields=Last_Name");
        request.Headers.TryAddWithoutValidation("If-Modified-Since", "2030-01-01T00:00:00Z");
        using var unchanged = await Send(request);

        Assert.That(none.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(await none.Content.ReadAsByteArrayAsync(), Is.Empty);
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(unchanged.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
        Assert.That(await unchanged.Content.ReadAsByteArrayAsync(), Is.Empty);
    }

    [Test]
    public async Task Insert_without_content_type_then_get_update_and_delete_the_record()
    {
        using var created = await Send(HttpMethod.Post, "/crm/v8/Leads",
            """{"data":[{"Last_Name":"Probe","First_Name":"Sdk","Annual_Revenue":12.5,"Lead_Status":"Contacted","Preferred_Contact_Date":"2025-02-03"}],"trigger":["workflow"]}""");
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var id = (await EmulatorHarness.JsonAsync(created))["data"]![0]!["details"]!["id"]!.GetValue<string>();

        using var fetched = await Send(HttpMethod.Get, $"/crm/v8/Leads/{id}");
        var record = (await EmulatorHarness.JsonAsync(fetched))["data"]![0]!;
        Assert.That(record["Full_Name"]!.GetValue<string>(), Is.EqualTo("Sdk Probe"));
        Assert.That(record["Annual_Revenue"]!.GetValue<decimal>(), Is.EqualTo(12.5m));
        Assert.That(record["Preferred_Contact_Date"]!.GetValue<string>(), Is.EqualTo("2025-02-03"));
        Assert.That(record["Owner"]!["id"]!.GetValue<string>(), Is.EqualTo(_harness.Emulator.Domain.Schema.CurrentUser.Id.ToString()));

        using var updated = await Send(HttpMethod.Put, $"/crm/v8/Leads/{id}", """{"data":[{"Email":"new@example.com"}]}""");
        Assert.That(updated.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await EmulatorHarness.JsonAsync(updated))["data"]![0]!["message"]!.GetValue<string>(), Is.EqualTo("record updated"));

        using var deleted = await Send(HttpMethod.Delete, $"/crm/v8/Leads/{id}?wf_trigger=true&");
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var gone = await Send(HttpMethod.Get, $"/crm/v8/Leads/{id}");
        Assert.That(gone.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
    }

    [Test]
    public async Task Mixed_insert_is_207_all_failed_is_400_with_per_record_errors()
    {
        using var mixed = await Send(HttpMethod.Post, "/crm/v8/Leads", """{"data":[{"Last_Name":"Ok"},{"First_Name":"NoLast"}]}""");
        using var failed = await Send(HttpMethod.Post, "/crm/v8/Leads", """{"data":[{"No_of_Employees":"twelve","Last_Name":"X"}]}""");

        Assert.That((int)mixed.StatusCode, Is.EqualTo(207));
        Assert.That((await EmulatorHarness.JsonAsync(mixed))["data"]![1]!["code"]!.GetValue<string>(), Is.EqualTo("MANDATORY_NOT_FOUND"));
        Assert.That(failed.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var error = (await EmulatorHarness.JsonAsync(failed))["data"]![0]!;
        Assert.That(error["details"]!["expected_data_type"]!.GetValue<string>(), Is.EqualTo("integer"));
    }

    [Test]
    public async Task Bulk_update_upsert_and_delete_by_ids()
    {
        using var created = await Send(HttpMethod.Post, "/crm/v8/Accounts", """{"data":[{"Account_Name":"Bulk One"},{"Account_Name":"Bulk Two"}]}""");
        var ids = (await EmulatorHarness.JsonAsync(created))["data"]!.AsArray().Select(r => r!["details"]!["id"]!.GetValue<string>()).ToList();

        using var updated = await Send(HttpMethod.Put, "/crm/v8/Accounts",
            $$"""{"data":[{"id":"{{ids[0]}}","Phone":"1"},{"id":"6284150000099999999","Phone":"2"}]}""");
        using var upserted = await Send(HttpMethod.Post, "/crm/v8/Accounts/upsert",
            """{"data":[{"Account_Name":"bulk two","Phone":"3"}],"duplicate_check_fields":["Account_Name"]}""");
        using var deleted = await Send(HttpMethod.Delete, $"/crm/v8/Accounts?ids={ids[0]},{ids[1]}&");

        Assert.That((int)updated.StatusCode, Is.EqualTo(207));
        var upsert = (await EmulatorHarness.JsonAsync(upserted))["data"]![0]!;
        Assert.That(upserted.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(upsert["action"]!.GetValue<string>(), Is.EqualTo("update"));
        Assert.That(upsert["details"]!["id"]!.GetValue<string>(), Is.EqualTo(ids[1]));
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await EmulatorHarness.JsonAsync(deleted))["data"]!.AsArray(), Has.Count.EqualTo(2));
        await EmulatorHarness.AssertZohoErrorAsync(await Send(HttpMethod.Delete, "/crm/v8/Accounts"), 400, "REQUIRED_PARAM_MISSING");
    }

    [Test]
    public async Task If_unmodified_since_before_a_change_is_412()
    {
        var lead = _harness.Emulator.Domain.Records.Scan("Leads")[0].Id;
        var request = new HttpRequestMessage(HttpMethod.Put, $"/crm/v8/Leads/{lead}") { Content = Body("""{"data":[{"First_Name":"Late"}]}""") };
        request.Headers.TryAddWithoutValidation("If-Unmodified-Since", "2020-01-01T00:00:00+05:30");

        using var response = await Send(request);

        Assert.That((int)response.StatusCode, Is.EqualTo(412));
        Assert.That((await EmulatorHarness.JsonAsync(response))["data"]![0]!["code"]!.GetValue<string>(), Is.EqualTo("ALREADY_MODIFIED"));
    }

    [Test]
    public async Task A_second_segment_that_is_not_an_id_is_not_read_as_one()
    {
        await EmulatorHarness.AssertZohoErrorAsync(await Send(HttpMethod.Delete, "/crm/v8/Leads/upsert"), 400, "INVALID_REQUEST_METHOD");
        await EmulatorHarness.AssertZohoErrorAsync(await Send(HttpMethod.Get, "/crm/v8/Leads/abc"), 404, "INVALID_URL_PATTERN");
    }

    [Test]
    public async Task Bad_json_and_over_100_records_are_request_level_errors()
    {
        await EmulatorHarness.AssertZohoErrorAsync(await Send(HttpMethod.Post, "/crm/v8/Leads", "{\"data\":[{\"Last_Name\":"), 400, "INVALID_DATA");
        var many = new JsonObject { ["data"] = new JsonArray(Enumerable.Range(0, 101).Select(i => (JsonNode?)new JsonObject { ["Last_Name"] = "L" + i }).ToArray()) };
        await EmulatorHarness.AssertZohoErrorAsync(await Send(HttpMethod.Post, "/crm/v8/Leads", many.ToJsonString()), 400, "LIMIT_EXCEEDED");
    }

    [Test]
    public async Task An_unknown_module_is_answered_inside_data_on_insert_and_upsert_and_at_the_top_on_update_and_delete()
    {
        // As Zoho's v8 examples for createRecords and upsertRecords (data[]) and updateRecords/deleteRecords (top level).
        foreach (var path in new[] { "/crm/v8/Nope", "/crm/v8/Nope/upsert" })
        {
            using var response = await Send(HttpMethod.Post, path, "{\"data\":[{}]}");
            var text = await response.Content.ReadAsStringAsync();
            Assert.That((int)response.StatusCode, Is.EqualTo(400), text);
            Assert.That(text, Is.EqualTo("""{"data":[{"code":"INVALID_MODULE","details":{"resource_path_index":0},"message":"the module name given seems to be invalid","status":"error"}]}"""), path);
        }

        await EmulatorHarness.AssertZohoErrorAsync(await Send(HttpMethod.Put, "/crm/v8/Nope", "{\"data\":[{}]}"), 400, "INVALID_MODULE");
        await EmulatorHarness.AssertZohoErrorAsync(await Send(HttpMethod.Delete, "/crm/v8/Nope?ids=1"), 400, "INVALID_MODULE");
    }

    [Test]
    public async Task Writes_cost_one_credit_per_ten_records_in_the_request_log()
    {
        var body = new JsonObject { ["data"] = new JsonArray(Enumerable.Range(0, 25).Select(i => (JsonNode?)new JsonObject { ["Last_Name"] = "C" + i }).ToArray()) };

        using var response = await Send(HttpMethod.Post, "/crm/v8/Leads", body.ToJsonString());
        var log = JsonNode.Parse(await _harness.Http.GetStringAsync("/_emulator/requests"))!.AsArray();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var entry = log.Last(e => e!["method"]!.GetValue<string>() == "POST" && e["path"]!.GetValue<string>() == "/crm/v8/Leads")!;
        Assert.That(entry["credits"]!.GetValue<int>(), Is.EqualTo(3));
    }

    private static ByteArrayContent Body(string json) => new(Encoding.UTF8.GetBytes(json));

    private Task<HttpResponseMessage> Send(HttpMethod method, string path, string? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = Body(body); // no Content-Type, as the official SDK sends it
        }

        return Send(request);
    }

    private Task<HttpResponseMessage> Send(HttpRequestMessage request)
    {
        request.Headers.TryAddWithoutValidation("Authorization", "Zoho-oauthtoken " + _token);
        return _harness.Http.SendAsync(request);
    }
}

using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace ZohoCrm.Emulator.Tests.Hosting;

/// <summary>Metadata and record endpoints over real HTTP, behind the host's auth, scopes, credits and request log.</summary>
public class RecordApiEndToEndTests
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

    private async Task<(HttpResponseMessage Response, JsonNode? Json)> CallAsync(HttpMethod method, string path, string? body = null, string? token = null)
    {
        var response = await _emu.SendAsync(method, path, token ?? _token, body: body);
        var text = await response.Content.ReadAsStringAsync();
        return (response, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    [Test]
    public async Task Metadata_endpoints_answer_the_seeded_org()
    {
        var (modules, modulesJson) = await CallAsync(HttpMethod.Get, "/crm/v8/settings/modules");
        var (fields, fieldsJson) = await CallAsync(HttpMethod.Get, "/crm/v8/settings/fields?module=Leads&");
        var (users, usersJson) = await CallAsync(HttpMethod.Get, "/crm/v8/users?type=CurrentUser&");
        var (org, orgJson) = await CallAsync(HttpMethod.Get, "/crm/v8/org");

        Assert.That(modules.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var leads = modulesJson!["modules"]!.AsArray().Single(m => m!["api_name"]!.GetValue<string>() == "Leads")!;
        Assert.That(leads["generated_type"]!.GetValue<string>(), Is.EqualTo("default"));
        Assert.That(fields.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(fieldsJson!["fields"]!.AsArray().Select(f => f!["data_type"]?.GetValue<string>()), Has.None.Null);
        Assert.That(users.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(usersJson!["users"]!.AsArray(), Has.Count.EqualTo(1));
        Assert.That(org.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(orgJson!["org"]![0]!["id"]!.GetValue<string>(), Does.Match(@"^\d+$"));
    }

    [Test]
    public async Task A_record_is_inserted_read_updated_and_deleted_with_write_credits_in_the_log()
    {
        var rows = new JsonArray(Enumerable.Range(1, 25).Select(i => (JsonNode)new JsonObject
        {
            ["Last_Name"] = $"HostProbe{i}",
            ["Company"] = "Host Ltd",
        }).ToArray());
        var (insert, inserted) = await CallAsync(HttpMethod.Post, "/crm/v8/Leads", new JsonObject { ["data"] = rows }.ToJsonString());
        Assert.That(insert.StatusCode, Is.EqualTo(HttpStatusCode.Created), inserted?.ToJsonString());
        var id = inserted!["data"]![0]!["details"]!["id"]!.GetValue<string>();

        var (get, got) = await CallAsync(HttpMethod.Get, "/crm/v8/Leads/" + id);
        var (update, _) = await CallAsync(HttpMethod.Put, "/crm/v8/Leads/" + id, """{"data":[{"Company":"Renamed Ltd"}]}""");
        var (_, reread) = await CallAsync(HttpMethod.Get, "/crm/v8/Leads/" + id);
        var (delete, _) = await CallAsync(HttpMethod.Delete, "/crm/v8/Leads/" + id);
        var (gone, goneBody) = await CallAsync(HttpMethod.Get, "/crm/v8/Leads/" + id);

        Assert.That(get.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(got!["data"]![0]!["Last_Name"]!.GetValue<string>(), Is.EqualTo("HostProbe1"));
        Assert.That(update.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(reread!["data"]![0]!["Company"]!.GetValue<string>(), Is.EqualTo("Renamed Ltd"));
        Assert.That(delete.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(gone.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(goneBody, Is.Null);

        var log = JsonNode.Parse(await _emu.Http.GetStringAsync("/_emulator/requests"))!.AsArray();
        var insertEntry = log.Single(e => e!["method"]!.GetValue<string>() == "POST" && e["path"]!.GetValue<string>() == "/crm/v8/Leads")!;
        Assert.That(insertEntry["credits"]!.GetValue<int>(), Is.EqualTo(3), "writes cost 1 credit per 10 records");
        Assert.That(insertEntry["status"]!.GetValue<int>(), Is.EqualTo(201));
    }

    [Test]
    public async Task Record_endpoints_check_the_module_scopes()
    {
        var readOnly = await _emu.AccessTokenWithScopesAsync("ZohoCRM.modules.leads.READ");
        var (read, _) = await CallAsync(HttpMethod.Get, "/crm/v8/Leads?fields=Last_Name&per_page=1", token: readOnly);
        var (otherModule, _) = await CallAsync(HttpMethod.Get, "/crm/v8/Contacts?fields=Last_Name&per_page=1", token: readOnly);
        var (write, _) = await CallAsync(HttpMethod.Post, "/crm/v8/Leads", """{"data":[{"Last_Name":"x"}]}""", token: readOnly);

        Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await EmulatorHarness.AssertZohoErrorAsync(otherModule, 401, "OAUTH_SCOPE_MISMATCH");
        await EmulatorHarness.AssertZohoErrorAsync(write, 401, "OAUTH_SCOPE_MISMATCH");
    }

    [Test]
    public async Task A_body_that_is_not_json_is_a_zoho_error_not_a_500()
    {
        var (response, json) = await CallAsync(HttpMethod.Post, "/crm/v8/Leads", "{not json");
        Assert.That((int)response.StatusCode, Is.EqualTo(400), json?.ToJsonString());
        Assert.That(json!["status"]!.GetValue<string>(), Is.EqualTo("error"));
    }

    [Test]
    public async Task Reset_over_http_restores_a_deleted_seeded_record()
    {
        var (_, page) = await CallAsync(HttpMethod.Get, "/crm/v8/Leads?fields=Last_Name&per_page=1&sort_by=id&sort_order=asc");
        var id = page!["data"]![0]!["id"]!.GetValue<string>();
        await CallAsync(HttpMethod.Delete, "/crm/v8/Leads/" + id);
        using (await _emu.Http.PostAsync("/_emulator/reset", null))
        {
        }

        var (back, _) = await CallAsync(HttpMethod.Get, "/crm/v8/Leads/" + id);
        Assert.That(back.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}

using System.Net;
using System.Text.Json.Nodes;
using ZohoCrm.Emulator.Tests.Hosting;

namespace ZohoCrm.Emulator.Tests.Coql;

/// <summary><c>POST /crm/v8/coql</c> over real HTTP: body reading, 200/204, error envelopes, scopes and credits.</summary>
public class CoqlHttpTests
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

    private Task<HttpResponseMessage> PostAsync(string body, string? token = null) =>
        _emu.SendAsync(HttpMethod.Post, "/crm/v8/coql", token ?? _token, body: body);

    private static string Body(string query) => new JsonObject { ["select_query"] = query }.ToJsonString();

    [Test]
    public async Task A_query_answers_rows_and_info_whatever_the_content_type()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/crm/v8/coql")
        {
            Content = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(Body("select Last_Name, Owner.email from Leads where id is not null limit 3"))),
        };
        request.Headers.TryAddWithoutValidation("Authorization", "Zoho-oauthtoken " + _token);
        using var response = await _emu.Http.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        var json = await EmulatorHarness.JsonAsync(response);
        Assert.That(json["data"]!.AsArray(), Has.Count.EqualTo(3));
        Assert.That(json["data"]![0]!.AsObject().Select(p => p.Key), Is.EqualTo(new[] { "Last_Name", "Owner.email", "id" }));
        Assert.That(QueryTestOrg.Text(json["info"]), Is.EqualTo("""{"count":3,"more_records":true}"""));
    }

    [Test]
    public async Task No_match_is_204_with_an_empty_body()
    {
        using var response = await PostAsync(Body("select Last_Name from Leads where Last_Name = 'No such lead at all'"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.Empty);
    }

    [Test]
    public async Task A_missing_where_is_the_documented_envelope()
    {
        using var response = await PostAsync(Body("select Last_Name from Leads"));

        Assert.That((int)response.StatusCode, Is.EqualTo(400));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo(
            """{"code":"SYNTAX_ERROR","details":{"clause":"where"},"message":"missing clause","status":"error"}"""));
    }

    [TestCase("{}")]
    [TestCase("""{"query":"select Last_Name from Leads where id is not null"}""")]
    [TestCase("")]
    public async Task A_body_without_select_query_is_mandatory_not_found(string body)
    {
        using var response = await PostAsync(body);

        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo(
            """{"code":"MANDATORY_NOT_FOUND","details":{"api_name":"select_query"},"message":"mandatory key not found","status":"error"}"""));
    }

    [Test]
    public async Task A_body_that_is_not_json_is_invalid_data()
    {
        using var response = await PostAsync("select_query=select");

        await EmulatorHarness.AssertZohoErrorAsync(response, 400, "INVALID_DATA");
    }

    [Test]
    public async Task Include_meta_must_be_an_array_and_adds_field_metadata()
    {
        using (var bad = await PostAsync("""{"select_query":"select Last_Name from Leads where id is not null","include_meta":"fields"}"""))
        {
            var json = await EmulatorHarness.JsonAsync(bad);
            Assert.That(QueryTestOrg.Text(json["details"]), Is.EqualTo("""{"expected_data_type":"jsonarray","api_name":"include_meta","json_path":"$.include_meta"}"""));
        }

        using (var notText = await PostAsync("""{"select_query":"select Last_Name from Leads where id is not null","include_meta":[1]}"""))
        {
            // Zoho's example for an include_meta item that is not a string names the type it expected.
            var json = await EmulatorHarness.JsonAsync(notText);
            Assert.That(QueryTestOrg.Text(json["details"]),
                Is.EqualTo("""{"expected_data_type":"text","api_name":"include_meta","json_path":"$.include_meta[0]","supported_values":["fields"]}"""));
        }

        using var good = await PostAsync("""{"select_query":"select Last_Name from Leads where id is not null limit 1","include_meta":["fields"]}""");
        var body = await EmulatorHarness.JsonAsync(good);
        Assert.That((string)body["fields"]!["Last_Name"]!["data_type"]!, Is.EqualTo("text"));
    }

    [Test]
    public async Task The_token_must_be_allowed_to_read_every_module_the_query_reads()
    {
        var token = await _emu.AccessTokenWithScopesAsync("ZohoCRM.coql.READ,ZohoCRM.modules.Contacts.READ");

        using (var allowed = await PostAsync(Body("select Last_Name from Contacts where id is not null limit 1"), token))
        {
            Assert.That(allowed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        using var refused = await PostAsync(Body("select Last_Name from Contacts where Account_Name in (select id from Accounts where id is not null)"), token);
        await EmulatorHarness.AssertZohoErrorAsync(refused, 401, "OAUTH_SCOPE_MISMATCH");
    }

    [TestCase(200, 1)]
    [TestCase(1000, 2)]
    [TestCase(2000, 3)]
    public async Task Credits_follow_the_limit(int limit, int credits)
    {
        using var response = await PostAsync(Body($"select Last_Name from Leads where id is not null limit {limit}"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        using var log = await _emu.Http.GetAsync("/_emulator/requests");
        var entries = JsonNode.Parse(await log.Content.ReadAsStringAsync())!.AsArray();
        var coql = entries.Last(e => (string)e!["path"]! == "/crm/v8/coql")!;
        Assert.That((int)coql["credits"]!, Is.EqualTo(credits));
    }
}

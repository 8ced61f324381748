using System.Net;
using Newtonsoft.Json.Linq;
using ZohoCrm.Data.Api;

namespace ZohoCrm.Data.Tests.Api;

public class RecordWriteTests
{
    private static readonly ZohoCrmRecordValues[] ThreeLeads =
    [
        TextRecord.Of(("Last_Name", "Hale"), ("Company", "Northwind")),
        TextRecord.Of(("Company", "No name")),
        TextRecord.Of(("Last_Name", "Kim"), ("No_of_Employees", "many")),
    ];

    [Test]
    public async Task Insert_posts_the_records_and_returns_one_result_per_record_in_order()
    {
        using var zoho = new MockZoho();
        zoho.Answer(HttpMethod.Post, MockZoho.Base + "Leads", HttpStatusCode.MultiStatus, Fixtures.Read("insert-response-partial-failure.json"));

        var results = await zoho.Client.InsertAsync("Leads", ThreeLeads, new ZohoCrmWriteOptions { Trigger = [] });

        var body = JObject.Parse(zoho.LastBody!);
        Assert.That(zoho.LastRequest!.Method, Is.EqualTo(HttpMethod.Post));
        Assert.That(body["data"]!.Select(r => (string?)r["Last_Name"]), Is.EqualTo(new[] { "Hale", null, "Kim" }));
        Assert.That(body["trigger"], Is.InstanceOf<JArray>().And.Empty, "an empty trigger list turns automation off");
        Assert.That(results.Select(r => (r.Index, r.IsSuccess, r.Code)), Is.EqualTo(new[] { (0, true, "SUCCESS"), (1, false, "MANDATORY_NOT_FOUND"), (2, false, "INVALID_DATA") }));
        Assert.That(results[0].Id, Is.EqualTo("6284150000007770001"));
        Assert.That(results[0].Details["Created_Time"], Is.EqualTo("2025-07-21T11:04:19+02:00"));
        Assert.That(results[1].Details["api_name"], Is.EqualTo("Last_Name"));
        var error = results[2].ToException("Leads");
        Assert.That(error.Message, Does.Contain("record 2").And.Contain("INVALID_DATA").And.Contain("No_of_Employees"));
        Assert.That(error.Code, Is.EqualTo("INVALID_DATA"));
    }

    [Test]
    public async Task Insert_without_trigger_option_leaves_Zohos_default()
    {
        using var zoho = new MockZoho();
        zoho.Answer(HttpMethod.Post, MockZoho.Base + "Leads", HttpStatusCode.Created, Fixtures.Read("insert-response-success.json"));
        var count = JObject.Parse(Fixtures.Read("insert-response-success.json"))["data"]!.Count();

        var results = await zoho.Client.InsertAsync("Leads", ThreeLeads.Take(count).ToList());

        Assert.That(JObject.Parse(zoho.LastBody!).ContainsKey("trigger"), Is.False);
        Assert.That(results, Has.All.Property("IsSuccess").True);
    }

    [Test]
    public async Task All_records_failing_with_400_still_gives_per_record_results()
    {
        using var zoho = new MockZoho();
        zoho.Answer(HttpMethod.Post, MockZoho.Base + "Leads", HttpStatusCode.BadRequest, """
            {"data":[{"code":"MANDATORY_NOT_FOUND","details":{"api_name":"Last_Name","json_path":"$.data[0].Last_Name"},"message":"required field not found","status":"error"}]}
            """);

        var results = await zoho.Client.InsertAsync("Leads", [TextRecord.Of(("Company", "x"))]);

        Assert.That(results.Single().Code, Is.EqualTo("MANDATORY_NOT_FOUND"));
        Assert.That(results.Single().IsSuccess, Is.False);
    }

    [Test]
    public void A_request_level_error_on_a_write_is_an_exception()
    {
        using var zoho = new MockZoho();
        zoho.Answer(HttpMethod.Post, MockZoho.Base + "Leads", HttpStatusCode.BadRequest, """{"code":"INVALID_MODULE","details":{"resource_path_index":0},"message":"the module name given seems to be invalid","status":"error"}""");

        var e = Assert.ThrowsAsync<ZohoCrmWriteException>(() => zoho.Client.InsertAsync("Leads", [TextRecord.Of(("Last_Name", "x"))]));

        Assert.That(e!.Code, Is.EqualTo("INVALID_MODULE"));
        Assert.That(e.Results.Single().Status, Is.EqualTo(ZohoCrmWriteStatus.NotWritten), "Zoho refused the call: nothing was written");
    }

    [Test]
    public void A_result_count_that_differs_from_the_records_sent_is_an_error()
    {
        using var zoho = new MockZoho();
        zoho.Answer(HttpMethod.Post, MockZoho.Base + "Leads", HttpStatusCode.Created, """{"data":[{"code":"SUCCESS","details":{"id":"1"},"message":"record added","status":"success"}]}""");
        // The read-back of a call whose answer cannot be trusted fails too: every record is unknown.
        zoho.Answer(HttpMethod.Get, MockZoho.Base + "users", HttpStatusCode.InternalServerError, """{"code":"INTERNAL_ERROR","details":{},"message":"Internal Server Error","status":"error"}""");

        var e = Assert.ThrowsAsync<ZohoCrmWriteException>(() => zoho.Client.InsertAsync("Leads", ThreeLeads));

        Assert.That(e!.Message, Does.Contain("sent 3 records but Zoho CRM answered with 1 results").And.Contain("Reading back the records created since the call was sent failed too"));
        Assert.That(e.Results.Select(r => r.Status), Is.All.EqualTo(ZohoCrmWriteStatus.Unknown));
    }

    [Test]
    public async Task Update_puts_records_with_their_ids()
    {
        using var zoho = new MockZoho();
        zoho.Answer(HttpMethod.Put, MockZoho.Base + "Leads", HttpStatusCode.MultiStatus, Fixtures.Read("update-response.json"));

        var results = await zoho.Client.UpdateAsync("Leads", [TextRecord.WithId("6284150000007770001", ("Company", "A")), TextRecord.WithId("6284150000099999999", ("Company", "B"))]);

        Assert.That(results.Select(r => r.IsSuccess), Is.EqualTo(new[] { true, false }));
        Assert.That(results[1].Details["id"], Is.EqualTo("6284150000099999999"));
    }

    [Test]
    public void Update_of_a_record_without_id_is_refused()
    {
        using var zoho = new MockZoho();
        var e = Assert.ThrowsAsync<ArgumentException>(() => zoho.Client.UpdateAsync("Leads", [TextRecord.Of(("Company", "A"))]));
        Assert.That(e!.Message, Does.Contain("Record 0").And.Contain("no 'id'"));
    }

    [Test]
    public async Task Upsert_sends_duplicate_check_fields_and_reads_the_action()
    {
        using var zoho = new MockZoho();
        zoho.Answer(HttpMethod.Post, MockZoho.Base + "Leads/upsert", HttpStatusCode.OK, Fixtures.Read("upsert-response.json"));

        var results = await zoho.Client.UpsertAsync("Leads", [TextRecord.Of(("Email", "a@b.c")), TextRecord.Of(("Email", "d@e.f"))],
            new ZohoCrmWriteOptions { DuplicateCheckFields = ["Email"] });

        Assert.That(JObject.Parse(zoho.LastBody!)["duplicate_check_fields"]!.Values<string>(), Is.EqualTo(new[] { "Email" }));
        Assert.That(results.Select(r => (r.Action, r.DuplicateField)), Is.EqualTo(new[] { ("update", (string?)"Email"), ("insert", null) }));
    }

    [Test]
    public async Task Delete_sends_the_ids_and_reads_each_result()
    {
        using var zoho = new MockZoho();
        zoho.Answer(HttpMethod.Delete, MockZoho.Base + "Leads", HttpStatusCode.MultiStatus, Fixtures.Read("delete-response-partial.json"));

        var results = await zoho.Client.DeleteAsync("Leads", ["6284150000007770001", "6284150000099999999"], new ZohoCrmWriteOptions { Trigger = [] });

        Assert.That(zoho.LastRequest!.RequestUri!.Query, Is.EqualTo("?ids=6284150000007770001%2C6284150000099999999&wf_trigger=false"));
        Assert.That(results.Select(r => r.IsSuccess), Is.EqualTo(new[] { true, false }));
        Assert.That(results[0].Id, Is.EqualTo("6284150000007770001"));
    }

    [Test]
    public async Task GetValue_reads_a_returned_field_through_its_type_and_names_a_value_that_does_not_convert()
    {
        using var zoho = new MockZoho();
        zoho.Answer(HttpMethod.Post, MockZoho.Base + "Leads", HttpStatusCode.Created, """
            {"data":[{"code":"SUCCESS","details":{"Modified_Time":"2025-07-21T11:04:19+02:00","Created_By":{"name":"Pat","id":"6284150000000433001"},"id":"6284150000007770001"},"message":"record added","status":"success"}]}
            """);

        var result = (await zoho.Client.InsertAsync("Leads", [TextRecord.Of(("Last_Name", "x"))])).Single();

        Assert.That(result.GetValue<DateTimeOffset>("Modified_Time", ZohoCrm.Data.Metadata.ZohoCrmFieldType.DateTime),
            Is.EqualTo(new DateTimeOffset(2025, 7, 21, 11, 4, 19, TimeSpan.FromHours(2))));
        Assert.That(result.GetValue<DateTime>("Modified_Time", ZohoCrm.Data.Metadata.ZohoCrmFieldType.DateTime), Is.EqualTo(new DateTime(2025, 7, 21, 9, 4, 19, DateTimeKind.Utc)));
        Assert.That(result.GetValue<long?>("Created_By", ZohoCrm.Data.Metadata.ZohoCrmFieldType.OwnerLookup), Is.EqualTo(6284150000000433001L));
        var e = Assert.Throws<InvalidCastException>(() => result.GetValue<int>("Modified_Time", ZohoCrm.Data.Metadata.ZohoCrmFieldType.DateTime));
        Assert.That(e!.Message, Does.Contain("Modified_Time").And.Contain("Int32"));
        var text = Assert.Throws<InvalidCastException>(() => result.GetValue<long>("Modified_Time", ZohoCrm.Data.Metadata.ZohoCrmFieldType.Integer));
        Assert.That(text!.Message, Does.Contain("as a integer field does not convert to Int64"));
    }
}

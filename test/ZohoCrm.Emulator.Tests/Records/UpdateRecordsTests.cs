using ZohoCrm.Emulator.Domain;
using ZohoCrm.Emulator.Domain.Errors;
using ZohoCrm.Emulator.Domain.Time;

namespace ZohoCrm.Emulator.Tests.Records;

public class UpdateRecordsTests
{
    private EmulatorClock _clock = null!;
    private EmulatorDomain _org = null!;

    [SetUp]
    public void CreateOrg()
    {
        _clock = new EmulatorClock();
        _org = SmallOrg.Create(_clock);
    }

    [TearDown]
    public void DisposeOrg() => _org.Dispose();

    [Test]
    public void Update_by_id_in_body_changes_only_the_given_fields_and_stamps_modified()
    {
        var lead = _org.Records.Scan("Leads")[0];
        _clock.Advance(TimeSpan.FromHours(1));

        var result = _org.Writer.Update("Leads", SmallOrg.Body($$"""{"data":[{"id":"{{lead.Id}}","First_Name":"Zed"}]}"""));

        Assert.That(result.HttpStatus, Is.EqualTo(200));
        Assert.That(result.Results[0].Json()["message"]!.GetValue<string>(), Is.EqualTo("record updated"));
        var after = _org.Records.Find("Leads", lead.Id)!;
        Assert.That(after["First_Name"], Is.EqualTo("Zed"));
        Assert.That(after["Last_Name"], Is.EqualTo(lead["Last_Name"]));
        Assert.That(after["Created_Time"], Is.EqualTo(lead["Created_Time"]));
        Assert.That((DateTimeOffset)after["Modified_Time"]!, Is.EqualTo(_clock.UtcNow).Within(TimeSpan.FromSeconds(5)));
        Assert.That(after["Modified_By"], Is.EqualTo(_org.Schema.CurrentUser.Id));
        Assert.That((string)after["Full_Name"]!, Does.Contain("Zed"));
    }

    [Test]
    public void Update_by_path_id_takes_the_record_without_id()
    {
        var lead = _org.Records.Scan("Leads")[1];

        var result = _org.Writer.Update("Leads", SmallOrg.Records(new { Email = "new@example.com" }), pathId: lead.Id.ToString());

        Assert.That(result.HttpStatus, Is.EqualTo(200));
        Assert.That(_org.Records.Find("Leads", lead.Id)!["Email"], Is.EqualTo("new@example.com"));
    }

    [Test]
    public void Update_without_id_is_mandatory_not_found_on_id()
    {
        var error = _org.Writer.Update("Leads", SmallOrg.Records(new { First_Name = "A" })).Results[0].Error!;

        Assert.That(error.Code, Is.EqualTo("MANDATORY_NOT_FOUND"));
        Assert.That(error.Details["api_name"]!.GetValue<string>(), Is.EqualTo("id"));
    }

    [Test]
    public void Bad_or_foreign_ids_are_invalid_and_mixed_results_are_207()
    {
        var lead = _org.Records.Scan("Leads")[0].Id;
        var contact = _org.Records.Scan("Contacts")[0].Id;

        var result = _org.Writer.Update("Leads", SmallOrg.Body($$"""
            {"data":[{"id":"{{lead}}","First_Name":"Ok"},{"id":"6284150000099999999"},{"id":"{{contact}}"},{"id":"abc"}]}
            """));

        Assert.That(result.HttpStatus, Is.EqualTo(207));
        Assert.That(result.Results.Skip(1).Select(r => r.Json().ToJsonString()), Is.EqualTo(new[]
        {
            """{"code":"INVALID_DATA","details":{"id":"6284150000099999999"},"message":"the id given seems to be invalid","status":"error"}""",
            $$"""{"code":"INVALID_DATA","details":{"id":"{{contact}}"},"message":"the id given seems to be invalid","status":"error"}""",
            """{"code":"INVALID_DATA","details":{"id":"abc"},"message":"the id given seems to be invalid","status":"error"}""",
        }));
    }

    [Test]
    public void Deleted_records_cannot_be_updated()
    {
        var lead = _org.Records.Scan("Leads")[0].Id;
        _org.Writer.Delete("Leads", [lead.ToString()]);

        var result = _org.Writer.Update("Leads", SmallOrg.Records(new { First_Name = "A" }), pathId: lead.ToString());

        Assert.That(result.HttpStatus, Is.EqualTo(400));
        Assert.That(result.Results[0].Error!.Message, Is.EqualTo("the id given seems to be invalid"));
    }

    [Test]
    public void If_unmodified_since_before_the_last_change_is_412_already_modified()
    {
        var lead = _org.Records.Scan("Leads")[0];
        var modified = (DateTimeOffset)lead["Modified_Time"]!;

        var stale = _org.Writer.Update("Leads", SmallOrg.Records(new { First_Name = "A" }), lead.Id.ToString(), modified.AddSeconds(-1));
        var fresh = _org.Writer.Update("Leads", SmallOrg.Records(new { First_Name = "B" }), lead.Id.ToString(), modified);

        Assert.That(stale.HttpStatus, Is.EqualTo(412));
        Assert.That(stale.Results[0].Error!.Code, Is.EqualTo("ALREADY_MODIFIED"));
        Assert.That(fresh.HttpStatus, Is.EqualTo(200));
        Assert.That(_org.Records.Find("Leads", lead.Id)!["First_Name"], Is.EqualTo("B"));
    }

    [Test]
    public void Clearing_a_mandatory_field_is_mandatory_not_found()
    {
        var lead = _org.Records.Scan("Leads")[0].Id;

        var error = _org.Writer.Update("Leads", SmallOrg.Body($$"""{"data":[{"id":"{{lead}}","Last_Name":null}]}""")).Results[0].Error!;

        Assert.That(error.Code, Is.EqualTo("MANDATORY_NOT_FOUND"));
        Assert.That(error.Details["json_path"]!.GetValue<string>(), Is.EqualTo("$.data[0].Last_Name"));
    }

    [Test]
    public void Path_id_with_several_records_is_rejected()
    {
        var lead = _org.Records.Scan("Leads")[0].Id;

        var error = Assert.Throws<ZohoApiException>(() =>
            _org.Writer.Update("Leads", SmallOrg.Records(new { First_Name = "A" }, new { First_Name = "B" }), lead.ToString()))!;

        Assert.That(error.Code, Is.EqualTo("INVALID_DATA"));
    }

    [Test]
    public void Updating_a_record_to_its_own_unique_value_is_not_a_duplicate()
    {
        var lead = _org.Records.Scan("Leads").First(r => r["External_Lead_Id"] is string);

        var result = _org.Writer.Update("Leads", SmallOrg.Body($$"""{"data":[{"id":"{{lead.Id}}","External_Lead_Id":"{{lead["External_Lead_Id"]}}"}]}"""));

        Assert.That(result.HttpStatus, Is.EqualTo(200));
    }
}

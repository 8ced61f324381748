using ZohoCrm.Emulator.Domain;
using ZohoCrm.Emulator.Domain.Errors;

namespace ZohoCrm.Emulator.Tests.Records;

public class UpsertRecordsTests
{
    private EmulatorDomain _org = null!;

    [SetUp]
    public void CreateOrg() => _org = SmallOrg.Create();

    [TearDown]
    public void DisposeOrg() => _org.Dispose();

    [Test]
    public void Upsert_updates_the_record_matching_the_default_duplicate_field_and_inserts_the_rest()
    {
        var lead = _org.Records.Scan("Leads").First(r => r["Email"] is string);
        var count = _org.Records.Count("Leads");

        var result = _org.Writer.Upsert("Leads", SmallOrg.Records(
            new { Last_Name = "Updated", Email = ((string)lead["Email"]!).ToUpperInvariant() },
            new { Last_Name = "Inserted", Email = "fresh@example.com" }));

        Assert.That(result.HttpStatus, Is.EqualTo(200));
        var update = result.Results[0].Json();
        Assert.That(update["action"]!.GetValue<string>(), Is.EqualTo("update"));
        Assert.That(update["duplicate_field"]!.GetValue<string>(), Is.EqualTo("Email"));
        Assert.That(update["details"]!["id"]!.GetValue<string>(), Is.EqualTo(lead.Id.ToString()));
        var insert = result.Results[1].Json();
        Assert.That(insert["action"]!.GetValue<string>(), Is.EqualTo("insert"));
        Assert.That(insert["duplicate_field"], Is.Null);
        Assert.That(insert.ContainsKey("duplicate_field"), Is.True);
        Assert.That(insert["message"]!.GetValue<string>(), Is.EqualTo("record added"));
        Assert.That(_org.Records.Find("Leads", lead.Id)!["Last_Name"], Is.EqualTo("Updated"));
        Assert.That(_org.Records.Count("Leads"), Is.EqualTo(count + 1));
    }

    [Test]
    public void Upsert_twice_in_one_call_inserts_once_then_updates()
    {
        var result = _org.Writer.Upsert("Accounts", SmallOrg.Records(new { Account_Name = "Brand New Co" }, new { Account_Name = "brand new co", Phone = "123" }));

        Assert.That(result.Results.Select(r => r.Action), Is.EqualTo(new[] { "insert", "update" }));
        Assert.That(result.Results[1].Id, Is.EqualTo(result.Results[0].Id));
    }

    [Test]
    public void Explicit_duplicate_check_fields_must_be_system_or_unique_fields()
    {
        var lead = _org.Records.Scan("Leads").First(r => r["External_Lead_Id"] is string);
        var body = SmallOrg.Body($$"""{"data":[{"Last_Name":"X","External_Lead_Id":"{{lead["External_Lead_Id"]}}"}],"duplicate_check_fields":["External_Lead_Id"]}""");

        var result = _org.Writer.Upsert("Leads", body);

        Assert.That(result.Results[0].DuplicateField, Is.EqualTo("External_Lead_Id"));
        Assert.That(result.Results[0].Id, Is.EqualTo(lead.Id));
        var error = Assert.Throws<ZohoApiException>(() =>
            _org.Writer.Upsert("Leads", SmallOrg.Body("""{"data":[{"Last_Name":"X"}],"duplicate_check_fields":["Company"]}""")))!;
        Assert.That(error.Code, Is.EqualTo("INVALID_DATA"));
        Assert.That(error.Details["api_name"], Is.EqualTo("Company"));
    }

    [Test]
    public void Upsert_validation_errors_are_per_record()
    {
        var result = _org.Writer.Upsert("Leads", SmallOrg.Records(new { Email = "nobody@example.com" }));

        Assert.That(result.Results[0].Error!.Code, Is.EqualTo("MANDATORY_NOT_FOUND"));
        Assert.That(result.HttpStatus, Is.EqualTo(400));
    }
}

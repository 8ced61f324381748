using ZohoCrm.Emulator.Domain;
using ZohoCrm.Emulator.Domain.Errors;
using ZohoCrm.Emulator.Domain.Records;
using ZohoCrm.Emulator.Domain.Seeding;
using ZohoCrm.Emulator.Domain.Time;

namespace ZohoCrm.Emulator.Tests.Records;

public class InsertRecordsTests
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
    public void Inserted_record_gets_a_rising_id_and_system_fields_from_the_clock_and_current_user()
    {
        var lastSeeded = _org.Schema.Modules.SelectMany(m => _org.Records.Scan(m.ApiName)).Max(r => r.Id);
        _clock.Advance(TimeSpan.FromMinutes(5));

        var result = _org.Writer.Insert("Leads", SmallOrg.Records(new { Last_Name = "Novak", First_Name = "Petra", Salutation = "Ms." }));

        Assert.That(result.HttpStatus, Is.EqualTo(201));
        var item = result.Results.Single();
        Assert.That(item.Id, Is.GreaterThan(lastSeeded));
        var stored = _org.Records.Find("Leads", item.Id!.Value)!;
        var me = _org.Schema.CurrentUser.Id;
        Assert.That(stored["Owner"], Is.EqualTo(me));
        Assert.That(stored["Created_By"], Is.EqualTo(me));
        Assert.That(stored["Modified_By"], Is.EqualTo(me));
        Assert.That((DateTimeOffset)stored["Created_Time"]!, Is.EqualTo(_clock.UtcNow).Within(TimeSpan.FromSeconds(5)));
        Assert.That(((DateTimeOffset)stored["Created_Time"]!).Millisecond, Is.Zero);
        Assert.That(stored["Full_Name"], Is.EqualTo("Ms. Petra Novak"));

        var json = item.Json();
        Assert.That(json["code"]!.GetValue<string>(), Is.EqualTo("SUCCESS"));
        Assert.That(json["message"]!.GetValue<string>(), Is.EqualTo("record added"));
        Assert.That(json["status"]!.GetValue<string>(), Is.EqualTo("success"));
        Assert.That(json["details"]!["id"]!.GetValue<string>(), Is.EqualTo(item.Id.ToString()));
        Assert.That(json["details"]!["Created_By"]!["name"]!.GetValue<string>(), Is.EqualTo("Olivia Hart"));
        Assert.That(json["details"]!["Created_Time"]!.GetValue<string>(), Does.EndWith("+05:30"));
        Assert.That(json["details"]!["$approval_state"]!.GetValue<string>(), Is.EqualTo("approved"));
    }

    [Test]
    public void Ids_rise_in_input_order_within_a_call()
    {
        var result = _org.Writer.Insert("Contacts", SmallOrg.Records(new { Last_Name = "A" }, new { Last_Name = "B" }, new { Last_Name = "C" }));

        var ids = result.Results.Select(r => r.Id!.Value).ToList();
        Assert.That(ids, Is.Ordered.Ascending.And.Unique);
        Assert.That(ids.Select(id => _org.Records.Find("Contacts", id)!["Last_Name"]), Is.EqualTo(new[] { "A", "B", "C" }));
    }

    [Test]
    public void Mixed_results_come_back_in_input_order_with_207()
    {
        var body = SmallOrg.Body("""
            {"data":[
              {"Last_Name":"Novak","No_of_Employees":12,"Annual_Revenue":350000.5,"Lead_Source":"Web Download"},
              {"First_Name":"Jon","Company":"Missing Lastname Inc"},
              {"Last_Name":"Ivanova","No_of_Employees":"twelve"}
            ],"trigger":["workflow"]}
            """);

        var result = _org.Writer.Insert("Leads", body);

        Assert.That(result.HttpStatus, Is.EqualTo(207));
        var json = result.ToJson()["data"]!.AsArray();
        Assert.That(json[0]!["code"]!.GetValue<string>(), Is.EqualTo("SUCCESS"));
        Assert.That(json[1]!.ToJsonString(), Is.EqualTo("""{"code":"MANDATORY_NOT_FOUND","details":{"api_name":"Last_Name","json_path":"$.data[1].Last_Name"},"message":"required field not found","status":"error"}"""));
        Assert.That(json[2]!.ToJsonString(), Is.EqualTo("""{"code":"INVALID_DATA","details":{"expected_data_type":"integer","api_name":"No_of_Employees","json_path":"$.data[2].No_of_Employees"},"message":"invalid data","status":"error"}"""));
        Assert.That(result.Credits, Is.EqualTo(1));
    }

    [Test]
    public void All_failed_is_400_and_nothing_is_stored()
    {
        var before = _org.Records.Count("Leads");

        var result = _org.Writer.Insert("Leads", SmallOrg.Records(new { Company = "No name" }));

        Assert.That(result.HttpStatus, Is.EqualTo(400));
        Assert.That(_org.Records.Count("Leads"), Is.EqualTo(before));
    }

    [Test]
    public void More_than_100_records_is_a_request_level_limit_error()
    {
        var records = Enumerable.Range(0, 101).Select(i => (object)new { Last_Name = $"L{i}" }).ToArray();

        var error = Assert.Throws<ZohoApiException>(() => SmallOrg.Records(records))!;
        Assert.That(error.Code, Is.EqualTo("LIMIT_EXCEEDED"));
        Assert.That(error.HttpStatus, Is.EqualTo(400));
    }

    [Test]
    public void Hundred_records_cost_ten_credits()
    {
        var records = Enumerable.Range(0, 100).Select(i => (object)new { Last_Name = $"L{i}" }).ToArray();

        var result = _org.Writer.Insert("Leads", SmallOrg.Records(records));

        Assert.That(result.HttpStatus, Is.EqualTo(201));
        Assert.That(result.Credits, Is.EqualTo(10));
    }

    [Test]
    public void Values_are_parsed_per_data_type()
    {
        var account = _org.Records.Scan("Accounts")[0].Id;
        var body = SmallOrg.Body($$$"""
            {"data":[{"Name":"Typed","Summary":"two\nlines","Contact_Email":"pm@x.example","Project_Status":"on hold",
              "Technologies":["Java",".NET","Java"],"Team_Size":7,"External_Ref":"123456789012345","Estimated_Hours":12.345,
              "Budget":1000.555,"Completion":50,"Is_Billable":true,"Start_Date":"2025-02-03","Kickoff_Time":"2025-02-03T10:00:00+05:30",
              "Account":{"id":"{{{account}}}"},"Project_Manager":{"id":"{{{StandardOrg.CurrentUserId}}}"}}]}
            """);

        var result = _org.Writer.Insert("Projects", body);

        Assert.That(result.HttpStatus, Is.EqualTo(201), result.ToJson().ToJsonString());
        var stored = _org.Records.Find("Projects", result.Results[0].Id!.Value)!;
        Assert.That(stored["Summary"], Is.EqualTo("two\nlines"));
        Assert.That(stored["Project_Status"], Is.EqualTo("On Hold"), "picklist values take the option's spelling");
        Assert.That(stored["Technologies"], Is.EqualTo(new[] { "Java", ".NET" }));
        Assert.That(stored["Team_Size"], Is.EqualTo(7L));
        Assert.That(stored["External_Ref"], Is.EqualTo(123456789012345L));
        Assert.That(stored["Estimated_Hours"], Is.EqualTo(12.35m));
        Assert.That(stored["Budget"], Is.EqualTo(1000.56m));
        Assert.That(stored["Is_Billable"], Is.EqualTo(true));
        Assert.That(stored["Start_Date"], Is.EqualTo(new DateOnly(2025, 2, 3)));
        Assert.That(stored["Kickoff_Time"], Is.EqualTo(new DateTimeOffset(2025, 2, 3, 4, 30, 0, TimeSpan.Zero)));
        Assert.That(((DateTimeOffset)stored["Kickoff_Time"]!).Offset, Is.EqualTo(TimeSpan.Zero));
        Assert.That(stored["Account"], Is.EqualTo(account));
        Assert.That(stored["Project_Manager"], Is.EqualTo(StandardOrg.CurrentUserId));
        Assert.That(stored["Earned_Value"], Is.EqualTo(500.28m), "formula Budget * Completion / 100");
        Assert.That(stored["Project_Code"], Is.EqualTo($"PRJ-{SmallOrg.Counts.Projects + 1:0000}"), "autonumber continues after the seed");
    }

    [Test]
    public void Lookup_accepts_a_bare_id_string_and_rejects_a_missing_target()
    {
        var account = _org.Records.Scan("Accounts")[0].Id;

        var result = _org.Writer.Insert("Contacts", SmallOrg.Body($$$"""
            {"data":[{"Last_Name":"A","Account_Name":"{{{account}}}"},{"Last_Name":"B","Account_Name":{"id":"6284150000999999999"}}]}
            """));

        Assert.That(_org.Records.Find("Contacts", result.Results[0].Id!.Value)!["Account_Name"], Is.EqualTo(account));
        var error = result.Results[1].Error!;
        Assert.That(error.Code, Is.EqualTo("INVALID_DATA"));
        Assert.That(error.Details["json_path"]!.GetValue<string>(), Is.EqualTo("$.data[1].Account_Name.id"));
    }

    [TestCase("Start_Date", "\"03/02/2025\"", "date")]
    [TestCase("Kickoff_Time", "\"2025-02-03T10:00:00\"", "datetime")]
    [TestCase("Team_Size", "7.5", "integer")]
    [TestCase("Team_Size", "\"7\"", "integer")]
    [TestCase("Budget", "\"100\"", "currency")]
    [TestCase("Is_Billable", "\"true\"", "boolean")]
    [TestCase("Technologies", "\"Java\"", "jsonarray")]
    [TestCase("Contact_Email", "\"not-an-email\"", "email")]
    [TestCase("Contact_Phone", "42", "phone")]
    public void Wrong_types_are_invalid_data_naming_the_expected_type(string field, string json, string expected)
    {
        var result = _org.Writer.Insert("Projects", SmallOrg.Body($$"""{"data":[{"Name":"P","{{field}}":{{json}}}]}"""));

        var error = result.Results[0].Error!;
        Assert.That(error.Code, Is.EqualTo("INVALID_DATA"));
        Assert.That(error.Details["expected_data_type"]!.GetValue<string>(), Is.EqualTo(expected));
        Assert.That(error.Details["json_path"]!.GetValue<string>(), Is.EqualTo($"$.data[0].{field}"));
    }

    [Test]
    public void Lenient_mode_accepts_numeric_strings_and_unknown_picklist_values()
    {
        var body = SmallOrg.Body("""{"data":[{"Name":"P","Team_Size":"7","Project_Status":"Brand New","Mystery":1}]}""");

        var result = _org.Writer.Insert("Projects", body, strict: false);

        Assert.That(result.HttpStatus, Is.EqualTo(201));
        var stored = _org.Records.Find("Projects", result.Results[0].Id!.Value)!;
        Assert.That(stored["Team_Size"], Is.EqualTo(7L));
        Assert.That(stored["Project_Status"], Is.EqualTo("Brand New"));
    }

    [Test]
    public void Strict_mode_rejects_unknown_fields_read_only_fields_and_foreign_picklist_values_at_once()
    {
        var body = SmallOrg.Body("""{"data":[{"Last_Name":"X","Mystery":1,"Full_Name":"Y","Lead_Status":"Brand New"}]}""");

        var error = _org.Writer.Insert("Leads", body).Results[0].Error!;

        Assert.That(error.Code, Is.EqualTo("MULTIPLE_OR_MULTI_ERRORS"));
        var paths = error.Details["errors"]!.AsArray().Select(e => e!["details"]!["json_path"]!.GetValue<string>());
        Assert.That(paths, Is.EqualTo(new[] { "$.data[0].Mystery", "$.data[0].Full_Name", "$.data[0].Lead_Status" }));
    }

    [Test]
    public void Too_long_text_names_the_maximum_length()
    {
        var error = _org.Writer.Insert("Leads", SmallOrg.Records(new { Last_Name = new string('x', 81) })).Results[0].Error!;

        Assert.That(error.Details["maximum_length"]!.GetValue<int>(), Is.EqualTo(80));
        Assert.That(error.Details["api_name"]!.GetValue<string>(), Is.EqualTo("Last_Name"));
    }

    [Test]
    public void Unique_field_rejects_a_duplicate_case_insensitively_also_within_one_call()
    {
        var existing = _org.Records.Scan("Leads").First(r => r["External_Lead_Id"] is string);
        var value = ((string)existing["External_Lead_Id"]!).ToLowerInvariant();

        var result = _org.Writer.Insert("Leads", SmallOrg.Records(
            new { Last_Name = "A", External_Lead_Id = value },
            new { Last_Name = "B", External_Lead_Id = "NEW-1" },
            new { Last_Name = "C", External_Lead_Id = "new-1" }));

        var first = result.Results[0].Error!;
        Assert.That(first.Code, Is.EqualTo("DUPLICATE_DATA"));
        Assert.That(first.Details["duplicate_record"]!["id"]!.GetValue<string>(), Is.EqualTo(existing.Id.ToString()));
        Assert.That(first.Details["duplicate_record"]!["module"]!["api_name"]!.GetValue<string>(), Is.EqualTo("Leads"));
        Assert.That(first.Details["id"]!.GetValue<string>(), Is.EqualTo(existing.Id.ToString()), "Zoho's createRecords example also names the duplicate's id in details");
        Assert.That(result.Results[1].Succeeded, Is.True);
        Assert.That(result.Results[2].Error!.Code, Is.EqualTo("DUPLICATE_DATA"));
        Assert.That(result.HttpStatus, Is.EqualTo(207));
    }

    [Test]
    public void Unknown_module_is_invalid_module()
    {
        var error = Assert.Throws<ZohoApiException>(() => _org.Writer.Insert("Nope", SmallOrg.Records(new { Last_Name = "A" })))!;

        Assert.That(error.Code, Is.EqualTo("INVALID_MODULE"));
        Assert.That(error.Details["resource_path_index"], Is.EqualTo(0));
    }

    [Test]
    public void Owner_can_be_set_to_another_active_user_but_not_an_unknown_one()
    {
        var other = _org.Schema.Users.First(u => u.Id != _org.Schema.CurrentUser.Id && u.Status == "active");

        var result = _org.Writer.Insert("Leads", SmallOrg.Body($$$"""
            {"data":[{"Last_Name":"A","Owner":{"id":"{{{other.Id}}}"}},{"Last_Name":"B","Owner":{"id":"6284150000000000001"}}]}
            """));

        Assert.That(_org.Records.Find("Leads", result.Results[0].Id!.Value)!["Owner"], Is.EqualTo(other.Id));
        Assert.That(result.Results[1].Error!.Details["api_name"]!.GetValue<string>(), Is.EqualTo("Owner"));
    }
}

using System.Text.Json.Nodes;
using ZohoCrm.Emulator.Domain;
using ZohoCrm.Emulator.Domain.Coql;
using ZohoCrm.Emulator.Domain.Errors;
using ZohoCrm.Emulator.Domain.Records;

namespace ZohoCrm.Emulator.Tests.Records;

/// <summary>
/// Activities' <c>What_Id</c>: a lookup to a record of one of several modules, named on writes by <c>$se_module</c>,
/// returned with <c>$se_module</c> by the record APIs and as <c>{"id"}</c> by COQL, reachable as <c>'What_Id->Accounts.x'</c>.
/// </summary>
public class MultiModuleLookupTests
{
    private EmulatorDomain _org = null!;
    private CoqlEngine _coql = null!;

    [SetUp]
    public void CreateOrg()
    {
        _org = SmallOrg.Create();
        _coql = new CoqlEngine(_org.Schema, _org.Records, _org.Wire, new EmulatorSettings());
    }

    [TearDown]
    public void DisposeOrg() => _org.Dispose();

    private long AnAccount() => _org.Records.Scan("Accounts")[0].Id;

    private long ADeal() => _org.Records.Scan("Deals")[0].Id;

    private JsonObject Insert(string module, string recordJson)
    {
        var result = _org.Writer.Insert(module, SmallOrg.Body($$$"""{"data":[{{{recordJson}}}]}"""));
        return result.Results.Single().Json();
    }

    private JsonArray Coql(string query) =>
        JsonNode.Parse(_coql.Execute(query).ToJsonString())?["data"]?.AsArray() ?? [];

    [TestCase("Tasks")]
    [TestCase("Calls")]
    [TestCase("Events")]
    public void Field_metadata_describes_What_Id_as_a_lookup_to_se_module_and_Who_Id_as_a_lookup_to_contacts(string module)
    {
        var fields = _org.Metadata.Fields(module, null)!["fields"]!.AsArray().ToDictionary(f => f!["api_name"]!.GetValue<string>(), f => f!);

        var what = fields["What_Id"];
        Assert.That(what["data_type"]!.GetValue<string>(), Is.EqualTo("lookup"));
        Assert.That(what["json_type"]!.GetValue<string>(), Is.EqualTo("jsonobject"));
        Assert.That(what["lookup"]!["module"]!["api_name"]!.GetValue<string>(), Is.EqualTo("se_module"));
        Assert.That(fields["Who_Id"]["lookup"]!["module"]!["api_name"]!.GetValue<string>(), Is.EqualTo("Contacts"));
    }

    [Test]
    public void A_task_written_against_an_account_reads_back_with_its_name_and_se_module()
    {
        var account = _org.Records.Find("Accounts", AnAccount())!;
        var result = Insert("Tasks", $$$"""{"Subject":"Call back","What_Id":{"id":"{{{account.Id}}}"},"$se_module":"Accounts"}""");

        Assert.That(result["code"]!.GetValue<string>(), Is.EqualTo("SUCCESS"), result.ToJsonString());
        var id = result["details"]!["id"]!.GetValue<string>();
        var read = _org.Reader.Get("Tasks", id).Body!["data"]![0]!;
        Assert.That(read["What_Id"]!["id"]!.GetValue<string>(), Is.EqualTo(account.Id.ToString()));
        Assert.That(read["What_Id"]!["name"]!.GetValue<string>(), Is.EqualTo(account["Account_Name"]));
        Assert.That(read["$se_module"]!.GetValue<string>(), Is.EqualTo("Accounts"));

        var listed = _org.Reader.List(new RecordListRequest { Module = "Tasks", Fields = "Subject,What_Id", PerPage = "1" }).Body!["data"]![0]!;
        Assert.That(listed["id"]!.GetValue<string>(), Is.EqualTo(id));
        Assert.That(listed["$se_module"]!.GetValue<string>(), Is.EqualTo("Accounts"));
    }

    [Test]
    public void A_task_with_nothing_related_reads_back_with_null_What_Id_and_se_module()
    {
        var result = Insert("Tasks", """{"Subject":"Alone"}""");

        var read = _org.Reader.Get("Tasks", result["details"]!["id"]!.GetValue<string>()).Body!["data"]![0]!.AsObject();
        Assert.That(read["What_Id"], Is.Null);
        Assert.That(read.ContainsKey("$se_module") && read["$se_module"] is null, Is.True);
    }

    [Test]
    public void What_Id_without_se_module_is_refused_naming_se_module()
    {
        var result = Insert("Tasks", $$$"""{"Subject":"x","What_Id":{"id":"{{{AnAccount()}}}"}}""");

        Assert.That(result.ToJsonString(), Is.EqualTo(
            """{"code":"MANDATORY_NOT_FOUND","details":{"api_name":"$se_module","json_path":"$.data[0].$se_module"},"message":"required field not found","status":"error"}"""));
    }

    [Test]
    public void A_module_What_Id_does_not_take_is_refused_with_the_modules_it_takes()
    {
        var contact = _org.Records.Scan("Contacts")[0].Id;
        var result = Insert("Calls", $$$"""{"Subject":"x","Call_Type":"Inbound","Call_Start_Time":"2026-01-05T10:00:00+05:30","Call_Duration":"01:00","What_Id":{"id":"{{{contact}}}"},"$se_module":"Contacts"}""");

        Assert.That(result["code"]!.GetValue<string>(), Is.EqualTo("INVALID_DATA"));
        Assert.That(result["details"]!["api_name"]!.GetValue<string>(), Is.EqualTo("$se_module"));
        Assert.That(result["details"]!["json_path"]!.GetValue<string>(), Is.EqualTo("$.data[0].$se_module"));
        Assert.That(result["details"]!["supported_values"]!.AsArray().Select(v => v!.GetValue<string>()), Does.Contain("Accounts").And.Contain("Leads").And.Not.Contain("Contacts"));
    }

    [Test]
    public void An_id_that_is_not_a_record_of_the_named_module_is_refused_as_an_invalid_related_id()
    {
        var account = AnAccount();
        var result = Insert("Tasks", $$$"""{"Subject":"x","What_Id":{"id":"{{{account}}}"},"$se_module":"Deals"}""");

        Assert.That(result.ToJsonString(), Is.EqualTo(
            $$$"""{"code":"INVALID_DATA","details":{"api_name":"What_Id","json_path":"$.data[0].What_Id.id","id":"{{{account}}}"},"message":"the related id given seems to be invalid","status":"error"}"""));
    }

    [Test]
    public void An_update_can_move_What_Id_to_a_deal_and_clear_it()
    {
        var id = Insert("Tasks", $$$"""{"Subject":"x","What_Id":{"id":"{{{AnAccount()}}}"},"$se_module":"Accounts"}""")["details"]!["id"]!.GetValue<string>();
        var deal = ADeal();

        var moved = _org.Writer.Update("Tasks", SmallOrg.Body($$$"""{"data":[{"id":"{{{id}}}","What_Id":{"id":"{{{deal}}}"},"$se_module":"Deals"}]}"""));
        Assert.That(moved.Results.Single().Succeeded, Is.True, moved.ToJson().ToJsonString());
        var read = _org.Reader.Get("Tasks", id).Body!["data"]![0]!;
        Assert.That(read["What_Id"]!["id"]!.GetValue<string>(), Is.EqualTo(deal.ToString()));
        Assert.That(read["$se_module"]!.GetValue<string>(), Is.EqualTo("Deals"));

        _org.Writer.Update("Tasks", SmallOrg.Body($$$"""{"data":[{"id":"{{{id}}}","What_Id":null}]}"""));
        Assert.That(_org.Records.Find("Tasks", long.Parse(id))!["What_Id"], Is.Null);
    }

    [Test]
    public void Coql_selects_What_Id_as_its_id_only_and_filters_on_the_id_and_on_null()
    {
        var account = AnAccount();
        var id = Insert("Tasks", $$$"""{"Subject":"Mine","What_Id":{"id":"{{{account}}}"},"$se_module":"Accounts"}""")["details"]!["id"]!.GetValue<string>();

        var rows = Coql($"select Subject, What_Id from Tasks where What_Id = '{account}'");
        var expected = _org.Records.Scan("Tasks").Where(t => Equals(t["What_Id"], account)).Select(t => t.Id.ToString()).ToList();
        Assert.That(rows.Select(r => r!["id"]!.GetValue<string>()), Is.EquivalentTo(expected).And.Contain(id));
        Assert.That(rows.Single(r => r!["id"]!.GetValue<string>() == id)!["What_Id"]!.ToJsonString(), Is.EqualTo($$$"""{"id":"{{{account}}}"}"""));

        var unrelated = Coql("select Subject from Tasks where What_Id is null").Select(r => r!["id"]!.GetValue<string>());
        Assert.That(unrelated, Is.EquivalentTo(_org.Records.Scan("Tasks").Where(t => t["What_Id"] is null).Select(t => t.Id.ToString())));
    }

    [Test]
    public void Coql_reaches_the_related_record_through_the_arrow_path_of_its_module_only()
    {
        var account = _org.Records.Find("Accounts", AnAccount())!;
        var name = (string)account["Account_Name"]!;
        var onAccount = Insert("Tasks", $$$"""{"Subject":"A","What_Id":{"id":"{{{account.Id}}}"},"$se_module":"Accounts"}""")["details"]!["id"]!.GetValue<string>();
        var onDeal = Insert("Tasks", $$$"""{"Subject":"D","What_Id":{"id":"{{{ADeal()}}}"},"$se_module":"Deals"}""")["details"]!["id"]!.GetValue<string>();

        var rows = Coql($"select Subject, 'What_Id->Accounts.Account_Name', 'What_Id->Deals.Deal_Name' from Tasks where 'What_Id->Accounts.Account_Name' = '{name.Replace("'", "''")}'");

        var expected = _org.Records.Scan("Tasks")
            .Where(t => t["What_Id"] is long w && _org.Records.Find("Accounts", w)?["Account_Name"] as string == name)
            .Select(t => t.Id.ToString());
        Assert.That(rows.Select(r => r!["id"]!.GetValue<string>()), Is.EquivalentTo(expected).And.Contain(onAccount).And.Not.Contain(onDeal));
        var mine = rows.Single(r => r!["id"]!.GetValue<string>() == onAccount)!;
        Assert.That(mine["What_Id->Accounts.Account_Name"]!.GetValue<string>(), Is.EqualTo(name));
        Assert.That(mine["What_Id->Deals.Deal_Name"], Is.Null);
    }

    [TestCase("select 'What_Id->Contacts.Last_Name' from Tasks where id is not null")]
    [TestCase("select 'Who_Id->Contacts.Last_Name' from Tasks where id is not null")]
    [TestCase("select 'What_Id->Accounts' from Tasks where id is not null")]
    [TestCase("select What_Id.module.api_name from Tasks where id is not null")]
    [TestCase("select What_Id.Account_Name from Tasks where id is not null")]
    public void Coql_refuses_an_arrow_path_to_a_module_What_Id_does_not_take(string query)
    {
        Assert.That(() => _coql.Execute(query), Throws.InstanceOf<ZohoApiException>());
    }

    [Test]
    public void Seeded_activities_point_at_accounts_deals_and_leads()
    {
        foreach (var module in new[] { "Tasks", "Calls", "Events" })
        {
            var field = _org.Schema.FindModule(module)!.FindField("What_Id")!;
            var modules = _org.Records.Scan(module).Where(r => r["What_Id"] is not null)
                .Select(r => _org.Wire.ModuleOf(field, (long)r["What_Id"]!)).ToList();
            Assert.That(modules, Is.Not.Empty.And.All.Not.Null, module);
            Assert.That(modules.Distinct(), Is.SubsetOf(new[] { "Accounts", "Deals", "Leads" }), module);
        }
    }

    [Test]
    public void A_note_written_with_its_parent_in_the_v8_shape_reads_back_with_the_parents_module_and_name()
    {
        var lead = _org.Records.Scan("Leads")[0];
        var result = Insert("Notes", $$$"""{"Note_Title":"Contacted","Note_Content":"Need to do further tracking","Parent_Id":{"module":{"api_name":"Leads"},"id":"{{{lead.Id}}}"}}""");

        Assert.That(result["code"]!.GetValue<string>(), Is.EqualTo("SUCCESS"), result.ToJsonString());
        var id = result["details"]!["id"]!.GetValue<string>();
        var read = _org.Reader.Get("Notes", id).Body!["data"]![0]!.AsObject();
        var leadsModuleId = _org.Schema.FindModule("Leads")!.Id;
        Assert.That(read["Parent_Id"]!.ToJsonString(), Is.EqualTo(
            $$$"""{"module":{"api_name":"Leads","id":"{{{leadsModuleId}}}"},"name":"{{{lead["Full_Name"]}}}","id":"{{{lead.Id}}}"}"""));
        Assert.That(read.ContainsKey("$se_module"), Is.False);

        var row = Coql($"select Parent_Id, Parent_Id.module.api_name from Notes where id = '{id}'").Single()!;
        Assert.That(row["Parent_Id"]!.ToJsonString(), Is.EqualTo($$$"""{"module":{"api_name":"Leads","id":"{{{leadsModuleId}}}"},"id":"{{{lead.Id}}}"}"""));
        Assert.That(row["Parent_Id.module.api_name"]!.GetValue<string>(), Is.EqualTo("Leads"));
    }

    [Test]
    public void A_note_written_with_a_bare_parent_id_and_se_module_is_attached_to_that_record()
    {
        var deal = ADeal();
        var result = Insert("Notes", $$$"""{"Note_Content":"Budget approved","Parent_Id":"{{{deal}}}","$se_module":"Deals"}""");

        Assert.That(result["code"]!.GetValue<string>(), Is.EqualTo("SUCCESS"), result.ToJsonString());
        var stored = _org.Records.Find("Notes", long.Parse(result["details"]!["id"]!.GetValue<string>()))!;
        Assert.That(stored["Parent_Id"], Is.EqualTo(deal));
        var onDeal = Coql($"select Note_Content from Notes where Parent_Id = '{deal}'").Select(r => r!["id"]!.GetValue<string>());
        Assert.That(onDeal, Is.EquivalentTo(_org.Records.Scan("Notes").Where(n => Equals(n["Parent_Id"], deal)).Select(n => n.Id.ToString())));
    }

    [Test]
    public void A_note_needs_a_title_or_a_content_and_a_parent()
    {
        var data = _org.Writer.Insert("Notes", SmallOrg.Body($$$"""
            {"data":[
              {"Parent_Id":{"module":{"api_name":"Accounts"},"id":"{{{AnAccount()}}}"}},
              {"Note_Title":"Orphan"},
              {"Note_Title":"Wrong module","Parent_Id":{"module":{"api_name":"Notes"},"id":"{{{AnAccount()}}}"}}
            ]}
            """)).ToJson()["data"]!.AsArray();

        Assert.That(data[0]!.ToJsonString(), Is.EqualTo(
            """{"code":"EXPECTED_FIELD_MISSING","details":{"expected_fields":[{"api_name":"Note_Content","json_path":"$.data[0].Note_Content"},{"api_name":"Note_Title","json_path":"$.data[0].Note_Title"}]},"message":"should contain either content or title","status":"error"}"""));
        Assert.That(data[1]!.ToJsonString(), Is.EqualTo(
            """{"code":"MANDATORY_NOT_FOUND","details":{"api_name":"Parent_Id","json_path":"$.data[1].Parent_Id"},"message":"required field not found","status":"error"}"""));
        Assert.That(data[2]!["code"]!.GetValue<string>(), Is.EqualTo("INVALID_DATA"));
        Assert.That(data[2]!["details"]!["json_path"]!.GetValue<string>(), Is.EqualTo("$.data[2].Parent_Id.module.api_name"));
    }
}

using System.Text.Json.Nodes;
using ZohoCrm.Emulator.Domain;
using ZohoCrm.Emulator.Domain.Errors;
using ZohoCrm.Emulator.Tests.Records;

namespace ZohoCrm.Emulator.Tests.Metadata;

public class MetadataJsonTests
{
    private static readonly string[] FieldKeys =
    [
        "api_name", "id", "data_type", "json_type", "length", "decimal_place", "system_mandatory", "read_only", "field_read_only",
        "custom_field", "lookup", "pick_list_values", "unique", "sortable", "filterable", "formula", "auto_number", "display_label",
        "field_label", "visible", "searchable", "virtual_field", "operation_type", "ui_type", "currency", "multiselectlookup",
    ];

    private EmulatorDomain _org = null!;

    [OneTimeSetUp]
    public void CreateOrg() => _org = SmallOrg.Create();

    [OneTimeTearDown]
    public void DisposeOrg() => _org.Dispose();

    [Test]
    public void Every_api_supported_module_has_generated_type_and_string_ids()
    {
        var modules = _org.Metadata.Modules()["modules"]!.AsArray();

        Assert.That(modules, Has.Count.EqualTo(_org.Schema.Modules.Count));
        foreach (var module in modules)
        {
            Assert.That(module!["generated_type"]!.GetValue<string>(), Is.Not.Empty);
            Assert.That(module["id"]!.GetValue<string>(), Does.Match("^[0-9]{19}$"));
            Assert.That(module["api_supported"]!.GetValue<bool>(), Is.True);
        }

        Assert.That(modules.Single(m => m!["api_name"]!.GetValue<string>() == "Projects")!["generated_type"]!.GetValue<string>(), Is.EqualTo("custom"));
        Assert.That(modules.Single(m => m!["api_name"]!.GetValue<string>() == "Events")!["module_name"]!.GetValue<string>(), Is.EqualTo("Meetings"));
    }

    [Test]
    public void Single_module_by_api_name_is_case_insensitive_and_unknown_is_invalid_module()
    {
        var module = _org.Metadata.ModuleByApiName("leads")["modules"]![0]!;

        Assert.That(module["api_name"]!.GetValue<string>(), Is.EqualTo("Leads"));
        Assert.That(module["display_field"]!.GetValue<string>(), Is.EqualTo("Full_Name"), "Zoho names the display field by its API name");
        Assert.That(Assert.Throws<ZohoApiException>(() => _org.Metadata.ModuleByApiName("Nope"))!.Code, Is.EqualTo("INVALID_MODULE"));
    }

    [Test]
    public void Fields_carry_the_full_metadata_keys_for_every_module_reachable_by_lookup()
    {
        var pending = new Queue<string>(["Leads"]);
        var visited = new HashSet<string>();
        while (pending.TryDequeue(out var name))
        {
            if (!visited.Add(name))
            {
                continue;
            }

            var fields = _org.Metadata.Fields(name, null)!["fields"]!.AsArray();
            foreach (var field in fields)
            {
                Assert.That(field!.AsObject().Select(p => p.Key), Is.SupersetOf(FieldKeys), $"{name}.{field["api_name"]}");
                Assert.That(field["id"]!.GetValue<string>(), Does.Match("^[0-9]{19}$"));
                if (field["lookup"]!["module"]?["api_name"]?.GetValue<string>() is { } target)
                {
                    pending.Enqueue(target);
                }
            }

            Assert.That(fields[^1]!["api_name"]!.GetValue<string>(), Is.EqualTo("id"));
        }

        Assert.That(visited, Is.SupersetOf(new[] { "Leads", "Contacts", "Accounts", "Vendors" }));
    }

    [Test]
    public void Field_shapes_follow_zoho_for_lookups_picklists_formulas_and_textareas()
    {
        var fields = _org.Metadata.Fields("Leads", null)!["fields"]!.AsArray().ToDictionary(f => f!["api_name"]!.GetValue<string>(), f => f!);

        Assert.That(fields["Referred_By"]["lookup"]!["module"]!["api_name"]!.GetValue<string>(), Is.EqualTo("Contacts"));
        Assert.That(fields["Referred_By"]["data_type"]!.GetValue<string>(), Is.EqualTo("lookup"));
        Assert.That(fields["Owner"]["lookup"]!.AsObject(), Is.Empty);
        Assert.That(fields["Owner"]["data_type"]!.GetValue<string>(), Is.EqualTo("ownerlookup"));
        var option = fields["Lead_Status"]["pick_list_values"]![0]!;
        Assert.That(option["display_value"]!.GetValue<string>(), Is.EqualTo(option["actual_value"]!.GetValue<string>()));
        Assert.That(option.AsObject().Select(p => p.Key), Is.SupersetOf(new[] { "display_value", "actual_value", "reference_value", "sequence_number", "id", "type" }));
        Assert.That(fields["Score_Formula"]["formula"]!["return_type"]!.GetValue<string>(), Is.EqualTo("double"));
        Assert.That(fields["Description"]["textarea"]!["type"]!.GetValue<string>(), Is.EqualTo("large"));
        Assert.That(fields["Description"]["filterable"]!.GetValue<bool>(), Is.False);
        Assert.That(fields["External_Lead_Id"]["unique"]!["casesensitive"]!.GetValue<string>(), Is.EqualTo("false"));
        Assert.That(fields["Full_Name"]["read_only"]!.GetValue<bool>(), Is.True);
        Assert.That(fields["Last_Name"]["system_mandatory"]!.GetValue<bool>(), Is.True);
        Assert.That(fields["Languages_Spoken"]["json_type"]!.GetValue<string>(), Is.EqualTo("jsonarray"));
    }

    [Test]
    public void Fields_need_a_known_module()
    {
        Assert.That(Assert.Throws<ZohoApiException>(() => _org.Metadata.Fields(null, null))!.Code, Is.EqualTo("REQUIRED_PARAM_MISSING"));
        Assert.That(Assert.Throws<ZohoApiException>(() => _org.Metadata.Fields("Nope", null))!.Code, Is.EqualTo("INVALID_MODULE"));
        Assert.That(_org.Metadata.Fields("Leads", "unused"), Is.Null);
    }

    [Test]
    public void Users_by_type()
    {
        var current = _org.Metadata.Users("CurrentUser", null, null)!;
        Assert.That(current["users"]!.AsArray().Single()!["id"]!.GetValue<string>(), Is.EqualTo(_org.Schema.CurrentUser.Id.ToString()));
        Assert.That(current["users"]![0]!["email"]!.GetValue<string>(), Is.EqualTo(_org.Schema.CurrentUser.Email));
        Assert.That(current["info"]!.AsObject().Select(p => p.Key), Is.EquivalentTo(new[] { "per_page", "count", "page", "more_records" }));

        var all = _org.Metadata.Users("AllUsers", null, null)!["users"]!.AsArray();
        var active = _org.Metadata.Users("ActiveUsers", null, null)!["users"]!.AsArray();
        Assert.That(all, Has.Count.EqualTo(_org.Schema.Users.Count));
        Assert.That(active.Select(u => u!["status"]!.GetValue<string>()), Has.All.EqualTo("active"));
        Assert.That(active, Has.Count.LessThan(all.Count));
        Assert.That(Assert.Throws<ZohoApiException>(() => _org.Metadata.Users("Everyone", null, null))!.Code, Is.EqualTo("INVALID_DATA"));
    }

    [Test]
    public void Org_reports_id_zgid_and_the_edition()
    {
        var org = _org.Metadata.Org("professional")["org"]![0]!;

        Assert.That(org["id"]!.GetValue<string>(), Does.Match("^[0-9]{19}$"));
        Assert.That(org["zgid"]!.GetValue<string>(), Is.EqualTo(_org.Schema.Org.Zgid));
        Assert.That(org["company_name"]!.GetValue<string>(), Is.EqualTo(_org.Schema.Org.CompanyName));
        Assert.That(org["time_zone"]!.GetValue<string>(), Is.EqualTo("Asia/Kolkata"));
        Assert.That(org["license_details"]!["paid_type"]!.GetValue<string>(), Is.EqualTo("professional"));
    }
}

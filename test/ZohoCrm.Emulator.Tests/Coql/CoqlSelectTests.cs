using System.Text.Json.Nodes;

namespace ZohoCrm.Emulator.Tests.Coql;

/// <summary>SELECT lists: plain columns, aliases, quoted names, lookup paths, and how rows are keyed and rendered.</summary>
public class CoqlSelectTests
{
    private QueryTestOrg _org = null!;

    [SetUp]
    public void Create() => _org = new QueryTestOrg();

    [Test]
    public void Rows_are_keyed_by_column_text_and_always_carry_the_base_id_last()
    {
        var row = _org.Rows("select Last_Name, Email from Contacts where Last_Name = 'Harper'").Single()!.AsObject();

        Assert.That(row.Select(p => p.Key), Is.EqualTo(new[] { "Last_Name", "Email", "id" }));
        Assert.That(QueryTestOrg.Text(row), Is.EqualTo(
            $$"""{"Last_Name":"Harper","Email":"lena.harper@contoso.example","id":"{{QueryTestOrg.Contact(2)}}"}"""));
    }

    [Test]
    public void Info_reports_the_page_count_and_whether_more_records_match()
    {
        var body = _org.Query("select Last_Name from Leads where id is not null limit 3")!;

        Assert.That(QueryTestOrg.Text(body["info"]!), Is.EqualTo("""{"count":3,"more_records":true}"""));
        Assert.That(_org.Query("select Last_Name from Leads where id is not null limit 8")!["info"]!["more_records"]!.GetValue<bool>(), Is.False);
    }

    [Test]
    public void No_match_is_an_empty_result_for_the_204_answer()
    {
        var result = _org.Coql.Execute("select Last_Name from Contacts where Last_Name = 'Nobody'");

        Assert.That(result.IsEmpty, Is.True);
        Assert.That(result.Count, Is.Zero);
    }

    [Test]
    public void Aliases_key_the_row_in_any_case_of_AS_and_may_be_quoted_with_spaces()
    {
        var row = _org.Rows("select Last_Name AS surname, First_Name as 'Given name', 'Email' As \"Mail\" from Contacts where Last_Name = 'Harper'").Single()!;

        Assert.That(row.AsObject().Select(p => p.Key), Is.EqualTo(new[] { "surname", "Given name", "Mail", "id" }));
        Assert.That((string)row["Given name"]!, Is.EqualTo("Lena"));
    }

    [Test]
    public void Lookups_render_name_and_id_and_users_show_their_last_name()
    {
        var row = _org.Rows("select Account_Name, Owner from Contacts where Last_Name = 'Harper'").Single()!;

        Assert.That(QueryTestOrg.Text(row["Account_Name"]!), Is.EqualTo($$"""{"name":"Contoso Ltd","id":"{{QueryTestOrg.Id(QueryTestOrg.Contoso)}}"}"""));
        Assert.That(QueryTestOrg.Text(row["Owner"]!), Is.EqualTo($$"""{"name":"Reed","id":"{{QueryTestOrg.Id(QueryTestOrg.Marcus)}}"}"""));
    }

    [Test]
    public void Dot_paths_reach_two_relations_deep()
    {
        var row = _org.Rows("select Account_Name.Account_Name, Account_Name.Parent_Account.Account_Name, Account_Name.Industry from Contacts where Last_Name = 'Harper'").Single()!;

        Assert.That((string)row["Account_Name.Account_Name"]!, Is.EqualTo("Contoso Ltd"));
        Assert.That((string)row["Account_Name.Parent_Account.Account_Name"]!, Is.EqualTo("Northwind Traders"));
        Assert.That((string)row["Account_Name.Industry"]!, Is.EqualTo("Manufacturing"));
    }

    [Test]
    public void A_path_ending_on_a_lookup_returns_only_the_id()
    {
        var row = _org.Rows("select Account_Name.Parent_Account, Owner.role from Contacts where Last_Name = 'Harper'").Single()!;

        Assert.That(QueryTestOrg.Text(row["Account_Name.Parent_Account"]!), Is.EqualTo($$"""{"id":"{{QueryTestOrg.Id(QueryTestOrg.Northwind)}}"}"""));
        Assert.That(QueryTestOrg.Text(row["Owner.role"]!), Is.EqualTo("""{"id":"72"}"""));
    }

    [Test]
    public void User_lookups_expose_names_email_role_profile_and_status()
    {
        var row = _org.Rows("select Owner.first_name, Owner.last_name, Owner.full_name, Owner.email, Owner.role.name, Owner.profile.name, Owner.status from Contacts where Last_Name = 'Harper'").Single()!;

        Assert.That(QueryTestOrg.Text(row), Does.StartWith(
            """{"Owner.first_name":"Marcus","Owner.last_name":"Reed","Owner.full_name":"Marcus Reed","Owner.email":"marcus.reed@query.example","Owner.role.name":"Manager","Owner.profile.name":"Standard","Owner.status":"active","""));
    }

    [Test]
    public void Quoted_columns_and_the_module_marker_name_the_same_field()
    {
        var ids = _org.Ids("select 'Last_Name', \"First_Name\", !Contacts.Owner.email from Contacts where 'Last_Name' = 'Harper'");

        Assert.That(ids, Is.EqualTo(new[] { QueryTestOrg.Contact(2) }));
    }

    [Test]
    public void Values_render_as_in_get_records()
    {
        var row = _org.Rows("select Languages, Created_Time, Date_of_Birth, Email_Opt_Out, External_Id from Contacts where Last_Name = 'Harper'").Single()!;

        Assert.That(QueryTestOrg.Text(row), Does.StartWith(
            """{"Languages":["French"],"Created_Time":"2025-03-02T11:00:00+01:00","Date_of_Birth":"1992-01-03","Email_Opt_Out":true,"External_Id":"9000000000002","""));
    }

    [Test]
    public void Empty_values_are_null()
    {
        var row = _org.Rows("select First_Name, Languages, Account_Name from Contacts where Last_Name = 'Ng'").Single()!;

        Assert.That(row["First_Name"], Is.Null);
        Assert.That(row["Account_Name"], Is.Null);
        Assert.That(QueryTestOrg.Text(row["Languages"]!), Is.EqualTo("[\"German\",\"English\"]"));
    }

    [Test]
    public void Selecting_id_keeps_one_id_key()
    {
        var row = _org.Rows("select id, Last_Name from Contacts where Last_Name = 'Harper'").Single()!.AsObject();

        Assert.That(row.Select(p => p.Key), Is.EqualTo(new[] { "id", "Last_Name" }));
    }

    [Test]
    public void Field_metadata_is_included_on_request()
    {
        var result = _org.Coql.Execute("select Last_Name, Account_Name from Contacts where Last_Name = 'Harper'", includeFieldMetadata: true);
        var fields = JsonNode.Parse(result.ToJsonString())!["fields"]!;

        Assert.That((string)fields["Last_Name"]!["data_type"]!, Is.EqualTo("text"));
        Assert.That((string)fields["Account_Name"]!["lookup"]!["module"]!["api_name"]!, Is.EqualTo("Accounts"));
    }

    /// <summary>The keys of a field object in Zoho's v8 example of include_meta (zoho/crm-oas, executeCOQLQuery).</summary>
    private static readonly string[] ZohoIncludeMetaFieldKeys =
    [
        "webhook", "operation_type", "colour_code_enabled_by_system", "field_label", "tooltip", "display_format_properties", "type",
        "table_name", "field_read_only", "required", "customizable_properties", "display_label", "read_only", "association_details",
        "multi_module_lookup", "id", "created_time", "filterable", "visible", "refer_from_field", "view_type", "separator", "searchable",
        "history_tracking_enabled", "external", "api_name", "parent_field", "unique", "enable_colour_code", "child_fields",
        "pick_list_values", "system_mandatory", "virtual_field", "json_type", "crypt", "range", "created_source", "display_type",
        "ui_type", "modified_time", "public", "email_parser", "currency", "custom_field", "lookup", "address", "rollup_summary",
        "length", "column_name", "display_field", "pick_list_values_sorted_lexically", "default_value", "sortable",
        "layout_associations", "global_picklist", "display_format", "history_tracking", "data_type", "lucene_colname",
        "generated_type", "formula", "additional_column", "decimal_place", "multiselectlookup", "auto_number",
    ];

    [Test]
    public void Field_metadata_carries_zohos_keys_and_agrees_with_settings_fields()
    {
        var result = _org.Coql.Execute("select Last_Name, Account_Name, Account_Name.Account_Name from Contacts where Last_Name = 'Harper'", includeFieldMetadata: true);
        var fields = JsonNode.Parse(result.ToJsonString())!["fields"]!.AsObject();
        var metadata = new ZohoCrm.Emulator.Domain.Metadata.MetadataJson(_org.Schema, _org.Wire);
        JsonNode Settings(string module, string apiName) =>
            metadata.Fields(module, null)!["fields"]!.AsArray().Single(f => (string)f!["api_name"]! == apiName)!;

        foreach (var (key, module, apiName) in new[] { ("Last_Name", "Contacts", "Last_Name"), ("Account_Name", "Contacts", "Account_Name"), ("Account_Name.Account_Name", "Accounts", "Account_Name") })
        {
            var meta = fields[key]!.AsObject();
            Assert.That(meta.Select(p => p.Key), Is.SupersetOf(ZohoIncludeMetaFieldKeys), key);

            // Every key settings/fields gives has the same value here: one description of the field, two endpoints.
            var settings = Settings(module, apiName).AsObject();
            foreach (var (name, value) in settings)
            {
                Assert.That(meta[name]?.ToJsonString(), Is.EqualTo(value?.ToJsonString()), $"{key}.{name}");
            }
        }
    }

    [Test]
    public void Keywords_are_case_insensitive_and_lines_may_break_anywhere()
    {
        var ids = _org.Ids("SELECT Last_Name\nFROM Contacts\r\nWHERE Last_Name = 'Harper'\nLIMIT 5");

        Assert.That(ids, Is.EqualTo(new[] { QueryTestOrg.Contact(2) }));
    }
}

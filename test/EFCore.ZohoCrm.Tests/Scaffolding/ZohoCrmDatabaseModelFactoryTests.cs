using EFCore.ZohoCrm.Metadata.Internal;
using EFCore.ZohoCrm.Scaffolding.Internal;
using Microsoft.EntityFrameworkCore.Design.Internal;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Scaffolding.Metadata;

#pragma warning disable EF1001 // IOperationReporter is EF's design-time reporter.

namespace EFCore.ZohoCrm.Tests.Scaffolding;

/// <summary>
/// The database model the scaffolder builds from recorded <c>settings/modules</c> and <c>settings/fields</c> payloads:
/// every field type, the ones COQL cannot read included.
/// </summary>
public class ZohoCrmDatabaseModelFactoryTests
{
    private static DatabaseModel Read(MetadataPayloads payloads, RecordingReporter reporter, params string[] modules)
    {
        var metadata = ZohoCrmScaffoldingMetadataReader.ReadAsync(payloads.Api, modules, maxConcurrency: 4, reporter).GetAwaiter().GetResult();
        return ZohoCrmDatabaseModelBuilder.Build(metadata, reporter);
    }

    [Test]
    public void Every_field_type_COQL_reads_becomes_a_column_with_Zoho_data_type_as_store_type()
    {
        using var payloads = new MetadataPayloads();
        var reporter = new RecordingReporter();
        var table = Read(payloads, reporter, "Projects").Tables.Single();

        var storeTypes = table.Columns.ToDictionary(c => c.Name, c => c.StoreType);
        Assert.That(storeTypes, Is.EquivalentTo(new Dictionary<string, string?>
        {
            ["Owner"] = "ownerlookup", ["Created_By"] = "ownerlookup", ["Modified_By"] = "ownerlookup",
            ["Created_Time"] = "datetime", ["Modified_Time"] = "datetime", ["Name"] = "text(120)",
            ["Project_Code"] = "autonumber", ["Summary"] = "textarea(2000)", ["Contact_Email"] = "email(100)",
            ["Contact_Phone"] = "phone(30)", ["Project_Site"] = "website(255)", ["Project_Status"] = "picklist",
            ["Technologies"] = "multiselectpicklist", ["Team_Size"] = "integer", ["External_Ref"] = "bigint",
            ["Estimated_Hours"] = "double(16,2)", ["Budget"] = "currency(16,2)", ["Completion"] = "percent(5,2)",
            ["Is_Billable"] = "boolean", ["Start_Date"] = "date", ["Kickoff_Time"] = "datetime", ["Account"] = "lookup",
            ["Deal"] = "lookup", ["Project_Manager"] = "userlookup",
            // A formula's column has the type of the value it produces.
            ["Earned_Value"] = "currency(16,2)", ["id"] = "bigint",
        }));
        Assert.That(reporter.Warnings, Is.Empty);
    }

    [Test]
    public void Required_read_only_key_labels_and_picklists_come_from_the_field_metadata()
    {
        using var payloads = new MetadataPayloads();
        var table = Read(payloads, new RecordingReporter(), "Projects").Tables.Single();
        DatabaseColumn Column(string name) => table.Columns.Single(c => c.Name == name);

        Assert.Multiple(() =>
        {
            Assert.That(table.PrimaryKey!.Columns.Select(c => c.Name), Is.EqualTo(new[] { "id" }));
            Assert.That(Column("id").IsNullable, Is.False);
            Assert.That(Column("id").ValueGenerated, Is.EqualTo(ValueGenerated.OnAdd));
            Assert.That(Column("Name").IsNullable, Is.False, "system_mandatory");
            Assert.That(Column("Summary").IsNullable, Is.True);
            foreach (var readOnly in new[] { "Created_By", "Modified_By", "Created_Time", "Modified_Time", "Project_Code", "Earned_Value" })
            {
                Assert.That(Column(readOnly).ValueGenerated, Is.EqualTo(ValueGenerated.OnAddOrUpdate), readOnly + " is never sent");
            }

            Assert.That(Column("Owner").ValueGenerated, Is.Null, "Owner can be written");
            Assert.That(Column("Budget").ValueGenerated, Is.Null);
            Assert.That(Column("Is_Billable").Comment, Is.EqualTo("Billable."));
            Assert.That(Column("Project_Status")[ZohoCrmAnnotationNames.PicklistValues],
                Is.EqualTo(new[] { "Planned", "In Progress", "On Hold", "Completed", "Cancelled" }));
            Assert.That(Column("Project_Status").Comment, Is.EqualTo("Project Status. Values: Planned, In Progress, On Hold, Completed, Cancelled."));
            Assert.That(Column("Name")[ZohoCrmAnnotationNames.PicklistValues], Is.Null);
        });
    }

    [Test]
    public void Field_types_COQL_cannot_read_are_left_out_with_one_warning_each()
    {
        using var payloads = new MetadataPayloads(ModulesWith(("Quotes", "default", true)));
        var reporter = new RecordingReporter();
        var table = Read(payloads, reporter, "Quotes").Tables.Single();

        Assert.That(table.Columns.Select(c => c.Name), Is.EquivalentTo(new[] { "id", "Subject", "What_Id", "$se_module" }));
        Assert.That(table.Columns.Select(c => c.Name).SkipWhile(n => n != "What_Id").Take(2), Is.EqualTo(new[] { "What_Id", "$se_module" }));
        Assert.That(table.Columns.Single(c => c.Name == "What_Id").StoreType, Is.EqualTo("lookup"), "a multi-module lookup is a plain id");
        Assert.That(table.Columns.Single(c => c.Name == "$se_module"), Has.Property(nameof(DatabaseColumn.StoreType)).EqualTo("text")
            .And.Property(nameof(DatabaseColumn.IsNullable)).True, "its module, beside it");
        Assert.That(table.ForeignKeys, Is.Empty);
        Assert.That(reporter.Messages, Has.None.Contains("se_module"), "Zoho's se_module pseudo-module is no lookup target");
        var expected = new[]
        {
            ("Quoted_Items", "subform"), ("Contract_File", "fileupload"), ("Site_Photo", "imageupload"),
            ("Related_Products", "multiselectlookup"), ("Reviewers", "multiuserlookup"),
            ("Recurring_Activity", "a data type this provider does not read"),
        };
        Assert.That(reporter.Warnings, Has.Count.EqualTo(expected.Length));
        foreach (var (field, type) in expected)
        {
            Assert.That(reporter.Warnings, Has.One.Contains("'" + field + "'").And.Contains("'Quotes'").And.Contains(type));
        }
    }

    [Test]
    public void Zoho_example_Leads_payload_keeps_formula_values_and_leaves_out_the_multi_select_lookup()
    {
        using var payloads = new MetadataPayloads(ModulesWith(("Leads", "default", true), ("Accounts", "default", true), ("Contacts", "default", true)));
        var reporter = new RecordingReporter();
        var model = Read(payloads, reporter);
        var leads = model.Tables.Single(t => t.Name == "Leads");

        Assert.Multiple(() =>
        {
            Assert.That(leads.Columns.Single(c => c.Name == "Score_Formula").StoreType, Is.EqualTo("double(16,2)"));
            Assert.That(leads.Columns.Single(c => c.Name == "Score_Formula").ValueGenerated, Is.EqualTo(ValueGenerated.OnAddOrUpdate));
            Assert.That(leads.Columns.Single(c => c.Name == "Record_Image").StoreType, Is.EqualTo("profileimage"));
            Assert.That(leads.Columns.Any(c => c.Name == "Interested_Products"), Is.False);
            Assert.That(reporter.Warnings, Is.EqualTo(new[]
            {
                "The field 'Interested_Products' of module 'Leads' is left out of the model: its type 'multiselectlookup' cannot be read through COQL. Read it through the record API (ZohoCrmConnection.GetApiClientAsync) if you need it.",
            }));
            Assert.That(leads.ForeignKeys.Select(fk => (fk.Columns.Single().Name, fk.PrincipalTable.Name)),
                Is.EquivalentTo(new[] { ("Converted_Account", "Accounts"), ("Referred_By", "Contacts") }));
            Assert.That(leads.ForeignKeys.All(fk => fk.OnDelete == ReferentialAction.SetNull && fk.PrincipalColumns.Single().Name == "id"));
        });
    }

    [Test]
    public void Lookups_become_foreign_keys_only_between_scaffolded_modules()
    {
        using var payloads = new MetadataPayloads();
        var reporter = new RecordingReporter();
        var contacts = Read(payloads, reporter, "Contacts", "Accounts").Tables.Single(t => t.Name == "Contacts");

        Assert.That(contacts.ForeignKeys.Select(fk => fk.Columns.Single().Name + "->" + fk.PrincipalTable.Name),
            Is.EquivalentTo(new[] { "Account_Name->Accounts", "Reporting_To->Contacts" }));
        Assert.That(contacts.Columns.Single(c => c.Name == "Vendor_Name").StoreType, Is.EqualTo("lookup"), "kept as a plain id");
        Assert.That(reporter.Messages, Has.One.Contains("'Vendor_Name'").And.Contains("'Vendors'"));
        Assert.That(reporter.Warnings, Is.Empty);
    }

    [Test]
    public void Every_queryable_module_is_read_with_one_call_for_the_list_and_one_per_module()
    {
        using var payloads = new MetadataPayloads(ModulesWith(
            ("Projects", "custom", true), ("Contacts", "default", true), ("Contacts_X_Accounts", "linking", true),
            ("Quoted_Items", "subform", true), ("Home", "default", false)));
        var reporter = new RecordingReporter();
        var model = Read(payloads, reporter);

        Assert.That(model.Tables.Select(t => t.Name), Is.EquivalentTo(new[] { "Projects", "Contacts" }));
        Assert.That(payloads.ModuleListCalls, Is.EqualTo(1));
        Assert.That(payloads.FieldCalls, Is.EquivalentTo(new[] { "Projects", "Contacts" }));
    }

    [Test]
    public void Table_names_not_found_are_reported_and_found_ones_match_in_any_case()
    {
        using var payloads = new MetadataPayloads();
        var reporter = new RecordingReporter();
        var model = Read(payloads, reporter, "projects", "Invoices");

        Assert.That(model.Tables.Select(t => t.Name), Is.EqualTo(new[] { "Projects" }));
        Assert.That(payloads.FieldCalls, Is.EquivalentTo(new[] { "Projects" }));
        Assert.That(reporter.Warnings, Has.Count.EqualTo(1));
        Assert.That(reporter.Warnings[0], Does.Contain("'Invoices'").And.Contain("--table").And.Contain("Leads, Accounts"));
    }

    [Test]
    public void A_module_without_readable_fields_is_skipped_with_a_warning()
    {
        using var payloads = new MetadataPayloads(ModulesWith(("Secrets", "custom", true)));
        var reporter = new RecordingReporter();
        var model = Read(payloads, reporter);

        Assert.That(model.Tables, Is.Empty);
        Assert.That(reporter.Warnings, Is.EqualTo(new[] { EFCore.ZohoCrm.Properties.ZohoCrmStrings.ScaffoldModuleWithoutFields("Secrets") }));
    }

    [Test]
    public void Schemas_are_ignored_with_a_warning()
    {
        var reporter = new RecordingReporter();
        var factory = new ZohoCrmDatabaseModelFactory(reporter);
        using var connection = new global::ZohoCrm.Data.ZohoCrmConnection();
        var options = new Microsoft.EntityFrameworkCore.Scaffolding.DatabaseModelFactoryOptions(tables: [], schemas: ["crm"]);

        // The warning comes before any call: this connection has no connection string and fails to open afterwards.
        Assert.Catch(() => factory.Create(connection, options));
        Assert.That(reporter.Warnings, Is.EqualTo(new[] { EFCore.ZohoCrm.Properties.ZohoCrmStrings.ScaffoldSchemasNotSupported("crm") }));
    }

    private static string ModulesWith(params (string ApiName, string GeneratedType, bool ApiSupported)[] modules) =>
        "{\"modules\":[" + string.Join(",", modules.Select(m =>
            $"{{\"api_name\":\"{m.ApiName}\",\"singular_label\":\"{m.ApiName}\",\"plural_label\":\"{m.ApiName}\",\"generated_type\":\"{m.GeneratedType}\",\"api_supported\":{(m.ApiSupported ? "true" : "false")}}}")) + "]}";
}

/// <summary>Collects what the design-time tools would print.</summary>
public sealed class RecordingReporter : IOperationReporter
{
    public List<string> Warnings { get; } = [];
    public List<string> Messages { get; } = [];

    public void WriteError(string message) => Messages.Add("error: " + message);
    public void WriteWarning(string message) => Warnings.Add(message);
    public void WriteInformation(string message) => Messages.Add(message);
    public void WriteVerbose(string message) => Messages.Add(message);
}

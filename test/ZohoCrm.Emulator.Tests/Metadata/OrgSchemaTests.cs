using ZohoCrm.Emulator.Domain.Metadata;
using ZohoCrm.Emulator.Domain.Seeding;

namespace ZohoCrm.Emulator.Tests.Metadata;

public class OrgSchemaTests
{
    private static readonly OrgSchema Schema = StandardOrg.Build();

    [Test]
    public void Standard_modules_and_one_custom_module_are_present()
    {
        Assert.That(Schema.Modules.Select(m => m.ApiName), Is.SupersetOf(new[]
        {
            "Leads", "Contacts", "Accounts", "Deals", "Products", "Vendors", "Campaigns", "Cases", "Tasks", "Calls", "Events", "Projects", "Price_Books",
        }));
        Assert.That(Schema.Modules.Where(m => m.GeneratedType == "custom").Select(m => m.ApiName), Is.EqualTo(new[] { "Projects" }));
        Assert.That(Schema.FindModule("Events")!.ModuleName, Is.EqualTo("Meetings"));
        Assert.That(Schema.FindModule("Price_Books")!.ModuleName, Is.EqualTo("PriceBooks"));
    }

    [Test]
    public void Every_lookup_target_module_exists_and_has_a_display_field()
    {
        foreach (var field in Schema.Modules.SelectMany(m => m.Fields).Where(f => f.DataType == FieldDataType.Lookup))
        {
            foreach (var module in field.IsMultiModuleLookup ? field.RelatedModules : [field.LookupModule!])
            {
                var target = Schema.FindModule(module);
                Assert.That(target, Is.Not.Null, $"{field.ApiName} -> {module}");
                Assert.That(target!.FindField(target.DisplayField), Is.Not.Null, $"{target.ApiName}.{target.DisplayField}");
            }
        }
    }

    [Test]
    public void Every_module_has_the_system_fields()
    {
        foreach (var module in Schema.Modules)
        {
            Assert.That(module.FindField("Owner")!.DataType, Is.EqualTo(FieldDataType.OwnerLookup), module.ApiName);
            foreach (var name in new[] { "Created_By", "Modified_By", "Created_Time", "Modified_Time" })
            {
                Assert.That(module.FindField(name)!.FieldReadOnly, Is.True, $"{module.ApiName}.{name}");
            }

            Assert.That(module.FindField(module.DisplayField), Is.Not.Null, module.ApiName);
        }
    }

    [Test]
    public void Custom_module_has_a_custom_field_of_every_type_coql_reads()
    {
        var projects = Schema.FindModule("Projects")!;
        var customTypes = projects.Fields.Where(f => f.CustomField).Select(f => f.DataType).ToHashSet();

        Assert.That(customTypes, Is.SupersetOf(new[]
        {
            FieldDataType.Textarea, FieldDataType.Email, FieldDataType.Phone, FieldDataType.Website, FieldDataType.Picklist,
            FieldDataType.MultiSelectPicklist, FieldDataType.Integer, FieldDataType.BigInt, FieldDataType.Double, FieldDataType.Currency,
            FieldDataType.Percent, FieldDataType.Boolean, FieldDataType.Date, FieldDataType.DateTime, FieldDataType.Lookup,
            FieldDataType.UserLookup, FieldDataType.AutoNumber, FieldDataType.Formula,
        }));
        Assert.That(projects.FindField("Name")!.DataType, Is.EqualTo(FieldDataType.Text));
    }

    [Test]
    public void Leads_carry_custom_fields_and_a_read_only_full_name()
    {
        var leads = Schema.FindModule("Leads")!;

        Assert.That(leads.Fields.Where(f => f.CustomField).Select(f => f.ApiName),
            Is.SupersetOf(new[] { "Preferred_Contact_Date", "Languages_Spoken", "Discount_Rate", "Referred_By", "External_Lead_Id", "Score_Formula" }));
        Assert.That(leads.FindField("Full_Name")!.FieldReadOnly, Is.True);
        Assert.That(leads.FindField("Last_Name")!.SystemMandatory, Is.True);
        Assert.That(leads.FindField("Description")!.Filterable, Is.False);
    }

    [Test]
    public void Current_user_is_an_active_administrator()
    {
        Assert.That(Schema.CurrentUser.IsAdmin, Is.True);
        Assert.That(Schema.CurrentUser.Status, Is.EqualTo("active"));
        Assert.That(Schema.Users, Has.Count.GreaterThan(3));
    }

    [Test]
    public void Metadata_ids_are_unique_across_modules_fields_and_options()
    {
        var ids = Schema.Modules.Select(m => m.Id)
            .Concat(Schema.Modules.SelectMany(m => m.Fields).Select(f => f.Id))
            .Concat(Schema.Modules.SelectMany(m => m.Fields).SelectMany(f => f.PicklistValues).Select(o => o.Id))
            .Concat(Schema.Users.Select(u => u.Id))
            .ToList();
        Assert.That(ids, Is.Unique);
    }
}

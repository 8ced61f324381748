using Microsoft.EntityFrameworkCore.Scaffolding;

namespace EFCore.ZohoCrm.FunctionalTests.Scaffolding;

/// <summary>Scaffolding the emulator's org in-process: what it costs in API calls, and the names it chooses.</summary>
[NonParallelizable]
public class ScaffoldNamingAndCostTests
{
    [Test]
    public async Task Metadata_costs_one_call_for_the_module_list_and_one_per_scaffolded_module()
    {
        var before = await EmulatorOrg.LastRequestSeqAsync();
        var (model, _) = ScaffoldingRun.Scaffold(EmulatorOrg.ConnectionString);
        var calls = await EmulatorOrg.ApiCallsAfterAsync(before);

        var modules = EmulatorOrg.Emulator.Domain.Schema.Modules.Select(m => m.ApiName).ToList();
        Assert.That(model.AdditionalFiles, Has.Count.EqualTo(modules.Count), "one class per module");
        Assert.That(calls.Count(c => c.Path == "/crm/v8/settings/modules"), Is.EqualTo(1));
        Assert.That(calls.Where(c => c.Path == "/crm/v8/settings/fields").Select(c => c.Query),
            Is.EquivalentTo(modules.Select(m => "module=" + m)));
        Assert.That(calls, Has.Count.EqualTo(1 + modules.Count), string.Join("\n", calls.Select(c => c.Method + " " + c.Path + "?" + c.Query)));
    }

    [Test]
    public async Task Table_option_scaffolds_only_the_named_modules_with_one_fields_call_each()
    {
        var before = await EmulatorOrg.LastRequestSeqAsync();
        var (model, reporter) = ScaffoldingRun.Scaffold(EmulatorOrg.ConnectionString, new DatabaseModelFactoryOptions(tables: ["Contacts", "accounts", "Invoices"]));
        var calls = await EmulatorOrg.ApiCallsAfterAsync(before);

        Assert.That(model.AdditionalFiles.Select(f => Path.GetFileName(f.Path)), Is.EquivalentTo(new[] { "Account.cs", "Contact.cs" }));
        Assert.That(calls.Where(c => c.Path == "/crm/v8/settings/fields").Select(c => c.Query), Is.EquivalentTo(new[] { "module=Contacts", "module=Accounts" }));
        Assert.That(reporter.Warnings, Has.One.Contains("'Invoices'"));
        var contact = model.AdditionalFiles.Single(f => f.Path.EndsWith("Contact.cs", StringComparison.Ordinal)).Code;
        Assert.That(contact, Does.Contain("public long? VendorId { get; set; }").And.Not.Contain("Vendor?"), "Vendors is not scaffolded: a plain id");
    }

    [Test]
    public void Price_Books_becomes_the_class_PriceBook_mapped_to_its_API_names()
    {
        var (model, reporter) = ScaffoldingRun.Scaffold(EmulatorOrg.ConnectionString, new DatabaseModelFactoryOptions(tables: ["Price_Books"]));

        Assert.That(reporter.Warnings, Is.Empty);
        var priceBook = model.AdditionalFiles.Single();
        Assert.That(Path.GetFileName(priceBook.Path), Is.EqualTo("PriceBook.cs"));
        Assert.Multiple(() =>
        {
            Assert.That(priceBook.Code, Does.Contain("public partial class PriceBook"));
            Assert.That(priceBook.Code, Does.Contain("public string PriceBookName { get; set; } = null!;"));
            Assert.That(priceBook.Code, Does.Contain("public string PricingModel { get; set; } = null!;"));
            Assert.That(model.ContextFile.Code, Does.Contain("public virtual DbSet<PriceBook> PriceBooks { get; set; }"));
            Assert.That(model.ContextFile.Code, Does.Contain("entity.ToTable(\"Price_Books\");"));
            Assert.That(model.ContextFile.Code, Does.Contain(".HasColumnName(\"Price_Book_Name\")"));
        });
    }

    [Test]
    public void Use_database_names_keeps_API_names_and_still_names_navigations_after_their_target()
    {
        var (model, _) = ScaffoldingRun.Scaffold(EmulatorOrg.ConnectionString, new DatabaseModelFactoryOptions(tables: ["Contacts", "Accounts"]), useDatabaseNames: true);

        // EF still singularizes class names unless --no-pluralize is given as well.
        var contacts = model.AdditionalFiles.Single(f => Path.GetFileName(f.Path) == "Contact.cs").Code;
        Assert.Multiple(() =>
        {
            Assert.That(contacts, Does.Contain("public partial class Contact"));
            Assert.That(contacts, Does.Contain("public string Last_Name { get; set; } = null!;"));
            Assert.That(contacts, Does.Contain("public long? Account_Name { get; set; }"));
            Assert.That(contacts, Does.Contain("public virtual Account? Account { get; set; }"));
            Assert.That(contacts, Does.Contain("public long id { get; set; }"));
            // The owner lookup keeps its API name, so its navigation to the provider's user type says what it is.
            Assert.That(contacts, Does.Contain("public long? Owner { get; set; }"));
            Assert.That(contacts, Does.Contain("public virtual ZohoCrmUser? OwnerUser { get; set; }"));
            Assert.That(contacts, Does.Contain("public virtual ZohoCrmUser? CreatedBy { get; set; }"));
            Assert.That(contacts, Does.Not.Contain("Navigation"));
        });
    }

    [Test]
    public void A_refused_token_fails_the_scaffold_without_printing_the_secrets()
    {
        const string WrongSecret = "not-the-emulator-secret-4711";
        var connectionString = EmulatorOrg.ConnectionString.Replace(EmulatorOrg.Emulator.ClientSecret, WrongSecret, StringComparison.Ordinal);

        var exception = Assert.Catch(() => ScaffoldingRun.Scaffold(connectionString));
        Assert.That(exception!.ToString(), Does.Not.Contain(WrongSecret).And.Not.Contain(EmulatorOrg.Emulator.RefreshToken));
    }
}

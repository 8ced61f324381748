using System.ComponentModel.DataAnnotations.Schema;
using EFCore.ZohoCrm.FunctionalTests.TestUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace EFCore.ZohoCrm.FunctionalTests.Schema;

/// <summary>
/// MapUnmappedFieldsFromMetadata: the fields of a module its class does not map become shadow properties (indexer
/// properties when the class has an <c>object this[string]</c> indexer), queried with EF.Property, read through the
/// change tracker and written by SaveChanges; compared with the emulator's records.
/// </summary>
[NonParallelizable]
public class UnmappedFieldsTests
{
    [Test]
    public void Fields_the_class_does_not_map_become_shadow_properties_typed_from_metadata()
    {
        using var db = new ProjectsContext(EmulatorOrg.ConnectionString);
        var entityType = db.Model.FindEntityType(typeof(ProjectName))!;

        var budget = entityType.FindProperty("Budget")!;
        Assert.Multiple(() =>
        {
            Assert.That(budget.IsShadowProperty(), Is.True);
            Assert.That(budget.ClrType, Is.EqualTo(typeof(decimal?)));
            Assert.That(budget.GetColumnName(), Is.EqualTo("Budget"));
            Assert.That(entityType.FindProperty("Start_Date")!.ClrType, Is.EqualTo(typeof(DateOnly?)));
            Assert.That(entityType.FindProperty("Is_Billable")!.ClrType, Is.EqualTo(typeof(bool?)));
            Assert.That(entityType.GetProperties().Count(p => p.GetColumnName() == "Name"), Is.EqualTo(1), "the class's own property stays the only one");
        });
        foreach (var readOnly in new[] { "Earned_Value", "Project_Code", "Created_Time", "Modified_Time" })
        {
            var property = entityType.FindProperty(readOnly)!;
            Assert.That(property.GetBeforeSaveBehavior(), Is.EqualTo(PropertySaveBehavior.Ignore), readOnly + " is never sent on insert");
            Assert.That(property.GetAfterSaveBehavior(), Is.EqualTo(PropertySaveBehavior.Ignore), readOnly + " is never sent on update");
        }

        using var plain = new PlainProjectsContext(EmulatorOrg.ConnectionString);
        Assert.That(plain.Model.FindEntityType(typeof(ProjectName))!.FindProperty("Budget"), Is.Null, "without the option the class is the model");
    }

    [Test]
    public async Task Shadow_fields_are_queryable_with_EF_Property_and_readable_through_the_change_tracker()
    {
        await using var db = new ProjectsContext(EmulatorOrg.ConnectionString);

        var billable = await db.Projects
            .Where(p => EF.Property<bool?>(p, "Is_Billable") == true && EF.Property<decimal?>(p, "Budget") > 10_000m)
            .OrderBy(p => p.Id)
            .ToListAsync();

        var expected = EmulatorOrg.Emulator.Domain.Records.Scan("Projects")
            .Where(r => Equals(r["Is_Billable"], true) && r["Budget"] is decimal budget && budget > 10_000m)
            .OrderBy(r => r.Id)
            .ToList();
        Assert.That(expected, Is.Not.Empty);
        Assert.That(billable.Select(p => p.Id), Is.EqualTo(expected.Select(r => r.Id)));
        for (var i = 0; i < expected.Count; i++)
        {
            var entry = db.Entry(billable[i]);
            Assert.That(entry.Property("Budget").CurrentValue, Is.EqualTo(expected[i]["Budget"]));
            Assert.That(entry.Property("Earned_Value").CurrentValue, Is.EqualTo(expected[i]["Earned_Value"]));
            Assert.That(entry.Property("Team_Size").CurrentValue, Is.EqualTo(expected[i]["Team_Size"]));
        }
    }

    [Test]
    public async Task Shadow_fields_are_inserted_and_updated_by_SaveChanges_and_read_only_ones_are_not_sent()
    {
        var name = "Shadow" + Guid.NewGuid().ToString("N")[..12];
        await using var db = new ProjectsContext(EmulatorOrg.ConnectionString);
        var project = new ProjectName { Name = name };
        db.Add(project);
        db.Entry(project).Property("Budget").CurrentValue = 20_000m;
        db.Entry(project).Property("Completion").CurrentValue = 50m;
        db.Entry(project).Property("Team_Size").CurrentValue = 4;

        await db.SaveChangesAsync();

        var inserted = EmulatorOrg.Emulator.Domain.Records.Scan("Projects").Single(r => r.Id == project.Id);
        Assert.Multiple(() =>
        {
            Assert.That(inserted["Name"], Is.EqualTo(name));
            Assert.That(inserted["Budget"], Is.EqualTo(20_000m));
            Assert.That(inserted["Team_Size"], Is.EqualTo(4));
            Assert.That(inserted["Earned_Value"], Is.EqualTo(10_000m), "the formula is Zoho's to compute");
        });

        db.Entry(project).Property("Budget").CurrentValue = 30_000m;
        await db.SaveChangesAsync();

        var updated = EmulatorOrg.Emulator.Domain.Records.Scan("Projects").Single(r => r.Id == project.Id);
        Assert.Multiple(() =>
        {
            Assert.That(updated["Budget"], Is.EqualTo(30_000m));
            Assert.That(updated["Team_Size"], Is.EqualTo(4), "fields not changed stay as they were");
        });

        db.Remove(project);
        await db.SaveChangesAsync();
        Assert.That(EmulatorOrg.Emulator.Domain.Records.Scan("Projects").Any(r => r.Id == project.Id), Is.False);
    }

    [Test]
    public async Task A_class_with_an_indexer_gets_indexer_properties_read_and_written_through_it()
    {
        await using var db = new VendorsContext(EmulatorOrg.ConnectionString);
        var city = db.Model.FindEntityType(typeof(VendorWithFields))!.FindProperty("City")!;
        Assert.That(city.IsIndexerProperty(), Is.True);

        var expected = EmulatorOrg.Emulator.Domain.Records.Scan("Vendors").Where(r => r["City"] is not null).OrderBy(r => r.Id).ToList();
        var someCity = (string)expected[0]["City"]!;
        var vendors = await db.Vendors.Where(v => EF.Property<string>(v, "City") == someCity).OrderBy(v => v.Id).ToListAsync();
        Assert.That(vendors.Select(v => v.Id), Is.EqualTo(expected.Where(r => Equals(r["City"], someCity)).Select(r => r.Id)));
        Assert.That(vendors.Select(v => v["City"]), Is.All.EqualTo(someCity));

        var vendor = new VendorWithFields { Vendor_Name = "Indexer" + Guid.NewGuid().ToString("N")[..12] };
        vendor["Category"] = "Freight";
        db.Add(vendor);
        await db.SaveChangesAsync();
        Assert.That(EmulatorOrg.Emulator.Domain.Records.Scan("Vendors").Single(r => r.Id == vendor.Id)["Category"], Is.EqualTo("Freight"));

        vendor["Category"] = "Packaging";
        await db.SaveChangesAsync();
        Assert.That(EmulatorOrg.Emulator.Domain.Records.Scan("Vendors").Single(r => r.Id == vendor.Id)["Category"], Is.EqualTo("Packaging"));

        db.Remove(vendor);
        await db.SaveChangesAsync();
    }

    [Table("Projects")]
    public sealed class ProjectName
    {
        public long Id { get; set; }

        public string Name { get; set; } = "";
    }

    [Table("Vendors")]
    public sealed class VendorWithFields
    {
        private readonly Dictionary<string, object?> _fields = [];

        public long Id { get; set; }

        public string Vendor_Name { get; set; } = "";

        public object? this[string field]
        {
            get => _fields.GetValueOrDefault(field);
            set => _fields[field] = value;
        }
    }

    // The model is built once per context type: one type per option choice.
    private sealed class ProjectsContext(string connectionString) : DbContext
    {
        public DbSet<ProjectName> Projects => Set<ProjectName>();

        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
            optionsBuilder.UseZohoCrm(connectionString, o => o.MapUnmappedFieldsFromMetadata());
    }

    private sealed class PlainProjectsContext(string connectionString) : DbContext
    {
        public DbSet<ProjectName> Projects => Set<ProjectName>();

        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseZohoCrm(connectionString);
    }

    private sealed class VendorsContext(string connectionString) : DbContext
    {
        public DbSet<VendorWithFields> Vendors => Set<VendorWithFields>();

        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
            optionsBuilder.UseZohoCrm(connectionString, o => o.MapUnmappedFieldsFromMetadata());
    }
}

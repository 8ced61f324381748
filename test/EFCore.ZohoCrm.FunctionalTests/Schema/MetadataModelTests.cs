using EFCore.ZohoCrm.FunctionalTests.TestUtilities;
using Microsoft.EntityFrameworkCore;

namespace EFCore.ZohoCrm.FunctionalTests.Schema;

/// <summary>
/// The runtime model from live metadata: modules as shared-type entity types, queried with EF.Property through the
/// same translator, compared with the emulator's records.
/// </summary>
[NonParallelizable]
public class MetadataModelTests
{
    [Test]
    public async Task Listed_modules_are_queryable_as_property_bags_with_every_readable_field()
    {
        await using var db = new ListedModulesContext(EmulatorOrg.ConnectionString);
        var projects = db.Set<Dictionary<string, object>>("Projects");

        var entityType = db.Model.FindEntityType("Projects")!;
        Assert.That(entityType.GetProperties().Select(p => p.Name), Does.Contain("Budget").And.Contain("Earned_Value").And.Contain("Technologies"));
        Assert.That(db.Model.FindEntityType("Accounts"), Is.Null, "only the listed modules");

        var billable = await projects
            .Where(p => EF.Property<bool?>(p, "Is_Billable") == true && EF.Property<decimal?>(p, "Budget") > 10_000m)
            .OrderBy(p => EF.Property<long>(p, "id"))
            .Select(p => new { Id = EF.Property<long>(p, "id"), Name = EF.Property<string>(p, "Name"), Budget = EF.Property<decimal?>(p, "Budget") })
            .ToListAsync();

        var expected = EmulatorOrg.Emulator.Domain.Records.Scan("Projects")
            .Where(r => Equals(r["Is_Billable"], true) && r["Budget"] is decimal budget && budget > 10_000m)
            .OrderBy(r => r.Id)
            .Select(r => new { Id = r.Id, Name = (string)r["Name"]!, Budget = (decimal?)r["Budget"] })
            .ToList();
        Assert.That(expected, Is.Not.Empty);
        Assert.That(billable, Is.EqualTo(expected));
    }

    [Test]
    public async Task Modules_the_model_maps_with_a_class_are_left_to_it()
    {
        await using var db = new AllModulesContext(EmulatorOrg.ConnectionString);

        Assert.That(db.Model.FindEntityType(typeof(Lead))!.GetTableName(), Is.EqualTo("Leads"));
        Assert.That(db.Model.FindEntityType("Leads"), Is.Null);
        Assert.That(db.Model.FindEntityType("Projects"), Is.Not.Null, "every other module");
        var count = await db.Set<Dictionary<string, object>>("Vendors").CountAsync();
        Assert.That(count, Is.EqualTo(EmulatorOrg.Emulator.Domain.Records.Scan("Vendors").Count));
    }

    [Test]
    public async Task A_property_bag_record_is_inserted_and_updated_through_SaveChanges()
    {
        var name = "Bag" + Guid.NewGuid().ToString("N")[..12];
        await using var db = new LeadsContext(EmulatorOrg.ConnectionString);
        var lead = new Dictionary<string, object> { ["Last_Name"] = name, ["Company"] = "Bag Ltd", ["No_of_Employees"] = 12 };
        db.Set<Dictionary<string, object>>("Leads").Add(lead);

        await db.SaveChangesAsync();

        var id = (long)lead["id"];
        var inserted = EmulatorOrg.Emulator.Domain.Records.Scan("Leads").Single(r => r.Id == id);
        Assert.Multiple(() =>
        {
            Assert.That(inserted["Last_Name"], Is.EqualTo(name));
            Assert.That(inserted["Company"], Is.EqualTo("Bag Ltd"));
            Assert.That(inserted["No_of_Employees"], Is.EqualTo(12));
            Assert.That(inserted["Owner"], Is.Not.Null, "Zoho made the creating user the owner");
        });

        lead["Company"] = "Renamed Bag Ltd";
        await db.SaveChangesAsync();

        var updated = EmulatorOrg.Emulator.Domain.Records.Scan("Leads").Single(r => r.Id == id);
        Assert.Multiple(() =>
        {
            Assert.That(updated["Company"], Is.EqualTo("Renamed Bag Ltd"));
            Assert.That(updated["Last_Name"], Is.EqualTo(name), "fields not changed stay as they were");
        });

        var read = await db.Set<Dictionary<string, object>>("Leads").AsNoTracking()
            .Where(l => EF.Property<long>(l, "id") == id)
            .Select(l => EF.Property<string>(l, "Company"))
            .SingleAsync();
        Assert.That(read, Is.EqualTo("Renamed Bag Ltd"));

        db.Remove(lead);
        await db.SaveChangesAsync();
        Assert.That(EmulatorOrg.Emulator.Domain.Records.Scan("Leads").Any(r => r.Id == id), Is.False);
    }

    private sealed class LeadsContext(string connectionString) : DbContext
    {
        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
            optionsBuilder.UseZohoCrm(connectionString, o => o.MapModulesFromMetadata("Leads"));
    }

    // The model is built once per context type: one type per module choice.
    private sealed class ListedModulesContext(string connectionString) : DbContext
    {
        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
            optionsBuilder.UseZohoCrm(connectionString, o => o.MapModulesFromMetadata("Projects", "Contacts"));
    }

    private sealed class AllModulesContext(string connectionString) : DbContext
    {
        public DbSet<Lead> Leads => Set<Lead>();

        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
            optionsBuilder.UseZohoCrm(connectionString, o => o.MapModulesFromMetadata());

        protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.Entity<Lead>().ToTable("Leads");
    }
}

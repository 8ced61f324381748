using System.ComponentModel.DataAnnotations.Schema;
using EFCore.ZohoCrm.FunctionalTests.TestUtilities;
using Microsoft.EntityFrameworkCore;
using ZohoCrm.Data.Metadata;

namespace EFCore.ZohoCrm.FunctionalTests.Update;

/// <summary>
/// Every writable Zoho type through SaveChanges, on the emulator's Projects module (a custom module with a field of
/// each type): what Zoho holds afterwards, read from the emulator's store rather than through the provider, is what the
/// entity held; the auto-number and the formula are never sent (the strict emulator refuses a record that writes them)
/// and come back as Zoho computed them.
/// </summary>
[NonParallelizable]
public class EveryTypeRoundTripTests
{
    [Test]
    public async Task Insert_then_update_of_every_writable_type_leaves_in_Zoho_exactly_what_the_entity_holds()
    {
        var records = EmulatorOrg.Emulator.Domain.Records;
        var accounts = records.Scan("Accounts").Take(2).Select(r => r.Id).ToList();
        var deals = records.Scan("Deals").Take(2).Select(r => r.Id).ToList();
        var users = records.Scan("Leads").Select(r => r["Owner"]).OfType<long>().Distinct().Take(2).ToList();
        var name = "RoundTrip-" + Guid.NewGuid().ToString("N")[..8];
        await using var db = new ProjectContext(EmulatorOrg.ConnectionString);
        var project = new ProjectRow
        {
            Name = name, Summary = "Line one\nline two, with 'quotes' and \\ backslash", ContactEmail = "ada@zylker.com",
            ContactPhone = "+1 555 0100", ProjectSite = "https://zylker.com/p", ProjectStatus = "Planned",
            Technologies = [".NET", "Kubernetes"], TeamSize = 7, ExternalRef = 9_007_199_254_740_993, EstimatedHours = 1234.5m,
            Budget = 250_000.75m, Completion = 12.5m, IsBillable = true, StartDate = new DateOnly(2027, 2, 28),
            KickoffTime = new DateTimeOffset(2027, 3, 1, 9, 30, 0, TimeSpan.FromHours(5.5)), AccountId = accounts[0],
            DealId = deals[0], ProjectManagerId = users[0],
            // Read-only: never sent, whatever the entity holds.
            ProjectCode = "PRJ-MINE", EarnedValue = 1m,
        };
        db.Projects.Add(project);
        await db.SaveChangesAsync();

        AssertStoredAsHeld(project);

        project.Summary = null;
        project.ContactEmail = "grace@zylker.com";
        project.ProjectStatus = "In Progress";
        project.Technologies = ["Zoho Creator"];
        project.TeamSize = 0;
        project.ExternalRef = -1;
        project.EstimatedHours = 0.25m;
        project.Budget = 1m;
        project.Completion = 100m;
        project.IsBillable = false;
        project.StartDate = new DateOnly(2028, 12, 31);
        project.KickoffTime = new DateTimeOffset(2028, 1, 1, 0, 0, 0, TimeSpan.Zero);
        project.AccountId = accounts[1];
        project.DealId = null;
        project.ProjectManagerId = users[^1];
        await db.SaveChangesAsync();

        AssertStoredAsHeld(project);
    }

    private static void AssertStoredAsHeld(ProjectRow held)
    {
        var stored = EmulatorOrg.Expected<ProjectRow, ProjectContext>(() => new ProjectContext(EmulatorOrg.ConnectionString))
            .Single(p => p.Id == held.Id);
        Assert.Multiple(() =>
        {
            Assert.That(stored.Name, Is.EqualTo(held.Name));
            Assert.That(stored.Summary, Is.EqualTo(held.Summary));
            Assert.That(stored.ContactEmail, Is.EqualTo(held.ContactEmail));
            Assert.That(stored.ContactPhone, Is.EqualTo(held.ContactPhone));
            Assert.That(stored.ProjectSite, Is.EqualTo(held.ProjectSite));
            Assert.That(stored.ProjectStatus, Is.EqualTo(held.ProjectStatus));
            Assert.That(stored.Technologies, Is.EqualTo(held.Technologies));
            Assert.That(stored.TeamSize, Is.EqualTo(held.TeamSize));
            Assert.That(stored.ExternalRef, Is.EqualTo(held.ExternalRef));
            Assert.That(stored.EstimatedHours, Is.EqualTo(held.EstimatedHours));
            Assert.That(stored.Budget, Is.EqualTo(held.Budget));
            Assert.That(stored.Completion, Is.EqualTo(held.Completion));
            Assert.That(stored.IsBillable, Is.EqualTo(held.IsBillable));
            Assert.That(stored.StartDate, Is.EqualTo(held.StartDate));
            Assert.That(stored.KickoffTime?.UtcDateTime, Is.EqualTo(held.KickoffTime?.UtcDateTime));
            Assert.That(stored.AccountId, Is.EqualTo(held.AccountId));
            Assert.That(stored.DealId, Is.EqualTo(held.DealId));
            Assert.That(stored.ProjectManagerId, Is.EqualTo(held.ProjectManagerId));
            Assert.That(stored.ProjectCode, Does.StartWith("PRJ-").And.Not.EqualTo("PRJ-MINE"), "the auto-number is Zoho's");
            Assert.That(stored.EarnedValue, Is.EqualTo(decimal.Round(held.Budget!.Value * held.Completion!.Value / 100m, 2)), "the formula is Zoho's");
        });
    }
}

/// <summary>Projects with a property for every field, configured as the scaffolder configures them.</summary>
[Table("Projects")]
public class ProjectRow
{
    public long Id { get; set; }
    public string Name { get; set; } = "";
    [Column("Project_Code")] public string? ProjectCode { get; set; }
    public string? Summary { get; set; }
    [Column("Contact_Email")] public string? ContactEmail { get; set; }
    [Column("Contact_Phone")] public string? ContactPhone { get; set; }
    [Column("Project_Site")] public string? ProjectSite { get; set; }
    [Column("Project_Status")] public string? ProjectStatus { get; set; }
    public string[]? Technologies { get; set; }
    [Column("Team_Size")] public int? TeamSize { get; set; }
    [Column("External_Ref")] public long? ExternalRef { get; set; }
    [Column("Estimated_Hours")] public decimal? EstimatedHours { get; set; }
    public decimal? Budget { get; set; }
    public decimal? Completion { get; set; }
    [Column("Is_Billable")] public bool? IsBillable { get; set; }
    [Column("Start_Date")] public DateOnly? StartDate { get; set; }
    [Column("Kickoff_Time")] public DateTimeOffset? KickoffTime { get; set; }
    [Column("Account")] public long? AccountId { get; set; }
    [Column("Deal")] public long? DealId { get; set; }
    [Column("Project_Manager")] public long? ProjectManagerId { get; set; }
    [Column("Earned_Value")] public decimal? EarnedValue { get; set; }
}

public class ProjectContext(string connectionString) : DbContext
{
    public DbSet<ProjectRow> Projects => Set<ProjectRow>();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseZohoCrm(connectionString);

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<ProjectRow>(project =>
        {
            project.Property(p => p.Id).HasColumnName("id");
            project.Property(p => p.ProjectCode).ValueGeneratedOnAddOrUpdate().HasZohoCrmFieldType(ZohoCrmFieldType.AutoNumber);
            project.Property(p => p.Summary).HasZohoCrmFieldType(ZohoCrmFieldType.Textarea);
            project.Property(p => p.ContactEmail).HasZohoCrmFieldType(ZohoCrmFieldType.Email);
            project.Property(p => p.ContactPhone).HasZohoCrmFieldType(ZohoCrmFieldType.Phone);
            project.Property(p => p.ProjectSite).HasZohoCrmFieldType(ZohoCrmFieldType.Website);
            project.Property(p => p.ProjectStatus).HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);
            project.Property(p => p.EstimatedHours).HasZohoCrmFieldType(ZohoCrmFieldType.Double).HasPrecision(16, 2);
            project.Property(p => p.Budget).HasPrecision(16, 2);
            project.Property(p => p.Completion).HasZohoCrmFieldType(ZohoCrmFieldType.Percent).HasPrecision(5, 2);
            project.Property(p => p.AccountId).HasZohoCrmFieldType(ZohoCrmFieldType.Lookup);
            project.Property(p => p.DealId).HasZohoCrmFieldType(ZohoCrmFieldType.Lookup);
            project.Property(p => p.ProjectManagerId).HasZohoCrmFieldType(ZohoCrmFieldType.UserLookup);
            project.Property(p => p.EarnedValue).ValueGeneratedOnAddOrUpdate().HasPrecision(16, 2);
        });
}

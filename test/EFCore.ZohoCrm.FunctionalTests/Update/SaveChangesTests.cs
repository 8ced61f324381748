using EFCore.ZohoCrm.FunctionalTests.TestUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EFCore.ZohoCrm.FunctionalTests.Update;

/// <summary>SaveChanges inserts, updates and deletes through the record API, in calls of up to 100 records.</summary>
[NonParallelizable]
public class SaveChangesTests
{
    [Test]
    public async Task Insert_sets_the_id_Zoho_assigned_and_the_record_reads_back()
    {
        await using var db = EmulatorOrg.CreateContext();
        var lead = new Lead
        {
            Last_Name = "Insert-" + Guid.NewGuid().ToString("N")[..8], Company = "Zylker", Annual_Revenue = 12_345.67m, No_of_Employees = 42,
            Email_Opt_Out = true, Languages_Spoken = ["English", "German"], Preferred_Contact_Date = new DateOnly(2025, 3, 14),
        };
        db.Leads.Add(lead);
        await db.SaveChangesAsync();

        Assert.That(lead.Id, Is.GreaterThan(0));
        var stored = EmulatorOrg.Emulator.Domain.Records.Find("Leads", lead.Id);
        Assert.That(stored, Is.Not.Null);
        Assert.That(stored!["Last_Name"], Is.EqualTo(lead.Last_Name));
        Assert.That(stored["Annual_Revenue"], Is.EqualTo(12_345.67m));
        Assert.That(stored["Languages_Spoken"], Is.EqualTo(new[] { "English", "German" }));

        await using var other = EmulatorOrg.CreateContext();
        var read = await other.Leads.SingleAsync(l => l.Id == lead.Id);
        Assert.That(read.Company, Is.EqualTo("Zylker"));
        Assert.That(read.No_of_Employees, Is.EqualTo(42));
        Assert.That(read.Email_Opt_Out, Is.True);
        Assert.That(read.Preferred_Contact_Date, Is.EqualTo(new DateOnly(2025, 3, 14)));
        Assert.That(read.Languages_Spoken, Is.EqualTo(new List<string> { "English", "German" }));
    }

    [Test]
    public async Task Update_sends_the_changed_fields_and_delete_removes_the_record()
    {
        long id;
        await using (var db = EmulatorOrg.CreateContext())
        {
            var lead = new Lead { Last_Name = "Update-" + Guid.NewGuid().ToString("N")[..8], Company = "Before" };
            db.Leads.Add(lead);
            await db.SaveChangesAsync();
            id = lead.Id;

            lead.Company = "After";
            lead.Lead_Status = "Contacted";
            await db.SaveChangesAsync();
        }

        Assert.That(EmulatorOrg.Emulator.Domain.Records.Find("Leads", id)!["Company"], Is.EqualTo("After"));

        await using (var db = EmulatorOrg.CreateContext())
        {
            var lead = await db.Leads.SingleAsync(l => l.Id == id);
            Assert.That(lead.Lead_Status, Is.EqualTo("Contacted"));
            db.Leads.Remove(lead);
            await db.SaveChangesAsync();
        }

        Assert.That(EmulatorOrg.Emulator.Domain.Records.Find("Leads", id), Is.Null);
    }

    [Test]
    public async Task Lookup_is_written_as_the_id_of_the_related_record()
    {
        await using var db = EmulatorOrg.CreateContext();
        var account = await db.Accounts.OrderBy(a => a.Id).FirstAsync();
        var contact = new Contact { Last_Name = "Lookup-" + Guid.NewGuid().ToString("N")[..8], Account = account };
        db.Contacts.Add(contact);
        await db.SaveChangesAsync();

        Assert.That(EmulatorOrg.Emulator.Domain.Records.Find("Contacts", contact.Id)!["Account_Name"], Is.EqualTo(account.Id));
        await using var other = EmulatorOrg.CreateContext();
        Assert.That(await other.Contacts.Where(c => c.Id == contact.Id).Select(c => c.Account!.Account_Name).SingleAsync(),
            Is.EqualTo(account.Account_Name));
    }

    [Test]
    public async Task Inserting_150_records_takes_two_calls_and_warns_that_it_is_not_atomic()
    {
        var warnings = new List<string>();
        await using var db = new LoggingContext(EmulatorOrg.ConnectionString, warnings);
        var tag = Guid.NewGuid().ToString("N")[..8];
        db.Leads.AddRange(Enumerable.Range(0, 150).Select(i => new Lead { Last_Name = $"Bulk-{tag}-{i}" }));
        await db.Leads.Take(1).ToListAsync();
        var before = await EmulatorOrg.LastRequestSeqAsync();

        Assert.That(await db.SaveChangesAsync(), Is.EqualTo(150));

        var calls = await EmulatorOrg.ApiCallsAfterAsync(before);
        Assert.That(calls.Where(c => c.Method == "POST" && c.Path == "/crm/v8/Leads").Count(), Is.EqualTo(2));
        Assert.That(warnings, Has.Some.Contains("Zoho CRM has no transactions"));
        Assert.That(EmulatorOrg.Expected<Lead>().Count(l => l.Last_Name.StartsWith($"Bulk-{tag}-", StringComparison.Ordinal)), Is.EqualTo(150));
    }

    [Test]
    public async Task Non_atomic_save_can_be_refused_before_anything_is_written()
    {
        await using var db = new StrictContext(EmulatorOrg.ConnectionString);
        var tag = Guid.NewGuid().ToString("N")[..8];
        db.Leads.AddRange(Enumerable.Range(0, 101).Select(i => new Lead { Last_Name = $"Strict-{tag}-{i}" }));
        Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        Assert.That(EmulatorOrg.Expected<Lead>().Any(l => l.Last_Name.StartsWith($"Strict-{tag}-", StringComparison.Ordinal)), Is.False);
    }

    [Test]
    public async Task Deleting_a_record_that_is_gone_is_a_concurrency_exception()
    {
        await using var db = EmulatorOrg.CreateContext();
        var lead = new Lead { Last_Name = "Gone-" + Guid.NewGuid().ToString("N")[..8] };
        db.Leads.Add(lead);
        await db.SaveChangesAsync();
        EmulatorOrg.Emulator.Domain.Records.Remove("Leads", lead.Id);

        db.Leads.Remove(lead);
        var exception = Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
        Assert.That(exception!.Entries.Single().Entity, Is.SameAs(lead));
    }

    [Test]
    public async Task Insert_and_update_take_the_system_fields_Zoho_returns()
    {
        await using var db = new StampedContext(EmulatorOrg.ConnectionString);
        var lead = new StampedLead { Last_Name = "Stamp-" + Guid.NewGuid().ToString("N")[..8] };
        db.Add(lead);
        await db.SaveChangesAsync();

        var stored = EmulatorOrg.Emulator.Domain.Records.Find("Leads", lead.Id)!;
        Assert.That(lead.Created_Time, Is.Not.Null);
        Assert.That(lead.Created_Time, Is.EqualTo(ToOffset(stored["Created_Time"])));
        Assert.That(lead.Modified_Time, Is.EqualTo(ToOffset(stored["Modified_Time"])));

        await EmulatorOrg.AdvanceClockAsync(90);
        lead.Last_Name += "-b";
        await db.SaveChangesAsync();

        stored = EmulatorOrg.Emulator.Domain.Records.Find("Leads", lead.Id)!;
        Assert.That(lead.Modified_Time, Is.EqualTo(ToOffset(stored["Modified_Time"])));
        Assert.That(lead.Modified_Time, Is.GreaterThan(lead.Created_Time!.Value));
    }

    private static DateTimeOffset? ToOffset(object? value) => value switch
    {
        DateTimeOffset offset => offset,
        DateTime dateTime => new DateTimeOffset(dateTime),
        string text => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };

    [System.ComponentModel.DataAnnotations.Schema.Table("Leads")]
    private sealed class StampedLead
    {
        public long Id { get; set; }

        public string Last_Name { get; set; } = "";

        public DateTimeOffset? Created_Time { get; set; }

        public DateTimeOffset? Modified_Time { get; set; }
    }

    private sealed class StampedContext(string connectionString) : DbContext
    {
        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseZohoCrm(connectionString);

        protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.Entity<StampedLead>();
    }

    private sealed class LoggingContext(string connectionString, List<string> warnings) : CrmContext(connectionString)
    {
        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
        {
            base.OnConfiguring(optionsBuilder);
            optionsBuilder.LogTo(warnings.Add, [ZohoCrmEventId.NonAtomicSaveChangesWarning]);
        }
    }

    private sealed class StrictContext(string connectionString) : CrmContext(connectionString)
    {
        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
        {
            base.OnConfiguring(optionsBuilder);
            optionsBuilder.ConfigureWarnings(w => w.Throw(ZohoCrmEventId.NonAtomicSaveChangesWarning));
        }
    }
}

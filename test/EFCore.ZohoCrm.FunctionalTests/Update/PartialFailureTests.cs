using Microsoft.Extensions.DependencyInjection;
using EFCore.ZohoCrm.FunctionalTests.TestUtilities;
using EFCore.ZohoCrm.Infrastructure;
using Microsoft.EntityFrameworkCore;
using ZohoCrm.Data;
using ZohoCrm.Data.Api;

namespace EFCore.ZohoCrm.FunctionalTests.Update;

/// <summary>
/// Zoho CRM has no transactions: when some records of a SaveChanges are refused, the written ones are tracked as
/// saved, the exception names only the refused ones, and a second SaveChanges writes only those (no duplicates).
/// </summary>
[NonParallelizable]
public class PartialFailureTests
{
    [Test]
    public async Task Refused_insert_leaves_the_written_records_saved_and_a_retry_writes_only_the_refused_one()
    {
        var tag = "Partial-" + Guid.NewGuid().ToString("N")[..8];
        await using var db = EmulatorOrg.CreateContext();
        var first = new Lead { Last_Name = tag + "-1", Company = tag };
        var refused = new Lead { Last_Name = "", Company = tag }; // Last_Name is mandatory in Leads.
        var third = new Lead { Last_Name = tag + "-3", Company = tag };
        db.Leads.AddRange(first, refused, third);
        await db.Leads.Take(1).ToListAsync();
        var before = await EmulatorOrg.LastRequestSeqAsync();

        var exception = Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync())!;

        Assert.That(exception.Entries.Select(e => e.Entity), Is.EqualTo(new object[] { refused }));
        Assert.That(exception.Message, Does.Contain("MANDATORY_NOT_FOUND").And.Contain("Last_Name").And.Contain("The other 2 record(s)"));
        Assert.That(exception.InnerException, Is.InstanceOf<ZohoCrmException>());
        Assert.That(db.Entry(refused).State, Is.EqualTo(EntityState.Added));
        foreach (var written in new[] { first, third })
        {
            Assert.That(db.Entry(written).State, Is.EqualTo(EntityState.Unchanged));
            Assert.That(written.Id, Is.GreaterThan(0));
            Assert.That(EmulatorOrg.Emulator.Domain.Records.Find("Leads", written.Id)!["Last_Name"], Is.EqualTo(written.Last_Name));
        }

        refused.Last_Name = tag + "-2";
        Assert.That(await db.SaveChangesAsync(), Is.EqualTo(1));

        Assert.That(db.ChangeTracker.Entries().Where(e => e.Entity is Lead { Company: var c } && c == tag).Select(e => e.State),
            Is.All.EqualTo(EntityState.Unchanged));
        var stored = EmulatorOrg.Expected<Lead>().Where(l => l.Company == tag).OrderBy(l => l.Last_Name, StringComparer.Ordinal).ToList();
        Assert.That(stored.Select(l => l.Last_Name), Is.EqualTo(new[] { tag + "-1", tag + "-2", tag + "-3" }));
        Assert.That(stored.Select(l => l.Id), Is.EqualTo(new[] { first.Id, refused.Id, third.Id }));
        var inserts = (await EmulatorOrg.ApiCallsAfterAsync(before)).Where(c => c.Method == "POST" && c.Path == "/crm/v8/Leads").ToList();
        Assert.That(inserts, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Refused_update_leaves_the_other_updates_accepted_and_a_retry_sends_only_the_refused_one()
    {
        var tag = "PartialUpd-" + Guid.NewGuid().ToString("N")[..8];
        await using var db = EmulatorOrg.CreateContext();
        var leads = Enumerable.Range(1, 3).Select(i => new Lead { Last_Name = $"{tag}-{i}", Company = tag }).ToList();
        db.Leads.AddRange(leads);
        await db.SaveChangesAsync();

        leads[0].First_Name = "Ann";
        leads[1].Last_Name = new string('x', 300); // longer than the field allows
        leads[2].First_Name = "Cy";
        var exception = Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync())!;

        Assert.That(exception.Entries.Select(e => e.Entity), Is.EqualTo(new object[] { leads[1] }));
        Assert.That(exception.Message, Does.Contain("INVALID_DATA").And.Contain("Last_Name"));
        Assert.That(db.Entry(leads[0]).State, Is.EqualTo(EntityState.Unchanged));
        Assert.That(db.Entry(leads[2]).State, Is.EqualTo(EntityState.Unchanged));
        Assert.That(db.Entry(leads[1]).State, Is.EqualTo(EntityState.Modified));
        Assert.That(EmulatorOrg.Emulator.Domain.Records.Find("Leads", leads[0].Id)!["First_Name"], Is.EqualTo("Ann"));

        leads[1].Last_Name = tag + "-2b";
        Assert.That(await db.SaveChangesAsync(), Is.EqualTo(1));
        Assert.That(EmulatorOrg.Emulator.Domain.Records.Find("Leads", leads[1].Id)!["Last_Name"], Is.EqualTo(tag + "-2b"));
    }

    [Test]
    public async Task Failure_in_a_later_call_leaves_the_records_of_the_earlier_calls_saved()
    {
        var tag = "PartialBulk-" + Guid.NewGuid().ToString("N")[..8];
        await using var db = EmulatorOrg.CreateContext();
        var leads = Enumerable.Range(0, 101).Select(i => new Lead { Last_Name = $"{tag}-{i:D3}", Company = tag }).ToList();
        leads[100].Last_Name = "";
        db.Leads.AddRange(leads);

        var exception = Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync())!;

        Assert.That(exception.Entries.Select(e => e.Entity), Is.EqualTo(new object[] { leads[100] }));
        Assert.That(exception.Message, Does.Contain("The other 100 record(s)"));
        Assert.That(leads.Take(100).Select(l => db.Entry(l).State), Is.All.EqualTo(EntityState.Unchanged));

        leads[100].Last_Name = tag + "-100";
        Assert.That(await db.SaveChangesAsync(), Is.EqualTo(1));
        Assert.That(EmulatorOrg.Expected<Lead>().Count(l => l.Company == tag), Is.EqualTo(101));
    }
    [Test]
    public async Task A_refused_record_names_the_property_of_its_field_and_the_records_of_the_other_calls_are_saved()
    {
        var tag = "PartialNamed-" + Guid.NewGuid().ToString("N")[..8];
        await using var db = new RenamedLeadContext(EmulatorOrg.ConnectionString);
        var leads = Enumerable.Range(0, 5).Select(i => new RenamedLead { LastName = $"{tag}-{i}", Company = tag }).ToList();
        db.Leads.AddRange(leads);
        var refused = leads[2];
        refused.LastName = ""; // Last_Name is mandatory in Leads.

        var exception = Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync())!;

        var refusal = exception.GetZohoCrmWriteFailures().Single();
        Assert.That(refusal.Entity, Is.SameAs(refused));
        Assert.That((refusal.Status, refusal.Code, refusal.Field, refusal.Property), Is.EqualTo((ZohoCrmWriteStatus.Refused, "MANDATORY_NOT_FOUND", "Last_Name", "LastName")));
        Assert.That(exception.Message, Does.Contain("(property 'LastName')"));
        Assert.That(exception.Entries.Select(e => e.Entity), Is.EqualTo(new object[] { refused }));

        // Two records a call: a refused record does not stop the other calls, which are saved.
        var saved = leads.Where(l => l != refused).ToList();
        Assert.That(saved.Select(l => db.Entry(l).State), Is.All.EqualTo(EntityState.Unchanged));
        Assert.That(EmulatorOrg.Expected<Lead>().Where(l => l.Company == tag).Select(l => (l.Id, l.Last_Name)).Order(),
            Is.EqualTo(saved.Select(l => (l.Id, l.LastName)).Order()));

        refused.LastName = tag + "-2";
        Assert.That(await db.SaveChangesAsync(), Is.EqualTo(1));
        Assert.That(EmulatorOrg.Expected<Lead>().Where(l => l.Company == tag).Select(l => l.Last_Name).Order(StringComparer.Ordinal),
            Is.EqualTo(leads.Select(l => l.LastName).Order(StringComparer.Ordinal)));
    }

    [Test]
    public async Task Records_of_calls_refused_as_a_whole_or_never_sent_are_named_as_not_written_and_saving_again_writes_them_once()
    {
        var tag = "PartialCalls-" + Guid.NewGuid().ToString("N")[..8];
        await using var db = new RenamedLeadContext(EmulatorOrg.ConnectionString);
        await db.Leads.Take(1).ToListAsync();
        // Two records a call: six calls, five sent at once (MaxConcurrency), the sixth only if none has failed by then.
        var leads = Enumerable.Range(0, 11).Select(i => new RenamedLead { LastName = $"{tag}-{i}", Company = tag }).ToList();
        db.Leads.AddRange(leads);
        var settings = EmulatorOrg.Emulator.Settings;
        var credits = EmulatorOrg.Emulator.Services.GetRequiredService<global::ZohoCrm.Emulator.Domain.Limits.ApiLimits>().Credits;
        // One credit left: the first call to arrive is written, the others are refused as a whole (429); calls arriving
        // together may all find the credit unspent, so how many are written is not known, only that the results say it.
        settings.CreditLimit = credits.Spent(EmulatorOrg.Emulator.Clock.UtcNow) + 1;
        DbUpdateException exception;
        try
        {
            exception = Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync())!;
        }
        finally
        {
            settings.CreditLimit = null;
        }

        var stored = EmulatorOrg.Expected<Lead>().Where(l => l.Company == tag).Select(l => l.Last_Name).ToHashSet();
        var written = leads.Where(l => stored.Contains(l.LastName)).ToList();
        var notWritten = leads.Except(written).ToList();
        Assert.That(written.Count % 2, Is.Zero, "whole calls were written");
        Assert.That(written.Select(l => db.Entry(l).State), Is.All.EqualTo(EntityState.Unchanged));
        Assert.That(exception.Entries.Select(e => e.Entity), Is.EquivalentTo(notWritten));
        Assert.That(exception.GetZohoCrmWriteFailures().Select(f => (f.Entity, f.Status)),
            Is.EquivalentTo(notWritten.Select(l => ((object)l, ZohoCrmWriteStatus.NotWritten))));
        Assert.That(exception.Message, Does.Contain("calling SaveChanges again writes them, which is safe"));
        Assert.That(notWritten.Select(l => db.Entry(l).State), Is.All.EqualTo(EntityState.Added));

        Assert.That(await db.SaveChangesAsync(), Is.EqualTo(notWritten.Count));
        Assert.That(EmulatorOrg.Expected<Lead>().Where(l => l.Company == tag).Select(l => l.Last_Name).Order(StringComparer.Ordinal),
            Is.EqualTo(leads.Select(l => l.LastName).Order(StringComparer.Ordinal)));
    }

    [Test]
    public async Task Delete_of_a_vanished_record_detaches_the_deleted_ones_and_names_only_the_vanished_one()
    {
        var tag = "PartialDel-" + Guid.NewGuid().ToString("N")[..8];
        await using var db = EmulatorOrg.CreateContext();
        var leads = Enumerable.Range(1, 3).Select(i => new Lead { Last_Name = $"{tag}-{i}", Company = tag }).ToList();
        db.Leads.AddRange(leads);
        await db.SaveChangesAsync();
        EmulatorOrg.Emulator.Domain.Records.Remove("Leads", leads[1].Id);

        db.Leads.RemoveRange(leads);
        var exception = Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync())!;

        Assert.That(exception.Entries.Select(e => e.Entity), Is.EqualTo(new object[] { leads[1] }));
        Assert.That(db.Entry(leads[0]).State, Is.EqualTo(EntityState.Detached));
        Assert.That(db.Entry(leads[2]).State, Is.EqualTo(EntityState.Detached));
        Assert.That(db.Entry(leads[1]).State, Is.EqualTo(EntityState.Deleted));
        Assert.That(EmulatorOrg.Expected<Lead>().Count(l => l.Company == tag), Is.Zero);
    }

    [Test]
    public void Synchronous_SaveChanges_accepts_the_written_records_too()
    {
        var tag = "PartialSync-" + Guid.NewGuid().ToString("N")[..8];
        using var db = EmulatorOrg.CreateContext();
        var good = new Lead { Last_Name = tag, Company = tag };
        var refused = new Lead { Last_Name = "", Company = tag };
        db.Leads.AddRange(good, refused);

        var exception = Assert.Throws<DbUpdateException>(() => db.SaveChanges())!;

        Assert.That(exception.Entries.Single().Entity, Is.SameAs(refused));
        Assert.That(db.Entry(good).State, Is.EqualTo(EntityState.Unchanged));
        refused.Last_Name = tag + "-b";
        Assert.That(db.SaveChanges(), Is.EqualTo(1));
        Assert.That(EmulatorOrg.Expected<Lead>().Count(l => l.Company == tag), Is.EqualTo(2));
    }
    [Test]
    public async Task Whole_call_failure_after_an_earlier_call_keeps_the_earlier_records_saved()
    {
        var tag = "PartialCall-" + Guid.NewGuid().ToString("N")[..8];
        await using var db = new MissingModuleContext(EmulatorOrg.ConnectionString);
        var lead = new Lead { Last_Name = tag, Company = tag };
        var orphan = new MissingModuleRecord { Name = tag };
        db.Leads.Add(lead);
        db.Add(orphan);

        var exception = Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync())!;

        Assert.That(exception.InnerException, Is.InstanceOf<ZohoCrmException>());
        Assert.That(exception.Entries.Select(e => e.Entity), Is.EqualTo(new object[] { orphan }));
        Assert.That(exception.Message, Does.Contain("Zz_Missing").And.Contain("The other 1 record(s)"));
        Assert.That(db.Entry(lead).State, Is.EqualTo(EntityState.Unchanged));
        Assert.That(EmulatorOrg.Emulator.Domain.Records.Find("Leads", lead.Id), Is.Not.Null);

        db.Entry(orphan).State = EntityState.Detached;
        Assert.That(await db.SaveChangesAsync(), Is.Zero);
        Assert.That(EmulatorOrg.Expected<Lead>().Count(l => l.Company == tag), Is.EqualTo(1));
    }

    [System.ComponentModel.DataAnnotations.Schema.Table("Zz_Missing")]
    private sealed class MissingModuleRecord
    {
        public long Id { get; set; }

        public string Name { get; set; } = "";
    }

    private sealed class MissingModuleContext(string connectionString) : CrmContext(connectionString)
    {
        // The missing module is the point: Zoho's refusal of the write, not the model check, is under test.
        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
        {
            base.OnConfiguring(optionsBuilder);
            optionsBuilder.UseZohoCrm(o => o.SchemaCheck(ZohoCrmSchemaCheck.Off));
        }

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            base.OnModelCreating(modelBuilder);
            modelBuilder.Entity<MissingModuleRecord>();
        }
    }
}

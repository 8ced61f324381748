using EFCore.ZohoCrm.FunctionalTests.TestUtilities;
using Microsoft.EntityFrameworkCore;
using ZohoCrm.Data.Api;

namespace EFCore.ZohoCrm.FunctionalTests.Update;

/// <summary>
/// Optimistic concurrency on <c>Modified_Time</c> (<c>[ConcurrencyCheck]</c>): an update is sent with
/// <c>If-Unmodified-Since</c> set to the value read, so a record changed in between is not overwritten.
/// </summary>
[NonParallelizable]
public class ConcurrencyTests
{
    [Test]
    public async Task An_update_of_a_record_changed_after_it_was_read_throws_DbUpdateConcurrencyException_and_writes_nothing()
    {
        var id = await InsertAsync();
        await using var db = new EmailLeadContext(EmulatorOrg.ConnectionString);
        var lead = await db.Leads.SingleAsync(l => l.Id == id);

        // Someone else changes the record later.
        await EmulatorOrg.AdvanceClockAsync(5);
        await using (var other = new EmailLeadContext(EmulatorOrg.ConnectionString))
        {
            var theirs = await other.Leads.SingleAsync(l => l.Id == id);
            theirs.Company = "Theirs";
            await other.SaveChangesAsync();
        }

        lead.First_Name = "Mine";
        var exception = Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync())!;

        Assert.That(exception.Entries.Select(e => e.Entity), Is.EqualTo(new object[] { lead }));
        Assert.That(exception.GetZohoCrmWriteFailures().Single().Status, Is.EqualTo(ZohoCrmWriteStatus.Conflict));
        Assert.That(exception.Message, Does.Contain("ALREADY_MODIFIED").And.Contain("Reload"));
        Assert.That(db.Entry(lead).State, Is.EqualTo(EntityState.Modified));
        var stored = EmulatorOrg.Emulator.Domain.Records.Find("Leads", id)!;
        Assert.That(stored["First_Name"], Is.Null, "the conditional update was not applied");
        Assert.That(stored["Company"], Is.EqualTo("Theirs"));

        // As the message advises: reload, apply again, save.
        await db.Entry(lead).ReloadAsync();
        lead.First_Name = "Mine";
        await db.SaveChangesAsync();
        Assert.That(EmulatorOrg.Emulator.Domain.Records.Find("Leads", id)!["First_Name"], Is.EqualTo("Mine"));
    }

    [Test]
    public async Task An_update_of_an_unchanged_record_succeeds_and_the_new_Modified_Time_lands_on_the_entity()
    {
        var id = await InsertAsync();
        await using var db = new EmailLeadContext(EmulatorOrg.ConnectionString);
        var lead = await db.Leads.SingleAsync(l => l.Id == id);
        var read = lead.Modified_Time;
        await EmulatorOrg.AdvanceClockAsync(5);

        lead.First_Name = "Ann";
        await db.SaveChangesAsync();

        var stored = EmulatorOrg.Emulator.Domain.Records.Find("Leads", id)!;
        Assert.That(stored["First_Name"], Is.EqualTo("Ann"));
        Assert.That(lead.Modified_Time, Is.EqualTo(stored["Modified_Time"]));
        Assert.That(lead.Modified_Time, Is.GreaterThan(read!.Value));
        Assert.That(db.Entry(lead).State, Is.EqualTo(EntityState.Unchanged));

        // The token now holds the new time, so a second update is accepted too.
        await EmulatorOrg.AdvanceClockAsync(5);
        lead.First_Name = "Bea";
        await db.SaveChangesAsync();
        Assert.That(EmulatorOrg.Emulator.Domain.Records.Find("Leads", id)!["First_Name"], Is.EqualTo("Bea"));
    }

    private static async Task<long> InsertAsync()
    {
        var tag = "Concurrency-" + Guid.NewGuid().ToString("N")[..8];
        await using var db = new EmailLeadContext(EmulatorOrg.ConnectionString);
        var lead = new EmailLead { Last_Name = tag, Company = tag, Email = tag.ToLowerInvariant() + "@example.com" };
        db.Leads.Add(lead);
        await db.SaveChangesAsync();
        Assert.That(lead.Modified_Time, Is.Not.Null, "the insert's result carries Modified_Time");
        return lead.Id;
    }
}

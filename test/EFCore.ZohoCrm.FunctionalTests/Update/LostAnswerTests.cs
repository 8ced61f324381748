using EFCore.ZohoCrm.FunctionalTests.TestUtilities;
using Microsoft.EntityFrameworkCore;
using ZohoCrm.Data.Api;

namespace EFCore.ZohoCrm.FunctionalTests.Update;

/// <summary>
/// A write call whose answer is lost. An insert is never resent blindly: the records Zoho holds are read back, so an
/// insert Zoho did write is saved once with its id, and one that never reached Zoho stays Added, named as not written
/// (safe to save again). An update is resent, and when every answer is lost the entry keeps its state with a message
/// saying saving again is safe.
/// </summary>
[NonParallelizable]
public class LostAnswerTests
{
    [Test]
    public async Task Insert_whose_answer_is_lost_after_the_write_is_found_by_reading_back_and_saved_once()
    {
        var tag = "Lost-" + Guid.NewGuid().ToString("N")[..8];
        await using var db = EmulatorOrg.CreateContext();
        await db.Leads.Take(1).ToListAsync();
        var lead = new Lead { Last_Name = tag, Company = tag };
        db.Leads.Add(lead);
        var before = await EmulatorOrg.LastRequestSeqAsync();

        await EmulatorOrg.SetFaultsAsync("""[{"path":"/crm/v8/Leads","method":"POST","lostAnswerRate":1}]""");
        try
        {
            await db.SaveChangesAsync();
        }
        finally
        {
            await EmulatorOrg.SetFaultsAsync("[]");
        }

        var stored = EmulatorOrg.Expected<Lead>().Where(l => l.Company == tag).ToList();
        Assert.That(stored.Select(l => l.Id), Is.EqualTo(new[] { lead.Id }), "written once, and the entity has its id");
        Assert.That(db.Entry(lead).State, Is.EqualTo(EntityState.Unchanged));
        var inserts = (await EmulatorOrg.ApiCallsAfterAsync(before)).Where(c => c.Method == "POST" && c.Path == "/crm/v8/Leads");
        Assert.That(inserts.Count(), Is.EqualTo(1), "an insert is never resent after an ambiguous failure");
    }

    [Test]
    public async Task Insert_whose_call_dropped_before_Zoho_wrote_it_stays_added_and_is_named_as_not_written()
    {
        var tag = "LostDrop-" + Guid.NewGuid().ToString("N")[..8];
        await using var db = EmulatorOrg.CreateContext();
        await db.Leads.Take(1).ToListAsync();
        var lead = new Lead { Last_Name = tag, Company = tag };
        db.Leads.Add(lead);

        var exception = await SaveWithFaultAsync(db, """[{"path":"/crm/v8/Leads","method":"POST","dropRate":1}]""");

        Assert.That(exception.GetZohoCrmWriteFailures().Select(f => (f.Entity, f.Status)), Is.EqualTo(new[] { ((object)lead, ZohoCrmWriteStatus.NotWritten) }));
        Assert.That(exception.Message, Does.Contain("certainly does not hold").And.Contain("which is safe"));
        Assert.That(db.Entry(lead).State, Is.EqualTo(EntityState.Added));
        Assert.That(EmulatorOrg.Expected<Lead>().Count(l => l.Company == tag), Is.Zero);

        Assert.That(await db.SaveChangesAsync(), Is.EqualTo(1));
        Assert.That(EmulatorOrg.Expected<Lead>().Where(l => l.Company == tag).Select(l => l.Id), Is.EqualTo(new[] { lead.Id }));
    }

    [Test]
    public async Task Update_whose_answer_is_lost_says_saving_again_is_safe()
    {
        var tag = "LostUpd-" + Guid.NewGuid().ToString("N")[..8];
        await using var db = EmulatorOrg.CreateContext();
        var lead = new Lead { Last_Name = tag, Company = tag };
        db.Leads.Add(lead);
        await db.SaveChangesAsync();
        lead.First_Name = "Ann";

        var exception = await SaveWithFaultAsync(db, """[{"path":"/crm/v8/Leads","method":"PUT","dropRate":1}]""");

        Assert.That(exception.Message, Does.Contain("may or may not hold").And.Contain("which is safe"));
        Assert.That(db.Entry(lead).State, Is.EqualTo(EntityState.Modified));
        Assert.That(await db.SaveChangesAsync(), Is.EqualTo(1));
        Assert.That(EmulatorOrg.Emulator.Domain.Records.Find("Leads", lead.Id)!["First_Name"], Is.EqualTo("Ann"));
    }

    private static async Task<DbUpdateException> SaveWithFaultAsync(CrmContext db, string faults)
    {
        await EmulatorOrg.SetFaultsAsync(faults);
        try
        {
            return Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync())!;
        }
        finally
        {
            await EmulatorOrg.SetFaultsAsync("[]");
        }
    }
}

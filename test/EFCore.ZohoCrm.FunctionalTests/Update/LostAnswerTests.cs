using EFCore.ZohoCrm.FunctionalTests.TestUtilities;
using Microsoft.EntityFrameworkCore;

namespace EFCore.ZohoCrm.FunctionalTests.Update;

/// <summary>
/// A write call whose answer is lost: an insert (here a body cut in half after Zoho wrote the record) is never resent
/// but read back, so the entity is saved once; an update whose resends all fail says Zoho may have written it instead
/// of claiming nothing was written.
/// </summary>
[NonParallelizable]
public class LostAnswerTests
{
    [Test]
    public async Task Insert_whose_answer_is_lost_is_read_back_and_saved_once_with_its_id()
    {
        var tag = "Lost-" + Guid.NewGuid().ToString("N")[..8];
        await using var db = EmulatorOrg.CreateContext();
        await db.Leads.Take(1).ToListAsync();
        var lead = new Lead { Last_Name = tag, Company = tag };
        db.Leads.Add(lead);
        var before = await EmulatorOrg.LastRequestSeqAsync();

        await EmulatorOrg.SetFaultsAsync("""[{"path":"/crm/v8/Leads","method":"POST","truncateRate":1}]""");
        try
        {
            Assert.That(await db.SaveChangesAsync(), Is.EqualTo(1));
        }
        finally
        {
            await EmulatorOrg.SetFaultsAsync("[]");
        }

        // The emulator wrote it and cut the answer: ZohoCrm.Data found the record among those created since the call.
        Assert.That(db.Entry(lead).State, Is.EqualTo(EntityState.Unchanged));
        Assert.That(EmulatorOrg.Expected<Lead>().Where(l => l.Company == tag).Select(l => l.Id), Is.EqualTo(new[] { lead.Id }));
        var inserts = (await EmulatorOrg.ApiCallsAfterAsync(before)).Where(c => c.Method == "POST" && c.Path == "/crm/v8/Leads");
        Assert.That(inserts.Count(), Is.EqualTo(1), "an insert is never resent after an ambiguous failure");
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

        Assert.That(exception.Message, Does.Contain("may or may not have written").And.Contain("which is safe"));
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

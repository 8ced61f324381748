using EFCore.ZohoCrm.FunctionalTests.TestUtilities;
using Microsoft.EntityFrameworkCore;

namespace EFCore.ZohoCrm.FunctionalTests.Update;

/// <summary>
/// A write call whose answer is lost (here a body cut in half after Zoho wrote the records) is never resent, and the
/// error says Zoho may have written the records instead of claiming nothing was written, so a user does not save
/// them again blindly and insert them twice.
/// </summary>
[NonParallelizable]
public class LostAnswerTests
{
    [Test]
    public async Task Insert_whose_answer_is_lost_says_Zoho_may_have_written_it_and_keeps_the_entry_added()
    {
        var tag = "Lost-" + Guid.NewGuid().ToString("N")[..8];
        await using var db = EmulatorOrg.CreateContext();
        await db.Leads.Take(1).ToListAsync();
        var lead = new Lead { Last_Name = tag, Company = tag };
        db.Leads.Add(lead);
        var before = await EmulatorOrg.LastRequestSeqAsync();

        var exception = await SaveWithFaultAsync(db, """[{"path":"/crm/v8/Leads","method":"POST","truncateRate":1}]""");

        Assert.That(exception.Message, Does.Contain("may or may not hold").And.Contain("insert them twice"));
        Assert.That(exception.Entries.Select(e => e.Entity), Is.EqualTo(new object[] { lead }));
        Assert.That(db.Entry(lead).State, Is.EqualTo(EntityState.Added));
        // The emulator did write it, which is exactly why the message must not say otherwise.
        Assert.That(EmulatorOrg.Expected<Lead>().Count(l => l.Company == tag), Is.EqualTo(1));
        var inserts = (await EmulatorOrg.ApiCallsAfterAsync(before)).Where(c => c.Method == "POST" && c.Path == "/crm/v8/Leads");
        Assert.That(inserts.Count(), Is.EqualTo(1), "a write is never resent after an ambiguous failure");
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

using System.Globalization;
using EFCore.ZohoCrm.FunctionalTests.TestUtilities;
using Microsoft.EntityFrameworkCore;
using ZohoCrm.Data.Api;

namespace EFCore.ZohoCrm.FunctionalTests.Update;

/// <summary>
/// The write calls of one SaveChangesAsync that do not depend on each other go up to <c>MaxConcurrency</c> at once;
/// the emulator's request log (its start and end counter) tells which calls were in flight together, its store what
/// was written. A synchronous SaveChanges stays one call after another; a batch whose foreign keys take ids an earlier
/// batch gets back waits for it.
/// </summary>
[NonParallelizable]
public class ConcurrentSaveChangesTests
{
    private const int Count = 1_000;

    // Zoho takes 150 ms and more per call; a little latency keeps calls sent together in flight together.
    private const string Latency = """[{"path":"/crm/v8/Leads","latencyMs":50},{"path":"/crm/v8/Accounts","latencyMs":50}]""";

    [SetUp]
    public Task SomeLatency() => EmulatorOrg.SetFaultsAsync(Latency, seed: 1);

    [TearDown]
    public Task NoFaults() => EmulatorOrg.SetFaultsAsync("[]");

    private static string Tag() => "CS" + Guid.NewGuid().ToString("N")[..8];

    private static List<Lead> NewLeads(string tag) =>
        Enumerable.Range(0, Count).Select(i => new Lead { Last_Name = tag + "-" + i.ToString("D4", CultureInfo.InvariantCulture), Company = tag }).ToList();

    private static async Task<List<EmulatorOrg.LoggedRequest>> CallsAsync(long before, string method, string module) =>
        (await EmulatorOrg.ApiCallsAfterAsync(before)).Where(c => c.Method == method && c.Path == "/crm/v8/" + module).ToList();

    private static void AssertStoredAsTracked(IReadOnlyList<Lead> leads, string tag)
    {
        var stored = EmulatorOrg.Expected<Lead>().Where(l => l.Company == tag).OrderBy(l => l.Id).ToList();
        Assert.That(stored.Select(l => (l.Id, l.Last_Name, l.First_Name)), Is.EqualTo(leads.OrderBy(l => l.Id).Select(l => (l.Id, l.Last_Name, l.First_Name))));
    }

    [Test]
    public async Task SaveChangesAsync_of_1000_new_Leads_sends_its_10_calls_several_at_once()
    {
        var tag = Tag();
        await using var db = EmulatorOrg.CreateContext();
        var leads = NewLeads(tag);
        db.Leads.AddRange(leads);
        await db.Leads.Take(1).ToListAsync();
        var before = await EmulatorOrg.LastRequestSeqAsync();

        Assert.That(await db.SaveChangesAsync(), Is.EqualTo(Count));

        var inserts = await CallsAsync(before, "POST", "Leads");
        Assert.That(inserts, Has.Count.EqualTo(10));
        Assert.That(EmulatorOrg.PeakInFlight(inserts), Is.InRange(2, 5), "several calls in flight at once, at most MaxConcurrency (5)");
        Assert.That(leads.Select(l => db.Entry(l).State), Is.All.EqualTo(EntityState.Unchanged));
        AssertStoredAsTracked(leads, tag);
    }

    [Test]
    public async Task SaveChangesAsync_of_1000_updated_Leads_sends_its_10_calls_several_at_once()
    {
        var tag = Tag();
        await using var db = EmulatorOrg.CreateContext();
        var leads = NewLeads(tag);
        db.Leads.AddRange(leads);
        await db.SaveChangesAsync();
        for (var i = 0; i < leads.Count; i++)
        {
            leads[i].First_Name = "F" + i.ToString(CultureInfo.InvariantCulture);
        }

        var before = await EmulatorOrg.LastRequestSeqAsync();

        Assert.That(await db.SaveChangesAsync(), Is.EqualTo(Count));

        var updates = await CallsAsync(before, "PUT", "Leads");
        Assert.That(updates, Has.Count.EqualTo(10));
        Assert.That(EmulatorOrg.PeakInFlight(updates), Is.InRange(2, 5));
        Assert.That(leads.Select(l => db.Entry(l).State), Is.All.EqualTo(EntityState.Unchanged));
        AssertStoredAsTracked(leads, tag);
    }

    [Test]
    public async Task Synchronous_SaveChanges_of_1000_new_Leads_sends_its_10_calls_one_after_another()
    {
        var tag = Tag();
        using var db = EmulatorOrg.CreateContext();
        var leads = NewLeads(tag);
        db.Leads.AddRange(leads);
        _ = db.Leads.Take(1).ToList();
        var before = await EmulatorOrg.LastRequestSeqAsync();

        Assert.That(db.SaveChanges(), Is.EqualTo(Count));

        var inserts = await CallsAsync(before, "POST", "Leads");
        Assert.That(inserts, Has.Count.EqualTo(10));
        Assert.That(EmulatorOrg.PeakInFlight(inserts), Is.EqualTo(1));
        AssertStoredAsTracked(leads, tag);
    }

    [Test]
    public async Task Leads_refused_in_the_fourth_call_are_exactly_the_entries_named_and_the_other_calls_are_saved()
    {
        var tag = Tag();
        await using var db = EmulatorOrg.CreateContext();
        var leads = NewLeads(tag);
        var refused = leads.GetRange(300, 100);
        foreach (var lead in refused)
        {
            lead.Last_Name = ""; // Last_Name is mandatory in Leads.
        }

        db.Leads.AddRange(leads);

        var exception = Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync())!;

        Assert.That(exception.Entries.Select(e => e.Entity), Is.EquivalentTo(refused));
        Assert.That(exception.GetZohoCrmWriteFailures().Select(f => (f.Status, f.Property)), Is.All.EqualTo((ZohoCrmWriteStatus.Refused, "Last_Name")));
        Assert.That(refused.Select(l => db.Entry(l).State), Is.All.EqualTo(EntityState.Added));
        var saved = leads.Except(refused).ToList();
        Assert.That(saved.Select(l => db.Entry(l).State), Is.All.EqualTo(EntityState.Unchanged));
        AssertStoredAsTracked(saved, tag);

        for (var i = 0; i < refused.Count; i++)
        {
            refused[i].Last_Name = tag + "-again-" + i.ToString(CultureInfo.InvariantCulture);
        }

        Assert.That(await db.SaveChangesAsync(), Is.EqualTo(refused.Count));
        AssertStoredAsTracked(leads, tag);
    }

    [Test]
    public async Task Lost_answers_of_concurrent_insert_calls_leave_every_Lead_once()
    {
        for (var seed = 1; seed <= 2; seed++)
        {
            var tag = Tag();
            await using var db = EmulatorOrg.CreateContext();
            // Ten names repeated in every call: a read-back sees the identical Leads the other calls wrote.
            var leads = Enumerable.Range(0, Count).Select(i => new Lead { Last_Name = tag + "-" + (i % 10).ToString(CultureInfo.InvariantCulture), Company = tag }).ToList();
            db.Leads.AddRange(leads);
            await db.Leads.Take(1).ToListAsync();
            var before = await EmulatorOrg.LastRequestSeqAsync();
            await EmulatorOrg.SetFaultsAsync("""[{"path":"/crm/v8/Leads","method":"POST","lostAnswerRate":0.3,"latencyMs":50}]""", seed);

            Assert.That(await db.SaveChangesAsync(), Is.EqualTo(Count));

            await EmulatorOrg.SetFaultsAsync("[]");
            var inserts = await CallsAsync(before, "POST", "Leads");
            Assert.That(inserts.Count(c => c.Status == 0), Is.GreaterThan(0), $"seed {seed}: some answers were lost");
            Assert.That(EmulatorOrg.PeakInFlight(inserts), Is.GreaterThan(1));
            Assert.That(leads.Select(l => l.Id), Is.Unique);
            AssertStoredAsTracked(leads, tag);
        }
    }

    [Test]
    public async Task Child_Accounts_wait_for_the_new_parents_whose_ids_they_take()
    {
        var tag = Tag();
        await using var db = EmulatorOrg.CreateContext();
        var parents = Enumerable.Range(0, 150).Select(i => new Account { Account_Name = $"{tag}-P{i:D3}" }).ToList();
        var children = parents.Select((p, i) => new Account { Account_Name = $"{tag}-C{i:D3}", ParentAccount = p }).ToList();
        db.Accounts.AddRange(children);
        await db.Accounts.Take(1).ToListAsync();
        var before = await EmulatorOrg.LastRequestSeqAsync();

        Assert.That(await db.SaveChangesAsync(), Is.EqualTo(300));

        var stored = EmulatorOrg.Expected<Account>().Where(a => a.Account_Name.StartsWith(tag, StringComparison.Ordinal)).ToDictionary(a => a.Account_Name);
        Assert.That(children.Select(c => stored[c.Account_Name].ParentAccountId), Is.EqualTo(parents.Select(p => (long?)p.Id)));
        Assert.That(parents.Select(p => stored[p.Account_Name].ParentAccountId), Is.All.Null);
        var inserts = await CallsAsync(before, "POST", "Accounts");
        Assert.That(inserts, Has.Count.EqualTo(4));
        var parentCalls = inserts.Take(2).ToList();
        Assert.That(inserts.Skip(2).Select(c => c.Start), Is.All.GreaterThan(parentCalls.Max(c => c.End)), "the children's calls start once the parents' are answered");
    }
}

using EFCore.ZohoCrm.FunctionalTests.TestUtilities;
using Microsoft.EntityFrameworkCore;

namespace EFCore.ZohoCrm.FunctionalTests.Query;

/// <summary>Key query shapes cost the number of Zoho calls they should (counted in the emulator's request log).</summary>
[NonParallelizable]
public class CallCountTests
{
    private const string Coql = "POST /crm/v8/coql";

    private static async Task<IReadOnlyList<string>> CallsOfAsync(Func<CrmQueryContext, Task> query)
    {
        await using var db = CrmQueryContext.Create();
        await query(db); // the token and the fields of each module are fetched once per data source
        var before = await EmulatorOrg.LastRequestSeqAsync();
        await query(db);
        return (await EmulatorOrg.ApiCallsAfterAsync(before)).Select(c => c.Method + " " + c.Path).ToList();
    }

    [Test]
    public async Task Filtered_Take_10_is_one_call()
    {
        List<Lead> leads = [];
        var calls = await CallsOfAsync(async db => leads = await db.Leads.Where(l => l.Lead_Status == "Contacted").Take(10).ToListAsync());
        Assert.That(leads, Has.Count.EqualTo(10));
        Assert.That(calls, Is.EqualTo(new[] { Coql }));
    }

    [Test]
    public async Task Count_Any_Sum_and_First_are_one_call_each()
    {
        Assert.That(await CallsOfAsync(db => db.Leads.CountAsync(l => l.Email_Opt_Out)), Is.EqualTo(new[] { Coql }));
        Assert.That(await CallsOfAsync(db => db.Leads.LongCountAsync()), Is.EqualTo(new[] { Coql }));
        Assert.That(await CallsOfAsync(db => db.Leads.AnyAsync(l => l.Industry == null)), Is.EqualTo(new[] { Coql }));
        Assert.That(await CallsOfAsync(db => db.Leads.AllAsync(l => l.Industry != null)), Is.EqualTo(new[] { Coql }));
        Assert.That(await CallsOfAsync(db => db.Deals.SumAsync(d => d.Amount)), Is.EqualTo(new[] { Coql }));
        Assert.That(await CallsOfAsync(db => db.Leads.OrderBy(l => l.Last_Name).FirstAsync()), Is.EqualTo(new[] { Coql }));
        Assert.That(await CallsOfAsync(db => db.Leads.SingleOrDefaultAsync(l => l.Id == -1)), Is.EqualTo(new[] { Coql }));
    }

    [Test]
    public async Task GroupBy_and_two_level_lookup_paths_are_one_call()
    {
        Assert.That(await CallsOfAsync(db => db.Deals.GroupBy(d => d.Stage).Select(g => new { g.Key, Total = g.Sum(d => d.Amount) }).ToListAsync()),
            Is.EqualTo(new[] { Coql }));
        Assert.That(await CallsOfAsync(db => db.Contacts.Where(c => c.Account!.ParentAccount!.Industry == "Storage Equipment")
                .Select(c => new { c.Id, c.Account!.ParentAccount!.Account_Name }).ToListAsync()),
            Is.EqualTo(new[] { Coql }));
        Assert.That(await CallsOfAsync(db => db.Deals.Include(d => d.Account).Where(d => d.Stage == "Closed Won").ToListAsync()), Is.EqualTo(new[] { Coql }));
        Assert.That(await CallsOfAsync(db => db.Deals.Include(d => d.Account).OrderBy(d => d.Id).Take(100).ToListAsync()), Is.EqualTo(new[] { Coql }));
    }

    [Test]
    public async Task Reading_10000_rows_is_five_calls_of_2000()
    {
        List<long> ids = [];
        var calls = await CallsOfAsync(async db => ids = await db.Leads.OrderBy(l => l.Id).Take(10_000).Select(l => l.Id).ToListAsync());
        Assert.That(ids, Has.Count.EqualTo(10_000).And.Unique);
        Assert.That(calls, Is.EqualTo(Enumerable.Repeat(Coql, 5)));
    }

    [Test]
    public async Task A_page_in_the_middle_is_one_call()
    {
        Assert.That(await CallsOfAsync(db => db.Leads.OrderBy(l => l.Id).Skip(4_000).Take(100).ToListAsync()), Is.EqualTo(new[] { Coql }));
    }

    [Test]
    public async Task Contains_over_250_ids_is_one_call()
    {
        var ids = Oracle.Leads.Where((_, i) => i % 11 == 0).Take(250).Select(l => l.Id).ToList();
        List<long> found = [];
        var calls = await CallsOfAsync(async db => found = await db.Leads.Where(l => ids.Contains(l.Id)).Select(l => l.Id).ToListAsync());
        Assert.That(found, Is.EquivalentTo(ids));
        Assert.That(calls, Is.EqualTo(new[] { Coql }));
    }
}

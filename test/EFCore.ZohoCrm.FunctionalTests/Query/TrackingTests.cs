using EFCore.ZohoCrm.FunctionalTests.TestUtilities;
using Microsoft.EntityFrameworkCore;

namespace EFCore.ZohoCrm.FunctionalTests.Query;

/// <summary>Tracking, AsNoTracking and identity resolution of query results; synchronous queries.</summary>
public class TrackingTests
{
    [Test]
    public async Task Entities_are_tracked_and_AsNoTracking_ones_are_not()
    {
        await using var db = CrmQueryContext.Create();
        var tracked = await db.Leads.OrderBy(l => l.Id).Take(3).ToListAsync();
        Assert.That(db.ChangeTracker.Entries<Lead>().Count(), Is.EqualTo(3));
        var untracked = await db.Leads.AsNoTracking().OrderBy(l => l.Id).Skip(3).Take(3).ToListAsync();
        Assert.That(db.ChangeTracker.Entries<Lead>().Count(), Is.EqualTo(3));
        Assert.That(tracked.Concat(untracked).Select(l => l.Id), Is.EqualTo(Oracle.Leads.OrderBy(l => l.Id).Take(6).Select(l => l.Id)));
    }

    [Test]
    public async Task Tracked_query_returns_the_instance_already_tracked()
    {
        await using var db = CrmQueryContext.Create();
        var first = await db.Leads.OrderBy(l => l.Id).FirstAsync();
        first.Company = "changed, not saved";
        var again = await db.Leads.SingleAsync(l => l.Id == first.Id);
        var untracked = await db.Leads.AsNoTracking().SingleAsync(l => l.Id == first.Id);

        Assert.That(again, Is.SameAs(first));
        Assert.That(again.Company, Is.EqualTo("changed, not saved"));
        Assert.That(untracked, Is.Not.SameAs(first));
        Assert.That(untracked.Company, Is.EqualTo(Oracle.Leads.Single(l => l.Id == first.Id).Company));
    }

    [Test]
    public async Task AsNoTrackingWithIdentityResolution_shares_one_instance_per_lookup_record()
    {
        await using var db = CrmQueryContext.Create();
        var contacts = await db.Contacts.AsNoTrackingWithIdentityResolution().Include(c => c.Account).Where(c => c.AccountId != null).ToListAsync();
        var shared = contacts.GroupBy(c => c.AccountId).First(g => g.Count() > 1);

        Assert.That(shared.Select(c => c.Account).Distinct().Count(), Is.EqualTo(1));
        Assert.That(db.ChangeTracker.Entries(), Is.Empty);
    }

    [Test]
    public void Sync_enumeration_gives_the_same_rows()
    {
        using var db = CrmQueryContext.Create();
        var actual = db.Accounts.Where(a => a.Employees > 1000).Select(a => a.Id).ToList();
        Assert.That(actual, Is.EquivalentTo(Oracle.Accounts.Where(a => a.Employees > 1000).Select(a => a.Id)));
    }
}

using EFCore.ZohoCrm.FunctionalTests.TestUtilities;
using Microsoft.EntityFrameworkCore;

namespace EFCore.ZohoCrm.FunctionalTests.Query;

/// <summary>
/// Each LINQ shape runs against the emulator through the provider and, as LINQ-to-Objects, over the emulator's own
/// records; the results must be the same.
/// </summary>
public class QueryComparisonTests
{
    private static List<Lead> Leads => EmulatorOrg.Expected<Lead>();

    private static List<Contact> Contacts => EmulatorOrg.Expected<Contact>();

    private static List<Account> Accounts => EmulatorOrg.Expected<Account>();

    [Test]
    public async Task Where_equality_on_a_picklist()
    {
        await using var db = EmulatorOrg.CreateContext();
        var actual = await db.Leads.Where(l => l.Lead_Status == "Contacted").Select(l => l.Id).ToListAsync();
        var expected = Leads.Where(l => l.Lead_Status == "Contacted").Select(l => l.Id).ToList();
        Assert.That(expected, Is.Not.Empty);
        Assert.That(actual, Is.EquivalentTo(expected));
    }

    [Test]
    public async Task Where_not_equal_includes_nulls_as_in_CSharp()
    {
        await using var db = EmulatorOrg.CreateContext();
        var actual = await db.Leads.Where(l => l.Industry != "Technology").Select(l => l.Id).ToListAsync();
        var expected = Leads.Where(l => l.Industry != "Technology").Select(l => l.Id).ToList();
        Assert.That(actual, Is.EquivalentTo(expected));
    }

    [Test]
    public async Task Where_ranges_on_numbers_and_dates_with_and_or()
    {
        await using var db = EmulatorOrg.CreateContext();
        var since = new DateOnly(2024, 1, 1);
        var actual = await db.Leads
            .Where(l => (l.Annual_Revenue >= 1_000_000m && l.No_of_Employees < 500) || l.Preferred_Contact_Date > since)
            .Select(l => l.Id).ToListAsync();
        var expected = Leads
            .Where(l => (l.Annual_Revenue >= 1_000_000m && l.No_of_Employees < 500) || l.Preferred_Contact_Date > since)
            .Select(l => l.Id).ToList();
        Assert.That(actual, Is.EquivalentTo(expected));
    }

    [Test]
    public async Task Where_null_checks_and_booleans()
    {
        await using var db = EmulatorOrg.CreateContext();
        var actual = await db.Contacts.Where(c => c.Date_of_Birth == null && !c.Email_Opt_Out).Select(c => c.Id).ToListAsync();
        var expected = Contacts.Where(c => c.Date_of_Birth == null && !c.Email_Opt_Out).Select(c => c.Id).ToList();
        Assert.That(actual, Is.EquivalentTo(expected));
    }

    [Test]
    public async Task StartsWith_EndsWith_and_Contains()
    {
        await using var db = EmulatorOrg.CreateContext();
        var prefix = Leads.First(l => l.Company is { Length: > 3 }).Company![..3];
        Assert.That(
            await db.Leads.Where(l => l.Company!.StartsWith(prefix)).Select(l => l.Id).ToListAsync(),
            Is.EquivalentTo(Leads.Where(l => l.Company != null && l.Company.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)).Select(l => l.Id)));
        Assert.That(
            await db.Contacts.Where(c => c.Email!.EndsWith(".example")).Select(c => c.Id).ToListAsync(),
            Is.EquivalentTo(Contacts.Where(c => c.Email != null && c.Email.EndsWith(".example", StringComparison.OrdinalIgnoreCase)).Select(c => c.Id)));
        Assert.That(
            await db.Leads.Where(l => l.Last_Name.Contains("son")).Select(l => l.Id).ToListAsync(),
            Is.EquivalentTo(Leads.Where(l => l.Last_Name.Contains("son", StringComparison.OrdinalIgnoreCase)).Select(l => l.Id)));
    }

    [Test]
    public async Task GroupBy_with_aggregates_runs_as_coql_group_by()
    {
        await using var db = EmulatorOrg.CreateContext();
        var actual = await db.Leads.GroupBy(l => l.Lead_Status)
            .Select(g => new { Status = g.Key, Count = g.Count(), Biggest = g.Max(l => l.No_of_Employees) })
            .ToListAsync();
        var expected = Leads.GroupBy(l => l.Lead_Status)
            .Select(g => new { Status = g.Key, Count = g.Count(), Biggest = g.Max(l => l.No_of_Employees) })
            .ToList();
        Assert.That(expected, Has.Count.GreaterThan(1));
        Assert.That(actual, Is.EquivalentTo(expected));
    }

    [Test]
    public async Task List_Contains_becomes_in()
    {
        await using var db = EmulatorOrg.CreateContext();
        var ids = Leads.Where((_, i) => i % 7 == 0).Take(150).Select(l => l.Id).ToList();
        var actual = await db.Leads.Where(l => ids.Contains(l.Id)).Select(l => l.Id).ToListAsync();
        Assert.That(actual, Is.EquivalentTo(ids));
    }

    [Test]
    public async Task OrderBy_ThenBy_Skip_Take()
    {
        await using var db = EmulatorOrg.CreateContext();
        var actual = await db.Leads.OrderBy(l => l.Last_Name).ThenByDescending(l => l.Id).Skip(20).Take(30)
            .Select(l => new { l.Id, l.Last_Name }).ToListAsync();
        var expected = Leads.OrderBy(l => l.Last_Name, StringComparer.OrdinalIgnoreCase).ThenByDescending(l => l.Id).Skip(20).Take(30)
            .Select(l => new { l.Id, l.Last_Name }).ToList();
        Assert.That(actual, Is.EqualTo(expected));
    }

    [Test]
    public async Task Navigation_through_a_lookup_in_where_and_select()
    {
        await using var db = EmulatorOrg.CreateContext();
        var industry = Accounts.First(a => a.Industry != null).Industry;
        var actual = await db.Contacts.Where(c => c.Account!.Industry == industry)
            .Select(c => new { c.Id, Account = c.Account!.Account_Name }).ToListAsync();
        var accounts = Accounts.ToDictionary(a => a.Id);
        var expected = Contacts.Where(c => c.AccountId is { } a && accounts[a].Industry == industry)
            .Select(c => new { c.Id, Account = accounts[c.AccountId!.Value].Account_Name }).ToList();
        Assert.That(expected, Is.Not.Empty);
        Assert.That(actual, Is.EquivalentTo(expected));
    }

    [Test]
    public async Task Navigation_two_levels_deep()
    {
        await using var db = EmulatorOrg.CreateContext();
        var accounts = Accounts.ToDictionary(a => a.Id);
        var actual = await db.Contacts.Where(c => c.Account!.ParentAccount!.Account_Name != null)
            .Select(c => new { c.Id, Parent = c.Account!.ParentAccount!.Account_Name }).ToListAsync();
        var expected = Contacts
            .Where(c => c.AccountId is { } a && accounts[a].ParentAccountId is { } p && accounts[p].Account_Name != null)
            .Select(c => new { c.Id, Parent = accounts[accounts[c.AccountId!.Value].ParentAccountId!.Value].Account_Name }).ToList();
        Assert.That(expected, Is.Not.Empty);
        Assert.That(actual, Is.EquivalentTo(expected));
    }

    [Test]
    public async Task Include_of_a_reference_navigation()
    {
        await using var db = EmulatorOrg.CreateContext();
        var contacts = await db.Contacts.Include(c => c.Account).Where(c => c.Last_Name.StartsWith("A")).ToListAsync();
        var accounts = Accounts.ToDictionary(a => a.Id);
        Assert.That(contacts, Is.Not.Empty);
        foreach (var contact in contacts)
        {
            Assert.That(contact.Account?.Account_Name, Is.EqualTo(contact.AccountId is { } id ? accounts[id].Account_Name : null));
        }
    }

    [Test]
    public async Task Scalar_operators()
    {
        await using var db = EmulatorOrg.CreateContext();
        Assert.Multiple(async () =>
        {
            Assert.That(await db.Leads.CountAsync(l => l.Lead_Status == "Contacted"), Is.EqualTo(Leads.Count(l => l.Lead_Status == "Contacted")));
            Assert.That(await db.Leads.LongCountAsync(), Is.EqualTo(Leads.LongCount()));
            Assert.That(await db.Leads.AnyAsync(l => l.Company == "no such company"), Is.False);
            Assert.That(await db.Leads.AllAsync(l => l.Last_Name != null), Is.True);
            Assert.That(await db.Leads.MaxAsync(l => l.Annual_Revenue), Is.EqualTo(Leads.Max(l => l.Annual_Revenue)));
            Assert.That(await db.Leads.MinAsync(l => l.No_of_Employees), Is.EqualTo(Leads.Min(l => l.No_of_Employees)));
            Assert.That(await db.Leads.SumAsync(l => l.Annual_Revenue), Is.EqualTo(Leads.Sum(l => l.Annual_Revenue)));
            var first = await db.Leads.OrderBy(l => l.Id).FirstAsync(l => l.Lead_Source == "Web Download");
            Assert.That(first.Id, Is.EqualTo(Leads.OrderBy(l => l.Id).First(l => l.Lead_Source == "Web Download").Id));
        });
    }

    [Test]
    public async Task Projection_with_client_evaluation_and_multi_select_values()
    {
        await using var db = EmulatorOrg.CreateContext();
        var actual = await db.Leads.Where(l => l.Languages_Spoken != null).OrderBy(l => l.Id).Take(50)
            .Select(l => new { Name = l.Last_Name + ", " + l.First_Name, l.Languages_Spoken }).ToListAsync();
        var expected = Leads.Where(l => l.Languages_Spoken != null).OrderBy(l => l.Id).Take(50)
            .Select(l => new { Name = l.Last_Name + ", " + l.First_Name, l.Languages_Spoken }).ToList();
        Assert.That(actual.Select(a => a.Name), Is.EqualTo(expected.Select(e => e.Name)));
        Assert.That(actual.Select(a => string.Join("|", a.Languages_Spoken!)), Is.EqualTo(expected.Select(e => string.Join("|", e.Languages_Spoken!))));
    }

    [Test]
    public async Task Entities_are_tracked_and_AsNoTracking_is_not()
    {
        await using var db = EmulatorOrg.CreateContext();
        var tracked = await db.Leads.OrderBy(l => l.Id).Take(3).ToListAsync();
        Assert.That(db.ChangeTracker.Entries<Lead>().Count(), Is.EqualTo(3));
        var untracked = await db.Leads.AsNoTracking().OrderBy(l => l.Id).Skip(3).Take(3).ToListAsync();
        Assert.That(db.ChangeTracker.Entries<Lead>().Count(), Is.EqualTo(3));
        Assert.That(tracked.Concat(untracked).Select(l => l.Id), Is.EqualTo(Leads.OrderBy(l => l.Id).Take(6).Select(l => l.Id)));
    }

    [Test]
    public async Task Sync_enumeration_gives_the_same_rows()
    {
        await using var db = EmulatorOrg.CreateContext();
        var actual = db.Accounts.Where(a => a.Employees > 1000).Select(a => a.Id).ToList();
        Assert.That(actual, Is.EquivalentTo(Accounts.Where(a => a.Employees > 1000).Select(a => a.Id)));
    }
}

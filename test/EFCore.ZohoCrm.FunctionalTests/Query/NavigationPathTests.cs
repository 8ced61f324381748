using EFCore.ZohoCrm.FunctionalTests.TestUtilities;
using Microsoft.EntityFrameworkCore;

namespace EFCore.ZohoCrm.FunctionalTests.Query;

/// <summary>
/// Reference navigations through lookups, one and two levels deep, in Where, OrderBy, Select and Include: COQL dot
/// paths (<c>Account_Name.Parent_Account.Account_Name</c>) in one call, with LINQ's null propagation.
/// </summary>
public class NavigationPathTests
{
    [Test]
    public async Task Where_through_one_and_two_lookups_matches_LINQ()
    {
        var contacts = Oracle.ContactsWithAccounts;
        var industry = contacts.First(c => c.Account?.Industry != null).Account!.Industry;
        var parentName = contacts.First(c => c.Account?.ParentAccount != null).Account!.ParentAccount!.Account_Name;
        await QueryAssert.SameRowsAsync(db => db.Contacts, contacts, allowTrivial: false,
            (c => c.Account!.Industry == industry, c => c.Account?.Industry == industry),
            (c => c.Account!.Industry != industry, c => c.Account?.Industry != industry),
            (c => c.Account!.Employees > 20_000, c => c.Account?.Employees > 20_000),
            (c => c.Account!.ParentAccount!.Account_Name == parentName, c => c.Account?.ParentAccount?.Account_Name == parentName),
            (c => c.Account!.ParentAccount!.Annual_Revenue >= 400_000_000m, c => c.Account?.ParentAccount?.Annual_Revenue >= 400_000_000m),
            (c => c.Account!.ParentAccount != null, c => c.Account?.ParentAccount != null),
            (c => c.Account!.ParentAccountId == null, c => c.Account?.ParentAccountId == null),
            (c => c.Account!.Account_Name.StartsWith("A") && !c.Email_Opt_Out,
                c => c.Account?.Account_Name.StartsWith("A", StringComparison.OrdinalIgnoreCase) == true && !c.Email_Opt_Out));
    }

    [Test]
    public async Task Booleans_through_a_lookup_that_may_be_empty_follow_LINQs_null_propagation()
    {
        var contacts = Oracle.Contacts.ToDictionary(c => c.Id);
        var deals = Oracle.Deals;
        foreach (var deal in deals)
        {
            deal.Contact = deal.ContactId is { } id ? contacts[id] : null;
        }

        Assert.That(deals.Where(d => d.Contact is null), Is.Not.Empty);
        await QueryAssert.SameRowsAsync(db => db.Deals, deals, allowTrivial: false,
            (d => d.Contact!.Email_Opt_Out, d => d.Contact?.Email_Opt_Out == true),
            (d => !d.Contact!.Email_Opt_Out, d => d.Contact?.Email_Opt_Out == false),
            (d => d.Contact!.Email_Opt_Out == false, d => d.Contact?.Email_Opt_Out == false),
            (d => d.Contact!.Email_Opt_Out != true, d => d.Contact?.Email_Opt_Out != true),
            (d => d.Contact!.Email_Opt_Out != false || d.Stage == "Closed Won", d => d.Contact?.Email_Opt_Out != false || d.Stage == "Closed Won"),
            (d => !(d.Contact!.Email_Opt_Out == false && d.Amount > 300_000m), d => !(d.Contact?.Email_Opt_Out == false && d.Amount > 300_000m)));
    }

    [Test]
    public async Task Select_through_one_and_two_lookups_requests_dot_paths_in_one_call()
    {
        using var capture = CoqlCapture.Start();
        await using var db = CrmQueryContext.Create();
        var actual = await db.Contacts.Where(c => c.Account!.ParentAccount!.Account_Name != null)
            .Select(c => new { c.Id, Account = c.Account!.Account_Name, Parent = c.Account!.ParentAccount!.Account_Name, ParentIndustry = c.Account.ParentAccount.Industry })
            .ToListAsync();
        var expected = Oracle.ContactsWithAccounts.Where(c => c.Account?.ParentAccount?.Account_Name != null)
            .Select(c => new { c.Id, Account = c.Account!.Account_Name, Parent = c.Account!.ParentAccount!.Account_Name, ParentIndustry = c.Account.ParentAccount.Industry })
            .ToList();

        Assert.That(expected, Is.Not.Empty);
        Assert.That(actual, Is.EquivalentTo(expected));
        Assert.That(capture.Commands, Is.EqualTo(new[]
        {
            "SELECT id, Account_Name.Account_Name, Account_Name.Parent_Account.Account_Name, Account_Name.Parent_Account.Industry FROM Contacts "
            + "WHERE Account_Name.Parent_Account.Account_Name IS NOT NULL",
        }));
    }

    [Test]
    public async Task OrderBy_through_lookups_matches_LINQ()
    {
        await using var db = CrmQueryContext.Create();
        var actual = await db.Deals.OrderBy(d => d.Account!.ParentAccount!.Annual_Revenue).ThenByDescending(d => d.Account!.Employees).ThenBy(d => d.Id)
            .Select(d => d.Id).ToListAsync();
        var expected = Oracle.DealsWithAccounts.OrderBy(d => d.Account?.ParentAccount?.Annual_Revenue).ThenByDescending(d => d.Account?.Employees).ThenBy(d => d.Id)
            .Select(d => d.Id).ToList();
        Assert.That(actual, Is.EqualTo(expected));
    }

    [Test]
    public async Task Lookups_from_two_modules_in_one_query()
    {
        await using var db = CrmQueryContext.Create();
        var actual = await db.Deals.Where(d => d.Stage == "Qualification" && d.Contact!.Email_Opt_Out == false && d.Account!.Industry != null)
            .Select(d => new { d.Id, d.Contact!.Last_Name, d.Account!.Industry }).ToListAsync();
        var contacts = Oracle.Contacts.ToDictionary(c => c.Id);
        var expected = Oracle.DealsWithAccounts
            .Select(d => new { Deal = d, Contact = d.ContactId is { } id ? contacts[id] : null })
            .Where(x => x.Deal.Stage == "Qualification" && x.Contact?.Email_Opt_Out == false && x.Deal.Account?.Industry != null)
            .Select(x => new { x.Deal.Id, x.Contact!.Last_Name, x.Deal.Account!.Industry }).ToList();
        Assert.That(expected, Is.Not.Empty);
        Assert.That(actual, Is.EquivalentTo(expected));
    }

    [Test]
    public async Task Include_of_a_reference_loads_and_fixes_up_the_lookup_record_in_one_call()
    {
        using var capture = CoqlCapture.Start();
        await using var db = CrmQueryContext.Create();
        var contacts = await db.Contacts.Include(c => c.Account).ThenInclude(a => a!.ParentAccount)
            .Where(c => c.Last_Name.StartsWith("K")).ToListAsync();
        var accounts = Oracle.AccountsWithParents.ToDictionary(a => a.Id);
        var expected = Oracle.Contacts.Where(c => c.Last_Name.StartsWith("K", StringComparison.OrdinalIgnoreCase)).ToList();

        Assert.That(contacts.Select(c => c.Id), Is.EquivalentTo(expected.Select(c => c.Id)));
        Assert.That(contacts.Where(c => c.AccountId != null), Is.Not.Empty);
        foreach (var contact in contacts)
        {
            var account = contact.AccountId is { } id ? accounts[id] : null;
            Assert.That(contact.Account?.Account_Name, Is.EqualTo(account?.Account_Name));
            Assert.That(contact.Account?.ParentAccount?.Account_Name, Is.EqualTo(account?.ParentAccount?.Account_Name));
        }

        // One account instance per id, shared by its contacts and tracked.
        var sharedAccounts = contacts.Where(c => c.Account != null).GroupBy(c => c.AccountId).Where(g => g.Count() > 1);
        Assert.That(sharedAccounts.All(g => g.Select(c => c.Account).Distinct().Count() == 1), Is.True);
        Assert.That(capture.Commands, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task First_with_a_reference_Include_or_a_lookup_in_the_projection()
    {
        await using var db = CrmQueryContext.Create();
        var expected = Oracle.ContactsWithAccounts.Where(c => c.AccountId != null).OrderBy(c => c.Id).First();

        var contact = await db.Contacts.Include(c => c.Account).OrderBy(c => c.Id).FirstAsync(c => c.AccountId != null);
        var accountName = await db.Contacts.Where(c => c.AccountId != null).OrderBy(c => c.Id).Select(c => c.Account!.Account_Name).FirstOrDefaultAsync();

        Assert.That(contact.Account?.Account_Name, Is.EqualTo(expected.Account!.Account_Name));
        Assert.That(accountName, Is.EqualTo(expected.Account.Account_Name));
    }

    [Test]
    public async Task Include_and_lookup_projections_after_Skip_and_Take_are_one_call_with_the_rows_of_LINQ()
    {
        using var capture = CoqlCapture.Start();
        await using var db = CrmQueryContext.Create();
        var included = await db.Deals.Include(d => d.Account).Where(d => d.Amount > 100_000m).OrderBy(d => d.Amount).ThenBy(d => d.Id)
            .Skip(100).Take(50).ToListAsync();
        var projected = await db.Contacts.OrderByDescending(c => c.Id).Take(30)
            .Select(c => new { c.Id, Account = c.Account!.Account_Name, Parent = c.Account.ParentAccount!.Account_Name }).ToListAsync();

        var deals = Oracle.DealsWithAccounts.Where(d => d.Amount > 100_000m).OrderBy(d => d.Amount).ThenBy(d => d.Id).Skip(100).Take(50).ToList();
        var contacts = Oracle.ContactsWithAccounts.OrderByDescending(c => c.Id).Take(30)
            .Select(c => new { c.Id, Account = c.Account?.Account_Name, Parent = c.Account?.ParentAccount?.Account_Name }).ToList();
        Assert.That(included.Select(d => (d.Id, d.Account?.Account_Name)), Is.EqualTo(deals.Select(d => (d.Id, d.Account?.Account_Name))));
        Assert.That(projected, Is.EqualTo(contacts));
        Assert.That(capture.Commands, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Reference_Include_with_AsNoTracking()
    {
        await using var db = CrmQueryContext.Create();
        var deals = await db.Deals.AsNoTracking().Include(d => d.Account).Where(d => d.Stage == "Negotiation/Review").ToListAsync();
        var expected = Oracle.DealsWithAccounts.Where(d => d.Stage == "Negotiation/Review").ToList();

        Assert.That(deals.Select(d => (d.Id, d.Account?.Account_Name)), Is.EquivalentTo(expected.Select(d => (d.Id, d.Account?.Account_Name))));
        Assert.That(db.ChangeTracker.Entries(), Is.Empty);
    }
}

using EFCore.ZohoCrm.FunctionalTests.TestUtilities;
using Microsoft.EntityFrameworkCore;

namespace EFCore.ZohoCrm.FunctionalTests.Query;

/// <summary>
/// OrderBy/ThenBy (Descending), Skip and Take of any size: the rows and their order are those of LINQ-to-Objects
/// (text ordered ignoring case and nulls first, as Zoho orders).
/// </summary>
public class OrderingAndPagingTests
{
    private static readonly StringComparer IgnoreCase = StringComparer.OrdinalIgnoreCase;

    [Test]
    public async Task OrderBy_ThenByDescending_on_text_and_numbers_matches_LINQ()
    {
        await using var db = CrmQueryContext.Create();
        var actual = await db.Leads.OrderBy(l => l.Last_Name).ThenByDescending(l => l.No_of_Employees).ThenBy(l => l.Id)
            .Select(l => l.Id).ToListAsync();
        var expected = Oracle.Leads.OrderBy(l => l.Last_Name, IgnoreCase).ThenByDescending(l => l.No_of_Employees).ThenBy(l => l.Id)
            .Select(l => l.Id).ToList();
        Assert.That(actual, Is.EqualTo(expected));
    }

    [Test]
    public async Task OrderByDescending_puts_nulls_last_and_ascending_puts_them_first_as_LINQ_does()
    {
        await using var db = CrmQueryContext.Create();
        var leads = Oracle.Leads;
        Assert.That(leads.Any(l => l.Annual_Revenue is null), Is.True);

        var descending = await db.Leads.OrderByDescending(l => l.Annual_Revenue).ThenBy(l => l.Id).Select(l => l.Id).ToListAsync();
        var ascending = await db.Leads.OrderBy(l => l.Industry).ThenByDescending(l => l.Id).Select(l => l.Id).ToListAsync();

        Assert.That(descending, Is.EqualTo(leads.OrderByDescending(l => l.Annual_Revenue).ThenBy(l => l.Id).Select(l => l.Id)));
        Assert.That(ascending, Is.EqualTo(leads.OrderBy(l => l.Industry, IgnoreCase).ThenByDescending(l => l.Id).Select(l => l.Id)));
    }

    [Test]
    public async Task OrderBy_dates_and_datetimes_matches_LINQ()
    {
        await using var db = CrmQueryContext.Create();
        Assert.That(
            await db.Contacts.OrderBy(c => c.Date_of_Birth).ThenBy(c => c.Id).Select(c => c.Id).ToListAsync(),
            Is.EqualTo(Oracle.Contacts.OrderBy(c => c.Date_of_Birth).ThenBy(c => c.Id).Select(c => c.Id)));
        Assert.That(
            await db.Meetings.OrderByDescending(m => m.Start_DateTime).ThenBy(m => m.End_DateTime).ThenBy(m => m.Id).Select(m => m.Id).ToListAsync(),
            Is.EqualTo(Oracle.Meetings.OrderByDescending(m => m.Start_DateTime).ThenBy(m => m.End_DateTime).ThenBy(m => m.Id).Select(m => m.Id)));
    }

    [TestCase(0, 10)]
    [TestCase(20, 30)]
    [TestCase(1_999, 2)]
    [TestCase(0, 2_500)]
    [TestCase(3_000, 4_500)]
    [TestCase(9_990, 100)]
    [TestCase(9_995, 10)]
    public async Task Skip_and_Take_by_id_return_the_same_window_as_LINQ(int skip, int take)
    {
        await using var db = CrmQueryContext.Create();
        var actual = await db.Leads.OrderBy(l => l.Id).Skip(skip).Take(take).Select(l => l.Id).ToListAsync();
        Assert.That(actual, Is.EqualTo(Oracle.Leads.OrderBy(l => l.Id).Skip(skip).Take(take).Select(l => l.Id)));
    }

    [Test]
    public async Task Skip_and_Take_across_pages_under_an_ordering_on_other_fields()
    {
        await using var db = CrmQueryContext.Create();
        var actual = await db.Leads.Where(l => l.Lead_Status != "Junk Lead").OrderByDescending(l => l.Annual_Revenue).ThenBy(l => l.Last_Name).ThenBy(l => l.Id)
            .Skip(1_500).Take(3_000).Select(l => new { l.Id, l.Annual_Revenue }).ToListAsync();
        var expected = Oracle.Leads.Where(l => l.Lead_Status != "Junk Lead").OrderByDescending(l => l.Annual_Revenue).ThenBy(l => l.Last_Name, IgnoreCase).ThenBy(l => l.Id)
            .Skip(1_500).Take(3_000).Select(l => new { l.Id, l.Annual_Revenue }).ToList();
        Assert.That(actual, Has.Count.EqualTo(3_000));
        Assert.That(actual, Is.EqualTo(expected));
    }

    [Test]
    public async Task Skip_alone_returns_the_rest_and_Take_alone_the_first_rows()
    {
        await using var db = CrmQueryContext.Create();
        var leads = Oracle.Leads;
        Assert.That(await db.Leads.OrderBy(l => l.Id).Skip(leads.Count - 5).Select(l => l.Id).ToListAsync(),
            Is.EqualTo(leads.OrderBy(l => l.Id).Skip(leads.Count - 5).Select(l => l.Id)));
        Assert.That(await db.Leads.OrderByDescending(l => l.Id).Take(7).Select(l => l.Id).ToListAsync(),
            Is.EqualTo(leads.OrderByDescending(l => l.Id).Take(7).Select(l => l.Id)));
    }

    [Test]
    public async Task Take_without_OrderBy_returns_distinct_existing_rows()
    {
        await using var db = CrmQueryContext.Create();
        var ids = await db.Leads.Where(l => l.Email_Opt_Out).Take(300).Select(l => l.Id).ToListAsync();
        var optedOut = Oracle.Leads.Where(l => l.Email_Opt_Out).Select(l => l.Id).ToHashSet();
        Assert.That(ids, Has.Count.EqualTo(Math.Min(300, optedOut.Count)).And.Unique);
        Assert.That(optedOut.IsSupersetOf(ids), Is.True);
    }

    [Test]
    public async Task Take_zero_and_Skip_past_the_end_return_no_rows()
    {
        await using var db = CrmQueryContext.Create();
        var take = 0;
        Assert.That(await db.Leads.OrderBy(l => l.Id).Take(0).ToListAsync(), Is.Empty);
        Assert.That(await db.Leads.OrderBy(l => l.Id).Take(take).ToListAsync(), Is.Empty);
        Assert.That(await db.Leads.OrderBy(l => l.Id).Skip(1_000_000).Take(10).ToListAsync(), Is.Empty);
    }

    [Test]
    public async Task Variable_Skip_and_Take_are_parameters_of_one_cached_query()
    {
        await using var db = CrmQueryContext.Create();
        var leads = Oracle.Leads.OrderBy(l => l.Id).Select(l => l.Id).ToList();
        foreach (var (skip, take) in new[] { (0, 5), (5, 5), (2_001, 3) })
        {
            Assert.That(await db.Leads.OrderBy(l => l.Id).Skip(skip).Take(take).Select(l => l.Id).ToListAsync(),
                Is.EqualTo(leads.Skip(skip).Take(take)));
        }
    }
}

using Microsoft.EntityFrameworkCore;

namespace EFCore.ZohoCrm.FunctionalTests.Query;

/// <summary>
/// Operators that end a query (First, Single, Any, All, Count, Sum, Min, Max, Average) and GroupBy with aggregates
/// (COQL GROUP BY): the values LINQ-to-Objects computes over the same records.
/// </summary>
public class AggregateTests
{
    [Test]
    public async Task Count_and_LongCount_with_and_without_a_predicate()
    {
        await using var db = CrmQueryContext.Create();
        var leads = Oracle.Leads;
        Assert.Multiple(async () =>
        {
            Assert.That(await db.Leads.CountAsync(), Is.EqualTo(leads.Count));
            Assert.That(await db.Leads.LongCountAsync(), Is.EqualTo(leads.LongCount()));
            Assert.That(await db.Leads.CountAsync(l => l.Industry == null), Is.EqualTo(leads.Count(l => l.Industry == null)));
            Assert.That(await db.Leads.Where(l => l.No_of_Employees > 10_000).LongCountAsync(l => l.Email_Opt_Out),
                Is.EqualTo(leads.LongCount(l => l.No_of_Employees > 10_000 && l.Email_Opt_Out)));
            Assert.That(db.Leads.Count(l => l.Lead_Status == "Contacted"), Is.EqualTo(leads.Count(l => l.Lead_Status == "Contacted")));
        });
    }

    [Test]
    public async Task Sum_Min_Max_and_Average_of_number_fields()
    {
        await using var db = CrmQueryContext.Create();
        var deals = Oracle.Deals;
        Assert.Multiple(async () =>
        {
            Assert.That(await db.Deals.SumAsync(d => d.Amount), Is.EqualTo(deals.Sum(d => d.Amount)));
            Assert.That(await db.Deals.SumAsync(d => d.Probability), Is.EqualTo(deals.Sum(d => d.Probability)));
            Assert.That(await db.Deals.Where(d => d.Stage == "Closed Won").SumAsync(d => d.Amount),
                Is.EqualTo(deals.Where(d => d.Stage == "Closed Won").Sum(d => d.Amount)));
            Assert.That(await db.Deals.MinAsync(d => d.Amount), Is.EqualTo(deals.Min(d => d.Amount)));
            Assert.That(await db.Deals.MaxAsync(d => d.Probability), Is.EqualTo(deals.Max(d => d.Probability)));
            Assert.That(await db.Deals.AverageAsync(d => d.Amount), Is.EqualTo(deals.Average(d => d.Amount)).Within(0.01m));
            Assert.That(await db.Deals.AverageAsync(d => d.Probability), Is.EqualTo(deals.Average(d => d.Probability)).Within(0.0001));
        });
    }

    [Test]
    public async Task Min_and_Max_of_dates_are_computed_on_the_client_when_client_side_work_is_allowed()
    {
        var deals = Oracle.Deals;
        var meetings = Oracle.Meetings;
        await using var db = CrmQueryContext.Create(o => o.ClientSideFilterLimit(10_000));
        Assert.Multiple(async () =>
        {
            Assert.That(await db.Deals.MinAsync(d => d.Closing_Date), Is.EqualTo(deals.Min(d => d.Closing_Date)));
            Assert.That(await db.Deals.MaxAsync(d => d.Closing_Date), Is.EqualTo(deals.Max(d => d.Closing_Date)));
            Assert.That(await db.Meetings.MaxAsync(m => m.Start_DateTime), Is.EqualTo(meetings.Max(m => m.Start_DateTime)));
            Assert.That(await db.Meetings.MinAsync(m => m.End_DateTime), Is.EqualTo(meetings.Min(m => m.End_DateTime)));
            Assert.That(await db.Deals.SumAsync(d => d.Account!.Employees), Is.EqualTo(Oracle.DealsWithAccounts.Sum(d => d.Account?.Employees)));
        });
    }

    [Test]
    public async Task Aggregates_over_no_records_behave_as_in_LINQ()
    {
        await using var db = CrmQueryContext.Create();
        var none = db.Deals.Where(d => d.Deal_Name == "no deal has this name");
        Assert.Multiple(async () =>
        {
            Assert.That(await none.SumAsync(d => d.Amount), Is.EqualTo(0m));
            Assert.That(await none.SumAsync(d => d.Probability), Is.EqualTo(0));
            Assert.That(await none.CountAsync(), Is.Zero);
            Assert.That(await none.MaxAsync(d => d.Amount), Is.Null);
            Assert.That(await none.AverageAsync(d => d.Amount), Is.Null);
            Assert.That(await none.AnyAsync(), Is.False);
            Assert.That(await none.AllAsync(d => d.Amount > 1_000_000_000m), Is.True);
        });
        Assert.ThrowsAsync<InvalidOperationException>(() => none.Select(d => d.Probability!.Value).MaxAsync());
    }

    [Test]
    public async Task First_FirstOrDefault_Single_and_SingleOrDefault()
    {
        await using var db = CrmQueryContext.Create();
        var leads = Oracle.Leads;
        var only = leads.GroupBy(l => l.Company).First(g => g.Count() == 1).Single();

        Assert.That((await db.Leads.OrderBy(l => l.Id).FirstAsync(l => l.Lead_Source == "Chat")).Id,
            Is.EqualTo(leads.OrderBy(l => l.Id).First(l => l.Lead_Source == "Chat").Id));
        Assert.That((await db.Leads.OrderByDescending(l => l.Annual_Revenue).ThenBy(l => l.Id).FirstOrDefaultAsync())!.Id,
            Is.EqualTo(leads.OrderByDescending(l => l.Annual_Revenue).ThenBy(l => l.Id).First().Id));
        Assert.That(await db.Leads.FirstOrDefaultAsync(l => l.Company == "no such company"), Is.Null);
        Assert.That((await db.Leads.SingleAsync(l => l.Company == only.Company)).Id, Is.EqualTo(only.Id));
        Assert.That((await db.Leads.SingleOrDefaultAsync(l => l.Id == only.Id))!.Company, Is.EqualTo(only.Company));
        Assert.That(await db.Leads.SingleOrDefaultAsync(l => l.Id == -1), Is.Null);
        Assert.That(db.Leads.Where(l => l.Id == only.Id).Select(l => l.Last_Name).Single(), Is.EqualTo(only.Last_Name));

        Assert.ThrowsAsync<InvalidOperationException>(() => db.Leads.FirstAsync(l => l.Company == "no such company"));
        Assert.ThrowsAsync<InvalidOperationException>(() => db.Leads.SingleAsync(l => l.Lead_Status == "Contacted"));
        Assert.ThrowsAsync<InvalidOperationException>(() => db.Leads.SingleOrDefaultAsync(l => l.Lead_Status == "Contacted"));
    }

    [Test]
    public async Task Last_reads_one_row_of_the_reversed_ordering_and_needs_an_ordering()
    {
        await using var db = CrmQueryContext.Create();
        var leads = Oracle.Leads;
        Assert.That((await db.Leads.OrderBy(l => l.Annual_Revenue).ThenBy(l => l.Id).LastAsync()).Id,
            Is.EqualTo(leads.OrderBy(l => l.Annual_Revenue).ThenBy(l => l.Id).Last().Id));
        Assert.That((await db.Leads.Where(l => l.Lead_Status == "Junk Lead").OrderBy(l => l.Id).LastOrDefaultAsync())!.Id,
            Is.EqualTo(leads.Where(l => l.Lead_Status == "Junk Lead").OrderBy(l => l.Id).Last().Id));
        var exception = Assert.ThrowsAsync<InvalidOperationException>(() => db.Leads.LastAsync());
        Assert.That(exception!.Message, Does.Contain("deterministic sort order"));
    }

    [Test]
    public async Task Any_and_All_answer_as_LINQ()
    {
        await using var db = CrmQueryContext.Create();
        var leads = Oracle.Leads;
        Assert.Multiple(async () =>
        {
            Assert.That(await db.Leads.AnyAsync(), Is.True);
            Assert.That(await db.Leads.AnyAsync(l => l.Lead_Status == "Contacted" && l.Email_Opt_Out),
                Is.EqualTo(leads.Any(l => l.Lead_Status == "Contacted" && l.Email_Opt_Out)));
            Assert.That(await db.Leads.AnyAsync(l => l.No_of_Employees > 1_000_000), Is.False);
            Assert.That(await db.Leads.AllAsync(l => l.No_of_Employees < 1_000_000), Is.EqualTo(leads.All(l => l.No_of_Employees < 1_000_000)));
            Assert.That(await db.Leads.Where(l => l.No_of_Employees != null).AllAsync(l => l.No_of_Employees < 1_000_000), Is.True);
            Assert.That(await db.Leads.AllAsync(l => l.Lead_Status == "Contacted"), Is.False);
            Assert.That(db.Leads.Any(l => l.Industry == null), Is.EqualTo(leads.Any(l => l.Industry == null)));
        });
    }

    [Test]
    public async Task GroupBy_one_key_with_every_aggregate()
    {
        await using var db = CrmQueryContext.Create();
        var actual = await db.Deals.GroupBy(d => d.Stage)
            .Select(g => new { Stage = g.Key, Count = g.Count(), Total = g.Sum(d => d.Amount), Smallest = g.Min(d => d.Amount), Likeliest = g.Max(d => d.Probability) })
            .ToListAsync();
        var expected = Oracle.Deals.GroupBy(d => d.Stage)
            .Select(g => new { Stage = g.Key, Count = g.Count(), Total = g.Sum(d => d.Amount), Smallest = g.Min(d => d.Amount), Likeliest = g.Max(d => d.Probability) })
            .ToList();
        Assert.That(expected, Has.Count.GreaterThan(3));
        Assert.That(actual, Is.EquivalentTo(expected));
    }

    [Test]
    public async Task GroupBy_two_keys_after_Where_with_Average()
    {
        await using var db = CrmQueryContext.Create();
        var actual = await db.Deals.Where(d => d.Amount > 100_000m).GroupBy(d => new { d.Stage, d.Type })
            .Select(g => new { g.Key.Stage, g.Key.Type, Count = g.LongCount(), Average = g.Average(d => d.Probability) })
            .ToListAsync();
        var expected = Oracle.Deals.Where(d => d.Amount > 100_000m).GroupBy(d => new { d.Stage, d.Type })
            .Select(g => new { g.Key.Stage, g.Key.Type, Count = g.LongCount(), Average = g.Average(d => d.Probability) })
            .ToList();
        Assert.That(actual.Select(a => (a.Stage, a.Type, a.Count)), Is.EquivalentTo(expected.Select(e => (e.Stage, e.Type, e.Count))));
        foreach (var group in expected)
        {
            Assert.That(actual.Single(a => a.Stage == group.Stage && a.Type == group.Type).Average, Is.EqualTo(group.Average).Within(0.0001));
        }
    }

    [Test]
    public async Task GroupBy_key_only_lists_the_distinct_values()
    {
        await using var db = CrmQueryContext.Create();
        var actual = await db.Leads.GroupBy(l => l.Lead_Source).Select(g => g.Key).ToListAsync();
        Assert.That(actual, Is.EquivalentTo(Oracle.Leads.Select(l => l.Lead_Source).Distinct()));
    }

    [Test]
    public async Task GroupBy_a_lookup_path()
    {
        await using var db = CrmQueryContext.Create();
        var actual = await db.Deals.GroupBy(d => d.Account!.Industry)
            .Select(g => new { Industry = g.Key, Count = g.Count(), Total = g.Sum(d => d.Amount) }).ToListAsync();
        var expected = Oracle.DealsWithAccounts.GroupBy(d => d.Account?.Industry)
            .Select(g => new { Industry = g.Key, Count = g.Count(), Total = g.Sum(d => d.Amount) }).ToList();
        Assert.That(actual, Is.EquivalentTo(expected));
    }

    [Test]
    public async Task GroupBy_ordered_by_key_and_by_aggregate()
    {
        await using var db = CrmQueryContext.Create();
        var byKey = await db.Deals.GroupBy(d => d.Stage).Select(g => new { g.Key, Count = g.Count() }).OrderBy(g => g.Key).ToListAsync();
        var byCount = await db.Deals.GroupBy(d => d.Stage).Select(g => new { g.Key, Count = g.Count() }).OrderByDescending(g => g.Count).ThenBy(g => g.Key).ToListAsync();
        var groups = Oracle.Deals.GroupBy(d => d.Stage).Select(g => new { g.Key, Count = g.Count() }).ToList();
        Assert.That(byKey, Is.EqualTo(groups.OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase)));
        Assert.That(byCount, Is.EqualTo(groups.OrderByDescending(g => g.Count).ThenBy(g => g.Key, StringComparer.OrdinalIgnoreCase)));
    }
}

using EFCore.ZohoCrm.FunctionalTests.TestUtilities;
using Microsoft.EntityFrameworkCore;

namespace EFCore.ZohoCrm.FunctionalTests.Query;

/// <summary>Explicit loading, compiled queries, empty aggregates and grouping against the emulator.</summary>
public class LoadingAndCompiledQueryTests
{
    private static readonly Func<CrmContext, string, IAsyncEnumerable<Lead>> LeadsByStatus =
        EF.CompileAsyncQuery((CrmContext db, string status) => db.Leads.Where(l => l.Lead_Status == status));

    [Test]
    public async Task Explicit_loading_of_a_collection_queries_the_lookup()
    {
        await using var db = EmulatorOrg.CreateContext();
        var expected = EmulatorOrg.Expected<Contact>().Where(c => c.AccountId != null).GroupBy(c => c.AccountId!.Value)
            .OrderByDescending(g => g.Count()).First();
        var account = await db.Accounts.SingleAsync(a => a.Id == expected.Key);

        await db.Entry(account).Collection(a => a.Contacts).LoadAsync();

        Assert.That(account.Contacts.Select(c => c.Id), Is.EquivalentTo(expected.Select(c => c.Id)));
        Assert.That(account.Contacts.All(c => ReferenceEquals(c.Account, account)), Is.True);
    }

    [Test]
    public async Task Compiled_query_runs_with_new_parameter_values()
    {
        await using var db = EmulatorOrg.CreateContext();
        foreach (var status in new[] { "Contacted", "Not Contacted" })
        {
            var actual = new List<long>();
            await foreach (var lead in LeadsByStatus(db, status))
            {
                actual.Add(lead.Id);
            }

            Assert.That(actual, Is.EquivalentTo(EmulatorOrg.Expected<Lead>().Where(l => l.Lead_Status == status).Select(l => l.Id)));
        }
    }

    [Test]
    public async Task Sum_over_no_records_is_zero_as_in_LINQ()
    {
        await using var db = EmulatorOrg.CreateContext();
        Assert.That(await db.Leads.Where(l => l.Company == "no company has this name").SumAsync(l => l.Annual_Revenue), Is.EqualTo(0m));
        Assert.That(await db.Leads.Where(l => l.Company == "no company has this name").CountAsync(), Is.EqualTo(0));
    }

    [Test]
    public async Task AsAsyncEnumerable_streams_every_row_across_pages()
    {
        await using var db = EmulatorOrg.CreateContext();
        var count = 0;
        await foreach (var _ in db.Contacts.AsNoTracking().AsAsyncEnumerable())
        {
            count++;
        }

        Assert.That(count, Is.EqualTo(EmulatorOrg.Expected<Contact>().Count));
        Assert.That(count, Is.GreaterThan(2000), "enough rows to need more than one page");
    }
}

using EFCore.ZohoCrm.FunctionalTests.TestUtilities;
using Microsoft.EntityFrameworkCore;

namespace EFCore.ZohoCrm.FunctionalTests.Query;

/// <summary>EF.CompileQuery and EF.CompileAsyncQuery run with new parameter values each time.</summary>
public class CompiledQueryTests
{
    private static readonly Func<CrmQueryContext, string, IAsyncEnumerable<Lead>> LeadsByStatus =
        EF.CompileAsyncQuery((CrmQueryContext db, string status) => db.Leads.Where(l => l.Lead_Status == status));

    private static readonly Func<CrmQueryContext, decimal, int, IEnumerable<long>> TopDealIds =
        EF.CompileQuery((CrmQueryContext db, decimal minimum, int take) =>
            db.Deals.Where(d => d.Amount >= minimum).OrderByDescending(d => d.Amount).ThenBy(d => d.Id).Take(take).Select(d => d.Id));

    private static readonly Func<CrmQueryContext, string, Task<int>> CountByStage =
        EF.CompileAsyncQuery((CrmQueryContext db, string stage) => db.Deals.Count(d => d.Stage == stage));

    [Test]
    public async Task Compiled_async_query_runs_with_new_parameter_values()
    {
        await using var db = CrmQueryContext.Create();
        foreach (var status in new[] { "Contacted", "Not Contacted" })
        {
            var actual = new List<long>();
            await foreach (var lead in LeadsByStatus(db, status))
            {
                actual.Add(lead.Id);
            }

            Assert.That(actual, Is.EquivalentTo(Oracle.Leads.Where(l => l.Lead_Status == status).Select(l => l.Id)));
        }
    }

    [Test]
    public void Compiled_sync_query_with_a_Take_parameter()
    {
        using var db = CrmQueryContext.Create();
        var deals = Oracle.Deals;
        foreach (var (minimum, take) in new[] { (100_000m, 5), (500_000m, 40) })
        {
            Assert.That(TopDealIds(db, minimum, take).ToList(),
                Is.EqualTo(deals.Where(d => d.Amount >= minimum).OrderByDescending(d => d.Amount).ThenBy(d => d.Id).Take(take).Select(d => d.Id)));
        }
    }

    [Test]
    public async Task Compiled_async_scalar_query()
    {
        await using var db = CrmQueryContext.Create();
        var deals = Oracle.Deals;
        foreach (var stage in new[] { "Closed Won", "Qualification" })
        {
            Assert.That(await CountByStage(db, stage), Is.EqualTo(deals.Count(d => d.Stage == stage)));
        }
    }
}

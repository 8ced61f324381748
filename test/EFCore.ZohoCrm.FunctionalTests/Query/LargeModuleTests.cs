using EFCore.ZohoCrm.FunctionalTests.TestUtilities;
using Microsoft.EntityFrameworkCore;
using ZohoCrm.Emulator;

namespace EFCore.ZohoCrm.FunctionalTests.Query;

/// <summary>
/// A module larger than Zoho's 100,000-row OFFSET window (a second emulator, started only for these tests): Skip
/// and Take reach past it, and streaming the whole module keeps memory flat.
/// </summary>
[NonParallelizable]
[Category("LargeOrg")] // starts a second emulator (101,500 Leads): --filter TestCategory!=LargeOrg for quick runs
public class LargeModuleTests
{
    private ZohoCrmEmulator _emulator = null!;
    private List<(long Id, decimal? Revenue)> _leads = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _emulator = await EmulatorOrg.LargeOrgAsync();
        _leads = _emulator.Domain.Records.Scan("Leads").Select(r => (r.Id, (decimal?)r["Annual_Revenue"])).ToList();
        Assert.That(_leads, Has.Count.EqualTo(EmulatorOrg.LargeOrgLeadCount));
    }

    private CrmContext CreateContext() => new(EmulatorOrg.ConnectionStringOf(_emulator));

    [Test]
    public async Task Skip_past_100000_rows_ordered_by_id_returns_the_rows_LINQ_returns()
    {
        await using var db = CreateContext();
        var actual = await db.Leads.OrderBy(l => l.Id).Skip(100_500).Take(20).Select(l => l.Id).ToListAsync();
        Assert.That(actual, Is.EqualTo(_leads.OrderBy(l => l.Id).Skip(100_500).Take(20).Select(l => l.Id)));
    }

    [Test]
    public async Task Window_across_the_100000th_row_of_a_descending_ordering_on_a_number()
    {
        await using var db = CreateContext();
        var actual = await db.Leads.OrderByDescending(l => l.Annual_Revenue).ThenBy(l => l.Id).Skip(99_990).Take(30)
            .Select(l => new { l.Id, l.Annual_Revenue }).ToListAsync();
        var expected = _leads.OrderByDescending(l => l.Revenue).ThenBy(l => l.Id).Skip(99_990).Take(30)
            .Select(l => new { l.Id, Annual_Revenue = l.Revenue }).ToList();
        Assert.That(actual, Is.EqualTo(expected));
    }

    [Test]
    public async Task Count_of_a_module_larger_than_the_window()
    {
        await using var db = CreateContext();
        Assert.That(await db.Leads.LongCountAsync(), Is.EqualTo(EmulatorOrg.LargeOrgLeadCount));
    }

    [Test]
    public async Task AsAsyncEnumerable_streams_every_row_with_flat_memory()
    {
        await using var db = CreateContext();
        long count = 0, previous = 0, memoryAt10k = 0, memoryAt95k = 0;
        var outOfOrder = 0;
        await foreach (var lead in db.Leads.AsNoTracking().OrderBy(l => l.Id).AsAsyncEnumerable())
        {
            outOfOrder += lead.Id > previous ? 0 : 1;
            previous = lead.Id;
            count++;
            if (count == 10_000)
            {
                memoryAt10k = GC.GetTotalMemory(forceFullCollection: true);
            }
            else if (count == 95_000)
            {
                memoryAt95k = GC.GetTotalMemory(forceFullCollection: true);
            }
        }

        Assert.That(count, Is.EqualTo(EmulatorOrg.LargeOrgLeadCount));
        Assert.That(outOfOrder, Is.Zero);

        // Keeping the 85,000 entities read in between would take tens of megabytes; streaming keeps about one page.
        Assert.That(memoryAt95k - memoryAt10k, Is.LessThan(16L * 1024 * 1024));
    }
}

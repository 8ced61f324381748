using EFCore.ZohoCrm.FunctionalTests.TestUtilities;
using Microsoft.EntityFrameworkCore;

namespace EFCore.ZohoCrm.FunctionalTests.Query;

/// <summary>
/// <c>ReadAhead</c> in the connection string given to <c>UseZohoCrm</c>: the pages of a LINQ read are on the wire
/// together (the emulator's request log shows COQL calls overlapping) and the entities are what LINQ to Objects gives.
/// </summary>
[NonParallelizable]
public class ReadAheadTests
{
    [Test]
    public async Task OrderBy_id_Take_10000_with_ReadAhead_5_equals_LINQ_and_overlaps_its_pages()
    {
        // COQL calls held 50 ms, so calls made together are seen together.
        await EmulatorOrg.SetFaultsAsync("""[{"path":"/crm/v8/coql","latencyMs":50}]""");
        try
        {
            await using var db = new CrmContext(EmulatorOrg.ConnectionStringWithOwnRefreshToken() + ";ReadAhead=5");
            await db.Leads.Take(1).ToListAsync(); // metadata and token first, so the log below holds the read alone
            var before = await EmulatorOrg.LastRequestSeqAsync();

            var actual = await db.Leads.AsNoTracking().OrderBy(l => l.Id).Take(10_000).Select(l => new { l.Id, l.Last_Name, l.Company }).ToListAsync();

            var expected = EmulatorOrg.Expected<Lead>().OrderBy(l => l.Id).Take(10_000).Select(l => new { l.Id, l.Last_Name, l.Company }).ToList();
            Assert.That(actual, Is.EqualTo(expected));
            var coql = (await EmulatorOrg.ApiCallsAfterAsync(before)).Where(c => c.Path == "/crm/v8/coql").ToList();
            Assert.That(coql, Has.Count.EqualTo(5), "five pages of 2,000, none past the Take");
            Assert.That(EmulatorOrg.PeakInFlight(coql), Is.GreaterThan(1), "pages on the wire together");
        }
        finally
        {
            await EmulatorOrg.SetFaultsAsync("[]");
        }
    }
}

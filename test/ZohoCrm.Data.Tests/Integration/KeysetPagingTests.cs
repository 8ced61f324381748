using Microsoft.Extensions.DependencyInjection;
using ZohoCrm.Emulator;
using ZohoCrm.Emulator.Http.RequestLog;

namespace ZohoCrm.Data.Tests.Integration;

/// <summary>Reading past Zoho's 100,000-row offset window: keyset paging reaches every row, in flat memory.</summary>
[NonParallelizable]
public class KeysetPagingTests
{
    // With ReadAhead the pages of each 100,000-row window go by OFFSET, five at a time, and the window is crossed by keyset.
    [TestCase("", TestName = "Reads_150000_rows_through_keyset_paging_with_flat_memory")]
    [TestCase("ReadAhead=5;", TestName = "Reads_150000_rows_five_pages_at_a_time_across_the_window_with_flat_memory")]
    public async Task Reads_150000_rows_with_flat_memory(string settings)
    {
        await using var emulator = await EmulatorConnection.StartAsync(new ZohoCrmEmulatorOptions { LeadCount = 150_000 });
        await using var connection = emulator.Open(settings);
        var expected = emulator.Records("Leads");
        Assert.That(expected, Has.Count.EqualTo(150_000));

        var before = await emulator.LastRequestSeqAsync();
        await using var command = new ZohoCrmCommand("SELECT id, Last_Name, Company, Annual_Revenue FROM Leads", connection);
        await using var reader = await command.ExecuteReaderAsync();
        long count = 0, previous = 0;
        long memoryAt10k = 0, memoryAt140k = 0;
        var outOfOrder = 0;
        while (await reader.ReadAsync())
        {
            var id = reader.GetInt64(0);
            if (id <= previous || id != expected[(int)count].Id)
            {
                outOfOrder++;
            }

            previous = id;
            count++;
            if (count == 10_000)
            {
                memoryAt10k = GC.GetTotalMemory(forceFullCollection: true);
            }
            else if (count == 140_000)
            {
                memoryAt140k = GC.GetTotalMemory(forceFullCollection: true);
            }
        }

        Assert.That(count, Is.EqualTo(150_000));
        Assert.That(outOfOrder, Is.Zero, "every row once, in id order");
        // Rows read are not kept: 130,000 more rows may not leave more than a few pages' worth behind.
        Assert.That(memoryAt140k - memoryAt10k, Is.LessThan(32L * 1024 * 1024));

        var log = emulator.Emulator.Services.GetRequiredService<RequestLog>();
        while (log.InFlight > 0)
        {
            // The calls a read with ReadAhead dropped at its end are logged when the emulator lets them go.
            await Task.Delay(10);
        }

        var calls = await emulator.ApiCallsAfterAsync(before);
        var coql = calls.Where(c => c.Path == "/crm/v8/coql").ToList();
        if (settings.Length == 0)
        {
            Assert.That(coql, Has.Count.EqualTo(75));
            Assert.That(coql.All(c => c.Status == 200), Is.True, "no call was refused for passing the offset window");
        }
        else
        {
            Assert.That(coql, Has.Count.InRange(75, 79), "75 pages and at most ReadAhead - 1 dropped at the end");
            // Each page answered once, and nothing else but pages past the last row (204) or calls the client let go
            // (logged as 0, or 400 for a request body cut short).
            Assert.That(coql.Count(c => c.Status == 200), Is.EqualTo(75), "each page once; none refused for passing the offset window");
        }
    }
}

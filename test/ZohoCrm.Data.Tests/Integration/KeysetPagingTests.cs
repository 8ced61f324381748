using ZohoCrm.Emulator;

namespace ZohoCrm.Data.Tests.Integration;

/// <summary>Reading past Zoho's 100,000-row offset window: keyset paging reaches every row, in flat memory.</summary>
[NonParallelizable]
public class KeysetPagingTests
{
    [Test]
    public async Task Reads_150000_rows_through_keyset_paging_with_flat_memory()
    {
        await using var emulator = await EmulatorConnection.StartAsync(new ZohoCrmEmulatorOptions { LeadCount = 150_000 });
        await using var connection = emulator.Open();
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

        var calls = await emulator.ApiCallsAfterAsync(before);
        var coql = calls.Where(c => c.Path == "/crm/v8/coql").ToList();
        Assert.That(coql, Has.Count.EqualTo(75));
        Assert.That(coql.All(c => c.Status == 200), Is.True, "no call was refused for passing the offset window");
    }
}

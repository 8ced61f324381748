using ZohoCrm.Emulator;
using ZohoCrm.Emulator.Domain;
using ZohoCrm.Emulator.Domain.Records;

namespace ZohoCrm.Data.Tests.Integration;

/// <summary>
/// Zoho's filter index lags writes by minutes. With UseServerSideFiltering=False the provider filters on the client
/// and is exact at once; with True it returns what Zoho's index says.
/// </summary>
[NonParallelizable]
public class FilterLagTests
{
    [Test]
    public async Task Client_side_filtering_is_exact_right_after_an_update_while_zoho_lags()
    {
        await using var emulator = await EmulatorConnection.StartAsync(new ZohoCrmEmulatorOptions
        {
            LeadCount = 3000,
            Settings = new EmulatorSettings { CoqlLagSeconds = 300 },
        });
        var target = emulator.Records("Leads").First(r => r["Lead_Status"] is not "Junk Lead");
        var values = new Dictionary<string, object?>(target.Values) { ["Lead_Status"] = "Junk Lead" };
        emulator.Emulator.Domain.Records.Put(new StoredRecord("Leads", target.Id, values));
        var junk = emulator.Records("Leads").Where(r => r["Lead_Status"] is "Junk Lead").Select(r => r.Id).ToHashSet();
        const string Query = "SELECT id FROM Leads WHERE Lead_Status = 'Junk Lead'";

        await using var exact = emulator.Open("UseServerSideFiltering=False;");
        var clientSide = await IdsAsync(exact, Query);

        await using var pushed = emulator.Open();
        var serverSide = await IdsAsync(pushed, Query);

        Assert.That(clientSide, Is.EquivalentTo(junk), "False: the updated record is found at once");
        Assert.That(serverSide, Does.Not.Contain(target.Id), "True: Zoho's index still matches the record's previous value");
        Assert.That(serverSide, Is.EquivalentTo(junk.Where(id => id != target.Id)));
    }

    private static async Task<List<long>> IdsAsync(ZohoCrmConnection connection, string text)
    {
        var ids = new List<long>();
        await using var command = new ZohoCrmCommand(text, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }
}

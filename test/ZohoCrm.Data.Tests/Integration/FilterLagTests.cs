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

    [Test]
    public async Task A_record_inserted_during_a_coql_lag_is_seen_by_no_filter_until_the_lag_is_over()
    {
        // What the README says of coqlLagSeconds: every COQL read filters (the client-side read too, by keyset on id),
        // and a record with no indexed version yet matches no filter; a read by id is current at once.
        await using var emulator = await EmulatorConnection.StartAsync(new ZohoCrmEmulatorOptions
        {
            LeadCount = 3000,
            Settings = new EmulatorSettings { CoqlLagSeconds = 300 },
        });
        var template = emulator.Records("Leads")[0];
        var id = emulator.Records("Leads").Max(r => r.Id) + 1;
        var name = "Inserted" + Guid.NewGuid().ToString("N")[..8];
        emulator.Emulator.Domain.Records.Put(new StoredRecord("Leads", id, new Dictionary<string, object?>(template.Values) { ["Last_Name"] = name }));
        var query = "SELECT id FROM Leads WHERE Last_Name = '" + name + "'";

        await using var exact = emulator.Open("UseServerSideFiltering=False;");
        Assert.That(await IdsAsync(exact, query), Is.Empty, "no COQL filter, keyset on id included, sees the record yet");
        var api = await exact.GetApiClientAsync();
        await using var byId = await api.GetRecordAsync("Leads", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.That(await byId.ReadAsync(), Is.True, "the records API by id is current");

        emulator.Emulator.Clock.Advance(TimeSpan.FromSeconds(301));
        Assert.That(await IdsAsync(exact, query), Is.EqualTo(new[] { id }));
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

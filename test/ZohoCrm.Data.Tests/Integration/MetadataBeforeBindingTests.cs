namespace ZohoCrm.Data.Tests.Integration;

/// <summary>
/// The executor loads the metadata a statement needs before binding (binding does no I/O): here a path that crosses
/// two lookups into a third module (Deals → Contacts → Accounts) on a data source whose metadata cache is empty.
/// </summary>
[NonParallelizable]
public class MetadataBeforeBindingTests
{
    private EmulatorConnection _emulator = null!;

    [OneTimeSetUp]
    public async Task Start() => _emulator = await EmulatorConnection.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _emulator.DisposeAsync();

    [TestCase(true)]
    [TestCase(false)]
    public async Task A_path_through_two_lookups_reads_the_third_module_on_a_fresh_data_source(bool async)
    {
        await using var connection = _emulator.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, Contact_Name.Account_Name.Account_Name FROM Deals WHERE Contact_Name.Account_Name.Account_Name IS NOT NULL ORDER BY id LIMIT 50";

        var rows = new List<(long Id, string Account)>();
        await using (var reader = async ? await command.ExecuteReaderAsync() : command.ExecuteReader())
        {
            while (async ? await reader.ReadAsync() : reader.Read())
            {
                rows.Add((reader.GetInt64(0), reader.GetString(1)));
            }
        }

        // The oracle: the emulator's records, followed by hand.
        var contacts = _emulator.Records("Contacts").ToDictionary(r => r.Id);
        var accounts = _emulator.Records("Accounts").ToDictionary(r => r.Id);
        var expected = _emulator.Records("Deals")
            .Select(d => (d.Id, Account: d["Contact_Name"] is long c && contacts[c]["Account_Name"] is long a ? accounts[a]["Account_Name"] as string : null))
            .Where(d => d.Account is not null)
            .OrderBy(d => d.Id)
            .Take(50)
            .Select(d => (d.Id, d.Account!))
            .ToList();
        Assert.That(expected, Is.Not.Empty, "the seeded org has deals whose contact has an account");
        Assert.That(rows, Is.EqualTo(expected));
    }
}

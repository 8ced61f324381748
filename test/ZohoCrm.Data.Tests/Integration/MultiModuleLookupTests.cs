using ZohoCrm.Data.Metadata;

namespace ZohoCrm.Data.Tests.Integration;

/// <summary>The activities' <c>What_Id</c> over real HTTP: recognised from its metadata, read and filtered as an id.</summary>
[NonParallelizable]
public class MultiModuleLookupTests
{
    private EmulatorConnection _emulator = null!;

    [OneTimeSetUp]
    public async Task Start() => _emulator = await EmulatorConnection.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _emulator.DisposeAsync();

    [Test]
    public async Task What_Id_is_a_multi_module_lookup_without_a_module_and_Who_Id_a_lookup_to_contacts()
    {
        await using var connection = _emulator.Open();
        var client = await connection.GetApiClientAsync();

        var fields = (await client.GetFieldsAsync("Tasks")).ToDictionary(f => f.ApiName);

        Assert.That(fields["What_Id"], Has.Property(nameof(ZohoCrmFieldMetadata.DataType)).EqualTo(ZohoCrmFieldType.Lookup)
            .And.Property(nameof(ZohoCrmFieldMetadata.IsMultiModuleLookup)).True
            .And.Property(nameof(ZohoCrmFieldMetadata.LookupModule)).Null);
        Assert.That(fields["Who_Id"], Has.Property(nameof(ZohoCrmFieldMetadata.IsMultiModuleLookup)).False
            .And.Property(nameof(ZohoCrmFieldMetadata.LookupModule)).EqualTo("Contacts"));
    }

    [Test]
    public async Task What_Id_reads_as_the_related_records_id_and_filters_by_it()
    {
        var tasks = _emulator.Records("Tasks").ToList();
        var related = tasks.Select(t => t["What_Id"]).OfType<long>().GroupBy(id => id).OrderByDescending(g => g.Count()).First().Key;
        await using var connection = _emulator.Open();
        await using var command = new ZohoCrmCommand("SELECT id, What_Id, Who_Id FROM Tasks WHERE What_Id = @what", connection);
        command.Parameters.Add(new ZohoCrmParameter("what", related));

        var read = new Dictionary<long, (long? What, long? Who)>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                read[reader.GetInt64(0)] = (reader.IsDBNull(1) ? null : reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetInt64(2));
            }

            Assert.That(reader.GetColumnSchema()[1].DataTypeName, Is.EqualTo("lookup"));
        }

        var expected = tasks.Where(t => Equals(t["What_Id"], related)).ToDictionary(t => t.Id, t => (What: (long?)related, Who: t["Who_Id"] as long?));
        Assert.That(read, Is.EquivalentTo(expected));
    }
}

using ZohoCrm.Data.Api;
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

    [Test]
    public async Task Tasks_written_against_an_account_and_a_deal_read_back_pointing_at_them()
    {
        var account = _emulator.Records("Accounts")[0].Id;
        var deal = _emulator.Records("Deals")[0].Id;
        await using var connection = _emulator.Open();
        var client = await connection.GetApiClientAsync();

        var inserted = await client.InsertAsync("Tasks",
        [
            new ZohoCrmRecordValues().Add("Subject", ZohoCrmFieldType.Text, "On the account").AddMultiModuleLookup("What_Id", account, "Accounts"),
            new ZohoCrmRecordValues().Add("Subject", ZohoCrmFieldType.Text, "On the deal").AddMultiModuleLookup("What_Id", deal, "Deals"),
        ]);

        Assert.That(inserted.Select(r => r.IsSuccess), Is.All.True, string.Join("; ", inserted.Select(r => r.Code + " " + r.Message)));
        var ids = inserted.Select(r => long.Parse(r.Id!)).ToArray();
        Assert.That(await WhatIdsAsync(connection, ids), Is.EqualTo(new long?[] { account, deal }));
        var domain = _emulator.Emulator.Domain;
        var whatId = domain.Schema.FindModule("Tasks")!.FindField("What_Id")!;
        Assert.That(ids.Select(id => domain.Wire.ModuleOf(whatId, (long)domain.Records.Find("Tasks", id)!["What_Id"]!)), Is.EqualTo(new[] { "Accounts", "Deals" }));

        var moved = await client.UpdateAsync("Tasks",
        [
            new ZohoCrmRecordValues { Id = ids[0].ToString() }.AddMultiModuleLookup("What_Id", deal, "Deals"),
            new ZohoCrmRecordValues { Id = ids[1].ToString() }.AddMultiModuleLookup("What_Id", null, null),
        ]);

        Assert.That(moved.Select(r => r.IsSuccess), Is.All.True);
        Assert.That(await WhatIdsAsync(connection, ids), Is.EqualTo(new long?[] { deal, null }));
        await client.DeleteAsync("Tasks", ids.Select(id => id.ToString()).ToList());
    }

    [Test]
    public void A_multi_module_lookup_with_an_id_needs_its_module()
    {
        Assert.That(() => new ZohoCrmRecordValues().AddMultiModuleLookup("What_Id", 1, null), Throws.ArgumentNullException);
    }

    private static async Task<long?[]> WhatIdsAsync(ZohoCrmConnection connection, long[] ids)
    {
        await using var command = new ZohoCrmCommand("SELECT id, What_Id FROM Tasks WHERE id IN (@a, @b)", connection);
        command.Parameters.Add(new ZohoCrmParameter("a", ids[0]));
        command.Parameters.Add(new ZohoCrmParameter("b", ids[1]));
        var read = new Dictionary<long, long?>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            read[reader.GetInt64(0)] = reader.IsDBNull(1) ? null : reader.GetInt64(1);
        }

        return ids.Select(id => read[id]).ToArray();
    }
}

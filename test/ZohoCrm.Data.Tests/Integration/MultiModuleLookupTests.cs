using System.Globalization;
using System.Text.RegularExpressions;
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
    public async Task Se_module_reads_What_Ids_module_from_the_records_API_one_call_per_100_rows()
    {
        var domain = _emulator.Emulator.Domain;
        var whatId = domain.Schema.FindModule("Tasks")!.FindField("What_Id")!;
        var expected = _emulator.Records("Tasks").ToDictionary(t => t.Id,
            t => (What: t["What_Id"] as long?, Module: t["What_Id"] is long id ? domain.Wire.ModuleOf(whatId, id) : null));
        Assert.That(expected, Has.Count.GreaterThan(100), "the seed needs more than one records call's worth of tasks");
        Assert.That(expected.Values.Select(v => v.Module).Distinct().Count(), Is.GreaterThan(2), "the seed points tasks at several modules");
        await using var connection = _emulator.Open();
        var before = await _emulator.LastRequestSeqAsync();

        var read = new Dictionary<long, (long? What, string? Module)>();
        await using (var command = new ZohoCrmCommand("SELECT id, What_Id, $se_module FROM Tasks", connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                read[reader.GetInt64(0)] = (reader.IsDBNull(1) ? null : reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetString(2));
            }

            Assert.That(reader.GetName(2), Is.EqualTo("$se_module"));
            Assert.That(reader.GetFieldType(2), Is.EqualTo(typeof(string)));
        }

        Assert.That(read, Is.EquivalentTo(expected));
        var calls = await _emulator.ApiCallsAfterAsync(before);
        var recordCalls = calls.Where(c => c is { Method: "GET", Path: "/crm/v8/Tasks" }).ToList();
        Assert.That(recordCalls, Has.Count.EqualTo((expected.Count + 99) / 100));
        Assert.That(recordCalls.Select(c => c.Status), Is.All.EqualTo(200));
        // One records call per 100 rows of each COQL page (2,000 rows a page).
        Assert.That(calls.Count(c => c.Path == "/crm/v8/coql"), Is.EqualTo((expected.Count + 1999) / 2000));
    }

    [Test]
    public async Task Se_module_is_stitched_into_rows_read_by_search_too()
    {
        var domain = _emulator.Emulator.Domain;
        var whatId = domain.Schema.FindModule("Tasks")!.FindField("What_Id")!;
        var tasks = _emulator.Records("Tasks");
        var sentence = tasks.Select(t => t["Description"]).OfType<string>().GroupBy(d => d).OrderByDescending(g => g.Count()).First().Key;
        var expected = tasks.Where(t => Equals(t["Description"], sentence))
            .ToDictionary(t => t.Id, t => t["What_Id"] is long id ? domain.Wire.ModuleOf(whatId, id) : null);
        await using var connection = _emulator.Open();
        var before = await _emulator.LastRequestSeqAsync();

        var read = new Dictionary<long, string?>();
        await using (var command = new ZohoCrmCommand("SELECT id, $se_module FROM Tasks WHERE Description = @sentence", connection))
        {
            command.Parameters.Add(new ZohoCrmParameter("sentence", sentence));
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                read[reader.GetInt64(0)] = reader.IsDBNull(1) ? null : reader.GetString(1);
            }
        }

        Assert.That(read, Is.EquivalentTo(expected));
        var calls = await _emulator.ApiCallsAfterAsync(before);
        Assert.That(calls.Count(c => c.Path == "/crm/v8/Tasks/search"), Is.EqualTo((expected.Count + 199) / 200));
        Assert.That(calls.Count(c => c is { Method: "GET", Path: "/crm/v8/Tasks" }), Is.EqualTo((expected.Count + 99) / 100));

        // A WHERE on $se_module beside the search: searched without it, checked on the client.
        await using var filtering = _emulator.Open("ClientSideFilterLimit=5000;");
        await using var deals = new ZohoCrmCommand("SELECT id FROM Tasks WHERE Description = @sentence AND $se_module = 'Deals'", filtering);
        deals.Parameters.Add(new ZohoCrmParameter("sentence", sentence));
        Assert.That(await deals.ExplainAsync(), Does.Contain("/Tasks/search").And.Not.Contain("se_module:"));
        var onDeals = new List<long>();
        await using var dealReader = await deals.ExecuteReaderAsync();
        while (await dealReader.ReadAsync())
        {
            onDeals.Add(dealReader.GetInt64(0));
        }

        Assert.That(onDeals, Is.EquivalentTo(expected.Where(e => e.Value == "Deals").Select(e => e.Key)));
    }

    [Test]
    public async Task Explain_shows_the_records_calls_that_read_se_module()
    {
        await using var connection = _emulator.Open();
        await using var command = new ZohoCrmCommand("SELECT id, $se_module FROM Tasks WHERE Subject LIKE 'Call%'", connection);

        var explain = await command.ExplainAsync();

        Assert.That(explain, Does.Contain("GET /Tasks?ids=...&fields=What_Id by id, for each page of rows 1 call (1 credit) per 100 of its rows: $se_module")
            .And.Contain("Expected: depends on the number of matching records: the calls above for each page of rows"));
        Assert.That(explain, Does.Not.Contain("SELECT id, $se_module").And.Not.Contain("$se_module FROM"));
    }

    [TestCase(250)]
    [TestCase(2500)]
    public async Task Explains_expected_calls_and_credits_are_the_calls_the_query_makes_records_calls_included(int limit)
    {
        Assert.That(_emulator.Records("Tasks"), Has.Count.GreaterThan(limit), "every row of the LIMIT is read");
        await using var connection = _emulator.Open();
        await using var command = new ZohoCrmCommand("SELECT id, What_Id, $se_module FROM Tasks LIMIT " + limit, connection);
        // Explain loads the metadata, so the request log below holds the query's own calls only.
        var explain = await command.ExplainAsync();
        var expected = Regex.Match(explain, @"Expected: (\d+) call\(s\), (\d+) credit\(s\)");
        Assert.That(expected.Success, explain);
        var before = await _emulator.LastRequestSeqAsync();

        var rows = 0;
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                rows++;
            }
        }

        var calls = await _emulator.ApiCallsAfterAsync(before);
        Assert.That(rows, Is.EqualTo(limit));
        Assert.That(calls.Count(c => c is { Method: "GET", Path: "/crm/v8/Tasks" }), Is.GreaterThan(0), "$se_module is read from the records API");
        Assert.That((calls.Count, calls.Sum(c => c.Credits)),
            Is.EqualTo((int.Parse(expected.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(expected.Groups[2].Value, CultureInfo.InvariantCulture))),
            explain + string.Join("\n", calls.Select(c => c.Method + " " + c.Path + " " + c.Credits)));
    }

    [Test]
    public async Task A_WHERE_on_se_module_needs_ClientSideFilterLimit_and_is_then_checked_on_the_client()
    {
        var domain = _emulator.Emulator.Domain;
        var whatId = domain.Schema.FindModule("Tasks")!.FindField("What_Id")!;
        var expected = _emulator.Records("Tasks")
            .Where(t => t["What_Id"] is long id && domain.Wire.ModuleOf(whatId, id) == "Deals" && Equals(t["Status"], "Completed"))
            .Select(t => t.Id).ToList();
        Assert.That(expected, Is.Not.Empty);
        const string Sql = "SELECT id FROM Tasks WHERE $se_module = 'Deals' AND Status = 'Completed'";

        await using (var refused = _emulator.Open())
        await using (var command = new ZohoCrmCommand(Sql, refused))
        {
            Assert.That(async () => await command.ExecuteReaderAsync(), Throws.TypeOf<ZohoCrmQueryException>()
                .With.Message.Contains("$se_module = 'Deals'").And.Message.Contains("records API").And.Message.Contains("ClientSideFilterLimit"));
        }

        await using var connection = _emulator.Open("ClientSideFilterLimit=5000;");
        await using var allowed = new ZohoCrmCommand(Sql, connection);
        Assert.That(await allowed.ExplainAsync(), Does.Contain("Status = 'Completed'").And.Contain("GET /Tasks?ids="));
        var read = new List<long>();
        await using var reader = await allowed.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            read.Add(reader.GetInt64(0));
        }

        Assert.That(read, Is.EquivalentTo(expected));
    }

    [TestCase("SELECT id, $se_module FROM Tasks ORDER BY $se_module", "ORDER BY")]
    [TestCase("SELECT $se_module, COUNT(*) FROM Tasks GROUP BY $se_module", "GROUP BY")]
    public async Task Se_module_cannot_be_sorted_or_grouped_on(string sql, string clause)
    {
        await using var connection = _emulator.Open();
        await using var command = new ZohoCrmCommand(sql, connection);

        Assert.That(async () => await command.ExecuteReaderAsync(), Throws.TypeOf<ZohoCrmQueryException>()
            .With.Message.Contains("'$se_module' of module 'Tasks' cannot be used in " + clause).And.Message.Contains("in memory"));
    }

    [Test]
    public async Task Se_module_is_unknown_in_a_module_without_What_Id()
    {
        await using var connection = _emulator.Open();
        await using var command = new ZohoCrmCommand("SELECT id, $se_module FROM Leads", connection);

        Assert.That(async () => await command.ExecuteReaderAsync(), Throws.TypeOf<ZohoCrmQueryException>().With.Message.Contains("$se_module"));
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

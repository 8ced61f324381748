using ZohoCrm.Data.Api;
using ZohoCrm.Emulator;
using ZohoCrm.Emulator.Domain.Faults;
using ZohoCrm.Emulator.Domain.Seeding;

namespace ZohoCrm.Data.Tests.Integration;

/// <summary>
/// UPDATE and DELETE of the dialect against the emulator: the records changed are read back from the emulator's store
/// (the oracle), and the calls made are counted in its request log.
/// </summary>
[NonParallelizable]
public class DmlAgainstEmulatorTests
{
    private const string Module = "Leads";
    private EmulatorConnection _emulator = null!;

    [OneTimeSetUp]
    public async Task Start() => _emulator = await EmulatorConnection.StartAsync(new ZohoCrmEmulatorOptions { SeedCounts = new SeedCounts { Leads = 7000 } });

    [OneTimeTearDown]
    public async Task Stop() => await _emulator.DisposeAsync();

    /// <summary>A connection whose metadata is already loaded, so only the statement's own calls are counted.</summary>
    private async Task<ZohoCrmConnection> WarmConnectionAsync()
    {
        var connection = _emulator.Open();
        await using var command = new ZohoCrmCommand("SELECT id FROM Leads LIMIT 1", connection);
        await command.ExecuteScalarAsync();
        return connection;
    }

    private static ZohoCrmCommand Command(ZohoCrmConnection connection, string text, params (string Name, object? Value)[] parameters)
    {
        var command = new ZohoCrmCommand(text, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }

    private async Task<(int Rows, IReadOnlyList<EmulatorConnection.LoggedRequest> Calls)> RunAsync(ZohoCrmConnection connection, bool async, string text,
        params (string Name, object? Value)[] parameters)
    {
        var before = await _emulator.LastRequestSeqAsync();
        await using var command = Command(connection, text, parameters);
        var rows = async ? await command.ExecuteNonQueryAsync() : command.ExecuteNonQuery();
        return (rows, await _emulator.ApiCallsAfterAsync(before));
    }

    private static string Unique(string prefix) => prefix + " " + Guid.NewGuid().ToString("N")[..10];

    private List<long> IdsWhere(Func<IReadOnlyDictionary<string, object?>, bool> predicate) =>
        _emulator.Records(Module).Where(r => predicate(r.Values)).Select(r => r.Id).ToList();

    [TestCase(true)]
    [TestCase(false)]
    public async Task Update_over_5000_matching_leads_is_3_reads_and_50_writes(bool async)
    {
        await using var connection = await WarmConnectionAsync();
        var company = Unique("Dml Co");
        var targets = _emulator.Records(Module).Select(r => r.Id).Where((_, i) => i % 7 != 0).Take(5000).ToList();
        Assert.That(targets, Has.Count.EqualTo(5000));
        var before = _emulator.Records(Module).ToDictionary(r => r.Id, r => r.Values);

        // Named ids: no read, 50 writes.
        var (marked, markCalls) = await RunAsync(connection, async, "UPDATE Leads SET Company = @c WHERE id IN @ids", ("c", company), ("ids", targets));
        Assert.That(marked, Is.EqualTo(5000));
        Assert.That(markCalls.Select(c => c.Method + " " + c.Path), Is.EqualTo(Enumerable.Repeat("PUT /crm/v8/Leads", 50)));
        // Asynchronously the calls go in waves of MaxConcurrency (5) at once; synchronously one after another.
        Assert.That(EmulatorConnection.PeakInFlight(markCalls.ToList()), async ? Is.InRange(2, 5) : Is.EqualTo(1));
        Assert.That(IdsWhere(v => Equals(v.GetValueOrDefault("Company"), company)), Is.EquivalentTo(targets));

        // A condition: the matching ids read by COQL, 2,000 a call, then written 100 a call.
        var status = before[targets[0]].GetValueOrDefault("Lead_Status") is "Pre-Qualified" ? "Not Qualified" : "Pre-Qualified";
        var (updated, calls) = await RunAsync(connection, async, "UPDATE Leads SET Lead_Status = @s, Rating = 'Active' WHERE Company = @c", ("s", status), ("c", company));
        Assert.That(updated, Is.EqualTo(5000));
        Assert.That(calls.Count(c => c.Path == "/crm/v8/coql"), Is.EqualTo(3));
        Assert.That(calls.Count(c => c.Method == "PUT" && c.Path == "/crm/v8/Leads"), Is.EqualTo(50));
        Assert.That(calls, Has.Count.EqualTo(53));

        var after = _emulator.Records(Module).ToDictionary(r => r.Id, r => r.Values);
        var targetSet = targets.ToHashSet();
        foreach (var (id, values) in after)
        {
            if (targetSet.Contains(id))
            {
                Assert.That((values.GetValueOrDefault("Lead_Status"), values.GetValueOrDefault("Rating"), values.GetValueOrDefault("Company")), Is.EqualTo((status, "Active", company)), "lead " + id);
            }
            else
            {
                Assert.That((values.GetValueOrDefault("Lead_Status"), values.GetValueOrDefault("Rating"), values.GetValueOrDefault("Company")),
                    Is.EqualTo((before[id].GetValueOrDefault("Lead_Status"), before[id].GetValueOrDefault("Rating"), before[id].GetValueOrDefault("Company"))), "lead " + id + " is not matched and must not change");
            }
        }
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task Where_id_equals_a_parameter_is_one_write_and_no_read(bool async)
    {
        await using var connection = await WarmConnectionAsync();
        var target = _emulator.Records(Module)[17];
        var city = Unique("City");
        var (rows, calls) = await RunAsync(connection, async, "UPDATE Leads SET City = @city, No_of_Employees = @n WHERE id = @id",
            ("city", city), ("n", 321), ("id", target.Id));

        Assert.That(rows, Is.EqualTo(1));
        Assert.That(calls.Select(c => c.Method + " " + c.Path), Is.EqualTo(new[] { "PUT /crm/v8/Leads" }));
        Assert.That(IdsWhere(v => Equals(v.GetValueOrDefault("City"), city)), Is.EqualTo(new[] { target.Id }));
        Assert.That(_emulator.Records(Module).Single(r => r.Id == target.Id)["No_of_Employees"], Is.EqualTo(321L));
    }

    [Test]
    public async Task Updating_an_id_zoho_does_not_have_changes_no_row()
    {
        await using var connection = await WarmConnectionAsync();
        var (rows, calls) = await RunAsync(connection, async: true, "UPDATE Leads SET City = 'Nowhere' WHERE id = 1234567");
        Assert.That(rows, Is.EqualTo(0));
        Assert.That(calls, Has.Count.EqualTo(1));
        Assert.That(IdsWhere(v => Equals(v.GetValueOrDefault("City"), "Nowhere")), Is.Empty);
    }

    [Test]
    public async Task A_condition_that_matches_nothing_makes_the_read_only()
    {
        await using var connection = await WarmConnectionAsync();
        var (rows, calls) = await RunAsync(connection, async: true, "UPDATE Leads SET City = 'x' WHERE Company = @c", ("c", Unique("No such company")));
        Assert.That(rows, Is.EqualTo(0));
        Assert.That(calls.Select(c => c.Path), Is.EqualTo(new[] { "/crm/v8/coql" }));
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task Delete_with_a_condition_deletes_exactly_the_matching_records(bool async)
    {
        await using var connection = await WarmConnectionAsync();
        var company = Unique("Doomed");
        var doomed = _emulator.Records(Module).Select(r => r.Id).Where((_, i) => i % 7 == 0).Take(150).ToList();
        await RunAsync(connection, async, "UPDATE Leads SET Company = @c WHERE id IN @ids", ("c", company), ("ids", doomed));
        var countBefore = _emulator.Records(Module).Count;

        var (rows, calls) = await RunAsync(connection, async, "DELETE FROM Leads WHERE Company = @c", ("c", company));

        Assert.That(rows, Is.EqualTo(150));
        Assert.That(calls.Select(c => c.Method + " " + c.Path),
            Is.EqualTo(new[] { "POST /crm/v8/coql", "DELETE /crm/v8/Leads", "DELETE /crm/v8/Leads" }));
        var remaining = _emulator.Records(Module).Select(r => r.Id).ToHashSet();
        Assert.That(doomed.Where(remaining.Contains), Is.Empty);
        Assert.That(remaining, Has.Count.EqualTo(countBefore - 150));
    }

    [Test]
    public async Task Delete_by_id_makes_no_read_and_a_second_run_deletes_nothing()
    {
        await using var connection = await WarmConnectionAsync();
        var ids = _emulator.Records(Module).TakeLast(3).Select(r => r.Id).ToList();
        var (rows, calls) = await RunAsync(connection, async: true, "DELETE FROM Leads WHERE id IN (@a, @b, @c)", ("a", ids[0]), ("b", ids[1]), ("c", ids[2].ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(rows, Is.EqualTo(3));
        Assert.That(calls.Select(c => c.Method + " " + c.Path), Is.EqualTo(new[] { "DELETE /crm/v8/Leads" }));
        Assert.That(_emulator.Records(Module).Select(r => r.Id).Intersect(ids), Is.Empty);

        var (again, _) = await RunAsync(connection, async: true, "DELETE FROM Leads WHERE id IN (@a, @b, @c)", ("a", ids[0]), ("b", ids[1]), ("c", ids[2]));
        Assert.That(again, Is.EqualTo(0));
    }

    [Test]
    public async Task A_refused_record_is_named_with_the_count_written()
    {
        await using var connection = await WarmConnectionAsync();
        var ids = _emulator.Records(Module).Skip(40).Take(2).Select(r => r.Id).ToList();
        await using var command = Command(connection, "UPDATE Leads SET Lead_Status = 'Not a status' WHERE id IN @ids", ("ids", ids));
        var error = Assert.ThrowsAsync<ZohoCrmWriteException>(() => command.ExecuteNonQueryAsync());
        Assert.That(error!.Message, Does.Contain("UPDATE on Leads wrote 0 of 2").And.Contain("id " + ids[0]).And.Contain("id " + ids[1]).And.Contain("Lead_Status"));
        Assert.That(error.Results.Select(r => (r.Index, r.Status, r.Field)),
            Is.EqualTo(new[] { (0, ZohoCrmWriteStatus.Refused, "Lead_Status"), (1, ZohoCrmWriteStatus.Refused, "Lead_Status") }));
        Assert.That(_emulator.Records(Module).Where(r => ids.Contains(r.Id)).Select(r => r["Lead_Status"]), Has.None.EqualTo("Not a status"));
    }

    [Test]
    public async Task The_condition_gets_the_select_dialects_refusals_before_any_call()
    {
        await using var connection = await WarmConnectionAsync();
        var before = await _emulator.LastRequestSeqAsync();
        await using var command = Command(connection, "DELETE FROM Leads WHERE Last_Name > 'M'");
        var error = Assert.ThrowsAsync<ZohoCrmQueryException>(() => command.ExecuteNonQueryAsync());
        Assert.That(error!.Refusal, Is.Not.Null);
        Assert.That(error.Refusal!.Reasons, Has.Some.Contains("Last_Name"));
        Assert.That(await _emulator.ApiCallsAfterAsync(before), Is.Empty);
    }

    [Test]
    public async Task Explain_shows_the_read_and_the_writes_without_calling()
    {
        await using var connection = await WarmConnectionAsync();
        var before = await _emulator.LastRequestSeqAsync();
        await using var byCondition = Command(connection, "UPDATE Leads SET City = @x WHERE Company = @c", ("x", "y"), ("c", "z"));
        var plan = byCondition.Explain();
        Assert.That(plan, Does.StartWith("UPDATE on Leads").And.Contain("Read the matching ids").And.Contain("/coql").And.Contain("Company = 'z'")
            .And.Contain("PUT /Leads, one call per 100 records matched").And.Contain("Not atomic"));

        await using var byId = Command(connection, "DELETE FROM Leads WHERE id IN (1, 2, 3)");
        Assert.That(await byId.ExplainAsync(), Does.Contain("No read: the condition names 3 id(s).").And.Contain("DELETE /Leads?ids=, one call per 100 records: 1 call(s) for 3 record(s)"));
        Assert.That(await _emulator.ApiCallsAfterAsync(before), Is.Empty);
    }

    [Test]
    public async Task Reading_a_dml_statement_and_writing_with_a_select_are_clear_errors()
    {
        await using var connection = await WarmConnectionAsync();
        await using var dml = Command(connection, "DELETE FROM Leads WHERE id = 1");
        var read = Assert.Throws<InvalidOperationException>(() => dml.ExecuteReader());
        Assert.That(read!.Message, Does.Contain("DELETE").And.Contain("ExecuteNonQuery"));
        Assert.ThrowsAsync<InvalidOperationException>(() => dml.ExecuteScalarAsync());

        await using var select = Command(connection, "SELECT id FROM Leads");
        var write = Assert.Throws<InvalidOperationException>(() => select.ExecuteNonQuery());
        Assert.That(write!.Message, Does.Contain("ExecuteReader"));
        Assert.ThrowsAsync<InvalidOperationException>(() => select.ExecuteNonQueryAsync());
    }

    [Test]
    public async Task A_statement_cancelled_during_a_call_says_what_was_written_and_what_is_unknown()
    {
        var cancel = new CancellationTokenSource();
        // One call at a time, so the cancellation falls between the first call's answer and the second's start.
        var dataSource = new ZohoCrmDataSourceBuilder(_emulator.ConnectionString + "MaxConcurrency=1;").UseHttpMessageHandler(new CancelAtSecondWrite(cancel)).Build();
        await using var _ = dataSource;
        await using var connection = await dataSource.OpenConnectionAsync();
        var ids = _emulator.Records(Module).Skip(100).Take(250).Select(r => r.Id).ToList();
        var city = Unique("Cancelled");
        await using var command = Command((ZohoCrmConnection)connection, "UPDATE Leads SET City = @city WHERE id IN @ids", ("city", city), ("ids", ids));

        var error = Assert.ThrowsAsync<ZohoCrmWriteException>(() => command.ExecuteNonQueryAsync(cancel.Token));

        Assert.That(error!.InnerException, Is.InstanceOf<OperationCanceledException>());
        Assert.That(error.Results.Select(r => r.Status), Is.EqualTo(Enumerable.Repeat(ZohoCrmWriteStatus.Success, 100)
            .Concat(Enumerable.Repeat(ZohoCrmWriteStatus.Unknown, 100)).Concat(Enumerable.Repeat(ZohoCrmWriteStatus.NotWritten, 50))));
        Assert.That(error.Message, Does.Contain("after writing 100 of 250").And.Contain("Not written (safe to run again): id " + ids[200])
            .And.Contain("Unknown (the answer was lost; read them back first): id " + ids[100]));
        Assert.That(IdsWhere(v => Equals(v.GetValueOrDefault("City"), city)), Is.EquivalentTo(ids.Take(100)));
    }

    /// <summary>Cancels the command as its second write call starts, before the call leaves the client.</summary>
    private sealed class CancelAtSecondWrite(CancellationTokenSource cancel) : DelegatingHandler(new SocketsHttpHandler())
    {
        private int _writes;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Method == HttpMethod.Put && Interlocked.Increment(ref _writes) == 2)
            {
                cancel.Cancel();
                cancellationToken.ThrowIfCancellationRequested();
            }

            return base.SendAsync(request, cancellationToken);
        }
    }

    [Test]
    public async Task Update_and_delete_by_condition_are_exact_under_faults()
    {
        await using var connection = await WarmConnectionAsync();
        var company = Unique("Faulty");
        var city = Unique("Faulty city");
        var targets = _emulator.Records(Module).Skip(1000).Take(450).Select(r => r.Id).ToList();
        await RunAsync(connection, async: true, "UPDATE Leads SET Company = @c WHERE id IN @ids", ("c", company), ("ids", targets));
        var settings = _emulator.Emulator.Settings;
        settings.FaultSeed = 11;
        settings.Faults =
        [
            new FaultRule { Path = "/crm/v8/coql", ErrorRate = 0.1, DropRate = 0.1, TruncateRate = 0.1 },
            new FaultRule { Path = "/crm/v8/Leads", Method = "PUT", ErrorRate = 0.1, DropRate = 0.1, LostAnswerRate = 0.1 },
            new FaultRule { Path = "/crm/v8/Leads", Method = "DELETE", ErrorRate = 0.1, DropRate = 0.1, LostAnswerRate = 0.1 },
        ];
        try
        {
            var before = await _emulator.LastRequestSeqAsync();
            var (updated, _) = await RunAsync(connection, async: true, "UPDATE Leads SET City = @city WHERE Company = @c", ("city", city), ("c", company));
            Assert.That(updated, Is.EqualTo(450));
            Assert.That(IdsWhere(v => Equals(v.GetValueOrDefault("City"), city)), Is.EquivalentTo(targets));

            var (deleted, _) = await RunAsync(connection, async: false, "DELETE FROM Leads WHERE Company = @c AND City = @city", ("c", company), ("city", city));
            Assert.That(deleted, Is.EqualTo(450));
            Assert.That(_emulator.Records(Module).Select(r => r.Id).Intersect(targets), Is.Empty);

            // The faults were met: some calls failed and were sent again.
            Assert.That((await _emulator.ApiCallsAfterAsync(before)).Count(c => c.Status >= 500), Is.GreaterThan(0));
        }
        finally
        {
            settings.Faults = [];
            settings.FaultSeed = null;
        }
    }
}

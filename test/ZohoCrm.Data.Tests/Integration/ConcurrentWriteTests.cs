using System.Globalization;
using System.Net;
using System.Text;
using ZohoCrm.Data.Api;
using ZohoCrm.Data.Metadata;
using ZohoCrm.Emulator;
using ZohoCrm.Emulator.Domain.Faults;

namespace ZohoCrm.Data.Tests.Integration;

/// <summary>
/// The calls of one asynchronous write go up to <c>MaxConcurrency</c> at once, against the emulator over HTTP: its
/// request log's start and end counter tells which calls were in flight together, its store what was written.
/// Synchronous writes stay one call after another.
/// </summary>
[NonParallelizable]
public class ConcurrentWriteTests
{
    private const int Records = 1_000;
    private EmulatorConnection _emulator = null!;

    [OneTimeSetUp]
    public async Task Start() => _emulator = await EmulatorConnection.StartAsync(new ZohoCrmEmulatorOptions { SeedCounts = new() { Leads = 20 } });

    [OneTimeTearDown]
    public async Task Stop() => await _emulator.DisposeAsync();

    [SetUp]
    public void SomeLatency()
    {
        // Zoho takes 150 ms and more per call; a little latency keeps calls sent together in flight together.
        _emulator.Emulator.Settings.FaultSeed = 1;
        _emulator.Emulator.Settings.Faults = [new FaultRule { Path = "/crm/v8/Leads", LatencyMs = 50 }];
    }

    [TearDown]
    public void NoFaults() => _emulator.Emulator.Settings.Faults = [];

    private static string Tag() => "CW" + Guid.NewGuid().ToString("N")[..8];

    private static List<ZohoCrmRecordValues> NewLeads(string tag, Func<int, string>? lastName = null) =>
        Enumerable.Range(0, Records)
            .Select(i => new ZohoCrmRecordValues().Add("Last_Name", ZohoCrmFieldType.Text, lastName?.Invoke(i) ?? tag + "-" + i.ToString("D4", CultureInfo.InvariantCulture))
                .Add("Company", ZohoCrmFieldType.Text, tag))
            .ToList();

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    [Test]
    public async Task An_async_insert_of_1000_records_sends_its_10_calls_several_at_once_and_every_result_is_the_stored_record()
    {
        await using var connection = _emulator.Open();
        var api = await connection.GetApiClientAsync();
        var tag = Tag();
        var before = await _emulator.LastRequestSeqAsync();

        var results = await api.InsertAsync("Leads", NewLeads(tag));

        var inserts = (await _emulator.ApiCallsAfterAsync(before)).Where(c => c.Method == "POST" && c.Path == "/crm/v8/Leads").ToList();
        Assert.That(inserts, Has.Count.EqualTo(10));
        Assert.That(EmulatorConnection.PeakInFlight(inserts), Is.InRange(2, 5), "several calls in flight at once, at most MaxConcurrency (5)");
        var stored = _emulator.Records("Leads").Where(r => Equals(r["Company"], tag)).ToList();
        Assert.That(stored, Has.Count.EqualTo(Records));
        Assert.That(results.Select(r => r.Status), Is.All.EqualTo(ZohoCrmWriteStatus.Success));
        Assert.That(results.Select(r => r.Index), Is.EqualTo(Enumerable.Range(0, Records)), "one result per record, in input order");
        var byId = stored.ToDictionary(r => Id(r.Id));
        Assert.That(results.Select(r => byId[r.Id!]["Last_Name"]), Is.EqualTo(Enumerable.Range(0, Records).Select(i => tag + "-" + i.ToString("D4", CultureInfo.InvariantCulture))));
    }

    [Test]
    public async Task MaxConcurrency_caps_the_calls_of_a_write_in_flight_at_once()
    {
        await using var connection = _emulator.Open("MaxConcurrency=2;");
        var api = await connection.GetApiClientAsync();
        var tag = Tag();
        var before = await _emulator.LastRequestSeqAsync();

        var results = await api.InsertAsync("Leads", NewLeads(tag));

        var inserts = (await _emulator.ApiCallsAfterAsync(before)).Where(c => c.Method == "POST" && c.Path == "/crm/v8/Leads").ToList();
        Assert.That(inserts, Has.Count.EqualTo(10));
        Assert.That(EmulatorConnection.PeakInFlight(inserts), Is.EqualTo(2));
        Assert.That(results.Select(r => r.Status), Is.All.EqualTo(ZohoCrmWriteStatus.Success));
        Assert.That(_emulator.Records("Leads").Count(r => Equals(r["Company"], tag)), Is.EqualTo(Records));
    }

    [Test]
    public async Task An_async_update_of_1000_records_sends_its_10_calls_several_at_once_and_the_store_holds_every_change()
    {
        await using var connection = _emulator.Open();
        var api = await connection.GetApiClientAsync();
        var tag = Tag();
        var inserted = api.Insert("Leads", NewLeads(tag));
        var updates = inserted.Select((r, i) => new ZohoCrmRecordValues { Id = r.Id }.Add("First_Name", ZohoCrmFieldType.Text, "F" + i.ToString(CultureInfo.InvariantCulture))).ToList();
        var before = await _emulator.LastRequestSeqAsync();

        var results = await api.UpdateAsync("Leads", updates);

        var puts = (await _emulator.ApiCallsAfterAsync(before)).Where(c => c.Method == "PUT" && c.Path == "/crm/v8/Leads").ToList();
        Assert.That(puts, Has.Count.EqualTo(10));
        Assert.That(EmulatorConnection.PeakInFlight(puts), Is.InRange(2, 5));
        Assert.That(results.Select(r => (r.Status, r.Id)), Is.EqualTo(inserted.Select(r => (ZohoCrmWriteStatus.Success, r.Id))));
        var byId = _emulator.Records("Leads").Where(r => Equals(r["Company"], tag)).ToDictionary(r => Id(r.Id));
        Assert.That(inserted.Select(r => byId[r.Id!]["First_Name"]), Is.EqualTo(Enumerable.Range(0, Records).Select(i => "F" + i.ToString(CultureInfo.InvariantCulture))));
    }

    [Test]
    public async Task A_synchronous_insert_of_1000_records_sends_its_10_calls_one_after_another()
    {
        await using var connection = _emulator.Open();
        var api = connection.GetApiClient();
        var tag = Tag();
        var before = await _emulator.LastRequestSeqAsync();

        var results = api.Insert("Leads", NewLeads(tag));

        var inserts = (await _emulator.ApiCallsAfterAsync(before)).Where(c => c.Method == "POST" && c.Path == "/crm/v8/Leads").ToList();
        Assert.That(inserts, Has.Count.EqualTo(10));
        Assert.That(EmulatorConnection.PeakInFlight(inserts), Is.EqualTo(1));
        Assert.That(results.Select(r => r.Status), Is.All.EqualTo(ZohoCrmWriteStatus.Success));
        Assert.That(_emulator.Records("Leads").Count(r => Equals(r["Company"], tag)), Is.EqualTo(Records));
    }

    [Test]
    public async Task Records_refused_in_the_fourth_call_leave_the_other_calls_written_and_are_named()
    {
        await using var connection = _emulator.Open();
        var api = await connection.GetApiClientAsync();
        var tag = Tag();
        // Last_Name is mandatory in Leads: the fourth call's records (300-399) leave it empty.
        var records = NewLeads(tag, i => i is >= 300 and < 400 ? "" : tag + "-" + i.ToString("D4", CultureInfo.InvariantCulture));

        var results = await api.InsertAsync("Leads", records);

        var stored = _emulator.Records("Leads").Where(r => Equals(r["Company"], tag)).ToDictionary(r => Id(r.Id));
        Assert.That(results.Where(r => r.Status != ZohoCrmWriteStatus.Success).Select(r => r.Index), Is.EqualTo(Enumerable.Range(300, 100)));
        Assert.That(results.Where(r => r.Index is >= 300 and < 400).Select(r => (r.Status, r.Field)), Is.All.EqualTo((ZohoCrmWriteStatus.Refused, "Last_Name")));
        Assert.That(stored.Keys, Is.EquivalentTo(results.Where(r => r.IsSuccess).Select(r => r.Id)));
        Assert.That(results.Where(r => r.IsSuccess).Select(r => stored[r.Id!]["Last_Name"]), Is.EqualTo(results.Where(r => r.IsSuccess).Select(r => tag + "-" + r.Index.ToString("D4", CultureInfo.InvariantCulture))));
    }

    [Test]
    public async Task A_call_that_fails_as_a_whole_stops_the_calls_not_yet_sent_and_the_exception_says_exactly_which_records_were_written()
    {
        var tag = Tag();
        using var handler = new RefusingInsert(tag + "-0300");
        await using var connection = _emulator.Open(handler: handler);
        var api = await connection.GetApiClientAsync();
        var before = await _emulator.LastRequestSeqAsync();

        var exception = Assert.ThrowsAsync<ZohoCrmWriteException>(() => api.InsertAsync("Leads", NewLeads(tag)))!;

        var results = exception.Results;
        var stored = _emulator.Records("Leads").Where(r => Equals(r["Company"], tag)).ToDictionary(r => Id(r.Id));
        var inserts = (await _emulator.ApiCallsAfterAsync(before)).Count(c => c.Method == "POST" && c.Path == "/crm/v8/Leads");
        Assert.That(results.Select(r => r.Index), Is.EqualTo(Enumerable.Range(0, Records)));
        Assert.That(results.Where(r => r.Index is >= 300 and < 400).Select(r => r.Status), Is.All.EqualTo(ZohoCrmWriteStatus.NotWritten), "the refused call");
        Assert.That(results.Select(r => r.Status), Is.All.AnyOf(ZohoCrmWriteStatus.Success, ZohoCrmWriteStatus.NotWritten));
        Assert.That(stored.Keys, Is.EquivalentTo(results.Where(r => r.IsSuccess).Select(r => r.Id)), "Success is exactly what the store holds");
        Assert.That(results.Count(r => r.IsSuccess), Is.EqualTo(inserts * 100), "every call Zoho answered was written and reported");
        Assert.That(results.Count(r => r.IsSuccess), Is.LessThan(900), "the calls not yet sent when it failed were not sent");
        Assert.That(exception.Message, Does.Contain(results.Count(r => r.IsSuccess) + " were written").And.Contain("Not written (safe to send again): 300-"));
    }

    [Test]
    public async Task Lost_answers_of_concurrent_insert_calls_of_identical_records_are_reconciled_without_a_duplicate_or_a_miss()
    {
        await using var connection = _emulator.Open();
        var api = await connection.GetApiClientAsync();
        for (var seed = 1; seed <= 3; seed++)
        {
            var tag = Tag();
            // Ten values repeated across every call: a read-back sees the sibling calls' identical records.
            var records = NewLeads(tag, i => tag + "-" + (i % 10).ToString(CultureInfo.InvariantCulture));
            _emulator.Emulator.Settings.FaultSeed = seed;
            _emulator.Emulator.Settings.Faults = [new FaultRule { Path = "/crm/v8/Leads", Method = "POST", LostAnswerRate = 0.3, LatencyMs = 50 }];
            var before = await _emulator.LastRequestSeqAsync();

            var results = await api.InsertAsync("Leads", records);

            _emulator.Emulator.Settings.Faults = [];
            var calls = await _emulator.ApiCallsAfterAsync(before);
            var inserts = calls.Where(c => c.Method == "POST" && c.Path == "/crm/v8/Leads").ToList();
            Assert.That(inserts.Count(c => c.Status == 0), Is.GreaterThan(0), $"seed {seed}: some answers were lost");
            Assert.That(EmulatorConnection.PeakInFlight(inserts), Is.GreaterThan(1));
            var stored = _emulator.Records("Leads").Where(r => Equals(r["Company"], tag)).ToDictionary(r => Id(r.Id));
            Assert.That(stored, Has.Count.EqualTo(Records), $"seed {seed}: every record once");
            Assert.That(results.Select(r => r.Status), Is.All.EqualTo(ZohoCrmWriteStatus.Success), $"seed {seed}: every record found");
            Assert.That(results.Select(r => r.Id), Is.Unique, $"seed {seed}: no stored record matched twice");
            Assert.That(results.Select(r => stored[r.Id!]["Last_Name"]), Is.EqualTo(records.Select((_, i) => tag + "-" + (i % 10).ToString(CultureInfo.InvariantCulture))));
        }
    }

    [Test]
    public async Task Under_errors_drops_and_lost_answers_every_result_of_concurrent_insert_calls_agrees_with_the_store()
    {
        await using var connection = _emulator.Open();
        var api = await connection.GetApiClientAsync();
        var (success, notWritten, unknown) = (0, 0, 0);
        for (var seed = 1; seed <= 5; seed++)
        {
            var tag = Tag();
            // Ten values repeated in every call: the read-back sees the identical records of the other calls.
            var records = NewLeads(tag, i => tag + "-" + (i % 10).ToString(CultureInfo.InvariantCulture));
            _emulator.Emulator.Settings.FaultSeed = seed;
            _emulator.Emulator.Settings.Faults =
                [new FaultRule { Path = "/crm/v8/Leads", Method = "POST", ErrorRate = 0.1, DropRate = 0.1, LostAnswerRate = 0.1, LatencyMs = 50 }];

            IReadOnlyList<ZohoCrmRecordResult> results;
            try
            {
                results = await api.InsertAsync("Leads", records);
            }
            catch (ZohoCrmWriteException e)
            {
                results = e.Results;
            }

            _emulator.Emulator.Settings.Faults = [];
            var stored = _emulator.Records("Leads").Where(r => Equals(r["Company"], tag)).ToDictionary(r => Id(r.Id));
            var succeeded = results.Where(r => r.IsSuccess).ToList();
            Assert.That(succeeded.Select(r => r.Id), Is.Unique, $"seed {seed}");
            Assert.That(succeeded.Select(r => stored.TryGetValue(r.Id!, out var s) ? s["Last_Name"] : null),
                Is.EqualTo(succeeded.Select(r => tag + "-" + (r.Index % 10).ToString(CultureInfo.InvariantCulture))), $"seed {seed}: Success is the stored record");
            // Per value: the store holds every Success, no NotWritten, and at most the Unknown ones besides.
            for (var n = 0; n < 10; n++)
            {
                var mine = results.Where(r => r.Index % 10 == n).ToList();
                var copies = stored.Values.Count(r => Equals(r["Last_Name"], tag + "-" + n.ToString(CultureInfo.InvariantCulture)));
                Assert.That(copies, Is.InRange(mine.Count(r => r.IsSuccess), mine.Count(r => r.Status is ZohoCrmWriteStatus.Success or ZohoCrmWriteStatus.Unknown)),
                    $"seed {seed} value {n}: no duplicate, no NotWritten stored");
            }

            success += succeeded.Count;
            notWritten += results.Count(r => r.Status == ZohoCrmWriteStatus.NotWritten);
            unknown += results.Count(r => r.Status == ZohoCrmWriteStatus.Unknown);
        }

        TestContext.Out.WriteLine($"5 concurrent writes of 1,000 records (10 values) under faults: success {success}, not written {notWritten}, unknown {unknown}.");
    }

    [Test]
    public async Task An_upsert_goes_several_calls_at_once_unless_two_calls_share_a_duplicate_check_value()
    {
        await using var connection = _emulator.Open();
        var api = await connection.GetApiClientAsync();
        var options = new ZohoCrmWriteOptions { DuplicateCheckFields = ["External_Lead_Id"] };
        foreach (var shared in new[] { false, true })
        {
            var tag = Tag();
            // With a shared value, record 250 (third call) names the record 0 (first call) inserts: it must find it.
            var records = Enumerable.Range(0, 300).Select(i => new ZohoCrmRecordValues()
                .Add("Last_Name", ZohoCrmFieldType.Text, tag + "-" + i.ToString(CultureInfo.InvariantCulture))
                .Add("Company", ZohoCrmFieldType.Text, tag)
                .Add("External_Lead_Id", ZohoCrmFieldType.Text, tag + "-" + (shared && i == 250 ? 0 : i).ToString(CultureInfo.InvariantCulture))).ToList();
            var before = await _emulator.LastRequestSeqAsync();

            var results = await api.UpsertAsync("Leads", records, options);

            var upserts = (await _emulator.ApiCallsAfterAsync(before)).Where(c => c.Method == "POST" && c.Path == "/crm/v8/Leads/upsert").ToList();
            Assert.That(upserts, Has.Count.EqualTo(3));
            Assert.That(EmulatorConnection.PeakInFlight(upserts), shared ? Is.EqualTo(1) : Is.GreaterThan(1), $"shared {shared}");
            var stored = _emulator.Records("Leads").Where(r => Equals(r["Company"], tag)).ToList();
            Assert.That(stored, Has.Count.EqualTo(shared ? 299 : 300));
            Assert.That(results.Select(r => r.Status), Is.All.EqualTo(ZohoCrmWriteStatus.Success));
            Assert.That(results.Count(r => r.Action == "update"), Is.EqualTo(shared ? 1 : 0));
            if (shared)
            {
                Assert.That(results[250].Id, Is.EqualTo(results[0].Id));
            }
        }
    }

    /// <summary>Answers the insert call carrying <paramref name="marker"/> with Zoho's 400 envelope without passing it on: the emulator never sees it.</summary>
    private sealed class RefusingInsert(string marker) : DelegatingHandler(new SocketsHttpHandler())
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Method == HttpMethod.Post && request.RequestUri!.AbsolutePath == "/crm/v8/Leads"
                && (await request.Content!.ReadAsStringAsync(cancellationToken)).Contains(marker, StringComparison.Ordinal))
            {
                // Refused after the calls sent with it are on the wire (without the wait it may be refused before them).
                await Task.Delay(20, cancellationToken);
                return new HttpResponseMessage(HttpStatusCode.BadRequest)
                {
                    RequestMessage = request,
                    Content = new StringContent("""{"code":"INVALID_DATA","details":{},"message":"the request was refused","status":"error"}""", Encoding.UTF8, "application/json"),
                };
            }

            return await base.SendAsync(request, cancellationToken);
        }
    }
}

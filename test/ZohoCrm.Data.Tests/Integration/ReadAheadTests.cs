using System.Globalization;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ZohoCrm.Emulator;
using ZohoCrm.Emulator.Domain.Faults;
using ZohoCrm.Emulator.Domain.Records;
using ZohoCrm.Emulator.Http.RequestLog;
using static ZohoCrm.Data.Tests.Integration.LeadOracle;

namespace ZohoCrm.Data.Tests.Integration;

/// <summary>
/// <c>ReadAhead</c>: an asynchronous read keeps several OFFSET pages on the wire at once (the emulator's request log
/// shows calls overlapping), returns exactly the rows of the stored records in order, never reads past a LIMIT, and
/// wastes at most <c>ReadAhead - 1</c> calls when it ends; the default keeps one call on the wire. COQL calls take
/// 50 ms here, so calls that overlap are seen overlapping.
/// </summary>
[NonParallelizable]
public class ReadAheadTests
{
    private const int PageSize = 2000;
    private static readonly FaultRule Latency = new() { Path = "/crm/v8/coql", LatencyMs = 50 };
    private EmulatorConnection _emulator = null!;
    private IReadOnlyList<StoredRecord> _leads = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _emulator = await EmulatorConnection.StartAsync(new ZohoCrmEmulatorOptions { LeadCount = 10_000 });
        _leads = _emulator.Records("Leads");
        Assert.That(_leads, Has.Count.EqualTo(10_000));
    }

    [OneTimeTearDown]
    public async Task Stop() => await _emulator.DisposeAsync();

    [SetUp]
    public void SetLatency() => _emulator.Emulator.Settings.Faults = [Latency];

    private RequestLog Log => _emulator.Emulator.Services.GetRequiredService<RequestLog>();

    public static IEnumerable<TestCaseData> Reads()
    {
        static TestCaseData Case(string tail, Func<IEnumerable<StoredRecord>, IEnumerable<StoredRecord>> oracle, bool ordered = true) =>
            new TestCaseData(tail, oracle, ordered).SetArgDisplayNames(tail.Length == 0 ? "unordered" : tail);

        yield return Case("ORDER BY id", rs => rs.OrderBy(r => r.Id));
        yield return Case("ORDER BY Last_Name, id", rs => rs.OrderBy(r => S(r, "Last_Name"), StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Id));
        yield return Case("WHERE Annual_Revenue is not null ORDER BY Annual_Revenue DESC, id ASC",
            rs => rs.Where(r => r["Annual_Revenue"] is not null).OrderByDescending(r => N(r, "Annual_Revenue")).ThenBy(r => r.Id));
        yield return Case("", rs => rs, ordered: false);
        yield return Case("ORDER BY id LIMIT 7000", rs => rs.OrderBy(r => r.Id).Take(7000));
        yield return Case("ORDER BY Last_Name, id LIMIT 5000 OFFSET 3000",
            rs => rs.OrderBy(r => S(r, "Last_Name"), StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Id).Skip(3000).Take(5000));
        yield return Case("ORDER BY id LIMIT 6500, 3000", rs => rs.OrderBy(r => r.Id).Skip(6500).Take(3000));
        // End mid-window on a short page, with no LIMIT to tell in advance; the second in its first page.
        yield return Case("WHERE Lead_Status = 'Contacted' ORDER BY id", rs => rs.Where(r => Eq(S(r, "Lead_Status"), "Contacted") == true).OrderBy(r => r.Id));
        yield return Case("WHERE Lead_Status = 'Contacted' and Industry = 'Large Enterprise' ORDER BY id",
            rs => rs.Where(r => Eq(S(r, "Lead_Status"), "Contacted") == true && Eq(S(r, "Industry"), "Large Enterprise") == true).OrderBy(r => r.Id));
    }

    [TestCaseSource(nameof(Reads))]
    public async Task Five_pages_ahead_return_the_stored_records_and_overlap(string tail, Func<IEnumerable<StoredRecord>, IEnumerable<StoredRecord>> oracle, bool ordered)
    {
        var expected = oracle(_leads).Select(r => (r.Id, S(r, "Last_Name"))).ToList();
        var (rows, calls) = await ReadAsync("ReadAhead=5;", tail);

        Assert.That(ordered ? rows : rows.OrderBy(r => r.Id).ToList(), Is.EqualTo(ordered ? expected : expected.OrderBy(r => r.Id).ToList()));
        var needed = NeededCalls(tail, expected.Count);
        Assert.That(calls, Has.Count.InRange(needed, needed + 4), "the pages needed, and at most ReadAhead - 1 more");
        // A dropped call is a page past the last row: 204, or whatever the emulator logged as the client let go (0, or 400
        // for a body cut short); only the pages read are answered 200.
        Assert.That(calls.Count(c => c.Status == 200), Is.EqualTo(needed), "each page once");
        if (needed >= 3)
        {
            Assert.That(PeakInFlight(calls), Is.GreaterThan(1), "pages after a full first page are on the wire together");
        }

        if (expected.Count <= PageSize)
        {
            Assert.That(calls, Has.Count.EqualTo(1), "a read of one page guesses nothing: it costs what it costs without ReadAhead");
        }

        if (tail.Contains("LIMIT", StringComparison.Ordinal))
        {
            Assert.That(calls, Has.Count.EqualTo(needed), "never a call past the LIMIT");
        }
        else if (needed <= 2)
        {
            Assert.That(calls, Has.Count.EqualTo(needed), "without a LIMIT, one full page is no evidence of a third");
        }
    }

    [TestCase(3000, 2)]
    [TestCase(5000, 4)]
    public async Task Without_a_LIMIT_a_short_read_guesses_little(int matching, int maxCalls)
    {
        // No LIMIT says how far the rows go: one full page is no evidence of a third, so a read ending on its second page
        // makes exactly the calls it needs, and one ending on its third at most one more.
        var bound = _leads.OrderBy(r => r.Id).ElementAt(matching).Id;
        var expected = _leads.Where(r => r.Id < bound)
            .OrderBy(r => S(r, "Last_Name"), StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Id).Select(r => (r.Id, S(r, "Last_Name"))).ToList();
        var (rows, calls) = await ReadAsync("ReadAhead=5;", "WHERE id < " + bound.ToString(CultureInfo.InvariantCulture) + " ORDER BY Last_Name, id");

        Assert.That(rows, Is.EqualTo(expected));
        Assert.That(calls, Has.Count.EqualTo(maxCalls), "the pages needed, and at most one guess past the end");
        Assert.That(calls.Count(c => c.Status == 200), Is.EqualTo(NeededCalls("", matching)));
    }

    [TestCaseSource(nameof(Reads))]
    public async Task The_default_keeps_one_call_on_the_wire_with_the_fewest_calls(string tail, Func<IEnumerable<StoredRecord>, IEnumerable<StoredRecord>> oracle, bool ordered)
    {
        var expected = oracle(_leads).Select(r => (r.Id, S(r, "Last_Name"))).ToList();
        var (rows, calls) = await ReadAsync("", tail);

        Assert.That(ordered ? rows : rows.OrderBy(r => r.Id).ToList(), Is.EqualTo(ordered ? expected : expected.OrderBy(r => r.Id).ToList()));
        Assert.That(calls, Has.Count.EqualTo(NeededCalls(tail, expected.Count)));
        Assert.That(PeakInFlight(calls), Is.EqualTo(1));
    }

    // Five full pages, the last with more_records false, and no LIMIT: the guesses grow with the full pages seen. Page 2
    // went out after page 1; 3 and 4 after page 2; 5 and 6 after page 3; 7 and 8 after page 4: 6 to 8 are dropped,
    // ReadAhead - 2 calls. MaxConcurrency caps ReadAhead (two on the wire: 6 is dropped).
    [TestCase("ReadAhead=5;", 8)]
    [TestCase("ReadAhead=5;MaxConcurrency=2;", 6)]
    [TestCase("", 5)]
    public async Task The_query_log_counts_every_call_made_the_dropped_ones_included(string settings, int calls)
    {
        var logfile = Path.Combine(Path.GetTempPath(), "zohocrm-readahead-" + Guid.NewGuid().ToString("N") + ".log");
        try
        {
            long before;
            await using (var connection = _emulator.Open(settings + "Logfile=" + logfile + ";"))
            {
                before = await _emulator.LastRequestSeqAsync();
                await using var command = new ZohoCrmCommand("SELECT id FROM Leads ORDER BY Last_Name, id", connection);
                Assert.That(await IdsAsync(command), Has.Count.EqualTo(10_000));
            }

            var line = (await File.ReadAllLinesAsync(logfile)).Single(l => l.Contains("Query on module 'Leads'", StringComparison.Ordinal));
            Assert.That(line, Does.Contain($"1 step(s), {calls} call(s), 10000 row(s)"));
            await DrainAsync();
            Assert.That(await CoqlCallsAfterAsync(before), Has.Count.InRange(5, calls), "the emulator saw the calls that reached it before they were cancelled");
        }
        finally
        {
            File.Delete(logfile);
        }
    }

    [Test]
    public void Explain_says_how_an_id_ordered_read_pages_with_the_connections_ReadAhead()
    {
        // With ReadAhead > 1 an id-ordered read goes by OFFSET inside the window (what makes its pages overlap), so
        // Explain must not promise "each page after the last id", and must say what overlapping may cost.
        using var ahead = _emulator.Open("ReadAhead=5;MaxConcurrency=3;");
        using var command = new ZohoCrmCommand("SELECT id FROM Leads ORDER BY id", ahead);
        var explain = command.Explain();
        Assert.That(explain, Does.Not.Contain("each page after the last id")
            .And.Contain("by OFFSET, then by keyset past row 100,000")
            .And.Contain("up to 3 pages on the wire at once (ReadAhead), so up to 2 call(s) more"));

        using var single = _emulator.Open();
        using var plain = new ZohoCrmCommand("SELECT id FROM Leads ORDER BY id", single);
        Assert.That(plain.Explain(), Does.Contain("each page after the last id").And.Not.Contain("ReadAhead"));
    }

    [Test]
    public async Task A_synchronous_read_fetches_nothing_ahead()
    {
        using var connection = _emulator.Open("ReadAhead=5;");
        var before = await _emulator.LastRequestSeqAsync();
        using var command = new ZohoCrmCommand("SELECT id FROM Leads ORDER BY id", connection);
        var ids = new List<long>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                ids.Add(reader.GetInt64(0));
            }
        }

        Assert.That(ids, Is.EqualTo(_leads.OrderBy(r => r.Id).Select(r => r.Id)));
        var calls = await CoqlCallsAfterAsync(before);
        Assert.That(calls, Has.Count.EqualTo(5));
        Assert.That(PeakInFlight(calls), Is.EqualTo(1));
    }

    [TestCase(true, TestName = "Closing_the_reader_early_asynchronously_cancels_the_calls_ahead")]
    [TestCase(false, TestName = "Closing_the_reader_early_synchronously_cancels_the_calls_ahead")]
    public async Task Closing_the_reader_early_cancels_the_calls_ahead(bool async)
    {
        // Calls held 3 s: those ahead are still on the wire when the reader closes, so the emulator sees them dropped.
        _emulator.Emulator.Settings.Faults = [new FaultRule { Path = "/crm/v8/coql", LatencyMs = 3000 }];
        var unobserved = new List<Exception>();
        void OnUnobserved(object? sender, UnobservedTaskExceptionEventArgs e) => unobserved.Add(e.Exception);
        TaskScheduler.UnobservedTaskException += OnUnobserved;
        try
        {
            await using var connection = _emulator.Open("ReadAhead=5;");
            var before = await _emulator.LastRequestSeqAsync();
            var command = new ZohoCrmCommand("SELECT id FROM Leads ORDER BY id", connection);
            var reader = await command.ExecuteReaderAsync();
            var read = 0;
            while (read < 100 && await reader.ReadAsync())
            {
                read++;
            }

            if (async)
            {
                await reader.DisposeAsync();
            }
            else
            {
                reader.Dispose();
            }

            await DrainAsync();
            var calls = await CoqlCallsAfterAsync(before);
            Assert.That(calls, Has.Count.InRange(1, 6), "the first page and at most five ahead");
            Assert.That(calls.Skip(1).Select(c => c.Status), Is.All.EqualTo(0), "every call ahead was cancelled before its answer");

            // The connection reads on, exactly.
            _emulator.Emulator.Settings.Faults = [Latency];
            await using var next = new ZohoCrmCommand("SELECT id FROM Leads ORDER BY id LIMIT 3000", connection);
            Assert.That(await IdsAsync(next), Is.EqualTo(_leads.OrderBy(r => r.Id).Take(3000).Select(r => r.Id)));
        }
        finally
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            TaskScheduler.UnobservedTaskException -= OnUnobserved;
        }

        Assert.That(unobserved, Is.Empty);
    }

    [Test]
    public async Task Cancelling_the_read_stops_it_and_the_calls_ahead()
    {
        _emulator.Emulator.Settings.Faults = [new FaultRule { Path = "/crm/v8/coql", LatencyMs = 3000 }];
        await using var connection = _emulator.Open("ReadAhead=5;");
        var before = await _emulator.LastRequestSeqAsync();
        await using var command = new ZohoCrmCommand("SELECT id FROM Leads ORDER BY id", connection);
        using var cancellation = new CancellationTokenSource();
        await using var reader = await command.ExecuteReaderAsync(cancellation.Token);
        var ids = new List<long>();
        Assert.ThrowsAsync(Is.InstanceOf<OperationCanceledException>(), async () =>
        {
            while (await reader.ReadAsync(cancellation.Token))
            {
                ids.Add(reader.GetInt64(0));
                if (ids.Count == 1500)
                {
                    await cancellation.CancelAsync();
                }
            }
        });
        await reader.DisposeAsync();

        Assert.That(ids, Is.EqualTo(_leads.OrderBy(r => r.Id).Take(ids.Count).Select(r => r.Id)), "the rows returned before are the first ones, in order");
        Assert.That(ids, Has.Count.LessThan(10_000));
        await DrainAsync();
        var calls = await CoqlCallsAfterAsync(before);
        Assert.That(calls, Has.Count.InRange(1, 6));
        Assert.That(calls.Skip(1).Select(c => c.Status), Is.All.EqualTo(0), "the calls ahead were cancelled before their answer");
    }

    [Test]
    public async Task Under_faults_the_rows_are_exact()
    {
        _emulator.Emulator.Settings.FaultSeed = 13;
        _emulator.Emulator.Settings.Faults = [new FaultRule { Path = "/crm/v8/coql", LatencyMs = 50, ErrorRate = 0.2, DropRate = 0.1, TruncateRate = 0.1 }];
        try
        {
            var expected = _leads.OrderBy(r => S(r, "Last_Name"), StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Id).Select(r => (r.Id, S(r, "Last_Name"))).ToList();
            var (rows, calls) = await ReadAsync("ReadAhead=5;", "ORDER BY Last_Name, id");
            Assert.That(rows, Is.EqualTo(expected));
            Assert.That(calls.Count(c => c.Status != 200), Is.GreaterThan(0), "faults happened");
        }
        finally
        {
            _emulator.Emulator.Settings.FaultSeed = null;
        }
    }

    // Two ahead: the pages after the first two start after the fault is set, whenever the first ones arrived.
    [TestCase("ReadAhead=2;")]
    [TestCase("")]
    public async Task A_page_that_keeps_failing_fails_the_read_after_the_rows_before_it(string readAhead)
    {
        var unobserved = new List<Exception>();
        void OnUnobserved(object? sender, UnobservedTaskExceptionEventArgs e) => unobserved.Add(e.Exception);
        TaskScheduler.UnobservedTaskException += OnUnobserved;
        var ids = new List<long>();
        Exception? failure;
        try
        {
            await using var connection = _emulator.Open(readAhead + "Timeout=2;");
            await using var command = new ZohoCrmCommand("SELECT id FROM Leads ORDER BY id", connection);
            await using var reader = await command.ExecuteReaderAsync();
            failure = Assert.CatchAsync(async () =>
            {
                while (await reader.ReadAsync())
                {
                    ids.Add(reader.GetInt64(0));
                    if (ids.Count == 1)
                    {
                        // Every COQL call from now on answers 500; the pipeline retries until Timeout.
                        _emulator.Emulator.Settings.Faults = [new FaultRule { Path = "/crm/v8/coql", ErrorRate = 1 }];
                    }
                }
            });
        }
        finally
        {
            await DrainAsync();
            GC.Collect();
            GC.WaitForPendingFinalizers();
            TaskScheduler.UnobservedTaskException -= OnUnobserved;
        }

        Assert.That(failure, Is.InstanceOf<ZohoCrmException>(), failure?.ToString());
        Assert.That(failure!.Message, Does.Contain("/crm/v8/coql did not complete within the Timeout of 2 seconds"), "the same error as without ReadAhead");
        Assert.That(ids, Is.EqualTo(_leads.OrderBy(r => r.Id).Take(ids.Count).Select(r => r.Id)));
        Assert.That(ids, Has.Count.InRange(PageSize, 10_000 - PageSize), "the pages that came back, then the failure: never a partial result as complete");
        Assert.That(unobserved, Is.Empty);
    }

    /// <summary>The calls a read needs: one per page of its rows (LIMIT split in pages of 2,000), one at least.</summary>
    private static int NeededCalls(string tail, int rows) => Math.Max(1, (rows + PageSize - 1) / PageSize);

    private async Task<(List<(long Id, string? Name)> Rows, List<Call> Calls)> ReadAsync(string settings, string tail)
    {
        await using var connection = _emulator.Open(settings);
        var before = await _emulator.LastRequestSeqAsync();
        await using var command = new ZohoCrmCommand("SELECT id, Last_Name FROM Leads " + tail, connection);
        var rows = new List<(long, string?)>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                rows.Add((reader.GetInt64(0), reader.GetFieldValue<string?>(1)));
            }
        }

        await DrainAsync();
        return (rows, await CoqlCallsAfterAsync(before));
    }

    private static async Task<List<long>> IdsAsync(ZohoCrmCommand command)
    {
        var ids = new List<long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    /// <summary>Waits until the emulator answers no call, so the calls a read dropped are in its log.</summary>
    private async Task DrainAsync()
    {
        var watch = Stopwatch.StartNew();
        while (Log.InFlight > 0)
        {
            Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(30)), "the emulator still answers calls");
            await Task.Delay(10);
        }
    }

    private Task<List<Call>> CoqlCallsAfterAsync(long seq) =>
        Task.FromResult(Log.After(seq).Where(c => c.Path == "/crm/v8/coql").Select(c => new Call(c.Query, c.Status, c.Start, c.End)).ToList());

    /// <summary>The most of <paramref name="calls"/> on the wire at once, from the log's counter of arrivals and answers.</summary>
    private static int PeakInFlight(List<Call> calls) => calls.Select(c => calls.Count(d => d.Start <= c.Start && c.Start < d.End)).DefaultIfEmpty(0).Max();

    private sealed record Call(string Query, int Status, long Start, long End);
}

using ZohoCrm.Emulator.Domain.Faults;

namespace ZohoCrm.Reliability.Tests;

/// <summary>
/// Reads under each fault the emulator injects, for each query shape: every query returns exactly the rows LINQ to
/// Objects finds in the emulator's records, or fails with a clear <c>ZohoCrmException</c>; never a
/// partial result presented as complete, never a hang past the configured timeouts. Faults are seeded, so a run
/// sees the same faults in the same order every time.
/// </summary>
[NonParallelizable]
public class ReadsUnderFaultsTests
{
    // A query's calls each get at most Timeout (here 20 s) until the headers, retries included; 3 pages and metadata
    // stay well inside this bound unless something waits for ever.
    private static readonly TimeSpan HangBound = TimeSpan.FromSeconds(120);

    private static int Repetitions => FaultyOrg.LongForm ? 10 : 3;

    [TearDown]
    public void ClearFaults() => FaultyOrg.ClearFaults();

    public static IEnumerable<TestCaseData> FaultsTimesShapes()
    {
        var faults = new (string Name, Func<FaultRule> Rule)[]
        {
            ("500s", () => new FaultRule { Path = "/crm/v8", ErrorRate = 0.25 }),
            ("dropped connections", () => new FaultRule { Path = "/crm/v8", DropRate = 0.25 }),
            ("truncated bodies", () => new FaultRule { Path = "/crm/v8", TruncateRate = 0.25 }),
        };
        foreach (var (name, rule) in faults)
        {
            foreach (var shape in QueryShape.All)
            {
                yield return new TestCaseData(name, rule, shape).SetName($"Reads_under_{name.Replace(' ', '_')}_return_the_right_rows({shape.Name})");
            }
        }
    }

    [TestCaseSource(nameof(FaultsTimesShapes))]
    public async Task Reads_under_faults_return_the_right_rows(string fault, Func<FaultRule> rule, QueryShape shape)
    {
        var expected = shape.Expected();
        var outcomes = new List<QueryOutcome>();
        for (var seed = 1; seed <= Repetitions; seed++)
        {
            FaultyOrg.SetFault(rule(), seed);
            outcomes.Add(await QueryOutcome.RunAsync(shape, FaultyOrg.ConnectionString("Timeout=20"), expected, HangBound));
        }

        Report(fault, shape, outcomes);
        // A read is idempotent: at a 25% fault rate every page gets through within its attempts.
        Assert.That(outcomes.Where(o => o.Kind != OutcomeKind.Right).Select(o => o.Kind + " " + o.Detail), Is.Empty);
    }

    [TestCaseSource(typeof(QueryShape), nameof(QueryShape.All))]
    public async Task Reads_under_429_bursts_wait_for_Retry_After_and_return_the_right_rows(QueryShape shape)
    {
        // Zoho answers 429 with Retry-After when an org has more calls in flight than its edition allows: one call
        // at a time here, with three queries at once, so most calls meet a 429 first.
        var expected = shape.Expected();
        FaultyOrg.Emulator.Settings.ConcurrencyLimit = 1;
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 3 * Repetitions).Select(_ =>
            QueryOutcome.RunAsync(shape, FaultyOrg.ConnectionString("Timeout=20;MaxConcurrency=5"), expected, HangBound)));

        Report("429 bursts", shape, outcomes);
        Assert.That(outcomes.Where(o => o.Kind != OutcomeKind.Right).Select(o => o.Kind + " " + o.Detail), Is.Empty);
    }

    [TestCaseSource(typeof(QueryShape), nameof(QueryShape.All))]
    public async Task Reads_slower_than_Timeout_fail_with_an_error_naming_Timeout_and_do_not_hang(QueryShape shape)
    {
        FaultyOrg.SetFault(new FaultRule { Path = "/crm/v8", LatencyMs = 4_000 }, seed: 1);
        var outcome = await QueryOutcome.RunAsync(shape, FaultyOrg.ConnectionString("Timeout=1"), shape.Expected(), TimeSpan.FromSeconds(30));

        Report("latency past Timeout", shape, [outcome]);
        Assert.That(outcome.Kind, Is.EqualTo(OutcomeKind.ClearFailure), outcome.Detail);
        Assert.That(outcome.Detail, Does.Contain("Timeout"));
    }

    private static void Report(string fault, QueryShape shape, IReadOnlyCollection<QueryOutcome> outcomes) =>
        TestContext.Out.WriteLine($"{fault} x {shape.Name}: " + string.Join(", ", outcomes.GroupBy(o => o.Kind).Select(g => $"{g.Count()} {g.Key}"))
            + $"; slowest {outcomes.Max(o => o.Elapsed).TotalSeconds:F1} s");
}

using ZohoCrm.Emulator.Domain.Faults;

namespace ZohoCrm.Reliability.Tests;

/// <summary>
/// The headline figure: COQL reads as a new user runs them (default settings), with 20% of COQL calls
/// answered 500, 10% dropped and 10% cut mid-body. Target: at least 99% of queries succeed, none answers wrongly.
/// </summary>
[NonParallelizable]
public class HeadlineFigureTests
{
    [TearDown]
    public void ClearFaults() => FaultyOrg.ClearFaults();

    [Test]
    public async Task Queries_with_500s_drops_and_truncated_bodies_on_COQL_succeed_at_least_99_percent_of_the_time()
    {
        int[] seeds = FaultyOrg.LongForm ? [1, 2, 3, 4, 5] : [1];
        var queries = FaultyOrg.LongForm ? 1_000 : 200;
        QueryShape[] shapes = [QueryShape.SinglePage, QueryShape.MultiPage, QueryShape.Streaming];
        var expected = shapes.ToDictionary(s => s, s => s.Expected());

        foreach (var seed in seeds)
        {
            FaultyOrg.SetFault(new FaultRule { Path = "/crm/v8/coql", ErrorRate = 0.2, DropRate = 0.1, TruncateRate = 0.1 }, seed);
            // Sixteen users at once (the calls themselves are limited by MaxConcurrency); which query meets which fault
            // varies with timing, the sequence of faults does not.
            var outcomes = new QueryOutcome[queries];
            await Parallel.ForEachAsync(Enumerable.Range(0, queries), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, _) =>
            {
                var shape = shapes[i % shapes.Length];
                outcomes[i] = await QueryOutcome.RunAsync(shape, FaultyOrg.ConnectionString(), expected[shape], TimeSpan.FromMinutes(5));
            });

            var right = outcomes.Count(o => o.Kind == OutcomeKind.Right);
            var failures = outcomes.Where(o => o.Kind != OutcomeKind.Right).GroupBy(o => o.Kind + " " + o.Detail).Select(g => $"{g.Count()} x {g.Key}");
            TestContext.Out.WriteLine($"seed {seed}: {right} of {queries} queries right ({100.0 * right / queries:F1}%), "
                + $"{outcomes.Count(o => o.Kind == OutcomeKind.Wrong)} wrong, {outcomes.Count(o => o.Kind == OutcomeKind.ClearFailure)} failed clearly, "
                + $"{outcomes.Count(o => o.Kind == OutcomeKind.UnclearFailure)} failed unclearly, {outcomes.Count(o => o.Kind == OutcomeKind.Hang)} hung; "
                + $"slowest {outcomes.Max(o => o.Elapsed).TotalSeconds:F1} s");
            foreach (var failure in failures)
            {
                TestContext.Out.WriteLine("  " + failure);
            }

            Assert.That(outcomes.Count(o => o.Kind is OutcomeKind.Wrong or OutcomeKind.UnclearFailure or OutcomeKind.Hang), Is.Zero, "wrong answers, unclear failures or hangs");
            Assert.That((double)right / queries, Is.GreaterThanOrEqualTo(0.99), "success rate");
        }
    }
}

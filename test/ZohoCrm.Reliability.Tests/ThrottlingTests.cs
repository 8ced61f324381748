using System.Diagnostics;
using System.Globalization;
using ZohoCrm.Data;

namespace ZohoCrm.Reliability.Tests;

/// <summary>
/// Zoho's limits set low: two calls at a time and a small credit budget. A burst of queries waits its turn (the
/// provider's limiter, and <c>Retry-After</c> when the org's cap is lower than <c>MaxConcurrency</c>) and no 429
/// reaches the user; a spent budget is one clear error that names it, sent once, not retried in a loop.
/// </summary>
[NonParallelizable]
public class ThrottlingTests
{
    private const int ConcurrencyCap = 2;

    [TearDown]
    public void ClearFaults() => FaultyOrg.ClearFaults();

    [TestCase(2, TestName = "A_burst_of_500_queries_under_a_cap_of_2_finishes_without_a_429_reaching_the_user(MaxConcurrency=2)")]
    [TestCase(5, TestName = "A_burst_of_500_queries_under_a_cap_of_2_finishes_without_a_429_reaching_the_user(MaxConcurrency=5, the default)")]
    public async Task A_burst_of_500_queries_under_a_low_cap_finishes_without_a_429_reaching_the_user(int maxConcurrency)
    {
        var queries = FaultyOrg.LongForm ? 2_000 : 500;
        FaultyOrg.StartANewCreditDay();
        FaultyOrg.Emulator.Settings.Edition = "free";
        FaultyOrg.Emulator.Settings.ConcurrencyLimit = ConcurrencyCap;
        // Enough for the burst (one 1-credit COQL call a query) and not much more.
        FaultyOrg.Emulator.Settings.CreditLimit = queries + 200;
        var connectionString = FaultyOrg.ConnectionStringWith(FaultyOrg.NewRefreshToken(), "MaxConcurrency=" + maxConcurrency.ToString(CultureInfo.InvariantCulture));
        var expected = QueryShape.SinglePage.Expected();
        var before = FaultyOrg.LastSeq();
        var clock = Stopwatch.StartNew();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, queries).Select(_ =>
            QueryOutcome.RunAsync(QueryShape.SinglePage, connectionString, expected, TimeSpan.FromMinutes(3))));

        var calls = FaultyOrg.Emulator.Requests(before).Where(r => r.Path.StartsWith("/crm/", StringComparison.Ordinal)).ToList();
        var tooMany = calls.Count(r => r.Status == 429);
        TestContext.Out.WriteLine($"MaxConcurrency={maxConcurrency}, cap {ConcurrencyCap}: {outcomes.Count(o => o.Kind == OutcomeKind.Right)} of {queries} right "
            + $"in {clock.Elapsed.TotalSeconds:F1} s; {calls.Count} API calls, {tooMany} answered 429 (each waited for its Retry-After), "
            + $"{calls.Sum(r => r.Credits)} credits");
        Assert.That(outcomes.Where(o => o.Kind != OutcomeKind.Right).Select(o => o.Kind + " " + o.Detail), Is.Empty);
        if (maxConcurrency <= ConcurrencyCap)
        {
            Assert.That(tooMany, Is.Zero, "the provider's limiter keeps within the cap");
        }
        else
        {
            // Retry-After (1 s) is waited for: a call is asked again at most MaxAttempts - 1 times, not in a tight loop.
            Assert.That(tooMany, Is.LessThan(queries * 7));
        }
    }

    [Test]
    public async Task A_spent_credit_budget_is_one_clear_error_that_names_it_and_is_not_retried()
    {
        FaultyOrg.StartANewCreditDay();
        FaultyOrg.Emulator.Settings.CreditLimit = 5;
        var connectionString = FaultyOrg.ConnectionStringWith(FaultyOrg.NewRefreshToken());
        var expected = QueryShape.SinglePage.Expected();

        // Single-page queries until the budget is gone: each costs a credit, the first also the metadata's.
        var outcomes = new List<QueryOutcome>();
        for (var i = 0; i < 10 && outcomes.All(o => o.Kind == OutcomeKind.Right); i++)
        {
            outcomes.Add(await QueryOutcome.RunAsync(QueryShape.SinglePage, connectionString, expected, TimeSpan.FromMinutes(1)));
        }

        var before = FaultyOrg.LastSeq();
        var clock = Stopwatch.StartNew();
        var last = await QueryOutcome.RunAsync(QueryShape.SinglePage, connectionString, expected, TimeSpan.FromMinutes(1));
        var calls = FaultyOrg.Emulator.Requests(before).Where(r => r.Path.StartsWith("/crm/", StringComparison.Ordinal)).ToList();
        TestContext.Out.WriteLine($"{outcomes.Count(o => o.Kind == OutcomeKind.Right)} queries right, then {last.Kind} after {clock.Elapsed.TotalSeconds:F1} s "
            + $"and {calls.Count} call(s): {last.Detail}");
        Assert.Multiple(() =>
        {
            Assert.That(last.Kind, Is.EqualTo(OutcomeKind.ClearFailure), last.Detail);
            Assert.That(last.Detail, Does.Contain("API credit budget").And.Contain("is used up").And.Contain("h ").And.Not.Contain(".."));
            Assert.That(calls.Select(c => c.Status), Is.EqualTo(new[] { 429 }), "one call, not retried in a loop");
        });
    }
}

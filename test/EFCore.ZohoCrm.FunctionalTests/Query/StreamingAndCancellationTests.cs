using EFCore.ZohoCrm.FunctionalTests.TestUtilities;
using Microsoft.EntityFrameworkCore;
using ZohoCrm.Emulator.Domain.Faults;

namespace EFCore.ZohoCrm.FunctionalTests.Query;

/// <summary>
/// Async queries stream page by page and stop when cancelled: before they start, between pages and while a call
/// is in flight.
/// </summary>
[NonParallelizable]
public class StreamingAndCancellationTests
{
    private const string CoqlPath = "/crm/v8/coql";

    [Test]
    public async Task AsAsyncEnumerable_yields_the_first_row_after_one_call_and_every_row_in_the_end()
    {
        await using var db = CrmQueryContext.Create();
        await db.Leads.Take(1).ToListAsync(); // token and metadata are fetched once per data source
        var expected = Oracle.Leads.Select(l => l.Id).Order().ToList();
        Assert.That(expected, Has.Count.GreaterThanOrEqualTo(10_000));

        var before = await EmulatorOrg.LastRequestSeqAsync();
        var ids = new List<long>();
        var callsAtFirstRow = -1;
        await foreach (var lead in db.Leads.AsNoTracking().OrderBy(l => l.Id).AsAsyncEnumerable())
        {
            if (ids.Count == 0)
            {
                callsAtFirstRow = (await EmulatorOrg.ApiCallsAfterAsync(before)).Count;
            }

            ids.Add(lead.Id);
        }

        // The reader asks for the next page while the first is consumed, so that call may already be in the log.
        Assert.That(callsAtFirstRow, Is.InRange(1, 2), "rows come as their page arrives, not after the whole result");
        Assert.That(ids, Is.EqualTo(expected));
        Assert.That((await EmulatorOrg.ApiCallsAfterAsync(before)).Count, Is.EqualTo((expected.Count + 1_999) / 2_000));
    }

    [Test]
    public async Task Cancelling_before_the_query_starts_makes_no_call()
    {
        await using var db = CrmQueryContext.Create();
        await db.Leads.Take(1).ToListAsync();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        var before = await EmulatorOrg.LastRequestSeqAsync();

        Assert.CatchAsync<OperationCanceledException>(() => db.Leads.ToListAsync(cancellation.Token));
        Assert.CatchAsync<OperationCanceledException>(() => db.Leads.CountAsync(cancellation.Token));
        Assert.That(await EmulatorOrg.ApiCallsAfterAsync(before), Is.Empty);
    }

    [Test]
    public async Task Cancelling_mid_stream_stops_before_the_next_page()
    {
        await using var db = CrmQueryContext.Create();
        await db.Leads.Take(1).ToListAsync();
        var before = await EmulatorOrg.LastRequestSeqAsync();
        using var cancellation = new CancellationTokenSource();
        var read = 0;

        Assert.CatchAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in db.Leads.AsNoTracking().OrderBy(l => l.Id).AsAsyncEnumerable().WithCancellation(cancellation.Token))
            {
                if (++read == 2_500)
                {
                    await cancellation.CancelAsync();
                }
            }
        });

        // The second page (rows 2,001 to 4,000) was fetched before the cancellation and the third may have been
        // asked for ahead; no row after the second page is handed out and no further page is fetched.
        Assert.That(read, Is.GreaterThanOrEqualTo(2_500).And.LessThanOrEqualTo(4_000));
        Assert.That((await EmulatorOrg.ApiCallsAfterAsync(before)).Count(c => c.Path == CoqlPath), Is.InRange(2, 3));
    }

    [Test]
    public async Task Cancelling_while_a_call_is_in_flight_ends_every_kind_of_query()
    {
        await using var db = CrmQueryContext.Create();
        await db.Leads.Take(1).ToListAsync();
        var settings = EmulatorOrg.Emulator.Settings;
        settings.Faults = [new FaultRule { Path = CoqlPath, LatencyMs = 20_000 }];
        try
        {
            await AssertCancelledAsync(token => db.Leads.ToListAsync(token));
            await AssertCancelledAsync(token => db.Leads.CountAsync(l => l.Email_Opt_Out, token));
            await AssertCancelledAsync(token => db.Leads.FirstOrDefaultAsync(l => l.Lead_Status == "Contacted", token));
            await AssertCancelledAsync(token => db.Deals.SumAsync(d => d.Amount, token));
            await AssertCancelledAsync(token => db.Deals.GroupBy(d => d.Stage).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(token));
            await AssertCancelledAsync(async token =>
            {
                await foreach (var _ in db.Leads.AsAsyncEnumerable().WithCancellation(token))
                {
                }
            });
        }
        finally
        {
            settings.Faults = [];
        }

        // The context is still usable afterwards.
        Assert.That(await db.Leads.CountAsync(), Is.EqualTo(Oracle.Leads.Count));
    }

    private static async Task AssertCancelledAsync(Func<CancellationToken, Task> query)
    {
        using var cancellation = new CancellationTokenSource();
        var running = query(cancellation.Token);
        await Task.Delay(200);
        Assert.That(running.IsCompleted, Is.False, "the call is held by the emulator");
        await cancellation.CancelAsync();
        Assert.CatchAsync<OperationCanceledException>(() => running);
    }
}

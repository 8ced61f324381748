using System.Diagnostics;
using ZohoCrm.Data;

namespace ZohoCrm.Reliability.Tests;

public enum OutcomeKind { Right, Wrong, ClearFailure, UnclearFailure, Hang }

/// <summary>What one query did: the right rows, other rows (a wrong answer), a clear failure, or something worse.</summary>
public sealed record QueryOutcome(OutcomeKind Kind, string Detail, TimeSpan Elapsed)
{
    /// <summary>
    /// Runs <paramref name="shape"/> on a new context and judges it against its oracle. A query still running after
    /// <paramref name="hangBound"/> is a hang (cancelled, then reported).
    /// </summary>
    public static async Task<QueryOutcome> RunAsync(QueryShape shape, string connectionString, List<string> expected, TimeSpan hangBound)
    {
        var stopwatch = Stopwatch.StartNew();
        using var hang = new CancellationTokenSource();
        await using var db = new CrmContext(connectionString);
        var query = shape.Run(db, hang.Token);
        if (await Task.WhenAny(query, Task.Delay(hangBound)) != query)
        {
            await hang.CancelAsync();
            _ = query.ContinueWith(t => t.Exception, TaskScheduler.Default);
            return new QueryOutcome(OutcomeKind.Hang, shape.Name + " still running after " + hangBound, stopwatch.Elapsed);
        }

        try
        {
            var rows = await query;
            return rows.SequenceEqual(expected)
                ? new QueryOutcome(OutcomeKind.Right, "", stopwatch.Elapsed)
                : new QueryOutcome(OutcomeKind.Wrong, $"{shape.Name}: {rows.Count} rows, expected {expected.Count}", stopwatch.Elapsed);
        }
        catch (Exception e)
        {
            return Judge(e, stopwatch.Elapsed);
        }
    }

    /// <summary>
    /// A clear failure is a <see cref="ZohoCrmException"/> (directly or as the cause) whose message is a sentence that
    /// says what failed, or a <see cref="TimeoutException"/> naming <c>CommandTimeout</c>; anything else is reported whole.
    /// </summary>
    public static QueryOutcome Judge(Exception e, TimeSpan elapsed)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is ZohoCrmException zoho && zoho.Message.Length > 20 && zoho.Message.TrimEnd().EndsWith('.'))
            {
                return new QueryOutcome(OutcomeKind.ClearFailure, zoho.Code + ": " + zoho.Message, elapsed);
            }

            // A call that outlived CommandTimeout (retries included) is a TimeoutException naming the setting, as in SqlClient.
            if (inner is TimeoutException && inner.Message.Contains("CommandTimeout", StringComparison.Ordinal))
            {
                return new QueryOutcome(OutcomeKind.ClearFailure, "TimeoutException: " + inner.Message, elapsed);
            }
        }

        return new QueryOutcome(OutcomeKind.UnclearFailure, e.ToString(), elapsed);
    }
}

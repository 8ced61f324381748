using ZohoCrm.Data.Api;
using ZohoCrm.Data.Coql;
using ZohoCrm.Data.Logging.Internal;

namespace ZohoCrm.Data.Execution;

// The line each query writes at Verbosity 1: module, steps, calls made, rows returned and time. Never a value of the
// query: WHERE literals and parameters may be personal data, so they appear only from Verbosity 2 (the plan) and 3 (bodies).
internal sealed partial class ZohoCrmExecutionContext
{
    /// <summary>The API client for one query; with <paramref name="statistics"/>, one that counts the query's calls.</summary>
    private async ValueTask<ZohoCrmApiClient> GetApiClientAsync(ZohoCrmQueryStatistics? statistics, bool async, CancellationToken cancellationToken)
    {
        var shared = await GetApiClientAsync(async, cancellationToken).ConfigureAwait(false);
        return statistics is null
            ? shared
            : new ZohoCrmApiClient(shared, statistics.CountCall);
    }

    private void LogQuery(ZohoCrmQueryPlan plan, ZohoCrmQueryStatistics statistics, ZohoCrmProcessedSource? processed) =>
        Log.Query.QueryCompleted(plan.Module, plan.Steps.Count, statistics.Calls, statistics.Rows,
            plan.ClientFilter is not null ? processed?.RowsRead : null, statistics.ElapsedMilliseconds);

    private void LogQueryFailed(ZohoCrmQueryPlan plan, ZohoCrmQueryStatistics statistics, Exception exception) =>
        // The exception's type only: its message can quote a value of the query.
        Log.Query.QueryFailed(plan.Module, exception.GetType().Name, plan.Steps.Count, statistics.Calls, statistics.ElapsedMilliseconds);
}

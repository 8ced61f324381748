using System.Data;
using System.Globalization;
using ZohoCrm.Data.Api;
using ZohoCrm.Data.Coql;
using ZohoCrm.Data.Coql.Binding;
using ZohoCrm.Data.Coql.Syntax;
using ZohoCrm.Data.Properties;
using ZohoCrm.Data.Schema;

namespace ZohoCrm.Data.Execution;

// Running DML statements: bound against metadata, the matching ids read through the query planner (UPDATE and DELETE
// with a condition that does not name them), then written through the API client 100 records a call.
internal sealed partial class ZohoCrmExecutionContext
{
    /// <summary>The parsed text, from the planner's cache: a SELECT or a DML statement.</summary>
    public CoqlCommandStatement Parse(string text) => _planner.Parse(text);

    /// <summary>Binds a DML statement and plans the read of its matching ids, if it needs one. Loads metadata, makes no data call.</summary>
    public async Task<ZohoCrmWritePlan> PlanWriteAsync(CoqlDmlStatement statement, string text, ZohoCrmParameterCollection parameters,
        ZohoCrmQueryPlannerOptions options, bool async, CancellationToken cancellationToken)
    {
        var modules = await Metadata.GetModulesAsync(MetadataSource, async, cancellationToken).ConfigureAwait(false);
        var schema = new ZohoCrmLoadedSchema(modules, await LoadModulesAsync(text, modules, async, cancellationToken).ConfigureAwait(false));
        var write = CoqlDmlBinder.Bind(statement, schema, ParameterValues(parameters));
        var read = write.MatchingIdsQuery is { } query
            ? (await PlanAsync(query, parameters, options, async, cancellationToken).ConfigureAwait(false)).Plan
            : null;
        return new ZohoCrmWritePlan(write, read);
    }

    /// <summary>
    /// Runs a DML statement and returns the records written (for UPDATE and DELETE, the matching records Zoho still had).
    /// <paramref name="timeout"/> bounds the planning and each call. With <paramref name="async"/> false the reads and
    /// writes are synchronous I/O, bounded the same way.
    /// </summary>
    public async Task<int> ExecuteWriteAsync(CoqlDmlStatement statement, string text, ZohoCrmParameterCollection parameters,
        ZohoCrmQueryPlannerOptions options, ZohoCrmCallTimeout timeout, bool async, CancellationToken cancellationToken)
    {
        var plan = await timeout.RunAsync(ct => PlanWriteAsync(statement, text, parameters, options, async, ct), ZohoCrmStrings.PlanningCall, cancellationToken)
            .ConfigureAwait(false);
        var write = plan.Write;
        var ids = write.Ids;
        if (write.MatchingIdsQuery is { } query)
        {
            ids = await ReadMatchingIdsAsync(query, parameters, options, timeout, async, cancellationToken).ConfigureAwait(false);
        }

        var records = write.Kind switch
        {
            CoqlDmlKind.Insert or CoqlDmlKind.Upsert => write.Rows.Select(row => Values(row, id: null)).ToList(),
            CoqlDmlKind.Update => ids!.Select(id => Values(write.Assignments, id)).ToList(),
            _ => [],
        };
        var total = write.Kind == CoqlDmlKind.Delete ? ids!.Count : records.Count;
        if (total == 0)
        {
            return 0;
        }

        var api = await timeout.RunAsync(ct => GetApiClientAsync(async, ct).AsTask(), ZohoCrmStrings.PlanningCall, cancellationToken).ConfigureAwait(false);
        var module = write.Module.ApiName;
        var kind = write.Kind switch
        {
            CoqlDmlKind.Insert => ZohoCrmApiClient.WriteKind.Insert,
            CoqlDmlKind.Upsert => ZohoCrmApiClient.WriteKind.Upsert,
            CoqlDmlKind.Update => ZohoCrmApiClient.WriteKind.Update,
            _ => ZohoCrmApiClient.WriteKind.Delete,
        };
        var upsertOptions = write.Kind == CoqlDmlKind.Upsert && write.DuplicateCheckFields.Count > 0
            ? new ZohoCrmWriteOptions { DuplicateCheckFields = write.DuplicateCheckFields }
            : null;
        var results = new ZohoCrmRecordResult?[total];

        // Synchronously one API call of 100 records at a time; asynchronously a wave of up to MaxConcurrency such calls
        // in flight together (the client overlaps them). CommandTimeout bounds each call or wave, as it bounds each wait
        // on the server, and Cancel() stops between them.
        var wave = ZohoCrmApiClient.MaxRecordsPerWrite * (async ? Math.Max(1, api.MaxConcurrentCalls) : 1);
        for (var start = 0; start < total; start += wave)
        {
            var count = Math.Min(wave, total - start);
            var batch = records.Count > 0 ? records.GetRange(start, count) : null;
            var batchIds = write.Kind == CoqlDmlKind.Delete ? ids!.Skip(start).Take(count).ToList() : null;
            if (cancellationToken.IsCancellationRequested)
            {
                // Cancel() between calls: the records not yet sent are not written; say which were.
                var cancelled = new OperationCanceledException(cancellationToken);
                throw start == 0 ? cancelled : StoppedPartWay(write, ids, results, cancelled);
            }

            IReadOnlyList<ZohoCrmRecordResult> written;
            try
            {
                written = await timeout.RunAsync(CallAsync, plan.Endpoint, cancellationToken).ConfigureAwait(false);
            }
            catch (ZohoCrmWriteException e)
            {
                Place(e.Results, start);
                throw StoppedPartWay(write, ids, results, e);
            }
            catch (Exception e) when (e is ZohoCrmException or TimeoutException or HttpRequestException or IOException or OperationCanceledException)
            {
                // The call may have reached Zoho before it failed or was cancelled: its records are unknown.
                for (var i = start; i < start + count; i++)
                {
                    results[i] = new ZohoCrmRecordResult { Index = i, Status = ZohoCrmWriteStatus.Unknown, Code = "ANSWER_LOST", Message = e.Message };
                }

                throw StoppedPartWay(write, ids, results, e);
            }

            Place(written, start);

            // With async false, synchronous I/O that the timeout's token still cancels.
            Task<IReadOnlyList<ZohoCrmRecordResult>> CallAsync(CancellationToken ct) => api.WriteAsync(kind, module, batch, batchIds, upsertOptions, async, ct);
        }

        var all = results.Select(r => r!).ToList();
        var refused = all.Where(r => r.Status is not (ZohoCrmWriteStatus.Success or ZohoCrmWriteStatus.NotFound)).ToList();
        return refused.Count == 0
            ? all.Count(r => r.IsSuccess)
            : throw new ZohoCrmWriteException(ZohoCrmStrings.DmlRecordsRefused(Name(write), module, all.Count(r => r.IsSuccess), total, refused.Count,
                ZohoCrmStrings.DmlRecordList(refused.Select(r => ZohoCrmStrings.DmlRecordRefused(Describe(write, ids, r.Index), r.Code, r.Message, r.Field)).ToList())),
                all, refused[0].Code);

        void Place(IReadOnlyList<ZohoCrmRecordResult> batchResults, int offset)
        {
            foreach (var result in batchResults)
            {
                results[offset + result.Index] = result with { Index = offset + result.Index };
            }
        }
    }

    private static string Name(CoqlBoundWrite write) => write.Kind.ToString().ToUpperInvariant();

    /// <summary>The exception for a statement stopped at a failed call: every record's outcome, the ones never sent NotWritten.</summary>
    private static ZohoCrmWriteException StoppedPartWay(CoqlBoundWrite write, IReadOnlyList<string>? ids, ZohoCrmRecordResult?[] results, Exception failure)
    {
        for (var i = 0; i < results.Length; i++)
        {
            results[i] ??= new ZohoCrmRecordResult { Index = i, Status = ZohoCrmWriteStatus.NotWritten, Code = "NOT_WRITTEN", Message = ZohoCrmStrings.DmlNotSent };
        }

        var all = results.Select(r => r!).ToList();
        string List(ZohoCrmWriteStatus status) =>
            ZohoCrmStrings.DmlRecordList(all.Where(r => r.Status == status).Select(r => Describe(write, ids, r.Index)).ToList());
        var zoho = failure as ZohoCrmException;
        // The client's own write exception describes its one call; the statement's message names the call's failure.
        var reason = failure is ZohoCrmWriteException { InnerException: { } inner } ? inner.Message : failure.Message;
        return new ZohoCrmWriteException(
            ZohoCrmStrings.DmlCallFailed(Name(write), write.Module.ApiName, all.Count(r => r.IsSuccess), all.Count, reason,
                List(ZohoCrmWriteStatus.NotWritten), List(ZohoCrmWriteStatus.Unknown)),
            all, zoho?.Code, zoho?.StatusCode, zoho?.IsTransient ?? failure is TimeoutException, failure);
    }

    /// <summary>Row n of the VALUES list for INSERT and UPSERT, the record id for UPDATE and DELETE.</summary>
    private static string Describe(CoqlBoundWrite write, IReadOnlyList<string>? ids, int index) =>
        write.Kind is CoqlDmlKind.Insert or CoqlDmlKind.Upsert
            ? ZohoCrmStrings.DmlRow(index + 1)
            : ZohoCrmStrings.DmlRecordId(ids![index]);

    private static ZohoCrmRecordValues Values(IReadOnlyList<CoqlWrittenValue> values, string? id)
    {
        var record = new ZohoCrmRecordValues { Id = id };
        foreach (var value in values)
        {
            record.Add(value.Field.ApiName, value.Field.DataType, value.Value);
        }

        return record;
    }

    /// <summary>Reads the ids a condition matches: the planner's plan of <c>SELECT id FROM Module WHERE condition</c>, run to the end.</summary>
    private async Task<List<string>> ReadMatchingIdsAsync(string query, ZohoCrmParameterCollection parameters, ZohoCrmQueryPlannerOptions options,
        ZohoCrmCallTimeout timeout, bool async, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        // The reader owns the lifetime and disposes it when it closes.
        var reader = await ExecuteAsync(query, parameters, options, CommandBehavior.SequentialAccess, timeout, new CancellationTokenSource(), async,
            cancellationToken, onClose: null).ConfigureAwait(false);
        try
        {
            while (async ? await reader.ReadAsync(cancellationToken).ConfigureAwait(false) : reader.Read())
            {
                ids.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
            }
        }
        finally
        {
            if (async)
            {
                await reader.DisposeAsync().ConfigureAwait(false);
            }
            else
            {
                reader.Dispose();
            }
        }

        return ids;
    }

    private static Dictionary<string, object?> ParameterValues(ZohoCrmParameterCollection parameters)
    {
        var values = new Dictionary<string, object?>(parameters.Count, StringComparer.OrdinalIgnoreCase);
        foreach (ZohoCrmParameter parameter in parameters)
        {
            values[parameter.NormalizedName] = parameter.BindingValue;
        }

        return values;
    }
}

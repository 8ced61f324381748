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
    /// <paramref name="timeout"/> bounds the planning and each call. With <paramref name="async"/> false the reads are
    /// synchronous I/O.
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
        var upsertOptions = write.Kind == CoqlDmlKind.Upsert && write.DuplicateCheckFields.Count > 0
            ? new ZohoCrmWriteOptions { DuplicateCheckFields = write.DuplicateCheckFields }
            : null;
        var written = 0;
        var refused = new List<string>();
        for (var start = 0; start < total; start += ZohoCrmApiClient.MaxRecordsPerWrite)
        {
            var count = Math.Min(ZohoCrmApiClient.MaxRecordsPerWrite, total - start);
            IReadOnlyList<ZohoCrmRecordResult> results;
            try
            {
                results = await timeout.RunAsync(ct => write.Kind switch
                {
                    CoqlDmlKind.Insert => api.InsertAsync(write.Module.ApiName, records.GetRange(start, count), null, ct),
                    CoqlDmlKind.Upsert => api.UpsertAsync(write.Module.ApiName, records.GetRange(start, count).Select(r => r.ToJson()).ToList(), upsertOptions, ct),
                    CoqlDmlKind.Update => api.UpdateAsync(write.Module.ApiName, records.GetRange(start, count), null, ct),
                    _ => api.DeleteAsync(write.Module.ApiName, ids!.Skip(start).Take(count).ToList(), null, ct),
                }, plan.Endpoint, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is ZohoCrmException or HttpRequestException or TimeoutException or IOException)
            {
                var notWritten = Enumerable.Range(start, total - start).Select(i => Describe(write, ids, i)).ToList();
                throw new ZohoCrmException(ZohoCrmStrings.DmlCallFailed(Name(write), write.Module.ApiName, written, total, count,
                    ZohoCrmStrings.DmlRecordList(notWritten), e.Message), (e as ZohoCrmException)?.Code, (e as ZohoCrmException)?.StatusCode,
                    innerException: e);
            }

            foreach (var result in results)
            {
                if (result.IsSuccess)
                {
                    written++;
                }
                else if (!IsNotFound(write, result))
                {
                    var field = result.Details.TryGetValue("api_name", out var apiName) ? apiName as string : null;
                    refused.Add(ZohoCrmStrings.DmlRecordRefused(Describe(write, ids, start + result.Index), result.Code, result.Message, field));
                }
            }
        }

        return refused.Count == 0
            ? written
            : throw new ZohoCrmException(ZohoCrmStrings.DmlRecordsRefused(Name(write), write.Module.ApiName, written, total, refused.Count,
                ZohoCrmStrings.DmlRecordList(refused)), "INVALID_DATA");
    }

    private static string Name(CoqlBoundWrite write) => write.Kind.ToString().ToUpperInvariant();

    /// <summary>Row n of the VALUES list for INSERT and UPSERT, the record id for UPDATE and DELETE.</summary>
    private static string Describe(CoqlBoundWrite write, IReadOnlyList<string>? ids, int index) =>
        write.Kind is CoqlDmlKind.Insert or CoqlDmlKind.Upsert
            ? ZohoCrmStrings.DmlRow(index + 1)
            : ZohoCrmStrings.DmlRecordId(ids![index]);

    /// <summary>
    /// An update or delete of a record Zoho no longer has (deleted since the read, or an id named in the condition that
    /// does not exist): as in SQL, no row changed rather than an error. Zoho answers INVALID_DATA with only the id in details.
    /// </summary>
    private static bool IsNotFound(CoqlBoundWrite write, ZohoCrmRecordResult result) =>
        write.Kind is CoqlDmlKind.Update or CoqlDmlKind.Delete
        && result.Code == "INVALID_DATA"
        && result.Details.ContainsKey("id")
        && !result.Details.ContainsKey("api_name");

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

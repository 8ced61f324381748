using System.Net;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ZohoCrm.Data.Api.Internal;
using ZohoCrm.Data.Http;
using ZohoCrm.Data.Http.Internal;
using ZohoCrm.Data.Internal;
using ZohoCrm.Data.Properties;

namespace ZohoCrm.Data.Api;

// Writes: any number of records, split into calls of at most 100, one result per record in input order.
public sealed partial class ZohoCrmApiClient
{
    internal enum WriteKind
    {
        Insert,
        Update,
        Upsert,
        Delete,
    }

    /// <summary>
    /// Inserts records (<c>POST /{module}</c>, 100 a call), each field written as its Zoho type decides; one result per
    /// record, in order. With <see cref="ZohoCrmWriteOptions.DuplicateCheckFields"/> a call whose answer is lost is sent
    /// again as an upsert on those fields, which finds the record the first attempt wrote instead of adding another
    /// (its result's <see cref="ZohoCrmRecordResult.Action"/> then says which); without them, such a call is reconciled
    /// by reading back the records created since it was sent (see <see cref="ZohoCrmWriteStatus"/>).
    /// </summary>
    /// <param name="module">The module's API name.</param>
    /// <param name="records">The records, without ids.</param>
    /// <param name="options">Triggers and duplicate-check fields.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <exception cref="ZohoCrmWriteException">A call failed as a whole; its <see cref="ZohoCrmWriteException.Results"/> say which records were written.</exception>
    public Task<IReadOnlyList<ZohoCrmRecordResult>> InsertAsync(string module, IReadOnlyList<ZohoCrmRecordValues> records, ZohoCrmWriteOptions? options = null,
        CancellationToken cancellationToken = default) =>
        WriteAsync(WriteKind.Insert, module, records, null, options, async: true, cancellationToken);

    /// <summary>As <see cref="InsertAsync"/>, synchronously.</summary>
    /// <param name="module">The module's API name.</param>
    /// <param name="records">The records, without ids.</param>
    /// <param name="options">Triggers and duplicate-check fields.</param>
    /// <exception cref="ZohoCrmWriteException">A call failed as a whole; its <see cref="ZohoCrmWriteException.Results"/> say which records were written.</exception>
    public IReadOnlyList<ZohoCrmRecordResult> Insert(string module, IReadOnlyList<ZohoCrmRecordValues> records, ZohoCrmWriteOptions? options = null) =>
        ZohoCrmSync.GetCompletedResult(WriteAsync(WriteKind.Insert, module, records, null, options, async: false, CancellationToken.None));

    /// <summary>
    /// Updates records (<c>PUT /{module}</c>, 100 a call; each needs its <see cref="ZohoCrmRecordValues.Id"/>), each field
    /// written as its Zoho type decides; one result per record, in order. A record with
    /// <see cref="ZohoCrmRecordValues.IfUnmodifiedSince"/> goes alone in its call. A call whose answer is lost is sent again.
    /// </summary>
    /// <param name="module">The module's API name.</param>
    /// <param name="records">The records, each with its id.</param>
    /// <param name="options">Triggers.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <exception cref="ZohoCrmWriteException">A call failed as a whole; its <see cref="ZohoCrmWriteException.Results"/> say which records were written.</exception>
    public Task<IReadOnlyList<ZohoCrmRecordResult>> UpdateAsync(string module, IReadOnlyList<ZohoCrmRecordValues> records, ZohoCrmWriteOptions? options = null,
        CancellationToken cancellationToken = default) =>
        WriteAsync(WriteKind.Update, module, records, null, options, async: true, cancellationToken);

    /// <summary>As <see cref="UpdateAsync"/>, synchronously.</summary>
    /// <param name="module">The module's API name.</param>
    /// <param name="records">The records, each with its id.</param>
    /// <param name="options">Triggers.</param>
    /// <exception cref="ZohoCrmWriteException">A call failed as a whole; its <see cref="ZohoCrmWriteException.Results"/> say which records were written.</exception>
    public IReadOnlyList<ZohoCrmRecordResult> Update(string module, IReadOnlyList<ZohoCrmRecordValues> records, ZohoCrmWriteOptions? options = null) =>
        ZohoCrmSync.GetCompletedResult(WriteAsync(WriteKind.Update, module, records, null, options, async: false, CancellationToken.None));

    /// <summary>
    /// Inserts or updates records matched on the duplicate-check fields (<c>POST /{module}/upsert</c>, 100 a call); one
    /// result per record, in order, whose <see cref="ZohoCrmRecordResult.Action"/> is <c>insert</c> or <c>update</c>. A
    /// call whose answer is lost is sent again.
    /// </summary>
    /// <param name="module">The module's API name.</param>
    /// <param name="records">The records; an id is not needed.</param>
    /// <param name="options">Triggers and duplicate-check fields (Zoho's defaults for the module when none).</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <exception cref="ZohoCrmWriteException">A call failed as a whole; its <see cref="ZohoCrmWriteException.Results"/> say which records were written.</exception>
    public Task<IReadOnlyList<ZohoCrmRecordResult>> UpsertAsync(string module, IReadOnlyList<ZohoCrmRecordValues> records, ZohoCrmWriteOptions? options = null,
        CancellationToken cancellationToken = default) =>
        WriteAsync(WriteKind.Upsert, module, records, null, options, async: true, cancellationToken);

    /// <summary>As <see cref="UpsertAsync"/>, synchronously.</summary>
    /// <param name="module">The module's API name.</param>
    /// <param name="records">The records; an id is not needed.</param>
    /// <param name="options">Triggers and duplicate-check fields (Zoho's defaults for the module when none).</param>
    /// <exception cref="ZohoCrmWriteException">A call failed as a whole; its <see cref="ZohoCrmWriteException.Results"/> say which records were written.</exception>
    public IReadOnlyList<ZohoCrmRecordResult> Upsert(string module, IReadOnlyList<ZohoCrmRecordValues> records, ZohoCrmWriteOptions? options = null) =>
        ZohoCrmSync.GetCompletedResult(WriteAsync(WriteKind.Upsert, module, records, null, options, async: false, CancellationToken.None));

    /// <summary>
    /// Deletes records (<c>DELETE /{module}?ids=</c>, 100 a call); one result per id, in order. A call whose answer is
    /// lost is sent again, and a record its resend finds gone counts as deleted.
    /// </summary>
    /// <param name="module">The module's API name.</param>
    /// <param name="ids">The ids of the records to delete.</param>
    /// <param name="options">Whether workflows run (<see cref="ZohoCrmWriteOptions.Trigger"/> containing <c>workflow</c>).</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <exception cref="ZohoCrmWriteException">A call failed as a whole; its <see cref="ZohoCrmWriteException.Results"/> say which records were deleted.</exception>
    public Task<IReadOnlyList<ZohoCrmRecordResult>> DeleteAsync(string module, IReadOnlyList<string> ids, ZohoCrmWriteOptions? options = null,
        CancellationToken cancellationToken = default) =>
        WriteAsync(WriteKind.Delete, module, null, ids, options, async: true, cancellationToken);

    /// <summary>As <see cref="DeleteAsync"/>, synchronously.</summary>
    /// <param name="module">The module's API name.</param>
    /// <param name="ids">The ids of the records to delete.</param>
    /// <param name="options">Whether workflows run (<see cref="ZohoCrmWriteOptions.Trigger"/> containing <c>workflow</c>).</param>
    /// <exception cref="ZohoCrmWriteException">A call failed as a whole; its <see cref="ZohoCrmWriteException.Results"/> say which records were deleted.</exception>
    public IReadOnlyList<ZohoCrmRecordResult> Delete(string module, IReadOnlyList<string> ids, ZohoCrmWriteOptions? options = null) =>
        ZohoCrmSync.GetCompletedResult(WriteAsync(WriteKind.Delete, module, null, ids, options, async: false, CancellationToken.None));

    /// <summary>
    /// Sends the write's calls. They do not depend on each other (one module, one kind, distinct records), so an
    /// asynchronous write keeps up to <see cref="MaxConcurrentCalls"/> of them in flight at once; a synchronous one
    /// sends them one after another on the caller's thread. A call that fails as a whole (after its resends) stops the
    /// calls not yet sent, which are then not written; the calls already on the wire finish and their records count.
    /// Inserts whose answer was lost are decided together once every call has settled (see <see cref="ReconcileLostInsertAsync"/>).
    /// With async false, synchronous I/O all the way (the task is complete on return) that the token still cancels: a
    /// synchronous statement is then bounded by its CommandTimeout as an asynchronous one is.
    /// </summary>
    internal async Task<IReadOnlyList<ZohoCrmRecordResult>> WriteAsync(WriteKind kind, string module, IReadOnlyList<ZohoCrmRecordValues>? records,
        IReadOnlyList<string>? ids, ZohoCrmWriteOptions? options, bool async, CancellationToken cancellationToken)
    {
        CheckName(module, nameof(module));
        var count = kind == WriteKind.Delete ? CheckIds(ids) : CheckRecords(kind, module, records);
        var recordsPerCall = CheckRecordsPerCall(options);
        // An insert with duplicate-check fields goes as an insert, so a record that already holds one of those values is
        // never overwritten by it; only a call whose answer was lost is sent again, as an upsert on those fields, which
        // finds the record the first attempt wrote instead of adding another.
        var resendAsUpsert = kind == WriteKind.Insert && options?.DuplicateCheckFields is { Count: > 0 };

        var json = records?.Select(r => r.ToJson()).ToList();
        var results = new ZohoCrmRecordResult?[count];
        var lostInserts = new List<(List<int> Call, DateTimeOffset SentAt, ZohoCrmException Failure)>();
        var gate = new object();
        (ZohoCrmException Failure, ZohoCrmException? ReadBackFailure)? stop = null;
        bool Stopped()
        {
            lock (gate)
            {
                return stop is not null;
            }
        }

        async Task SendCallAsync(List<int> call)
        {
            var sentAt = DateTimeOffset.UtcNow;
            IReadOnlyList<ZohoCrmRecordResult>? callResults = null;
            try
            {
                callResults = await SendWriteCallAsync(kind, module, call, json, ids, records, options, async, cancellationToken).ConfigureAwait(false);
                if (kind == WriteKind.Insert)
                {
                    NoteCreator(callResults);
                }
            }
            catch (ZohoCrmException failure)
            {
                var lost = MayHaveBeenApplied(failure);
                ZohoCrmException? resendFailure = null;
                if (lost && resendAsUpsert)
                {
                    try
                    {
                        callResults = await SendWriteCallAsync(WriteKind.Upsert, module, call, json, ids, records, options, async, cancellationToken).ConfigureAwait(false);
                    }
                    catch (ZohoCrmException e)
                    {
                        resendFailure = e;
                    }
                }
                else if (lost && kind == WriteKind.Insert)
                {
                    // Never sent again blindly: decided by what Zoho holds once the sibling calls have settled.
                    lock (gate)
                    {
                        lostInserts.Add((call, sentAt, failure));
                    }

                    return;
                }

                if (callResults is null)
                {
                    foreach (var index in call)
                    {
                        results[index] = lost ? AnswerLost(index) : NotWritten(index, ZohoCrmStrings.RecordNotWrittenCallFailed);
                    }

                    lock (gate)
                    {
                        stop ??= (failure, resendFailure);
                    }

                    return;
                }
            }

            for (var i = 0; i < call.Count; i++)
            {
                results[call[i]] = callResults[i] with { Index = call[i] };
            }
        }

        var calls = SplitIntoCalls(records, count, recordsPerCall);
        var concurrency = async && (kind != WriteKind.Upsert || UpsertCallsAreIndependent(calls, json!, options)) ? MaxConcurrentCalls : 1;
        var inFlight = new List<Task>();
        Exception? interrupted = null;
        var next = 0;
        while (next < calls.Count || inFlight.Count > 0)
        {
            while (next < calls.Count && inFlight.Count < concurrency && interrupted is null && !Stopped())
            {
                inFlight.Add(SendCallAsync(calls[next++]));
            }

            if (inFlight.Count == 0)
            {
                break;
            }

            // Synchronously the one call in flight has completed already.
            var settled = async ? await Task.WhenAny(inFlight).ConfigureAwait(false) : inFlight[0];
            inFlight.Remove(settled);
            if (settled.Exception?.InnerException is { } unexpected)
            {
                // Cancellation, or a failure that is not Zoho's: no further call is sent, and those on the wire are awaited
                // so none is left running unobserved.
                interrupted ??= unexpected;
            }
            else if (settled.IsCanceled)
            {
                interrupted ??= new OperationCanceledException(cancellationToken);
            }
        }

        if (interrupted is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(interrupted);
        }

        if (lostInserts.Count > 0)
        {
            await DecideLostInsertsAsync(module, records!, json!, results, lostInserts, async, cancellationToken, failure => stop ??= failure).ConfigureAwait(false);
        }

        if (stop is { } stopped)
        {
            throw StoppedPartWay(kind, module, results, stopped.Failure, stopped.ReadBackFailure);
        }

        return results!;
    }

    /// <summary>
    /// Decides the records of the insert calls whose answers were lost, all in one read-back after every call of the
    /// write settled: the records the other calls' answers returned are known, and each record read back is matched
    /// to at most one record sent, even when calls in flight together sent identical records.
    /// </summary>
    private async Task DecideLostInsertsAsync(string module, IReadOnlyList<ZohoCrmRecordValues> records, List<JObject> json, ZohoCrmRecordResult?[] results,
        List<(List<int> Call, DateTimeOffset SentAt, ZohoCrmException Failure)> lostInserts, bool async, CancellationToken cancellationToken,
        Action<(ZohoCrmException Failure, ZohoCrmException? ReadBackFailure)> stop)
    {
        var indices = lostInserts.SelectMany(l => l.Call).Order().ToList();
        var firstFailure = lostInserts.OrderBy(l => l.Call[0]).First().Failure;
        IReadOnlyList<ZohoCrmRecordResult> decided;
        try
        {
            decided = await ReconcileLostInsertAsync(module, indices, records, json, results, lostInserts.Min(l => l.SentAt),
                lostInserts.All(l => AbsenceIsFinal(l.Failure)), async, cancellationToken).ConfigureAwait(false);
        }
        catch (ZohoCrmException readBackFailure)
        {
            foreach (var index in indices)
            {
                results[index] = AnswerLost(index);
            }

            stop((firstFailure, readBackFailure));
            return;
        }

        for (var i = 0; i < indices.Count; i++)
        {
            results[indices[i]] = decided[i] with { Index = indices[i] };
        }
    }

    /// <summary>
    /// Whether an upsert's calls may be in flight together: only when its duplicate-check fields are named and no value
    /// of them (ignoring case) is in two calls. Otherwise a later call may have to find the record an earlier one
    /// inserts (Zoho's default fields are not known here), so the calls go one after another.
    /// </summary>
    private static bool UpsertCallsAreIndependent(List<List<int>> calls, List<JObject> json, ZohoCrmWriteOptions? options)
    {
        if (options?.DuplicateCheckFields is not { Count: > 0 } fields)
        {
            return false;
        }

        var callOf = new Dictionary<(string Field, string Value), int>();
        for (var c = 0; c < calls.Count; c++)
        {
            foreach (var index in calls[c])
            {
                foreach (var field in fields)
                {
                    if (json[index][field] is not { Type: not JTokenType.Null } value)
                    {
                        continue;
                    }

                    var key = (field, value.ToString(Formatting.None).ToUpperInvariant());
                    if (callOf.TryGetValue(key, out var other) && other != c)
                    {
                        return false;
                    }

                    callOf[key] = c;
                }
            }
        }

        return true;
    }

    private static int CheckRecordsPerCall(ZohoCrmWriteOptions? options) => options?.RecordsPerCall switch
    {
        null => MaxRecordsPerWrite,
        >= 1 and <= MaxRecordsPerWrite and var perCall => perCall,
        var perCall => throw new ArgumentException(ZohoCrmStrings.RecordsPerCallOutOfRange(perCall.Value), nameof(options)),
    };

    private static int CheckIds(IReadOnlyList<string>? ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        foreach (var id in ids)
        {
            CheckId(id, nameof(ids));
        }

        return ids.Count;
    }

    private static int CheckRecords(WriteKind kind, string module, IReadOnlyList<ZohoCrmRecordValues>? records)
    {
        ArgumentNullException.ThrowIfNull(records);
        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i] ?? throw new ArgumentException(ZohoCrmStrings.WriteRecordNull(module, i), nameof(records));
            if (kind == WriteKind.Update && string.IsNullOrEmpty(record.Id))
            {
                throw new ArgumentException(ZohoCrmStrings.UpdateWithoutId(module, i), nameof(records));
            }

            if (kind == WriteKind.Update && !record.Id!.All(char.IsAsciiDigit))
            {
                throw new ArgumentException(ZohoCrmStrings.InvalidRecordId(record.Id!), nameof(records));
            }

            if (kind != WriteKind.Update && record.IfUnmodifiedSince is not null)
            {
                throw new ArgumentException(ZohoCrmStrings.IfUnmodifiedSinceOnUpdatesOnly(module, i), nameof(records));
            }
        }

        return records.Count;
    }

    /// <summary>The records' indices per call: at most <paramref name="recordsPerCall"/> a call, and a conditional update alone in its call (the header is per call).</summary>
    private static List<List<int>> SplitIntoCalls(IReadOnlyList<ZohoCrmRecordValues>? records, int count, int recordsPerCall)
    {
        var calls = new List<List<int>>();
        List<int>? current = null;
        for (var i = 0; i < count; i++)
        {
            if (records?[i].IfUnmodifiedSince is not null)
            {
                calls.Add([i]);
                continue;
            }

            if (current is null || current.Count == recordsPerCall)
            {
                current = [];
                calls.Add(current);
            }

            current.Add(i);
        }

        return calls;
    }

    private async Task<IReadOnlyList<ZohoCrmRecordResult>> SendWriteCallAsync(WriteKind kind, string module, List<int> call, List<JObject>? json,
        IReadOnlyList<string>? ids, IReadOnlyList<ZohoCrmRecordValues>? records, ZohoCrmWriteOptions? options, bool async, CancellationToken cancellationToken)
    {
        using var request = kind == WriteKind.Delete
            ? new HttpRequestMessage(HttpMethod.Delete, Url(Uri.EscapeDataString(module),
                ("ids", string.Join(',', call.Select(i => ids![i]))),
                ("wf_trigger", options?.Trigger is { } trigger ? (trigger.Contains("workflow") ? "true" : "false") : null)))
            : new HttpRequestMessage(kind == WriteKind.Update ? HttpMethod.Put : HttpMethod.Post,
                Url(Uri.EscapeDataString(module) + (kind == WriteKind.Upsert ? "/upsert" : "")))
            {
                Content = Json(w => WriteBody(w, call.Select(i => json![i]), options, upsert: kind == WriteKind.Upsert)),
            };
        if (kind != WriteKind.Insert)
        {
            // Applying an update, a delete or an upsert twice leaves the same state: the pipeline may resend it, and
            // reads the whole answer inside its retries so a cut body is asked again too.
            request.MarkAsIdempotent();
            request.Options.Set(ZohoCrmRetryHandler.ReadWholeBody, true);
        }

        if (kind == WriteKind.Update && records![call[0]].IfUnmodifiedSince is { } since)
        {
            request.Headers.TryAddWithoutValidation("If-Unmodified-Since", ZohoCrmDateTimes.FormatDateTime(since));
        }

        var what = request.Method.Method + " " + request.RequestUri!.AbsolutePath;
        using var response = await SendAsync(request, async, cancellationToken).ConfigureAwait(false);
        // 200/201 all done, 207 mixed, 400 all failed, 412 all changed since If-Unmodified-Since: per-record results are in data.
        if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.Created or HttpStatusCode.MultiStatus or HttpStatusCode.BadRequest
            or HttpStatusCode.PreconditionFailed))
        {
            throw await ZohoCrmErrorResponse.ReadAsync(request, response, async, cancellationToken).ConfigureAwait(false);
        }

        var body = await ReadObjectAsync(response, what, async, cancellationToken).ConfigureAwait(false);
        var resent = request.WasSentMoreThanOnce();
        if (body?["data"] is not JArray data)
        {
            if (response.StatusCode == HttpStatusCode.PreconditionFailed
                && string.Equals(body?.Value<string?>("code"), "ALREADY_MODIFIED", StringComparison.OrdinalIgnoreCase))
            {
                // The header's answer as an envelope rather than per record: it concerns the call's one record.
                return call.Select(i => ResultOf(kind, body!, i, resent)).ToList();
            }

            // A request-level failure: an envelope, not per-record results.
            throw ZohoCrmErrorResponse.FromBody(request, response.StatusCode, body?.ToString(Formatting.None) ?? "");
        }

        if (data.Count != call.Count)
        {
            throw new ZohoCrmException(ZohoCrmStrings.WriteResultCountMismatch(what, call.Count, data.Count), "MALFORMED_RESPONSE", response.StatusCode);
        }

        var results = new ZohoCrmRecordResult[call.Count];
        for (var i = 0; i < call.Count; i++)
        {
            if (data[i] is not JObject item || item.Value<string?>("code") is null)
            {
                throw new ZohoCrmException(ZohoCrmStrings.WriteResultMalformed(what, i), "MALFORMED_RESPONSE", response.StatusCode);
            }

            results[i] = ResultOf(kind, item, call[i], resent);
        }

        return results;
    }

    private static void WriteBody(JsonWriter writer, IEnumerable<JObject> records, ZohoCrmWriteOptions? options, bool upsert)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("data");
        writer.WriteStartArray();
        foreach (var record in records)
        {
            record.WriteTo(writer);
        }

        writer.WriteEndArray();
        if (options?.Trigger is { } trigger)
        {
            writer.WritePropertyName("trigger");
            WriteStrings(writer, trigger);
        }

        if (upsert && options?.DuplicateCheckFields is { Count: > 0 } duplicateCheck)
        {
            writer.WritePropertyName("duplicate_check_fields");
            WriteStrings(writer, duplicateCheck);
        }

        writer.WriteEndObject();
    }

    /// <summary>One record's answer, its status decided by its code.</summary>
    private static ZohoCrmRecordResult ResultOf(WriteKind kind, JObject item, int index, bool resent)
    {
        var code = item.Value<string?>("code") ?? "";
        var details = item["details"] as JObject;
        var status = string.Equals(item.Value<string?>("status"), "success", StringComparison.OrdinalIgnoreCase)
            ? ZohoCrmWriteStatus.Success
            : string.Equals(code, "ALREADY_MODIFIED", StringComparison.OrdinalIgnoreCase)
                // On a resend the record may have changed by our own first attempt.
                ? (resent ? ZohoCrmWriteStatus.Unknown : ZohoCrmWriteStatus.Conflict)
                : IsNotFound(kind, code, details, item.Value<string?>("message"))
                    // A delete whose first attempt was applied finds the record gone when sent again.
                    ? (kind == WriteKind.Delete && resent ? ZohoCrmWriteStatus.Success : ZohoCrmWriteStatus.NotFound)
                    : ZohoCrmWriteStatus.Refused;
        var jsonPath = details?.Value<string?>("json_path");
        return new ZohoCrmRecordResult
        {
            Index = index,
            Status = status,
            Code = code,
            Message = item.Value<string?>("message"),
            Field = details?.Value<string?>("api_name") ?? (jsonPath is null ? null : jsonPath[(jsonPath.LastIndexOf('.') + 1)..]),
            Id = details?["id"] is { Type: JTokenType.String or JTokenType.Integer } id ? id.ToString() : null,
            Action = item.Value<string?>("action"),
            DuplicateField = item.Value<string?>("duplicate_field"),
            Details = ZohoCrmJsonValues.ToDictionary(details),
        };
    }

    /// <summary>
    /// Zoho answers an update or delete of a missing record with <c>RECORD_NOT_FOUND</c>, or <c>INVALID_DATA</c> naming
    /// the id alone (a bad lookup id also names its field in <c>api_name</c>, and is not a missing record).
    /// </summary>
    private static bool IsNotFound(WriteKind kind, string code, JObject? details, string? message) =>
        kind is WriteKind.Update or WriteKind.Delete
        && (string.Equals(code, "RECORD_NOT_FOUND", StringComparison.OrdinalIgnoreCase)
            || (string.Equals(code, "INVALID_DATA", StringComparison.OrdinalIgnoreCase)
                && details?["id"] is not null && details["api_name"] is null
                && (kind == WriteKind.Delete || message?.Contains("invalid", StringComparison.OrdinalIgnoreCase) == true)));

    /// <summary>
    /// Whether the failed call may have reached Zoho and been applied: its connection dropped after sending, it timed
    /// out, its answer was cut or unreadable, or Zoho answered a server error. A call refused by Zoho, or never sent
    /// (the connection failed first), was not applied.
    /// </summary>
    private static bool MayHaveBeenApplied(ZohoCrmException e) => e.Code switch
    {
        "TIMEOUT" or "TRUNCATED_RESPONSE" or "MALFORMED_RESPONSE" => true,
        "CONNECTION_FAILED" => e.InnerException is not HttpRequestException
        {
            HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.ProxyTunnelError,
        },
        _ => e.StatusCode is >= HttpStatusCode.InternalServerError,
    };

    private static ZohoCrmRecordResult NotWritten(int index, string message) =>
        new() { Index = index, Status = ZohoCrmWriteStatus.NotWritten, Code = "NOT_WRITTEN", Message = message };

    private static ZohoCrmRecordResult AnswerLost(int index) =>
        new() { Index = index, Status = ZohoCrmWriteStatus.Unknown, Code = "ANSWER_LOST", Message = ZohoCrmStrings.RecordAnswerLost };

    /// <summary>The exception for a write stopped at a failed call: the records not yet sent are not written.</summary>
    private static ZohoCrmWriteException StoppedPartWay(WriteKind kind, string module, ZohoCrmRecordResult?[] results, ZohoCrmException failure,
        ZohoCrmException? readBackFailure = null)
    {
        for (var i = 0; i < results.Length; i++)
        {
            results[i] ??= NotWritten(i, ZohoCrmStrings.RecordNotWrittenEarlierCallFailed);
        }

        var all = results.Select(r => r!).ToList();
        var operation = kind.ToString().ToLowerInvariant();
        var reason = readBackFailure is null ? failure.Message : ZohoCrmStrings.ReadBackFailed(failure.Message, readBackFailure.Message);
        var message = ZohoCrmStrings.WriteStoppedPartWay(operation, module, all.Count(r => r.IsSuccess), all.Count, reason,
            Ranges(all, ZohoCrmWriteStatus.NotWritten), Ranges(all, ZohoCrmWriteStatus.Unknown));
        return new ZohoCrmWriteException(message, all, failure.Code, failure.StatusCode, failure.IsTransient, failure);
    }

    /// <summary>The indices of the records with <paramref name="status"/>, as ranges (<c>100-199, 250</c>), or <c>none</c>.</summary>
    private static string Ranges(IReadOnlyList<ZohoCrmRecordResult> results, ZohoCrmWriteStatus status)
    {
        var parts = new List<string>();
        for (var i = 0; i < results.Count; i++)
        {
            if (results[i].Status != status)
            {
                continue;
            }

            var start = i;
            while (i + 1 < results.Count && results[i + 1].Status == status)
            {
                i++;
            }

            parts.Add(start == i ? start.ToString(System.Globalization.CultureInfo.InvariantCulture) : FormattableString.Invariant($"{start}-{i}"));
        }

        return parts.Count == 0 ? "none" : string.Join(", ", parts);
    }
}

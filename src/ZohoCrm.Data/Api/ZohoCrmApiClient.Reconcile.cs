using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ZohoCrm.Data.Api.Internal;
using ZohoCrm.Data.Internal;
using ZohoCrm.Data.Metadata;
using ZohoCrm.Data.Properties;

namespace ZohoCrm.Data.Api;

// An insert whose answer was lost is never sent again blindly: the records Zoho created for this user since shortly
// before the call was sent are read back and matched to the call's records by their written values.
public sealed partial class ZohoCrmApiClient
{
    /// <summary>
    /// How far before the send time, on Zoho's clock (our clock corrected by the <c>Date</c> of Zoho's answers), the
    /// read-back looks: that clock is known to a second or so, and Zoho's times have whole seconds.
    /// </summary>
    private static readonly TimeSpan ReconcileMargin = TimeSpan.FromSeconds(10);

    /// <summary>The margin before any answer from Zoho told its clock: our clock may be minutes off.</summary>
    private static readonly TimeSpan ReconcileMarginWithoutServerClock = TimeSpan.FromMinutes(5);

    /// <summary>At most this many pages (10,000 records created in the window) are read; past that, unmatched records stay unknown.</summary>
    private const int ReconcileMaxPages = 50;

    private const int ReconcilePageSize = 200;

    /// <summary>The list API returns at most 50 fields; the system fields take four of them.</summary>
    private const int ReconcileMaxWrittenFields = 46;

    private static readonly string[] SystemFields = ["Created_Time", "Created_By", "Modified_Time", "Modified_By"];

    /// <summary>
    /// After a timeout or a gateway's 502/503/504, Zoho may still be working on the call: a record not there yet may
    /// come. After a 500, a dropped connection or a cut answer, the call is over: what is not there was not written.
    /// </summary>
    private static bool AbsenceIsFinal(ZohoCrmException failure) =>
        failure.Code != "TIMEOUT"
        && failure.StatusCode is not (System.Net.HttpStatusCode.BadGateway or System.Net.HttpStatusCode.ServiceUnavailable or System.Net.HttpStatusCode.GatewayTimeout);

    /// <summary>
    /// Decides each record of the insert calls whose answers were lost (<paramref name="call"/>: their records' indices): found among the records the connection's user
    /// created since <paramref name="sentAt"/> (less a margin) with the same written values, it is
    /// <see cref="ZohoCrmWriteStatus.Success"/> with its id and system fields; absent, <see cref="ZohoCrmWriteStatus.NotWritten"/>;
    /// matched by more candidates than records, <see cref="ZohoCrmWriteStatus.Unknown"/>. The ids in <paramref name="known"/>
    /// (the other calls' answers) are no candidates, and a candidate matches at most one record. Reads with the records list
    /// API sorted by <c>Created_Time</c>, which, unlike COQL and search, has no filter lag: usually one call.
    /// </summary>
    private async Task<IReadOnlyList<ZohoCrmRecordResult>> ReconcileLostInsertAsync(string module, List<int> call, IReadOnlyList<ZohoCrmRecordValues> records,
        List<JObject> json, ZohoCrmRecordResult?[] known, DateTimeOffset sentAt, bool absenceIsFinal, bool async, CancellationToken cancellationToken)
    {
        var creator = await GetCurrentUserIdAsync(async, cancellationToken).ConfigureAwait(false);
        var fields = call.SelectMany(i => records[i].Values)
            .Where(v => v.Type.IsColumnType)
            .Select(v => v.Field)
            .Where(f => !SystemFields.Contains(f, StringComparer.OrdinalIgnoreCase))
            .Distinct(StringComparer.Ordinal)
            .Take(ReconcileMaxWrittenFields)
            .ToList();
        var types = call.SelectMany(i => records[i].Values).GroupBy(v => v.Field, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Type, StringComparer.Ordinal);
        var alreadyMatched = known.Where(r => r?.Id is not null).Select(r => r!.Id!).ToHashSet(StringComparer.Ordinal);

        // The user's records created in the window, newest first, that no earlier call of this write accounts for.
        var candidates = new List<JObject>();
        var complete = false;
        string? pageToken = null;
        for (var page = 1; page <= ReconcileMaxPages && !complete; page++)
        {
            var request = Get(Uri.EscapeDataString(module),
                ("fields", string.Join(',', fields.Concat(SystemFields))),
                ("sort_by", "Created_Time"),
                ("sort_order", "desc"),
                ("per_page", ReconcilePageSize.ToString(CultureInfo.InvariantCulture)),
                // Page numbers reach 2,000 records; a page token goes further.
                pageToken is null ? ("page", page.ToString(CultureInfo.InvariantCulture)) : ("page_token", pageToken));
            using var reader = await SendForPageAsync(request, "data", async, cancellationToken).ConfigureAwait(false);
            // Decided once an answer has told Zoho's clock (this one at the latest).
            var since = _state.ServerClockOffset is { } offset ? sentAt + offset - ReconcileMargin : sentAt - ReconcileMarginWithoutServerClock;
            while (reader.Read())
            {
                var record = reader.ReadRecord();
                if (record.Value<string?>("Created_Time") is not { } createdText || !ZohoCrmDateTimes.TryParseDateTime(createdText, out var created))
                {
                    continue;
                }

                if (created < since)
                {
                    complete = true;
                    break;
                }

                if (IdOf(record["Created_By"]) == creator && IdOf(record["id"]) is { } id && !alreadyMatched.Contains(id))
                {
                    candidates.Add(record);
                }
            }

            complete |= reader.Info is not { MoreRecords: true } || reader.RecordsRead == 0;
            pageToken = reader.Info?.NextPageToken;
        }

        // Records with the same written values are told apart by count only: k identical records take at most k
        // candidates (more make them all unknown), and those left over were not written.
        var groups = call.Select((index, position) => (index, position, Key: Signature(json[index], fields, types)))
            .GroupBy(r => r.Key, StringComparer.Ordinal)
            .ToList();
        var matches = groups.ToDictionary(g => g.Key, g => candidates.Where(c => Matches(c, json[g.First().index], fields, types)).ToList(), StringComparer.Ordinal);
        var claimedTwice = matches.Values.SelectMany(m => m).GroupBy(c => IdOf(c["id"])).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        var claimed = matches.Values.SelectMany(m => m).Select(c => IdOf(c["id"])).ToHashSet();
        var results = new ZohoCrmRecordResult[call.Count];
        foreach (var group in groups)
        {
            var found = matches[group.Key];
            var members = group.ToList();
            if (found.Count > members.Count || found.Any(c => claimedTwice.Contains(IdOf(c["id"]))))
            {
                // More records hold these values than were sent: which (if any) are these is unknown.
                foreach (var member in members)
                {
                    results[member.position] = Unknown(member.index, ZohoCrmStrings.RecordAmbiguousAfterLostAnswer(found.Count));
                }

                continue;
            }

            // Identical records are interchangeable (the lost calls of one write may hold several, some written, some
            // not): the records found are theirs, and Zoho's ids ascend with creation, so the earlier record takes the
            // earlier id.
            var ordered = found.OrderBy(c => IdOf(c["id"])!.Length).ThenBy(c => IdOf(c["id"]), StringComparer.Ordinal).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                results[members[i].position] = Found(members[i].index, ordered[i]);
            }

            if (ordered.Count == members.Count)
            {
                continue;
            }

            // Zoho may store a value other than the one written (a rounded amount, a formatted phone, a website given a
            // scheme): a record that nearly matches makes an absence unproven, so the rest are not called NotWritten.
            var nearly = candidates.Count(c => !claimed.Contains(IdOf(c["id"])) && NearlyMatches(c, json[members[0].index], fields, types));
            foreach (var member in members.Skip(ordered.Count))
            {
                results[member.position] = nearly == 0 && complete && absenceIsFinal
                    ? NotWritten(member.index, ZohoCrmStrings.RecordNotFoundAfterLostAnswer)
                    : Unknown(member.index, nearly > 0 ? ZohoCrmStrings.RecordNearlyMatchedAfterLostAnswer(nearly)
                        : complete ? ZohoCrmStrings.RecordNotFoundYetAfterLostAnswer
                        : ZohoCrmStrings.RecordAnswerLost);
            }
        }

        return results;
    }

    private static ZohoCrmRecordResult Unknown(int index, string message) =>
        new() { Index = index, Status = ZohoCrmWriteStatus.Unknown, Code = "ANSWER_LOST", Message = message };

    private static ZohoCrmRecordResult Found(int index, JObject record)
    {
        var details = new JObject { ["id"] = record["id"]?.DeepClone() };
        foreach (var field in SystemFields)
        {
            if (record[field] is { } value)
            {
                details[field] = value.DeepClone();
            }
        }

        return new ZohoCrmRecordResult
        {
            Index = index,
            Status = ZohoCrmWriteStatus.Success,
            Code = "SUCCESS",
            Message = ZohoCrmStrings.RecordFoundAfterLostAnswer,
            Id = IdOf(record["id"]),
            Details = ZohoCrmJsonValues.ToDictionary(details),
        };
    }

    private static bool Matches(JObject candidate, JObject written, List<string> fields, Dictionary<string, ZohoCrmFieldTypeInfo> types) =>
        fields.Where(written.ContainsKey).All(f => Canonical(candidate[f], types[f]) == Canonical(written[f], types[f]));

    /// <summary>
    /// Whether every written value is nearly what the candidate holds: text equal once case, spaces, punctuation and a
    /// website's scheme are ignored; numbers within a cent or 1%; date-times within a second.
    /// </summary>
    private static bool NearlyMatches(JObject candidate, JObject written, List<string> fields, Dictionary<string, ZohoCrmFieldTypeInfo> types) =>
        fields.Where(written.ContainsKey).All(f => Nearly(Canonical(candidate[f], types[f]), Canonical(written[f], types[f]), types[f]));

    private static bool Nearly(string? stored, string? written, ZohoCrmFieldTypeInfo type)
    {
        if (stored == written)
        {
            return true;
        }

        if (stored is null || written is null)
        {
            return false;
        }

        if (type.ClrType == typeof(decimal) || type.ClrType == typeof(int) || type.ClrType == typeof(long) && !type.IsLookup)
        {
            return decimal.TryParse(stored, NumberStyles.Float, CultureInfo.InvariantCulture, out var a)
                && decimal.TryParse(written, NumberStyles.Float, CultureInfo.InvariantCulture, out var b)
                && Math.Abs(a - b) <= Math.Max(0.01m, Math.Abs(b) / 100);
        }

        if (type.ClrType == typeof(DateTimeOffset))
        {
            return long.TryParse(stored, out var a) && long.TryParse(written, out var b) && Math.Abs(a - b) <= TimeSpan.TicksPerSecond;
        }

        return LettersAndDigits(stored) == LettersAndDigits(written);
    }

    /// <summary>Text without case, spaces, punctuation or a website's scheme and <c>www.</c>.</summary>
    private static string LettersAndDigits(string text)
    {
        foreach (var prefix in (string[])["https://", "http://", "www."])
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                text = text[prefix.Length..];
            }
        }

        return new string(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
    }

    private static string Signature(JObject written, List<string> fields, Dictionary<string, ZohoCrmFieldTypeInfo> types) =>
        string.Join('\u001e', fields.Where(written.ContainsKey).Select(f => f + "=" + Canonical(written[f], types[f])));

    /// <summary>
    /// A value as the field's type reads it, in one text form, so that what was written and what Zoho returns compare
    /// equal: a lookup as its id, a date-time as its instant, a number without trailing zeros, a multi-select as its
    /// sorted values, an empty text or list as no value.
    /// </summary>
    private static string? Canonical(JToken? token, ZohoCrmFieldTypeInfo type)
    {
        switch (token)
        {
            case null or { Type: JTokenType.Null or JTokenType.Undefined }:
                return null;
            case JObject lookup when type.IsLookup:
                return IdOf(lookup);
            case JArray array:
                var items = array.Select(item => Canonical(item, ZohoCrmFieldTypeInfo.Of(ZohoCrmFieldType.Text))).Where(item => item is not null).Order(StringComparer.Ordinal).ToList();
                return items.Count == 0 ? null : string.Join('\u001f', items);
            case JObject other:
                return other.ToString(Formatting.None);
            case JValue value:
                var jsonToken = value.Type switch
                {
                    JTokenType.Integer => JsonToken.Integer,
                    JTokenType.Float => JsonToken.Float,
                    JTokenType.Boolean => JsonToken.Boolean,
                    _ => JsonToken.String,
                };
                var read = type.ReadJson(jsonToken, jsonToken == JsonToken.String ? Convert.ToString(value.Value, CultureInfo.InvariantCulture) : value.Value);
                return read switch
                {
                    null => null,
                    string { Length: 0 } => null,
                    string text => text,
                    DateTimeOffset instant => instant.UtcTicks.ToString(CultureInfo.InvariantCulture),
                    DateOnly date => ZohoCrmDateTimes.FormatDate(date),
                    bool flag => flag ? "true" : "false",
                    decimal or double or float or long or int => Convert.ToDecimal(read, CultureInfo.InvariantCulture).ToString("G29", CultureInfo.InvariantCulture),
                    _ => Convert.ToString(read, CultureInfo.InvariantCulture),
                };
            default:
                return token.ToString(Formatting.None);
        }
    }

    /// <summary>An id as text: a string or number, or a lookup object's <c>id</c>.</summary>
    private static string? IdOf(JToken? token) => token switch
    {
        JObject lookup => IdOf(lookup["id"]),
        JValue { Type: JTokenType.String or JTokenType.Integer } value => Convert.ToString(value.Value, CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>The id of the user the token belongs to (<c>GET /users?type=CurrentUser</c>, once per client; a write's <c>Created_By</c> gives it too).</summary>
    private async Task<string> GetCurrentUserIdAsync(bool async, CancellationToken cancellationToken)
    {
        if (_state.UserId is { } known)
        {
            return known;
        }

        var users = await ReadItemsAsync(Get("users", ("type", "CurrentUser")), "users", async, cancellationToken).ConfigureAwait(false);
        var id = users.Select(u => IdOf(u["id"])).FirstOrDefault(i => i is not null)
            ?? throw new ZohoCrmException(ZohoCrmStrings.EmptyResponse("GET /users?type=CurrentUser"), "MALFORMED_RESPONSE");
        _state.UserId = id;
        return id;
    }

    /// <summary>Remembers the creator a successful insert names, so a later reconciliation needs no users call.</summary>
    private void NoteCreator(IReadOnlyList<ZohoCrmRecordResult> results)
    {
        if (_state.UserId is null
            && results.FirstOrDefault(r => r.IsSuccess)?.Details.GetValueOrDefault("Created_By") is IReadOnlyDictionary<string, object?> creator
            && creator.GetValueOrDefault("id") is { } id)
        {
            _state.UserId = Convert.ToString(id, CultureInfo.InvariantCulture);
        }
    }

    /// <summary>What a client learns from Zoho's answers, shared by the copies of a client that act for the same user.</summary>
    private sealed class ClientState
    {
        private long _serverClockOffsetTicks = long.MinValue;

        /// <summary>The id of the user the calls act for.</summary>
        public string? UserId { get; set; }

        /// <summary>Zoho's clock less ours, from the <c>Date</c> of the latest answer; null before any answer had one.</summary>
        public TimeSpan? ServerClockOffset
        {
            get => Interlocked.Read(ref _serverClockOffsetTicks) is var ticks && ticks != long.MinValue ? TimeSpan.FromTicks(ticks) : null;
            set => Interlocked.Exchange(ref _serverClockOffsetTicks, value?.Ticks ?? long.MinValue);
        }
    }
}

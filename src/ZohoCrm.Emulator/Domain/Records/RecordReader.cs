using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using ZohoCrm.Emulator.Domain.Errors;
using ZohoCrm.Emulator.Domain.Metadata;
using ZohoCrm.Emulator.Domain.Time;
using ZohoCrm.Emulator.Domain.Wire;

namespace ZohoCrm.Emulator.Domain.Records;

/// <summary>
/// Get Records (api.md §5): <c>fields</c> required (at most 50), <c>page</c>/<c>per_page</c> over the first 2,000
/// records, then <c>page_token</c> up to 100,000; sort by id, Created_Time or Modified_Time; <c>ids</c>;
/// If-Modified-Since. Page tokens continue after the last record served (keyset), so writes between pages neither
/// repeat nor skip records, and they are bound to the parameters they were issued for.
/// </summary>
public sealed class RecordReader
{
    public const int MaxFields = 50;
    public const int MaxPerPage = 200;
    public const int DiscretePageLimit = 2_000;
    public const int PageTokenLimit = 100_000;
    public static readonly TimeSpan PageTokenLifetime = TimeSpan.FromHours(24);

    private static readonly string[] SortFields = ["id", "Created_Time", "Modified_Time"];

    private readonly OrgSchema _schema;
    private readonly RecordStore _store;
    private readonly WireWriter _wire;
    private readonly EmulatorClock _clock;
    private readonly RecordWriter _writer;
    private readonly ConcurrentDictionary<string, PageToken> _tokens = new(StringComparer.Ordinal);
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<StoredRecord>, ConcurrentDictionary<string, StoredRecord[]>> _sortedViews = new();

    public RecordReader(OrgSchema schema, RecordStore store, WireWriter wire, EmulatorClock clock, RecordWriter writer)
    {
        _schema = schema;
        _store = store;
        _wire = wire;
        _clock = clock;
        _writer = writer;
    }

    /// <summary><c>GET {module}/{id}</c>: every field of the record, or 204 when it does not exist or was deleted.</summary>
    public RecordReadResult Get(string module, string id)
    {
        var definition = _writer.RequireModule(module);
        if (!RecordIdSequence.TryParse(id, out var recordId))
        {
            throw ZohoApiException.BadRequest("INVALID_DATA", "the id given seems to be invalid", new Dictionary<string, object?> { ["id"] = id });
        }

        if (_store.Find(definition.ApiName, recordId) is not { } record)
        {
            return RecordReadResult.NoContent;
        }

        var json = new JsonObject();
        foreach (var field in definition.Fields)
        {
            _wire.WriteField(json, field, record[field.ApiName]);
        }

        json["id"] = WireWriter.Id(record.Id);
        json["$approval_state"] = "approved";
        json["$editable"] = true;
        json["$locked_for_me"] = false;
        json["$currency_symbol"] = "$";
        return new RecordReadResult(200, new JsonObject { ["data"] = new JsonArray(json) });
    }

    /// <summary><c>GET {module}</c>.</summary>
    public RecordReadResult List(RecordListRequest request, bool strict = true)
    {
        var module = _writer.RequireModule(request.Module);
        var fields = ParseFields(module, request.Fields, strict);
        var perPage = ParsePositive(request.PerPage, "per_page", MaxPerPage) ?? MaxPerPage;
        var sortBy = ParseSortBy(request.SortBy);
        var descending = ParseSortOrder(request.SortOrder);
        var ids = ParseIds(request.Ids);
        if (!string.IsNullOrEmpty(request.Cvid))
        {
            throw ZohoApiException.BadRequest("INVALID_DATA", "the custom view id given seems to be invalid; the emulator has no custom views",
                new Dictionary<string, object?> { ["param_name"] = "cvid" });
        }

        DateTimeOffset? modifiedSince = null;
        if (request.IfModifiedSince is { } header)
        {
            modifiedSince = HeaderDates.TryParse(header, out var since)
                ? since
                : throw ZohoApiException.BadRequest("INVALID_DATA", "If-Modified-Since must be an ISO 8601 date-time with an offset, such as 2019-07-25T15:26:49+05:30",
                    new Dictionary<string, object?> { ["header_name"] = "If-Modified-Since" });
        }

        var binding = string.Join('\u001f', module.ApiName, string.Join(',', fields.Select(f => f.ApiName)), perPage, sortBy, descending,
            ids is null ? "" : string.Join(',', ids), modifiedSince?.UtcTicks);
        var page = ParsePositive(request.Page, "page", int.MaxValue);
        PageToken? token = null;
        if (!string.IsNullOrEmpty(request.PageToken))
        {
            if (page is not null)
            {
                throw ZohoApiException.BadRequest("AMBIGUITY_DURING_PROCESSING", "page and page_token cannot be given together",
                    new Dictionary<string, object?> { ["ambiguity_due_to"] = new List<object?> { "page", "page_token" } });
            }

            token = ResolveToken(request.PageToken, binding);
        }

        var pageNumber = page ?? 1;
        if (token is null && (long)pageNumber * perPage > DiscretePageLimit)
        {
            throw ZohoApiException.BadRequest("DISCRETE_PAGINATION_LIMIT_EXCEEDED", "You can only get the first 2000 records without using page_token param.",
                new Dictionary<string, object?> { ["limit"] = DiscretePageLimit });
        }

        bool Matches(StoredRecord r) =>
            (ids is null || ids.Contains(r.Id)) &&
            (modifiedSince is null || r["Modified_Time"] is DateTimeOffset modified && modified > modifiedSince);

        var ordered = Ordered(module.ApiName, sortBy);
        long delivered;
        int position;
        if (token is null)
        {
            delivered = (long)(pageNumber - 1) * perPage;
            position = descending ? ordered.Count - 1 : 0;
        }
        else
        {
            delivered = token.Delivered;
            pageNumber = (int)(delivered / perPage) + 1;
            position = FirstAfter(ordered, sortBy, token.LastKey, token.LastId, descending);
        }

        var take = (int)Math.Min(perPage, PageTokenLimit - delivered);
        var toSkip = token is null ? delivered : 0;
        var rows = new List<StoredRecord>(take);
        var more = false;
        for (var i = position; i >= 0 && i < ordered.Count; i += descending ? -1 : 1)
        {
            var record = ordered[i];
            if (!Matches(record))
            {
                continue;
            }

            if (toSkip > 0)
            {
                toSkip--;
            }
            else if (rows.Count < take)
            {
                rows.Add(record);
            }
            else
            {
                more = true;
                break;
            }
        }

        if (rows.Count == 0)
        {
            return modifiedSince is not null && !ordered.Any(Matches) ? RecordReadResult.NotModified : RecordReadResult.NoContent;
        }

        string? nextToken = null;
        DateTimeOffset? expiry = null;
        if (more)
        {
            var last = rows[^1];
            expiry = _clock.UtcNow + PageTokenLifetime;
            nextToken = IssueToken(new PageToken(binding, SortKey(last, sortBy), last.Id, delivered + rows.Count, expiry.Value));
        }

        var data = new JsonArray();
        foreach (var record in rows)
        {
            var json = new JsonObject();
            foreach (var field in fields)
            {
                _wire.WriteField(json, field, record[field.ApiName]);
            }

            json["id"] = WireWriter.Id(record.Id);
            data.Add(json);
        }

        return new RecordReadResult(200, new JsonObject
        {
            ["data"] = data,
            ["info"] = new JsonObject
            {
                ["call"] = false,
                ["per_page"] = perPage,
                ["next_page_token"] = nextToken,
                ["count"] = rows.Count,
                ["sort_by"] = sortBy,
                ["page"] = pageNumber,
                ["previous_page_token"] = token is null ? null : request.PageToken,
                ["page_token_expiry"] = expiry is { } e ? _wire.FormatDateTime(e) : null,
                ["sort_order"] = descending ? "desc" : "asc",
                ["email"] = false,
                ["more_records"] = more,
            },
        });
    }

    private PageToken ResolveToken(string text, string binding)
    {
        if (!_tokens.TryGetValue(text, out var token))
        {
            throw ZohoApiException.BadRequest("INVALID_DATA", "the page_token given seems to be invalid; take it from info.next_page_token of the previous page",
                new Dictionary<string, object?> { ["param_name"] = "page_token" });
        }

        if (token.Expires <= _clock.UtcNow)
        {
            _tokens.TryRemove(text, out _);
            throw ZohoApiException.BadRequest("EXPIRED_VALUE", "the page_token has expired; start again from the first page",
                new Dictionary<string, object?> { ["param_name"] = "page_token" });
        }

        if (token.Binding != binding)
        {
            throw ZohoApiException.BadRequest("TOKEN_BOUND_DATA_MISMATCH", "the page_token was issued for other parameters; send the same fields, per_page, sort, ids and If-Modified-Since as the first page",
                new Dictionary<string, object?> { ["param_name"] = "page_token" });
        }

        if (token.Delivered >= PageTokenLimit)
        {
            throw ZohoApiException.BadRequest("PAGINATION_LIMIT_EXCEEDED", "only the first 100000 records can be read through page_token; filter with COQL or use Bulk Read",
                new Dictionary<string, object?> { ["limit"] = PageTokenLimit });
        }

        return token;
    }

    private string IssueToken(PageToken token)
    {
        var now = _clock.UtcNow;
        foreach (var (key, old) in _tokens)
        {
            if (old.Expires <= now)
            {
                _tokens.TryRemove(key, out _);
            }
        }

        var text = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(40));
        _tokens[text] = token;
        return text;
    }

    private List<FieldDefinition> ParseFields(ModuleDefinition module, string? fields, bool strict)
    {
        var names = (fields ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (names.Length == 0)
        {
            throw ZohoApiException.BadRequest("REQUIRED_PARAM_MISSING", "One of the expected parameter is missing",
                new Dictionary<string, object?> { ["param_name"] = "fields" });
        }

        if (names.Length > MaxFields)
        {
            throw ZohoApiException.BadRequest("LIMIT_EXCEEDED", $"at most {MaxFields} fields can be requested at once",
                new Dictionary<string, object?> { ["limit"] = MaxFields, ["param_name"] = "fields" });
        }

        var result = new List<FieldDefinition>();
        foreach (var name in names)
        {
            if (name.Equals("id", StringComparison.OrdinalIgnoreCase) || name.StartsWith('$'))
            {
                continue;
            }

            var field = module.FindField(name);
            if (field is null)
            {
                if (strict)
                {
                    throw ZohoApiException.BadRequest("INVALID_DATA", $"the field api name given seems to be invalid: {module.ApiName} has no field '{name}'",
                        new Dictionary<string, object?> { ["api_name"] = name, ["param_name"] = "fields" });
                }

                continue;
            }

            if (!result.Contains(field))
            {
                result.Add(field);
            }
        }

        return result;
    }

    private static int? ParsePositive(string? text, string name, int maximum)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1 && value <= maximum
            ? value
            : throw ZohoApiException.BadRequest("INVALID_DATA", $"{name} must be a whole number from 1" + (maximum == int.MaxValue ? "" : $" to {maximum}"),
                new Dictionary<string, object?> { ["param_name"] = name });
    }

    private static string ParseSortBy(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "id";
        }

        return SortFields.FirstOrDefault(f => f.Equals(text, StringComparison.OrdinalIgnoreCase))
            ?? throw ZohoApiException.BadRequest("INVALID_DATA", "invalid data",
                new Dictionary<string, object?> { ["param_name"] = "sort_by", ["supported_values"] = SortFields.Cast<object?>().ToList() });
    }

    private static bool ParseSortOrder(string? text) => text?.ToLowerInvariant() switch
    {
        null or "" or "desc" => true,
        "asc" => false,
        _ => throw ZohoApiException.BadRequest("INVALID_DATA", "invalid data",
            new Dictionary<string, object?> { ["param_name"] = "sort_order", ["supported_values"] = new List<object?> { "asc", "desc" } }),
    };

    private static HashSet<long>? ParseIds(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var parts = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length > 100)
        {
            throw ZohoApiException.BadRequest("LIMIT_EXCEEDED", "at most 100 ids can be requested at once",
                new Dictionary<string, object?> { ["limit"] = 100, ["param_name"] = "ids" });
        }

        var ids = new HashSet<long>();
        foreach (var part in parts)
        {
            ids.Add(RecordIdSequence.TryParse(part, out var id)
                ? id
                : throw ZohoApiException.BadRequest("INVALID_DATA", "the id given seems to be invalid",
                    new Dictionary<string, object?> { ["param_name"] = "ids", ["id"] = part }));
        }

        return ids;
    }

    /// <summary>The module's records ascending by (sort key, id); sorted views are cached per store snapshot.</summary>
    private IReadOnlyList<StoredRecord> Ordered(string module, string sortBy)
    {
        var snapshot = _store.Scan(module);
        if (sortBy == "id")
        {
            return snapshot;
        }

        var views = _sortedViews.GetValue(snapshot, _ => new ConcurrentDictionary<string, StoredRecord[]>(StringComparer.Ordinal));
        return views.GetOrAdd(sortBy, key => snapshot.OrderBy(r => SortKey(r, key)).ThenBy(r => r.Id).ToArray());
    }

    /// <summary>Index of the first record after (lastKey, lastId) in the page order, or past the end.</summary>
    private static int FirstAfter(IReadOnlyList<StoredRecord> ordered, string sortBy, long lastKey, long lastId, bool descending)
    {
        // Binary search for the first index whose (key, id) is greater than the cursor in ascending order.
        int low = 0, high = ordered.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            var record = ordered[middle];
            var key = SortKey(record, sortBy);
            if (key < lastKey || key == lastKey && record.Id <= lastId)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        // Ascending continues at that index; descending continues just below the cursor itself.
        if (!descending)
        {
            return low;
        }

        var below = low - 1;
        while (below >= 0 && SortKey(ordered[below], sortBy) == lastKey && ordered[below].Id >= lastId)
        {
            below--;
        }

        return below;
    }

    private static long SortKey(StoredRecord record, string sortBy) =>
        sortBy == "id" ? record.Id : record[sortBy] is DateTimeOffset instant ? instant.UtcTicks : long.MinValue;

    private sealed record PageToken(string Binding, long LastKey, long LastId, long Delivered, DateTimeOffset Expires);
}

using System.Globalization;
using System.Net;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ZohoCrm.Data.Api.Internal;
using ZohoCrm.Data.Properties;

namespace ZohoCrm.Data.Api;

/// <summary>
/// Reads the records of one response page (<c>{"data":[...],"info":{...}}</c>) one at a time. The body is read whole
/// into pooled chunks when the page opens (a page holds at most 2,000 records), so reading records never waits on the
/// network and a body cut short fails before any of its records is read. After <see cref="ReadAsync"/> returns <see langword="true"/> the reader is on a
/// record: read it whole with <see cref="ReadRecordAsync"/>, or property by property with <see cref="ReadPropertyAsync"/>
/// and the values under <see cref="Json"/> (no allocation per record beyond the values). A record not read to its end
/// is skipped by the next <see cref="ReadAsync"/>.
/// </summary>
/// <remarks>
/// Values come as Zoho wrote them: <see cref="DateParseHandling.None"/> keeps dates and datetimes as strings with their
/// offsets, <see cref="FloatParseHandling.Decimal"/> keeps currency exact. A body that ends early, or that is not the JSON
/// Zoho sends, raises a <see cref="ZohoCrmException"/> when it is reached: a page is never passed off as complete unless
/// its last byte was read and its <c>info.count</c> agrees. 204 and 304 answers are empty pages.
/// </remarks>
public sealed class ZohoCrmRecordPageReader : IAsyncDisposable, IDisposable
{
    private readonly HttpResponseMessage? _response;
    private readonly JsonTextReader? _json;
    private readonly ZohoCrmPropertyNameTable _names = new();
    private readonly string _arrayName;
    private readonly string _source;
    private State _state;
    private int _recordDepth;
    private int _records;
    private string? _propertyName;
    private ZohoCrmException? _failure;
    private bool _disposed;

    private ZohoCrmRecordPageReader(HttpResponseMessage? response, TextReader? body, string arrayName, string source)
    {
        _response = response;
        _arrayName = arrayName;
        _source = source;
        if (body is null)
        {
            _state = State.Done;
            Info = new ZohoCrmPageInfo { Count = 0, MoreRecords = false };
            return;
        }

        _json = new JsonTextReader(body)
        {
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Decimal,
            Culture = CultureInfo.InvariantCulture,
            CloseInput = true,
            MaxDepth = 64,
            PropertyNameTable = _names,
        };
    }

    private enum State { Start, InArray, AfterArray, Done }

    /// <summary>The HTTP status Zoho answered with (204 and 304 for empty pages).</summary>
    public HttpStatusCode StatusCode => _response?.StatusCode ?? HttpStatusCode.NoContent;

    /// <summary>The JSON reader; on a record's <c>StartObject</c> after <see cref="ReadAsync"/>, on a value after <see cref="ReadPropertyAsync"/>.</summary>
    /// <remarks>Move it only through this class (<see cref="ReadTokenAsync"/>), so a broken body becomes a <see cref="ZohoCrmException"/>.</remarks>
    public JsonReader Json => _json ?? throw new InvalidOperationException(ZohoCrmStrings.PageReaderHasNoRecord);

    /// <summary>How many records were reached so far.</summary>
    public int RecordsRead => _records;

    /// <summary>The page's <c>info</c>; complete once <see cref="ReadAsync"/> returned <see langword="false"/>.</summary>
    public ZohoCrmPageInfo? Info { get; private set; }

    /// <summary>The name of the current property after <see cref="ReadPropertyAsync"/>.</summary>
    /// <remarks>Within a page a name is the same string instance in every record, so callers can cache by reference.</remarks>
    public string PropertyName => _propertyName ?? "";

    internal static ZohoCrmRecordPageReader Empty(HttpResponseMessage? response, string source) => new(response, null, "data", source);

    internal static Task<ZohoCrmRecordPageReader> OpenAsync(HttpResponseMessage response, string arrayName, string source, CancellationToken cancellationToken) =>
        OpenAsync(response, arrayName, source, async: true, cancellationToken);

    internal static async Task<ZohoCrmRecordPageReader> OpenAsync(HttpResponseMessage response, string arrayName, string source, bool async,
        CancellationToken cancellationToken)
    {
        if (response.StatusCode is HttpStatusCode.NoContent or HttpStatusCode.NotModified)
        {
            response.Dispose();
            return Empty(response, source);
        }

        // Every page is read whole before its first record: by the pipeline's retries (which ask again when the body
        // is cut short), or here when the client is not the provider's pipeline.
        if (response.Content is not ZohoCrmPooledContent)
        {
            try
            {
                response.Content = await ZohoCrmPooledContent.LoadAsync(response.Content, async, cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException e)
            {
                throw new ZohoCrmException(ZohoCrmStrings.ResponseTruncated(source, 0), code: "TRUNCATED_RESPONSE", statusCode: response.StatusCode,
                    isTransient: true, innerException: e);
            }
        }

        return new ZohoCrmRecordPageReader(response, ((ZohoCrmPooledContent)response.Content).CreateTextReader(), arrayName, source);
    }

    /// <summary>Moves to the next record; <see langword="false"/> when the page has no more (and the body was read to its end).</summary>
    public Task<bool> ReadAsync(CancellationToken cancellationToken = default) => Completed(Read, cancellationToken);

    /// <summary>Synchronous <see cref="ReadAsync"/>.</summary>
    public bool Read()
    {
        // The common step, from the end of a record read whole to the start of the next, without the general loop.
        var json = _json;
        if (_state == State.InArray && json is not null && json.TokenType == JsonToken.EndObject && json.Depth == _recordDepth && _records > 0)
        {
            RequireNext();
            if (json.TokenType == JsonToken.StartObject)
            {
                _records++;
                _names.StartRecord();
                return true;
            }

            if (json.TokenType != JsonToken.EndArray)
            {
                throw Malformed(null);
            }

            // After the array only the root's other properties remain (info): reading them ends the page.
            _state = State.AfterArray;
            ReadRootProperties();
            return false;
        }

        return ReadCore();
    }

    /// <summary>Reads the current record whole (and leaves the reader at its end).</summary>
    public Task<JObject> ReadRecordAsync(CancellationToken cancellationToken = default) => Completed(ReadRecord, cancellationToken);

    /// <summary>Synchronous <see cref="ReadRecordAsync"/>.</summary>
    public JObject ReadRecord()
    {
        EnsureOnRecordStart();
        try
        {
            return (JObject)JToken.ReadFrom(_json!);
        }
        catch (JsonReaderException e)
        {
            throw FromReaderException(e);
        }
        catch (Exception e) when (e is IOException or HttpRequestException)
        {
            throw Truncated(e);
        }
    }

    /// <summary>
    /// Moves to the next property of the current record and then onto its value (<see cref="PropertyName"/> names it,
    /// <see cref="Json"/> holds it: a primitive, or the <c>StartObject</c>/<c>StartArray</c> of a lookup or list, which the
    /// caller reads with <see cref="ReadTokenAsync"/> or leaves to be skipped). <see langword="false"/> at the record's end.
    /// </summary>
    public Task<bool> ReadPropertyAsync(CancellationToken cancellationToken = default) => Completed(ReadProperty, cancellationToken);

    /// <summary>Synchronous <see cref="ReadPropertyAsync"/>.</summary>
    /// <remarks>The hot path of reading a page (one call per value).</remarks>
    public bool ReadProperty()
    {
        var json = OnRecordProperties();
        var valueDepth = _recordDepth + 1;
        var token = json.TokenType;
        if (token is not (JsonToken.StartObject or JsonToken.StartArray or JsonToken.EndObject or JsonToken.EndArray or JsonToken.PropertyName)
            ? json.Depth == valueDepth
            : token == JsonToken.StartObject && json.Depth == _recordDepth)
        {
            // On a scalar value of the record, or at its start: the next token is a property or the record's end.
            RequireNext();
            if (json.TokenType == JsonToken.PropertyName)
            {
                _propertyName = (string)json.Value!;
                RequireNext();
                return true;
            }

            if (json.TokenType == JsonToken.EndObject && json.Depth == _recordDepth)
            {
                return false;
            }

            throw Malformed(null);
        }

        if (json.Depth == valueDepth && json.TokenType is JsonToken.StartObject or JsonToken.StartArray)
        {
            Skip();
        }
        else
        {
            while (json.Depth > valueDepth)
            {
                RequireNext();
            }
        }

        if (json.Depth == _recordDepth && json.TokenType == JsonToken.EndObject)
        {
            return false;
        }

        RequireNext();
        if (json.Depth == _recordDepth && json.TokenType == JsonToken.EndObject)
        {
            return false;
        }

        if (json.TokenType != JsonToken.PropertyName)
        {
            throw Malformed(null);
        }

        _propertyName = (string)json.Value!;
        RequireNext();
        return true;
    }

    private JsonTextReader OnRecordProperties()
    {
        var json = _json;
        if (json is null || _state != State.InArray || json.Depth < _recordDepth
            || (json.Depth == _recordDepth && json.TokenType != JsonToken.StartObject && json.TokenType != JsonToken.EndObject))
        {
            throw new InvalidOperationException(ZohoCrmStrings.PageReaderHasNoRecord);
        }

        return json;
    }

    /// <summary>Advances <see cref="Json"/> by one token; a body that ends or breaks here is a <see cref="ZohoCrmException"/>.</summary>
    public Task ReadTokenAsync(CancellationToken cancellationToken = default) => Completed(() =>
    {
        RequireNext();
        return true;
    }, cancellationToken);

    /// <summary>Synchronous <see cref="ReadTokenAsync"/>.</summary>
    public void ReadToken() => RequireNext();

    private void RequireNext()
    {
        ThrowIfUnusable();
        bool read;
        try
        {
            read = _json!.Read();
        }
        catch (JsonReaderException e)
        {
            throw FromReaderException(e);
        }
        catch (Exception e) when (e is IOException or HttpRequestException)
        {
            throw Truncated(e);
        }

        if (!read)
        {
            throw Truncated(null);
        }
    }

    private bool ReadCore()
    {
        ThrowIfUnusable();
        while (true)
        {
            switch (_state)
            {
                case State.Done:
                    return false;

                case State.Start:
                    if (!Next())
                    {
                        throw Truncated(null);
                    }

                    if (_json!.TokenType != JsonToken.StartObject)
                    {
                        throw Malformed(null);
                    }

                    ReadRootProperties();
                    break;

                case State.InArray:
                    if (_records > 0)
                    {
                        FinishRecord();
                    }

                    if (!Next())
                    {
                        throw Truncated(null);
                    }

                    if (_json!.TokenType == JsonToken.StartObject)
                    {
                        _recordDepth = _json.Depth;
                        _records++;
                        _names.StartRecord();
                        return true;
                    }

                    if (_json.TokenType != JsonToken.EndArray)
                    {
                        throw Malformed(null);
                    }

                    _state = State.AfterArray;
                    ReadRootProperties();
                    break;

                case State.AfterArray:
                    throw new InvalidOperationException("unreachable");
            }
        }
    }

    // Reads root properties until the record array starts (state InArray) or the root ends (state Done).
    private void ReadRootProperties()
    {
        var json = _json!;
        while (true)
        {
            if (!Next())
            {
                throw Truncated(null);
            }

            if (json.TokenType == JsonToken.EndObject && json.Depth == 0)
            {
                // The root closed: nothing may follow it, and info must agree with what was read.
                if (Next())
                {
                    throw Malformed(null);
                }

                if (Info?.Count is { } count && count != _records)
                {
                    throw Fail(new ZohoCrmException(ZohoCrmStrings.PageCountMismatch(_source, count, _records), code: "MALFORMED_RESPONSE", statusCode: StatusCode));
                }

                Info ??= new ZohoCrmPageInfo { Count = _records };
                _state = State.Done;
                return;
            }

            if (json.TokenType != JsonToken.PropertyName)
            {
                throw Malformed(null);
            }

            var name = (string)json.Value!;
            if (!Next())
            {
                throw Truncated(null);
            }

            if (name == _arrayName && _state == State.Start)
            {
                if (json.TokenType != JsonToken.StartArray)
                {
                    throw Malformed(null);
                }

                _state = State.InArray;
                return;
            }

            if (name == "info" && json.TokenType == JsonToken.StartObject)
            {
                var info = (JObject)JToken.ReadFrom(json);
                Info = ParseInfo(info);
                continue;
            }

            Skip();
        }
    }

    private void FinishRecord()
    {
        var json = _json!;
        if (json.Depth == _recordDepth && json.TokenType == JsonToken.StartObject)
        {
            Skip();
            return;
        }

        while (!(json.Depth == _recordDepth && json.TokenType == JsonToken.EndObject))
        {
            if (!Next())
            {
                throw Truncated(null);
            }
        }
    }

    private void Skip()
    {
        var json = _json!;
        if (json.TokenType is not (JsonToken.StartObject or JsonToken.StartArray))
        {
            return;
        }

        var depth = json.Depth;
        do
        {
            if (!Next())
            {
                throw Truncated(null);
            }
        }
        while (json.Depth > depth);
    }

    // One call per JSON token; the body is in memory, so the reader never waits.
    private bool Next()
    {
        ThrowIfUnusable();
        try
        {
            return _json!.Read();
        }
        catch (JsonReaderException e)
        {
            throw FromReaderException(e);
        }
        catch (Exception e) when (e is IOException or HttpRequestException)
        {
            throw Truncated(e);
        }
    }

    // The body is in memory once the page is open, so each asynchronous member is its synchronous one, as a task.
    private static Task<T> Completed<T>(Func<T> read, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(cancellationToken);
        }

        try
        {
            return Task.FromResult(read());
        }
        catch (Exception e)
        {
            return Task.FromException<T>(e);
        }
    }

    private void EnsureOnRecordStart()
    {
        ThrowIfUnusable();
        if (_json is null || _state != State.InArray || _json.TokenType != JsonToken.StartObject || _json.Depth != _recordDepth)
        {
            throw new InvalidOperationException(ZohoCrmStrings.PageReaderHasNoRecord);
        }
    }

    // A page that failed stays failed: reading on must not look like reaching its end.
    private void ThrowIfUnusable()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_failure is not null)
        {
            throw _failure;
        }
    }

    private ZohoCrmException Fail(ZohoCrmException failure)
    {
        _state = State.Done;
        _failure = failure;
        return failure;
    }

    private ZohoCrmException Truncated(Exception? inner)
    {
        return Fail(new ZohoCrmException(ZohoCrmStrings.ResponseTruncated(_source, _records), code: "TRUNCATED_RESPONSE", statusCode: StatusCode, isTransient: true, innerException: inner));
    }

    // Newtonsoft reports a body that stops mid-token or mid-object as "Unexpected end..." or "Unterminated ...".
    private ZohoCrmException FromReaderException(JsonReaderException e) =>
        e.Message.Contains("Unexpected end", StringComparison.Ordinal) || e.Message.StartsWith("Unterminated", StringComparison.Ordinal)
            ? Truncated(e)
            : Malformed(e);

    private ZohoCrmException Malformed(Exception? inner)
    {
        var where = _json is null ? "" : string.Create(CultureInfo.InvariantCulture, $"line {_json.LineNumber}, position {_json.LinePosition}");
        return Fail(new ZohoCrmException(ZohoCrmStrings.ResponseMalformed(_source, _records, where), code: "MALFORMED_RESPONSE", statusCode: StatusCode, innerException: inner));
    }

    internal static ZohoCrmPageInfo ParseInfo(JObject info) => new()
    {
        Count = (int?)info.Value<long?>("count"),
        MoreRecords = info.Value<bool?>("more_records") ?? false,
        Page = (int?)info.Value<long?>("page"),
        PerPage = (int?)info.Value<long?>("per_page"),
        NextPageToken = info.Value<string?>("next_page_token"),
        PreviousPageToken = info.Value<string?>("previous_page_token"),
        PageTokenExpiry = info.Value<string?>("page_token_expiry"),
        SortBy = info.Value<string?>("sort_by"),
        SortOrder = info.Value<string?>("sort_order"),
    };

    /// <summary>Closes the response.</summary>
    public void Dispose()
    {
        _disposed = true;
        _state = State.Done;
        ((IDisposable?)_json)?.Dispose();
        _response?.Dispose();
    }

    /// <summary>Closes the response.</summary>
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}

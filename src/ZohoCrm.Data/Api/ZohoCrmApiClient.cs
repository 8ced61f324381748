using System.Globalization;
using System.Net.Http.Headers;
using System.Net;
using System.Text;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json;
using ZohoCrm.Data.Api.Internal;
using ZohoCrm.Data.Http;
using ZohoCrm.Data.Http.Internal;
using ZohoCrm.Data.Internal;
using ZohoCrm.Data.Metadata;
using ZohoCrm.Data.Properties;

namespace ZohoCrm.Data.Api;

/// <summary>
/// A typed client for the Zoho CRM REST API (v8): metadata, COQL, search, record list/get/count and writes. Reads come
/// back as <see cref="ZohoCrmRecordPageReader"/>s over the whole response body; every failure is a
/// <see cref="ZohoCrmException"/> carrying Zoho's code, details and HTTP status. Thread-safe; holds no state but the
/// <see cref="HttpClient"/> (the pipeline from <see cref="ZohoCrmHttpPipeline"/>), which it does not dispose.
/// </summary>
public sealed partial class ZohoCrmApiClient
{
    /// <summary>The most records Zoho accepts in one insert, update, upsert or delete.</summary>
    public const int MaxRecordsPerWrite = 100;

    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };
    private readonly HttpClient _httpClient;
    private readonly string _prefix;
    private readonly Action? _onCall;
    private readonly string? _user;
    private readonly ClientState _state = new();

    /// <summary>Creates a client for the API at <paramref name="apiBaseUri"/> (the <c>api_domain</c>, such as <c>https://www.zohoapis.eu</c>).</summary>
    /// <param name="httpClient">The pipeline; usually from <see cref="ZohoCrmHttpPipeline.CreateHttpClient(ZohoCrmHttpOptions, DelegatingHandler?, Microsoft.Extensions.Logging.ILoggerFactory?, HttpMessageHandler?)"/>.</param>
    /// <param name="apiBaseUri">The API domain; a path on it is kept (for emulators mounted under a path).</param>
    /// <param name="apiVersion">The API version segment, <c>v8</c> by default.</param>
    public ZohoCrmApiClient(HttpClient httpClient, Uri apiBaseUri, string apiVersion = "v8")
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(apiBaseUri);
        ArgumentException.ThrowIfNullOrWhiteSpace(apiVersion);
        if (!apiBaseUri.IsAbsoluteUri || (apiBaseUri.Scheme != Uri.UriSchemeHttps && apiBaseUri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException(ZohoCrmStrings.ApiBaseUriNotHttp(apiBaseUri.OriginalString), nameof(apiBaseUri));
        }

        _httpClient = httpClient;
        ApiBaseUri = apiBaseUri;
        _prefix = apiBaseUri.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/crm/" + apiVersion + "/";
    }

    /// <summary>The same client, calling <paramref name="onCall"/> before each call it makes (a query's call count for the log).</summary>
    internal ZohoCrmApiClient(ZohoCrmApiClient client, Action onCall)
        : this(client, client._user)
    {
        _onCall = onCall;
    }

    /// <summary>The same client, acting for <paramref name="user"/>: its calls use the tokens saved for that user.</summary>
    internal ZohoCrmApiClient(ZohoCrmApiClient client, string? user)
    {
        _httpClient = client._httpClient;
        ApiBaseUri = client.ApiBaseUri;
        _prefix = client._prefix;
        _onCall = client._onCall;
        _user = user;
        _state = user == client._user ? client._state : new ClientState();
        MaxConcurrentCalls = client.MaxConcurrentCalls;
    }

    /// <summary>
    /// How many calls of one asynchronous write are in flight at once: the data source's <c>MaxConcurrency</c> (the
    /// pipeline's cap on all calls), or its default for a client made over a caller's <see cref="HttpClient"/>.
    /// </summary>
    internal int MaxConcurrentCalls { get; init; } = new ZohoCrmHttpOptions().MaxConcurrency;

    /// <summary>The API domain requests go to.</summary>
    public Uri ApiBaseUri { get; }

    // ---- Metadata ----

    /// <summary>Lists the org's modules (<c>GET /settings/modules</c>); fields are not included.</summary>
    public Task<IReadOnlyList<ZohoCrmModuleMetadata>> GetModulesAsync(CancellationToken cancellationToken = default) =>
        GetModulesAsync(async: true, cancellationToken);

    /// <summary>
    /// Lists the org's modules as <see cref="GetModulesAsync(CancellationToken)"/> does, with synchronous I/O, for a
    /// synchronous caller.
    /// </summary>
    public IReadOnlyList<ZohoCrmModuleMetadata> GetModules() =>
        ZohoCrmSync.GetCompletedResult(GetModulesAsync(async: false, CancellationToken.None));

    internal async Task<IReadOnlyList<ZohoCrmModuleMetadata>> GetModulesAsync(bool async, CancellationToken cancellationToken)
    {
        var items = await ReadItemsAsync(Get("settings/modules"), "modules", async, cancellationToken).ConfigureAwait(false);
        return items.Select(ZohoCrmMetadataParser.Module).ToList();
    }

    /// <summary>Lists a module's fields (<c>GET /settings/fields?module=</c>).</summary>
    public Task<IReadOnlyList<ZohoCrmFieldMetadata>> GetFieldsAsync(string module, CancellationToken cancellationToken = default) =>
        GetFieldsAsync(module, async: true, cancellationToken);

    internal async Task<IReadOnlyList<ZohoCrmFieldMetadata>> GetFieldsAsync(string module, bool async, CancellationToken cancellationToken)
    {
        CheckName(module, nameof(module));
        var items = await ReadItemsAsync(Get("settings/fields", ("module", module)), "fields", async, cancellationToken).ConfigureAwait(false);
        return items.Select(ZohoCrmMetadataParser.Field).ToList();
    }

    /// <summary>Reads one module with its fields (two calls).</summary>
    public async Task<ZohoCrmModuleMetadata> GetModuleAsync(string module, CancellationToken cancellationToken = default)
    {
        CheckName(module, nameof(module));
        var items = await ReadItemsAsync(Get("settings/modules/" + Uri.EscapeDataString(module)), "modules", async: true, cancellationToken).ConfigureAwait(false);
        var found = items.Count > 0 ? ZohoCrmMetadataParser.Module(items[0]) : null;

        if (found is null)
        {
            throw new ZohoCrmException(ZohoCrmStrings.ModuleNotFound(module), "INVALID_MODULE", HttpStatusCode.NoContent);
        }

        return found with { Fields = await GetFieldsAsync(found.ApiName, cancellationToken).ConfigureAwait(false) };
    }

    /// <summary>Lists users (<c>GET /users?type=</c>), following the pages.</summary>
    /// <param name="type"><c>AllUsers</c>, <c>ActiveUsers</c>, <c>AdminUsers</c>, <c>CurrentUser</c>...</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    public async Task<IReadOnlyList<ZohoCrmUser>> GetUsersAsync(string type = "AllUsers", CancellationToken cancellationToken = default)
    {
        CheckName(type, nameof(type));
        var users = new List<ZohoCrmUser>();
        for (var page = 1; ; page++)
        {
            var request = Get("users", ("type", type), ("page", page.ToString(CultureInfo.InvariantCulture)), ("per_page", "200"));
            await using var reader = await SendForPageAsync(request, "users", async: true, cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                users.Add(ZohoCrmMetadataParser.User(await reader.ReadRecordAsync(cancellationToken).ConfigureAwait(false)));
            }

            if (reader.Info is not { MoreRecords: true } || reader.RecordsRead == 0)
            {
                return users;
            }
        }
    }

    /// <summary>Reads the organization (<c>GET /org</c>).</summary>
    public async Task<ZohoCrmOrganization> GetOrganizationAsync(CancellationToken cancellationToken = default)
    {
        var items = await ReadItemsAsync(Get("org"), "org", async: true, cancellationToken).ConfigureAwait(false);
        if (items.Count > 0)
        {
            return ZohoCrmMetadataParser.Organization(items[0]);
        }

        throw new ZohoCrmException(ZohoCrmStrings.EmptyResponse("GET /org"), "MALFORMED_RESPONSE");
    }

    // ---- Reads ----

    /// <summary>Runs a COQL query (<c>POST /coql</c>, a read that the pipeline may resend) and streams its page.</summary>
    /// <param name="selectQuery">COQL as Zoho accepts it (WHERE present, AND/OR parenthesised, LIMIT ≤ 2,000).</param>
    /// <param name="cancellationToken">Cancels the call and the reading.</param>
    public Task<ZohoCrmRecordPageReader> ExecuteCoqlAsync(string selectQuery, CancellationToken cancellationToken = default) =>
        ExecuteCoqlAsync(selectQuery, async: true, cancellationToken);

    /// <summary>As <see cref="ExecuteCoqlAsync(string, CancellationToken)"/>; with <paramref name="async"/> false, synchronous I/O all the way (the task is complete on return).</summary>
    internal Task<ZohoCrmRecordPageReader> ExecuteCoqlAsync(string selectQuery, bool async, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(selectQuery);
        var request = new HttpRequestMessage(HttpMethod.Post, Url("coql")) { Content = Json(w =>
        {
            w.WriteStartObject();
            w.WritePropertyName("select_query");
            w.WriteValue(selectQuery);
            w.WriteEndObject();
        }, selectQuery.Length + 32) }.MarkAsRead();
        return SendForPageAsync(request, "data", async, cancellationToken);
    }

    /// <summary>Lists records (<c>GET /{module}</c>) and streams the page.</summary>
    public Task<ZohoCrmRecordPageReader> GetRecordsAsync(string module, ZohoCrmRecordListRequest request, CancellationToken cancellationToken = default) =>
        GetRecordsAsync(module, request, async: true, cancellationToken);

    internal Task<ZohoCrmRecordPageReader> GetRecordsAsync(string module, ZohoCrmRecordListRequest request, bool async, CancellationToken cancellationToken)
    {
        CheckName(module, nameof(module));
        ArgumentNullException.ThrowIfNull(request);
        if (request.Fields.Count == 0)
        {
            throw new ArgumentException(ZohoCrmStrings.FieldsRequired(module), nameof(request));
        }

        if (request.Page is not null && request.PageToken is not null)
        {
            throw new ArgumentException(ZohoCrmStrings.PageAndPageToken, nameof(request));
        }

        var query = new List<(string, string?)>
        {
            ("fields", string.Join(',', request.Fields)),
            ("ids", request.Ids is { Count: > 0 } ids ? string.Join(',', ids) : null),
            ("cvid", request.CustomViewId),
            ("page", Number(request.Page)),
            ("per_page", Number(request.PerPage)),
            ("page_token", request.PageToken),
            ("sort_by", request.SortBy),
            ("sort_order", request.SortOrder),
        };
        var message = Get(Uri.EscapeDataString(module), [.. query]);
        if (request.ModifiedSince is { } since)
        {
            // Zoho's own form, with the offset: a bare RFC 1123 date loses nothing, but this is what its docs show.
            message.Headers.TryAddWithoutValidation("If-Modified-Since", ZohoCrmDateTimes.FormatDateTime(since));
        }

        return SendForPageAsync(message, "data", async, cancellationToken);
    }

    /// <summary>Reads one record with all its fields (<c>GET /{module}/{id}</c>); an unknown id is an empty page.</summary>
    public Task<ZohoCrmRecordPageReader> GetRecordAsync(string module, string id, CancellationToken cancellationToken = default)
    {
        CheckName(module, nameof(module));
        CheckId(id, nameof(id));
        return SendForPageAsync(Get(Uri.EscapeDataString(module) + "/" + id), "data", async: true, cancellationToken);
    }

    /// <summary>Searches records (<c>GET /{module}/search</c>) and streams the page. Search lags writes and matches words: re-check what it returns.</summary>
    public Task<ZohoCrmRecordPageReader> SearchAsync(string module, ZohoCrmSearchRequest request, CancellationToken cancellationToken = default) =>
        SearchAsync(module, request, async: true, cancellationToken);

    internal Task<ZohoCrmRecordPageReader> SearchAsync(string module, ZohoCrmSearchRequest request, bool async, CancellationToken cancellationToken)
    {
        CheckName(module, nameof(module));
        ArgumentNullException.ThrowIfNull(request);
        var query = SearchCondition(request);
        query.Add(("fields", request.Fields is { Count: > 0 } fields ? string.Join(',', fields) : null));
        query.Add(("page", Number(request.Page)));
        query.Add(("per_page", Number(request.PerPage)));
        query.Add(("sort_by", request.SortBy));
        query.Add(("sort_order", request.SortOrder));
        return SendForPageAsync(Get(Uri.EscapeDataString(module) + "/search", [.. query]), "data", async, cancellationToken);
    }

    /// <summary>Counts records (<c>GET /{module}/actions/count</c>), all of them or those matching the request's one condition.</summary>
    /// <remarks>Zoho's count statistics can lag writes by minutes.</remarks>
    public async Task<long> CountAsync(string module, ZohoCrmSearchRequest? filter = null, CancellationToken cancellationToken = default)
    {
        CheckName(module, nameof(module));
        var query = filter is null ? [] : SearchCondition(filter);
        var request = Get(Uri.EscapeDataString(module) + "/actions/count", [.. query]);
        var body = await SendForObjectAsync(request, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return 0;
        }

        return body["count"] is { Type: JTokenType.Integer or JTokenType.String } count && long.TryParse(count.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ZohoCrmException(ZohoCrmStrings.MetadataItemWithoutKey("actions/count", "count"), "MALFORMED_RESPONSE", HttpStatusCode.OK);
    }

    // ---- Plumbing ----

    // With async false every step is synchronous I/O, so the returned task is already complete (Npgsql's pattern).
    private async Task<ZohoCrmRecordPageReader> SendForPageAsync(HttpRequestMessage request, string arrayName, bool async, CancellationToken cancellationToken)
    {
        var what = request.Method.Method + " " + request.RequestUri!.AbsolutePath;
        // A page is read whole inside the pipeline's retries, so a read whose body is cut short is asked again there.
        request.Options.Set(ZohoCrmRetryHandler.ReadWholeBody, true);
        var response = await SendAsync(request, async, cancellationToken).ConfigureAwait(false);
        try
        {
            if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.NoContent or HttpStatusCode.NotModified))
            {
                throw await ZohoCrmErrorResponse.ReadAsync(request, response, async, cancellationToken).ConfigureAwait(false);
            }

            return await ZohoCrmRecordPageReader.OpenAsync(response, arrayName, what, async, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private async Task<List<JObject>> ReadItemsAsync(HttpRequestMessage request, string arrayName, bool async, CancellationToken cancellationToken)
    {
        // The page is in memory once open: its records are read without waiting.
        using var reader = await SendForPageAsync(request, arrayName, async, cancellationToken).ConfigureAwait(false);
        var items = new List<JObject>();
        while (reader.Read())
        {
            items.Add(reader.ReadRecord());
        }

        return items;
    }

    private async Task<JObject?> SendForObjectAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var what = request.Method.Method + " " + request.RequestUri!.AbsolutePath;
        using var response = await SendAsync(request, async: true, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode is HttpStatusCode.NoContent or HttpStatusCode.NotModified)
        {
            return null;
        }

        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw await ZohoCrmErrorResponse.ReadAsync(request, response, cancellationToken).ConfigureAwait(false);
        }

        return await ReadObjectAsync(response, what, async: true, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<JObject?> ReadObjectAsync(HttpResponseMessage response, string what, bool async, CancellationToken cancellationToken)
    {
        await using var stream = async
            ? await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false)
            : response.Content.ReadAsStream(cancellationToken);
        using var json = new JsonTextReader(new StreamReader(stream, Encoding.UTF8))
        {
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Decimal,
            MaxDepth = 64,
        };
        try
        {
            if (!(async ? await json.ReadAsync(cancellationToken).ConfigureAwait(false) : json.Read()))
            {
                throw new ZohoCrmException(ZohoCrmStrings.ResponseTruncated(what, 0), "TRUNCATED_RESPONSE", response.StatusCode, isTransient: true);
            }

            var token = async ? await JToken.ReadFromAsync(json, cancellationToken).ConfigureAwait(false) : JToken.ReadFrom(json);
            if ((async ? await json.ReadAsync(cancellationToken).ConfigureAwait(false) : json.Read()) || token is not JObject obj)
            {
                throw new ZohoCrmException(ZohoCrmStrings.ResponseMalformed(what, 0, $"line {json.LineNumber}, position {json.LinePosition}"), "MALFORMED_RESPONSE", response.StatusCode);
            }

            return obj;
        }
        catch (JsonReaderException e)
        {
            var truncated = e.Message.Contains("end", StringComparison.OrdinalIgnoreCase) && e.Message.Contains("Unexpected", StringComparison.OrdinalIgnoreCase);
            throw truncated
                ? new ZohoCrmException(ZohoCrmStrings.ResponseTruncated(what, 0), "TRUNCATED_RESPONSE", response.StatusCode, isTransient: true, innerException: e)
                : new ZohoCrmException(ZohoCrmStrings.ResponseMalformed(what, 0, $"line {e.LineNumber}, position {e.LinePosition}"), "MALFORMED_RESPONSE", response.StatusCode, innerException: e);
        }
        catch (Exception e) when (e is IOException or HttpRequestException)
        {
            throw new ZohoCrmException(ZohoCrmStrings.ResponseTruncated(what, 0), "TRUNCATED_RESPONSE", response.StatusCode, isTransient: true, innerException: e);
        }
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, bool async, CancellationToken cancellationToken)
    {
        request.Headers.Accept.ParseAdd("application/json");
        if (_user is not null)
        {
            // The pipeline's OAuth handler stamps this user's token instead of the connection string's own.
            request.Options.Set(OAuth.ZohoCrmOAuthHandler.UserOption, _user);
        }

        _onCall?.Invoke();
        try
        {
            var response = async
                ? await _httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false)
                : _httpClient.Send(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (response.Headers.Date is { } serverNow)
            {
                // Zoho's clock, for reading back what a lost insert may have created (its times are Zoho's).
                _state.ServerClockOffset = serverNow - DateTimeOffset.UtcNow;
            }

            return response;
        }
        catch (HttpRequestException e)
        {
            var transient = e.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError
                or HttpRequestError.ResponseEnded or HttpRequestError.ProxyTunnelError or HttpRequestError.Unknown;
            var reason = ZohoCrmHttpFailure.Reason(e);
            throw new ZohoCrmException(ZohoCrmStrings.RequestFailed(request.Method.Method, request.RequestUri!.GetLeftPart(UriPartial.Path), reason),
                "CONNECTION_FAILED", e.StatusCode, isTransient: transient, innerException: e);
        }
    }

    private HttpRequestMessage Get(string path, params (string Name, string? Value)[] query) => new(HttpMethod.Get, Url(path, query));

    private Uri Url(string path, params (string Name, string? Value)[] query)
    {
        var builder = new StringBuilder(_prefix).Append(path);
        var separator = '?';
        foreach (var (name, value) in query)
        {
            if (value is null)
            {
                continue;
            }

            builder.Append(separator).Append(name).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }

        return new Uri(builder.ToString());
    }

    private static List<(string, string?)> SearchCondition(ZohoCrmSearchRequest request)
    {
        (string Name, string? Value)[] conditions = [("criteria", request.Criteria), ("email", request.Email), ("phone", request.Phone), ("word", request.Word)];
        var given = conditions.Where(c => !string.IsNullOrEmpty(c.Value)).ToList();
        if (given.Count != 1)
        {
            throw new ArgumentException(ZohoCrmStrings.SearchNeedsOneCondition(given.Count), nameof(request));
        }

        return [.. given];
    }

    /// <summary>A JSON body written straight to UTF-8 bytes (a COQL text of thousands of IN values is not copied through a string).</summary>
    private static ByteArrayContent Json(Action<JsonWriter> write, int sizeHint = 256)
    {
        var bytes = new MemoryStream(sizeHint);
        using (var text = new StreamWriter(bytes, Utf8NoBom, bufferSize: 1024, leaveOpen: true))
        using (var writer = new JsonTextWriter(text) { Formatting = Formatting.None, DateFormatHandling = DateFormatHandling.IsoDateFormat, Culture = CultureInfo.InvariantCulture })
        {
            write(writer);
        }

        var content = new ByteArrayContent(bytes.GetBuffer(), 0, (int)bytes.Length);
        content.Headers.ContentType = JsonContentType;
        return content;
    }

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private static void WriteStrings(JsonWriter writer, IEnumerable<string> values)
    {
        writer.WriteStartArray();
        foreach (var value in values)
        {
            writer.WriteValue(value);
        }

        writer.WriteEndArray();
    }

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static void CheckName(string name, string parameter)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name, parameter);
        if (name.AsSpan().IndexOfAny("/?#&") >= 0)
        {
            throw new ArgumentException(ZohoCrmStrings.InvalidApiName(parameter, name), parameter);
        }
    }

    private static void CheckId(string id, string parameter)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id, parameter);
        if (!id.All(char.IsAsciiDigit))
        {
            throw new ArgumentException(ZohoCrmStrings.InvalidRecordId(id), parameter);
        }
    }
}

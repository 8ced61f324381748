using System.Net;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ZohoCrm.Data.Properties;

namespace ZohoCrm.Data.Api.Internal;

/// <summary>Turns a failed response (Zoho's <c>{"code","details","message","status":"error"}</c> envelope or anything else) into a <see cref="ZohoCrmException"/>.</summary>
internal static class ZohoCrmErrorResponse
{
    private const int MaxErrorBodyChars = 64 * 1024;

    public static Task<ZohoCrmException> ReadAsync(HttpRequestMessage request, HttpResponseMessage response, CancellationToken cancellationToken) =>
        ReadAsync(request, response, async: true, cancellationToken);

    public static async Task<ZohoCrmException> ReadAsync(HttpRequestMessage request, HttpResponseMessage response, bool async, CancellationToken cancellationToken)
    {
        string body;
        try
        {
            body = await ReadLimitedAsync(response, async, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or HttpRequestException)
        {
            body = "";
        }

        return FromBody(request, response.StatusCode, body, RetryAfter(response));
    }

    /// <summary>
    /// A 429 that asks to wait longer than this is the credit budget, not the org's limit of simultaneous calls (those
    /// free up in seconds); it is also longer than the retries wait, so the caller sees it.
    /// </summary>
    private static readonly TimeSpan CreditBudgetWait = TimeSpan.FromMinutes(2);

    private static TimeSpan? RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter?.Delta ?? (response.Headers.RetryAfter?.Date is { } date ? date - DateTimeOffset.UtcNow : null);

    public static ZohoCrmException FromBody(HttpRequestMessage request, HttpStatusCode status, string body, TimeSpan? retryAfter = null)
    {
        var path = request.RequestUri?.AbsolutePath ?? "";
        var what = request.Method.Method + " " + path;
        var transient = IsTransient(status);
        JObject? envelope = null;
        try
        {
            var token = string.IsNullOrWhiteSpace(body) ? null : JToken.Parse(body, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Ignore });
            envelope = token switch
            {
                JObject { } o when o["code"] is not null => o,
                // Some endpoints put a request-level error inside data: [{"code":...,"status":"error"}].
                JObject { } o when o["data"] is JArray { Count: > 0 } a && a[0] is JObject first && first["code"] is not null => first,
                _ => null,
            };
        }
        catch (JsonException)
        {
            envelope = null;
        }

        if (envelope is null)
        {
            var snippet = body.Length > 200 ? body[..200] + "..." : body;
            return new ZohoCrmException(ZohoCrmStrings.HttpErrorWithoutEnvelope(what, (int)status, status.ToString(), snippet.Trim()), statusCode: status, isTransient: transient);
        }

        var code = envelope.Value<string?>("code") ?? "UNKNOWN";
        var message = envelope.Value<string?>("message") ?? "";
        var details = ZohoCrmJsonValues.ToDictionary(envelope["details"]);
        var detailsText = envelope["details"] is JObject { HasValues: true } d ? d.ToString(Formatting.None) : null;
        var hint = code == "TOO_MANY_REQUESTS" && retryAfter > CreditBudgetWait
            ? ZohoCrmStrings.HintCreditBudgetSpent(retryAfter.Value)
            : Hint(code, request, details);
        if (code == "TOO_MANY_REQUESTS")
        {
            transient = true;
        }

        return new ZohoCrmException(ZohoCrmStrings.ZohoError(what, (int)status, code, message, detailsText, hint), code, status, details, transient);
    }

    public static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout
        || ((int)status >= 500 && status != HttpStatusCode.NotImplemented && status != HttpStatusCode.HttpVersionNotSupported);

    private static string? Hint(string code, HttpRequestMessage request, IReadOnlyDictionary<string, object?> details) => code switch
    {
        "INVALID_TOKEN" => ZohoCrmStrings.HintInvalidToken,
        "AUTHENTICATION_FAILURE" => ZohoCrmStrings.HintAuthenticationFailure,
        "OAUTH_SCOPE_MISMATCH" => ZohoCrmStrings.HintScopeMismatch(ZohoCrmScopes.For(request.Method, request.RequestUri?.AbsolutePath ?? "")),
        "NO_PERMISSION" => ZohoCrmStrings.HintNoPermission,
        "INVALID_MODULE" => ZohoCrmStrings.HintInvalidModule,
        "TOO_MANY_REQUESTS" => ZohoCrmStrings.HintTooManyRequests,
        "DISCRETE_PAGINATION_LIMIT_EXCEEDED" => ZohoCrmStrings.HintDiscretePagination,
        "REQUIRED_PARAM_MISSING" when details.TryGetValue("param_name", out var name) => ZohoCrmStrings.HintRequiredParam(name as string),
        "INVALID_URL_PATTERN" => ZohoCrmStrings.HintInvalidUrl,
        _ => null,
    };

    private static async Task<string> ReadLimitedAsync(HttpResponseMessage response, bool async, CancellationToken cancellationToken)
    {
        await using var stream = async ? await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false) : response.Content.ReadAsStream(cancellationToken);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var buffer = new char[MaxErrorBodyChars];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = async
                   ? await reader.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false)
                   : reader.Read(buffer, total, buffer.Length - total)) > 0)
        {
            total += read;
        }

        return new string(buffer, 0, total);
    }
}

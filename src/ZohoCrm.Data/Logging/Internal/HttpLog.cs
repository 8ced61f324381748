using Microsoft.Extensions.Logging;
using E = ZohoCrm.Data.Logging.ZohoCrmDataEventId;

namespace ZohoCrm.Data.Logging.Internal;

/// <summary>The HTTP area's events: one request each (ids 30200-30299). URIs, bodies and headers are redacted on the way out.</summary>
internal static partial class HttpLog
{
    [LoggerMessage(E.RequestSucceeded, LogLevel.Debug, "{Method} {Uri} -> {StatusCode} {ReasonPhrase} in {ElapsedMilliseconds} ms.", EventName = nameof(E.RequestSucceeded))]
    public static partial void RequestSucceeded(this ILogger logger, HttpMethod method, Uri? uri, int statusCode, string? reasonPhrase, long elapsedMilliseconds);

    [LoggerMessage(E.RequestRefused, LogLevel.Error, "{Method} {Uri} -> {StatusCode} {ReasonPhrase} in {ElapsedMilliseconds} ms.", EventName = nameof(E.RequestRefused))]
    public static partial void RequestRefused(this ILogger logger, HttpMethod method, Uri? uri, int statusCode, string? reasonPhrase, long elapsedMilliseconds);

    // The exception object is never logged: its message or inner messages could carry secrets; its type and redacted message are.
    [LoggerMessage(E.RequestFailed, LogLevel.Error, "{Method} {Uri} failed after {ElapsedMilliseconds} ms ({ErrorType}: {ErrorMessage}).", EventName = nameof(E.RequestFailed))]
    public static partial void RequestFailed(this ILogger logger, HttpMethod method, Uri? uri, long elapsedMilliseconds, string errorType, string errorMessage);

    [LoggerMessage(E.RequestCancelled, LogLevel.Debug, "{Method} {Uri} cancelled after {ElapsedMilliseconds} ms.", EventName = nameof(E.RequestCancelled))]
    public static partial void RequestCancelled(this ILogger logger, HttpMethod method, Uri? uri, long elapsedMilliseconds);

    [LoggerMessage(E.RequestBody, LogLevel.Trace, "{Method} {Uri} request body: {Body}", EventName = nameof(E.RequestBody))]
    public static partial void RequestBody(this ILogger logger, HttpMethod method, Uri? uri, string body);

    [LoggerMessage(E.ResponseBody, LogLevel.Trace, "{Method} {Uri} response body: {Body}", EventName = nameof(E.ResponseBody))]
    public static partial void ResponseBody(this ILogger logger, HttpMethod method, Uri? uri, string body);

    [LoggerMessage(E.RequestHeaders, LogLevel.Trace, "{Method} {Uri} request headers:\n{Headers}", EventName = nameof(E.RequestHeaders))]
    public static partial void RequestHeaders(this ILogger logger, HttpMethod method, Uri? uri, string headers);

    [LoggerMessage(E.ResponseHeaders, LogLevel.Trace, "{Method} {Uri} response headers:\n{Headers}", EventName = nameof(E.ResponseHeaders))]
    public static partial void ResponseHeaders(this ILogger logger, HttpMethod method, Uri? uri, string headers);
}

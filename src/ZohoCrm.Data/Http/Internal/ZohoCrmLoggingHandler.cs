using System.Diagnostics;
using Microsoft.Extensions.Logging;
using ZohoCrm.Data.Internal;
using ZohoCrm.Data.Logging;
using ZohoCrm.Data.Logging.Internal;

namespace ZohoCrm.Data.Http.Internal;

/// <summary>
/// Logs each attempt that reaches the network (<see cref="HttpLog"/>): failures as errors, the request line and its
/// timing at Debug, bodies at Trace (truncated below <c>Verbosity</c> 5), headers at Trace in their own category.
/// </summary>
/// <remarks>When a body is logged, the response is buffered to be read, so streaming gives way to diagnosis.</remarks>
internal sealed class ZohoCrmLoggingHandler(ZohoCrmLog log, bool ownsLog) : DelegatingHandler
{
    internal const int TruncatedBodyLength = 2048;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        SendCoreAsync(request, async: true, cancellationToken);

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) =>
        // With async false the core is synchronous throughout (base.Send), so the task is complete here.
        ZohoCrmSync.GetCompletedResult(SendCoreAsync(request, async: false, cancellationToken));

    private async Task<HttpResponseMessage> SendCoreAsync(HttpRequestMessage request, bool async, CancellationToken cancellationToken)
    {
        var (method, uri) = (request.Method, request.RequestUri);
        var logsHeaders = log.HttpHeaders.IsEnabled(LogLevel.Trace);
        var logsBodies = log.Http.IsEnabled(LogLevel.Trace);
        if (logsHeaders)
        {
            log.HttpHeaders.RequestHeaders(method, uri, LogRedaction.FormatHeaders(request.Headers.Concat(request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())));
        }

        if (logsBodies && request.Content is { } requestContent)
        {
            var body = async ? await requestContent.ReadAsStringAsync(cancellationToken).ConfigureAwait(false) : ReadSync(requestContent, cancellationToken);
            log.Http.RequestBody(method, uri, Body(body));
        }

        var started = Stopwatch.GetTimestamp();
        HttpResponseMessage response;
        try
        {
            response = async
                ? await base.SendAsync(request, cancellationToken).ConfigureAwait(false)
                : base.Send(request, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            log.Http.RequestCancelled(method, uri, Elapsed(started));
            throw;
        }
        catch (Exception e)
        {
            log.Http.RequestFailed(method, uri, Elapsed(started), e.GetType().Name, e.Message);
            throw;
        }

        if ((int)response.StatusCode >= 400)
        {
            log.Http.RequestRefused(method, uri, (int)response.StatusCode, response.ReasonPhrase, Elapsed(started));
        }
        else
        {
            log.Http.RequestSucceeded(method, uri, (int)response.StatusCode, response.ReasonPhrase, Elapsed(started));
        }

        if (logsHeaders)
        {
            log.HttpHeaders.ResponseHeaders(method, uri, LogRedaction.FormatHeaders(response.Headers.Concat(response.Content.Headers)));
        }

        if (logsBodies)
        {
            if (async)
            {
                await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            }
            else
            {
                using var buffer = new MemoryStream();
                response.Content.ReadAsStream(cancellationToken).CopyTo(buffer);
                var buffered = new ByteArrayContent(buffer.ToArray());
                foreach (var (name, values) in response.Content.Headers)
                {
                    buffered.Headers.TryAddWithoutValidation(name, values);
                }

                response.Content.Dispose();
                response.Content = buffered;
            }

            var body = async ? await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false) : ReadSync(response.Content, cancellationToken);
            log.Http.ResponseBody(method, uri, Body(body));
        }

        return response;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && ownsLog)
        {
            log.Dispose();
        }

        base.Dispose(disposing);
    }

    private string Body(string body)
    {
        if (body.Length == 0)
        {
            return "(empty)";
        }

        // Redact the whole body before cutting it, so a cut never leaves half a secret unrecognised.
        var redacted = LogRedaction.Redact(body);
        return log.Verbosity >= 5 || redacted.Length <= TruncatedBodyLength
            ? redacted
            : redacted[..TruncatedBodyLength] + $"... ({redacted.Length - TruncatedBodyLength} more characters; Verbosity=5 logs them all)";
    }

    private static string ReadSync(HttpContent content, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(content.ReadAsStream(cancellationToken));
        return reader.ReadToEnd();
    }

    private static long Elapsed(long started) => (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
}

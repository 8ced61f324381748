using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace ZohoCrm.Data.Http.Internal;

/// <summary>
/// Logs each attempt that reaches the network: failures at level 1, the request line and its timing at 2, bodies
/// (truncated) at 3, headers at 4, whole bodies at 5. Every line is redacted by <see cref="ZohoCrmLog"/>.
/// </summary>
/// <remarks>From level 3 on, response bodies are buffered to be logged, so streaming gives way to diagnosis.</remarks>
internal sealed class ZohoCrmLoggingHandler(ZohoCrmLog log, bool ownsLog) : DelegatingHandler
{
    internal const int TruncatedBodyLength = 2048;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        SendCoreAsync(request, async: true, cancellationToken);

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) =>
        // With async false the core is synchronous throughout (base.Send), so the task is complete here.
        SendCoreAsync(request, async: false, cancellationToken).GetAwaiter().GetResult();

    private async Task<HttpResponseMessage> SendCoreAsync(HttpRequestMessage request, bool async, CancellationToken cancellationToken)
    {
        var requestLine = $"{request.Method} {LogRedaction.Redact(request.RequestUri)}";
        if (log.IsEnabled(4))
        {
            log.Write(4, LogLevel.Trace, $"{requestLine} request headers:\n{LogRedaction.FormatHeaders(request.Headers.Concat(request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>()))}");
        }

        if (log.IsEnabled(3) && request.Content is { } requestContent)
        {
            var body = async ? await requestContent.ReadAsStringAsync(cancellationToken).ConfigureAwait(false) : ReadSync(requestContent, cancellationToken);
            log.Write(3, LogLevel.Trace, $"{requestLine} request body: {Body(body)}");
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
            log.Write(2, LogLevel.Debug, $"{requestLine} cancelled after {Elapsed(started)} ms.");
            throw;
        }
        catch (Exception e)
        {
            log.Write(1, LogLevel.Error, $"{requestLine} failed after {Elapsed(started)} ms.", e);
            throw;
        }

        var statusLine = $"{requestLine} -> {(int)response.StatusCode} {response.ReasonPhrase} in {Elapsed(started)} ms";
        if ((int)response.StatusCode >= 400)
        {
            log.Write(1, LogLevel.Error, statusLine + ".");
        }
        else
        {
            log.Write(2, LogLevel.Debug, statusLine + ".");
        }

        if (log.IsEnabled(4))
        {
            log.Write(4, LogLevel.Trace, $"{requestLine} response headers:\n{LogRedaction.FormatHeaders(response.Headers.Concat(response.Content.Headers))}");
        }

        if (log.IsEnabled(3))
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
            log.Write(3, LogLevel.Trace, $"{requestLine} response body: {Body(body)}");
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
        return log.IsEnabled(5) || redacted.Length <= TruncatedBodyLength
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

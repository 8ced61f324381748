using System.Net;
using ZohoCrm.Data.Api.Internal;
using ZohoCrm.Data.Logging;
using ZohoCrm.Data.Logging.Internal;
using ZohoCrm.Data.Properties;

namespace ZohoCrm.Data.Http.Internal;

/// <summary>
/// Resends a request after a transient failure, with exponential backoff and jitter, honouring <c>Retry-After</c>.
/// Reads, and writes the API client marks idempotent (updates, deletes, upserts), are resent after 429, 500, 502, 503,
/// 504, connection failures and, for a request marked <see cref="ReadWholeBody"/>, a body cut short. Other writes
/// (inserts) are resent only when Zoho cannot have acted on them: a 429 (rejected before processing) or a connection
/// that was never established. An insert whose connection dropped after sending, or that timed out, is never resent:
/// it may have been applied (the API client reconciles it). A request sent again is marked
/// <see cref="ZohoCrmRequestOptions.WasResent"/>.
/// </summary>
internal sealed class ZohoCrmRetryHandler(ZohoCrmHttpOptions options, ZohoCrmLog log) : DelegatingHandler
{
    /// <summary>
    /// Set by the page fetch on a read: the whole body is read into memory inside the retry loop, so a body cut short
    /// (a truncation is only seen once the last byte should have arrived) is requested again, within the same attempts.
    /// </summary>
    internal static readonly HttpRequestOptionsKey<bool> ReadWholeBody = new("ZohoCrm.ReadWholeBody");

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        SendCoreAsync(request, async: true, cancellationToken);

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) =>
        // With async false the core is synchronous throughout (base.Send), so the task is complete here.
        SendCoreAsync(request, async: false, cancellationToken).GetAwaiter().GetResult();

    private async Task<HttpResponseMessage> SendCoreAsync(HttpRequestMessage request, bool async, CancellationToken cancellationToken)
    {
        var safeToResend = request.IsSafeToResend();
        for (var attempt = 1; ; attempt++)
        {
            if (attempt > 1)
            {
                request.Options.Set(ZohoCrmRequestOptions.WasResent, true);
            }

            HttpResponseMessage response;
            try
            {
                response = async
                    ? await base.SendAsync(request, cancellationToken).ConfigureAwait(false)
                    : base.Send(request, cancellationToken);
            }
            catch (HttpRequestException e) when (attempt < options.MaxAttempts && IsRetriable(e, safeToResend) && !cancellationToken.IsCancellationRequested)
            {
                var backoff = Backoff(attempt);
                log.Connection.RetryAfterFailure(request.Method, request.RequestUri, e.HttpRequestError, attempt + 1, options.MaxAttempts, (long)backoff.TotalMilliseconds,
                    e.GetType().Name, e.Message);
                await DelayAsync(backoff, async, cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (safeToResend && response.IsSuccessStatusCode && response.StatusCode != HttpStatusCode.NoContent && response.Content is not ZohoCrmPooledContent
                && request.Options.TryGetValue(ReadWholeBody, out var readWhole) && readWhole)
            {
                try
                {
                    response.Content = await ZohoCrmPooledContent.LoadAsync(response.Content, async, cancellationToken).ConfigureAwait(false);
                }
                catch (HttpRequestException e) when (!cancellationToken.IsCancellationRequested)
                {
                    response.Dispose();
                    if (attempt >= options.MaxAttempts)
                    {
                        // Out of attempts: a body cut short, never a shorter page.
                        throw new ZohoCrmException(ZohoCrmStrings.ResponseTruncated(request.Method.Method + " " + request.RequestUri?.AbsolutePath, 0),
                            code: "TRUNCATED_RESPONSE", statusCode: response.StatusCode, isTransient: true, innerException: e);
                    }

                    var backoff = Backoff(attempt);
                    log.Connection.RetryAfterFailure(request.Method, request.RequestUri, e.HttpRequestError, attempt + 1, options.MaxAttempts, (long)backoff.TotalMilliseconds,
                        e.GetType().Name, e.Message);
                    await DelayAsync(backoff, async, cancellationToken).ConfigureAwait(false);
                    continue;
                }
            }

            if (attempt < options.MaxAttempts && IsRetriable(response.StatusCode, safeToResend) && TryGetDelay(response, attempt, out var delay))
            {
                log.Connection.RetryAfterStatus(request.Method, request.RequestUri, (int)response.StatusCode, attempt + 1, options.MaxAttempts, (long)delay.TotalMilliseconds);
                response.Dispose();
                await DelayAsync(delay, async, cancellationToken).ConfigureAwait(false);
                continue;
            }

            return response;
        }
    }

    private static bool IsRetriable(HttpStatusCode status, bool safeToResend) => status switch
    {
        HttpStatusCode.TooManyRequests => true,
        // Zoho's INTERNAL_ERROR is mostly a passing fault; a read or an idempotent write asked again does no harm, an insert might be applied twice.
        HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout => safeToResend,
        _ => false,
    };

    private static bool IsRetriable(HttpRequestException exception, bool safeToResend) => exception.HttpRequestError switch
    {
        // A proxy or firewall that refused our credentials will refuse them again.
        _ when IsProxyAuthenticationFailure(exception) || IsProxyAuthenticationFailure(exception.InnerException as HttpRequestException) => false,
        // Nothing was sent: the connection (or the proxy tunnel, or DNS) failed first.
        HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.ProxyTunnelError => true,
        // The request may have been received and acted on before the connection dropped.
        HttpRequestError.ResponseEnded or HttpRequestError.HttpProtocolError or HttpRequestError.Unknown => safeToResend,
        // TLS failures (an untrusted or unpinned certificate), configuration and protocol mismatches stay failures.
        _ => false,
    };

    private static bool IsProxyAuthenticationFailure(HttpRequestException? exception) =>
        exception is { HttpRequestError: HttpRequestError.ProxyTunnelError, StatusCode: HttpStatusCode.ProxyAuthenticationRequired or HttpStatusCode.Unauthorized };

    private bool TryGetDelay(HttpResponseMessage response, int attempt, out TimeSpan delay)
    {
        var retryAfter = RetryAfter(response);
        if (retryAfter is null)
        {
            delay = Backoff(attempt);
            return true;
        }

        if (retryAfter > options.MaxRetryAfter)
        {
            // Waiting that long inside one call would look like a hang; let the caller see the 429.
            delay = default;
            return false;
        }

        // A little jitter on top, never below what the server asked for, so clients told the same time don't return together.
        delay = retryAfter.Value + TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * Math.Min(1000, retryAfter.Value.TotalMilliseconds * 0.1));
        return true;
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - options.TimeProvider.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    private TimeSpan Backoff(int attempt)
    {
        // Exponential, capped, with "equal jitter": half fixed, half random.
        var ceiling = Math.Min(options.RetryMaxDelay.TotalMilliseconds, options.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, attempt - 1));
        return TimeSpan.FromMilliseconds((ceiling / 2) + (Random.Shared.NextDouble() * ceiling / 2));
    }

    private async Task DelayAsync(TimeSpan delay, bool async, CancellationToken cancellationToken)
    {
        if (delay <= TimeSpan.Zero)
        {
            return;
        }

        if (async)
        {
            await Task.Delay(delay, options.TimeProvider, cancellationToken).ConfigureAwait(false);
        }
        else if (options.TimeProvider == TimeProvider.System)
        {
            // A synchronous send sleeps on its own thread rather than waiting for a timer the thread pool must run.
            cancellationToken.WaitHandle.WaitOne(delay);
            cancellationToken.ThrowIfCancellationRequested();
        }
        else
        {
            // A test's clock: only its timers know when the delay ends.
            Task.Delay(delay, options.TimeProvider, cancellationToken).GetAwaiter().GetResult();
        }
    }
}

using Microsoft.Extensions.Logging;
using ZohoCrm.Data.Http.Internal;
using ZohoCrm.Data.Logging;

namespace ZohoCrm.Data.Http;

/// <summary>
/// Builds the HTTP pipeline every Zoho CRM call goes through, outermost first: the authentication handler (OAuth),
/// the request timeout, retries with backoff, the concurrency limit, logging, and the primary handler that carries the
/// proxy, firewall and TLS settings.
/// </summary>
/// <remarks>
/// The returned <see cref="HttpClient"/> owns the whole chain and is meant to live as long as its data source: the
/// primary <see cref="SocketsHttpHandler"/> recycles pooled connections itself, so there is no handler rotation that
/// could strand the authentication handler's token state. The client's own <see cref="HttpClient.Timeout"/> is infinite;
/// <see cref="ZohoCrmHttpOptions.Timeout"/> is applied by the pipeline so that it becomes a <see cref="ZohoCrmException"/>.
/// </remarks>
internal static class ZohoCrmHttpPipeline
{
    /// <summary>Creates the pipeline with its own log (from <paramref name="loggerFactory"/> and the options' Logfile/Verbosity).</summary>
    /// <param name="options">The connection settings; validated here.</param>
    /// <param name="authenticationHandler">The outermost handler (OAuth), or <see langword="null"/>; the client takes ownership.</param>
    /// <param name="loggerFactory">Where log lines go besides the Logfile; <see langword="null"/> for none.</param>
    /// <param name="primaryHandlerOverride">Replaces the network handler (tests); the proxy, firewall and TLS settings are then not applied.</param>
    public static HttpClient CreateHttpClient(ZohoCrmHttpOptions options, DelegatingHandler? authenticationHandler,
        ILoggerFactory? loggerFactory, HttpMessageHandler? primaryHandlerOverride = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var log = ZohoCrmLog.Create(options, loggerFactory);
        try
        {
            return Build(options, authenticationHandler, log, ownsLog: true, primaryHandlerOverride);
        }
        catch
        {
            log.Dispose();
            throw;
        }
    }

    /// <summary>Creates the pipeline writing to a log the caller owns (and shares with the rest of its data source).</summary>
    public static HttpClient CreateHttpClient(ZohoCrmHttpOptions options, DelegatingHandler? authenticationHandler,
        ZohoCrmLog log, HttpMessageHandler? primaryHandlerOverride = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        options.Validate();
        return Build(options, authenticationHandler, log, ownsLog: false, primaryHandlerOverride);
    }

    /// <summary>
    /// Creates only the network handler (proxy, firewall, TLS), for callers that need a plain client with the same
    /// transport, such as the OAuth token endpoint client.
    /// </summary>
    public static HttpMessageHandler CreatePrimaryHandler(ZohoCrmHttpOptions options, ZohoCrmLog log)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        return ZohoCrmPrimaryHandler.Create(options, log);
    }

    private static HttpClient Build(ZohoCrmHttpOptions options, DelegatingHandler? authenticationHandler, ZohoCrmLog log,
        bool ownsLog, HttpMessageHandler? primaryHandlerOverride)
    {
        var primary = primaryHandlerOverride ?? ZohoCrmPrimaryHandler.Create(options, log);
        var handlers = new List<DelegatingHandler>();
        if (authenticationHandler is not null)
        {
            handlers.Add(authenticationHandler);
        }

        if (options.EffectiveTimeout is not null)
        {
            handlers.Add(new ZohoCrmTimeoutHandler(options));
        }

        handlers.Add(new ZohoCrmRetryHandler(options, log));
        handlers.Add(new ZohoCrmConcurrencyLimitHandler(new SemaphoreSlim(options.MaxConcurrency, options.MaxConcurrency), log));
        handlers.Add(new ZohoCrmLoggingHandler(log, ownsLog));

        HttpMessageHandler inner = primary;
        for (var i = handlers.Count - 1; i >= 0; i--)
        {
            handlers[i].InnerHandler = inner;
            inner = handlers[i];
        }

        return new HttpClient(inner, disposeHandler: true) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
    }
}

using Microsoft.Extensions.Logging;
using ZohoCrm.Data.Http;
using ZohoCrm.Data.Http.Internal;
using ZohoCrm.Data.Logging;

// ReSharper disable once CheckNamespace: extension methods live in the namespace of the type they extend.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Puts the Zoho CRM pipeline on a client registered with <c>AddHttpClient</c> (IHttpClientFactory).</summary>
public static class ZohoCrmHttpClientBuilderExtensions
{
    /// <summary>
    /// Adds the Zoho CRM handlers (authentication, timeout, retries, concurrency limit, logging) and the primary handler
    /// (proxy, firewall, TLS) to a named or typed client.
    /// </summary>
    /// <remarks>
    /// IHttpClientFactory recreates handler chains every few minutes, so the state that must outlive a chain is created
    /// once here and shared: the concurrency slots (so the limit holds across chains) and the log (one open Logfile).
    /// <paramref name="authenticationHandlerFactory"/> is called for each new chain: return a new handler each time,
    /// keeping token state in a shared service rather than in the handler.
    /// </remarks>
    public static IHttpClientBuilder AddZohoCrmPipeline(this IHttpClientBuilder builder, ZohoCrmHttpOptions options,
        Func<IServiceProvider, DelegatingHandler>? authenticationHandlerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var slots = new SemaphoreSlim(options.MaxConcurrency, options.MaxConcurrency);
        ZohoCrmLog? log = null;
        var logLock = new Lock();
        ZohoCrmLog Log(IServiceProvider services)
        {
            lock (logLock)
            {
                return log ??= ZohoCrmLog.Create(options, services.GetService<ILoggerFactory>());
            }
        }

        builder.ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan);
        builder.ConfigurePrimaryHttpMessageHandler(services => ZohoCrmPrimaryHandler.Create(options, Log(services)));
        if (authenticationHandlerFactory is not null)
        {
            builder.AddHttpMessageHandler(authenticationHandlerFactory);
        }

        if (options.EffectiveTimeout is not null)
        {
            builder.AddHttpMessageHandler(() => new ZohoCrmTimeoutHandler(options));
        }

        builder.AddHttpMessageHandler(services => new ZohoCrmRetryHandler(options, Log(services)));
        builder.AddHttpMessageHandler(services => new ZohoCrmConcurrencyLimitHandler(slots, Log(services)));
        builder.AddHttpMessageHandler(services => new ZohoCrmLoggingHandler(Log(services), ownsLog: false));
        return builder;
    }
}

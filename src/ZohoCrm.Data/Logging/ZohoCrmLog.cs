using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ZohoCrm.Data.Http;
using ZohoCrm.Data.Logging.Internal;

namespace ZohoCrm.Data.Logging;

/// <summary>
/// A data source's loggers, one per area (see <see cref="ZohoCrmDataEventId"/>). Each event goes to the application's
/// <see cref="ILoggerFactory"/> (filtered by its own configuration) and to the <see cref="ZohoCrmHttpOptions.Logfile"/>
/// (filtered by <see cref="ZohoCrmHttpOptions.Verbosity"/>), redacted on the way: the same events, one path. Thread-safe.
/// </summary>
internal sealed class ZohoCrmLog : IDisposable
{
    /// <summary>The prefix of every logger category the provider logs under.</summary>
    public const string LoggerCategory = "ZohoCrm.Data";

    /// <summary>Proxy, firewall and TLS set-up (event ids 30000-30099).</summary>
    public const string ConnectionCategory = LoggerCategory + ".Connection";

    /// <summary>Token calls and sign-in (event ids 30100-30199).</summary>
    public const string OAuthCategory = LoggerCategory + ".OAuth";

    /// <summary>Requests, their bodies, retries and waits (event ids 30200-30299).</summary>
    public const string HttpCategory = LoggerCategory + ".Http";

    /// <summary>Request and response headers (event ids 30206, 30207), apart so they can be switched on alone.</summary>
    public const string HttpHeadersCategory = HttpCategory + ".Headers";

    /// <summary>Queries and their plans (event ids 30400-30499).</summary>
    public const string QueryCategory = LoggerCategory + ".Query";

    private readonly ZohoCrmLogFile? _file;

    private ZohoCrmLog(int verbosity, ILoggerFactory? loggerFactory, ZohoCrmLogFile? file)
    {
        Verbosity = verbosity;
        _file = file;
        Connection = Create(ConnectionCategory);
        OAuth = Create(OAuthCategory);
        Http = Create(HttpCategory);
        HttpHeaders = Create(HttpHeadersCategory);
        Query = Create(QueryCategory);

        ILogger Create(string category) =>
            new ZohoCrmRedactingLogger(loggerFactory?.CreateLogger(category) ?? NullLogger.Instance, file?.CreateLogger(category));
    }

    /// <summary>A log that writes nothing.</summary>
    public static ZohoCrmLog None { get; } = new(1, null, null);

    /// <summary>How much of the provider's events the Logfile gets (1-5); body truncation also follows it.</summary>
    public int Verbosity { get; }

    internal ILogger Connection { get; }

    internal ILogger OAuth { get; }

    internal ILogger Http { get; }

    internal ILogger HttpHeaders { get; }

    internal ILogger Query { get; }

    /// <summary>Opens the log the options describe; the caller disposes it (which closes the log file).</summary>
    /// <exception cref="ArgumentException">The log file cannot be opened for appending.</exception>
    public static ZohoCrmLog Create(ZohoCrmHttpOptions options, ILoggerFactory? loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        var file = string.IsNullOrWhiteSpace(options.Logfile) ? null : ZohoCrmLogFile.Open(options.Logfile, options.Verbosity);
        return new ZohoCrmLog(options.Verbosity, loggerFactory, file);
    }

    /// <summary>Closes the log file.</summary>
    public void Dispose() => _file?.Dispose();
}

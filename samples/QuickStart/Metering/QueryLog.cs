using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace QuickStart.Metering;

/// <summary>
/// Keeps the line ZohoCrm.Data writes for each query at <c>Verbosity=1</c> ("Query on module 'Leads': 1 step(s),
/// 1 call(s), 5 row(s) in 12 ms."), the provider's own account of what a query cost. Plug it in with
/// <c>ZohoCrmDataSourceBuilder.UseLoggerFactory</c>, as an application would plug in its logging.
/// </summary>
public sealed class QueryLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public int Count => _lines.Count;

    /// <summary>The query lines written since <paramref name="count"/> were.</summary>
    public IReadOnlyList<string> Since(int count) => [.. _lines.Skip(count)];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(QueryLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information && category.StartsWith("ZohoCrm.Data", StringComparison.Ordinal);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var message = formatter(state, exception);
            if (IsEnabled(logLevel) && message.StartsWith("Query on module", StringComparison.Ordinal))
            {
                log._lines.Enqueue(message);
            }
        }
    }
}

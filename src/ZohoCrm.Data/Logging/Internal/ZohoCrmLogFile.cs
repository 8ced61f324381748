using System.Globalization;
using Microsoft.Extensions.Logging;
using ZohoCrm.Data.Internal;

namespace ZohoCrm.Data.Logging.Internal;

/// <summary>
/// The connection string's <c>Logfile</c>: a logger provider that appends the provider's events to a file, filtered by
/// <c>Verbosity</c>, one entry per event: <c>time [least verbosity that writes it] LEVEL message</c>. Thread-safe.
/// </summary>
internal sealed class ZohoCrmLogFile : ILoggerProvider
{
    private readonly StreamWriter _writer;
    private readonly int _verbosity;
    private readonly Lock _lock = new();
    private bool _disposed;

    private ZohoCrmLogFile(StreamWriter writer, int verbosity)
    {
        _writer = writer;
        _verbosity = verbosity;
    }

    /// <summary>Opens the file for appending.</summary>
    /// <exception cref="ArgumentException">The file cannot be opened.</exception>
    public static ZohoCrmLogFile Open(string logfile, int verbosity)
    {
        try
        {
            var path = Path.GetFullPath(logfile);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            // Shared so several processes (or data sources) can append to one file, and so it can be tailed.
            var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
            return new ZohoCrmLogFile(new StreamWriter(stream) { AutoFlush = true }, verbosity);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new ArgumentException(Properties.ZohoCrmStrings.LogfileCannotBeOpened(logfile, e.Message), "Logfile", e);
        }
    }

    /// <summary>
    /// The least level of a category that <paramref name="verbosity"/> writes: 1 information and above everywhere; 2 adds
    /// request lines, retries and query plans (Debug); 3 bodies (Trace); 4 everything, headers and OAuth and connection
    /// detail included; 5 also bodies whole.
    /// </summary>
    public static LogLevel MinimumLevel(string category, int verbosity) =>
        verbosity >= 4 ? LogLevel.Trace
        : category switch
        {
            ZohoCrmLog.HttpCategory => verbosity >= 3 ? LogLevel.Trace : verbosity >= 2 ? LogLevel.Debug : LogLevel.Information,
            ZohoCrmLog.QueryCategory => verbosity >= 2 ? LogLevel.Debug : LogLevel.Information,
            _ => LogLevel.Information,
        };

    public ILogger CreateLogger(string categoryName) => new Writer(this, categoryName);

    public void Dispose()
    {
        lock (_lock)
        {
            if (!_disposed)
            {
                _disposed = true;
                _writer.Dispose();
            }
        }
    }

    private void Write(string line)
    {
        lock (_lock)
        {
            if (!_disposed)
            {
                _writer.WriteLine(line);
            }
        }
    }

    private static string LevelName(LogLevel level) => level switch
    {
        LogLevel.Critical or LogLevel.Error => "ERROR",
        LogLevel.Warning => "WARN ",
        LogLevel.Information => "INFO ",
        LogLevel.Debug => "DEBUG",
        _ => "TRACE",
    };

    private sealed class Writer(ZohoCrmLogFile file, string category) : ILogger
    {
        private readonly LogLevel _minimum = MinimumLevel(category, file._verbosity);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None && logLevel >= _minimum;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            // The entry names the least Verbosity that writes it, so a reader knows what a lower setting would keep.
            var least = Enumerable.Range(1, 5).First(v => logLevel >= MinimumLevel(category, v));
            file.Write(string.Create(CultureInfo.InvariantCulture,
                $"{ZohoCrmDateTimes.FormatLogTime(DateTimeOffset.UtcNow)} [{least}] {LevelName(logLevel)} {formatter(state, exception)}"));
        }
    }
}

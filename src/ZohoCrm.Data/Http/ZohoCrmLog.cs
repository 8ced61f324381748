using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ZohoCrm.Data.Http.Internal;
using ZohoCrm.Data.Properties;

namespace ZohoCrm.Data.Http;

/// <summary>
/// The provider's log: lines go to <see cref="ZohoCrmHttpOptions.Logfile"/> (when set) and to an <see cref="ILogger"/>
/// (category <c>ZohoCrm.Data</c>), filtered by <see cref="ZohoCrmHttpOptions.Verbosity"/>. Every line is passed through
/// secret redaction first, so tokens, client secrets, codes and passwords never reach either sink. Thread-safe.
/// </summary>
public sealed class ZohoCrmLog : IDisposable
{
    /// <summary>The <see cref="ILogger"/> category the provider logs under.</summary>
    public const string LoggerCategory = "ZohoCrm.Data";

    private readonly ILogger _logger;
    private readonly StreamWriter? _file;
    private readonly Lock _fileLock = new();
    private bool _disposed;

    private ZohoCrmLog(int verbosity, ILogger logger, StreamWriter? file)
    {
        Verbosity = verbosity;
        _logger = logger;
        _file = file;
    }

    /// <summary>A log that writes nothing.</summary>
    public static ZohoCrmLog None { get; } = new(0, NullLogger.Instance, null);

    /// <summary>The highest level written (1-5).</summary>
    public int Verbosity { get; }

    /// <summary>Opens the log the options describe; the caller disposes it (which closes the log file).</summary>
    /// <exception cref="ArgumentException">The log file cannot be opened for appending.</exception>
    public static ZohoCrmLog Create(ZohoCrmHttpOptions options, ILoggerFactory? loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        var logger = loggerFactory?.CreateLogger(LoggerCategory) ?? NullLogger.Instance;
        StreamWriter? file = null;
        if (!string.IsNullOrWhiteSpace(options.Logfile))
        {
            try
            {
                var path = Path.GetFullPath(options.Logfile);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                // Shared so several processes (or data sources) can append to one file, and so it can be tailed.
                var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
                file = new StreamWriter(stream) { AutoFlush = true };
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
            {
                throw new ArgumentException(ZohoCrmStrings.LogfileCannotBeOpened(options.Logfile, e.Message), nameof(options.Logfile), e);
            }
        }

        return new ZohoCrmLog(options.Verbosity, logger, file);
    }

    /// <summary>Whether lines of this verbosity level (1-5) are written anywhere.</summary>
    public bool IsEnabled(int verbosity) => verbosity <= Verbosity;

    /// <summary>Whether a line of this level reaches a sink: the log file, or a logger that is not switched off.</summary>
    internal bool IsWritten(int verbosity) =>
        IsEnabled(verbosity) && (_file is not null || _logger.IsEnabled(LogLevel.Critical));

    /// <summary>Writes a line if <paramref name="verbosity"/> is within <see cref="Verbosity"/>; secrets in it are redacted.</summary>
    public void Write(int verbosity, LogLevel level, string message, Exception? exception = null)
    {
        if (!IsEnabled(verbosity))
        {
            return;
        }

        var redacted = LogRedaction.Redact(message);
        if (exception is not null)
        {
            redacted += " (" + exception.GetType().Name + ": " + LogRedaction.Redact(exception.Message) + ")";
        }

        if (_logger.IsEnabled(level))
        {
            // The exception object is not handed to the logger: its message or inner messages could carry secrets.
#pragma warning disable CA2254 // the text is already formatted and redacted
            _logger.Log(level, new EventId(verbosity, "Verbosity" + verbosity.ToString(CultureInfo.InvariantCulture)), redacted);
#pragma warning restore CA2254
        }

        if (_file is not null)
        {
            var line = string.Create(CultureInfo.InvariantCulture, $"{DateTimeOffset.UtcNow:yyyy-MM-ddTHH:mm:ss.fffZ} [{verbosity}] {LevelName(level)} {redacted}");
            lock (_fileLock)
            {
                if (!_disposed)
                {
                    _file.WriteLine(line);
                }
            }
        }
    }

    /// <summary>Writes an error (level 1).</summary>
    public void Error(string message, Exception? exception = null) => Write(1, LogLevel.Error, message, exception);

    /// <summary>Writes a warning (level 1).</summary>
    public void Warning(string message) => Write(1, LogLevel.Warning, message);

    /// <summary>Writes the one line per query (level 1), e.g. the COQL text and the number of rows.</summary>
    public void Query(string message) => Write(1, LogLevel.Information, message);

    /// <summary>Closes the log file.</summary>
    public void Dispose()
    {
        lock (_fileLock)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _file?.Dispose();
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
}

using Microsoft.Extensions.Logging;

namespace ZohoCrm.Data.Logging.Internal;

/// <summary>
/// The one way out of the provider's events: hands each event to the application's logger and to the Logfile, with its
/// message and every value redacted (<see cref="LogRedaction"/>), so no secret reaches any sink at any level.
/// </summary>
internal sealed class ZohoCrmRedactingLogger(ILogger application, ILogger? file) : ILogger
{
    public bool IsEnabled(LogLevel logLevel) => application.IsEnabled(logLevel) || file?.IsEnabled(logLevel) == true;

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => application.BeginScope(state);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var toApplication = application.IsEnabled(logLevel);
        var toFile = file?.IsEnabled(logLevel) == true;
        if (!toApplication && !toFile)
        {
            return;
        }

        // The exception is not passed on: its messages could carry secrets. Events about a failure carry its type and
        // redacted message as values instead.
        var redacted = new RedactedLogValues(state, formatter(state, null));
        if (toApplication)
        {
            application.Log(logLevel, eventId, redacted, null, RedactedLogValues.Format);
        }

        if (toFile)
        {
            file!.Log(logLevel, eventId, redacted, null, RedactedLogValues.Format);
        }
    }

    /// <summary>An event's values and message with secrets masked; structured loggers see the same names as the template's.</summary>
    private sealed class RedactedLogValues : IReadOnlyList<KeyValuePair<string, object?>>
    {
        private readonly KeyValuePair<string, object?>[] _values;
        private readonly string _message;

        public RedactedLogValues(object? state, string message)
        {
            _message = LogRedaction.Redact(message);
            _values = state is IEnumerable<KeyValuePair<string, object?>> values
                ? values.Select(v => new KeyValuePair<string, object?>(v.Key, v.Key == "{OriginalFormat}" ? v.Value : Redact(v.Value))).ToArray()
                : [];
        }

        public int Count => _values.Length;

        public KeyValuePair<string, object?> this[int index] => _values[index];

        public static string Format(RedactedLogValues values, Exception? exception) => values._message;

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)_values).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => _message;

        // Numbers, enums, dates and the like cannot hold a secret; everything else is logged as redacted text.
        private static object? Redact(object? value) => value switch
        {
            null or int or long or bool or double or decimal or TimeSpan or DateTimeOffset or Enum => value,
            Uri uri => LogRedaction.Redact(uri),
            _ => LogRedaction.Redact(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)),
        };
    }
}

using Microsoft.Extensions.Logging;
using E = ZohoCrm.Data.Logging.ZohoCrmDataEventId;

namespace ZohoCrm.Data.Logging.Internal;

/// <summary>
/// The query area's events (ids 30400-30499). The line per query holds only names and counts: WHERE literals and
/// parameters may be personal data, so they appear only in the plan (Debug) and the bodies (Trace).
/// </summary>
internal static partial class QueryLog
{
    [LoggerMessage(E.QueryCompleted, LogLevel.Information,
        "Query on module '{Module}': {Steps} step(s), {Calls} call(s), {Rows} row(s){RowsChecked} in {ElapsedMilliseconds} ms.", EventName = nameof(E.QueryCompleted))]
    private static partial void QueryCompletedCore(this ILogger logger, string module, int steps, int calls, long rows, string rowsChecked, long elapsedMilliseconds);

    public static void QueryCompleted(this ILogger logger, string module, int steps, int calls, long rows, long? rowsChecked, long elapsedMilliseconds) =>
        logger.QueryCompletedCore(module, steps, calls, rows,
            rowsChecked is { } read ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $" ({read} read and checked on the client)") : "",
            elapsedMilliseconds);

    [LoggerMessage(E.QueryFailed, LogLevel.Error, "Query on module '{Module}' failed ({ErrorType}): {Steps} step(s), {Calls} call(s) in {ElapsedMilliseconds} ms.",
        EventName = nameof(E.QueryFailed))]
    public static partial void QueryFailed(this ILogger logger, string module, string errorType, int steps, int calls, long elapsedMilliseconds);

    [LoggerMessage(E.QueryPlanned, LogLevel.Debug, "{Plan}", EventName = nameof(E.QueryPlanned))]
    public static partial void QueryPlanned(this ILogger logger, string plan);

    [LoggerMessage(E.MetadataCacheFileIgnored, LogLevel.Warning,
        "The metadata file '{Path}' (MetadataCacheLocation) was not used: {Reason} The metadata is read from Zoho CRM and the file rewritten with it.",
        EventName = nameof(E.MetadataCacheFileIgnored))]
    public static partial void MetadataCacheFileIgnored(this ILogger logger, string path, string reason);
}

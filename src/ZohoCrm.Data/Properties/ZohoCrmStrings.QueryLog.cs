namespace ZohoCrm.Data.Properties;

// The log's line per query (Verbosity 1). Only counts and names: never a value of the query.
public static partial class ZohoCrmStrings
{
    public static string QueryCompleted(string module, int steps, int calls, long rows, long? rowsChecked, long milliseconds) =>
        Format("Query on module '{0}': {1} step(s), {2} call(s), {3} row(s){4} in {5} ms.", module, steps, calls, rows,
            rowsChecked is { } read ? Format(" ({0} read and checked on the client)", read) : "", milliseconds);

    public static string QueryFailed(string module, int steps, int calls, long milliseconds, string error) =>
        Format("Query on module '{0}' failed ({4}): {1} step(s), {2} call(s) in {3} ms.", module, steps, calls, milliseconds, error);
}

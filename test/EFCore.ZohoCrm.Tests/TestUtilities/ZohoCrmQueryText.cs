using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EFCore.ZohoCrm.Tests.TestUtilities;

/// <summary>
/// The dialect text of queries that end in a scalar operator (Count, Any, Sum ...) or in ExecuteUpdate/ExecuteDelete,
/// which ToQueryString cannot show: the command is captured by an interceptor and the execution is suppressed.
/// </summary>
public static class ZohoCrmQueryText
{
    public static string Of(DbContext context, Action execute)
    {
        var capture = ((CrmContext)context).Commands;
        capture.Last = null;
        try
        {
            execute();
        }
        catch (CommandCapture.CapturedException)
        {
        }

        return capture.Last ?? throw new AssertionException("No command was executed.");
    }
}

/// <summary>Records the text of the command about to run, then stops it.</summary>
public sealed class CommandCapture : DbCommandInterceptor
{
    public string? Last { get; set; }

    /// <summary>The parameters of that command, by name.</summary>
    public Dictionary<string, object?> LastParameters { get; } = [];

    public override InterceptionResult<System.Data.Common.DbDataReader> ReaderExecuting(
        System.Data.Common.DbCommand command, CommandEventData eventData, InterceptionResult<System.Data.Common.DbDataReader> result)
    {
        Capture(command);
        throw new CapturedException();
    }

    public override InterceptionResult<int> NonQueryExecuting(
        System.Data.Common.DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Capture(command);
        throw new CapturedException();
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        System.Data.Common.DbCommand command, CommandEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Capture(command);
        throw new CapturedException();
    }

    private void Capture(System.Data.Common.DbCommand command)
    {
        Last = command.CommandText;
        LastParameters.Clear();
        foreach (System.Data.Common.DbParameter parameter in command.Parameters)
        {
            LastParameters[parameter.ParameterName] = parameter.Value;
        }
    }

    public sealed class CapturedException : Exception;
}

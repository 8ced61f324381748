using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EFCore.ZohoCrm.Tests.TestUtilities;

/// <summary>
/// The dialect text of queries that end in a scalar operator (Count, Any, Sum ...), which ToQueryString cannot
/// show: the command is captured by an interceptor and the execution is suppressed.
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

    public override InterceptionResult<System.Data.Common.DbDataReader> ReaderExecuting(
        System.Data.Common.DbCommand command, CommandEventData eventData, InterceptionResult<System.Data.Common.DbDataReader> result)
    {
        Last = command.CommandText;
        throw new CapturedException();
    }

    public sealed class CapturedException : Exception;
}

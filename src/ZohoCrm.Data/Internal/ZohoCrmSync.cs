using System.Runtime.CompilerServices;

namespace ZohoCrm.Data.Internal;

/// <summary>
/// The result of a task a synchronous caller ran with <c>async: false</c>: every step did synchronous I/O, so the task is
/// complete when it returns (the pattern Npgsql uses). A task that is not complete would mean a hidden wait on a
/// request path; that is a bug, and it fails at once rather than blocking a thread.
/// </summary>
internal static class ZohoCrmSync
{
    public static T GetCompletedResult<T>(Task<T> task, [CallerArgumentExpression(nameof(task))] string? call = null)
    {
        EnsureCompleted(task, call);
        return task.GetAwaiter().GetResult();
    }

    public static void GetCompletedResult(Task task, [CallerArgumentExpression(nameof(task))] string? call = null)
    {
        EnsureCompleted(task, call);
        task.GetAwaiter().GetResult();
    }

    public static T GetCompletedResult<T>(ValueTask<T> task, [CallerArgumentExpression(nameof(task))] string? call = null)
    {
        if (!task.IsCompleted)
        {
            throw NotCompleted(call);
        }

        return task.GetAwaiter().GetResult();
    }

    public static void GetCompletedResult(ValueTask task, [CallerArgumentExpression(nameof(task))] string? call = null)
    {
        if (!task.IsCompleted)
        {
            throw NotCompleted(call);
        }

        task.GetAwaiter().GetResult();
    }

    private static void EnsureCompleted(Task task, string? call)
    {
        ArgumentNullException.ThrowIfNull(task);
        if (!task.IsCompleted)
        {
            throw NotCompleted(call);
        }
    }

    // Not a user-facing message: it names a defect in the provider, for its maintainers.
    private static InvalidOperationException NotCompleted(string? call) =>
        new($"A synchronous call was about to wait for an incomplete task ({call}); every step of a synchronous call must do synchronous I/O. This is a bug in ZohoCrm.Data: please report it.");
}

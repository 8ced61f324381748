using ZohoCrm.Data.Properties;

namespace ZohoCrm.Data.Execution;

/// <summary>
/// <see cref="ZohoCrmCommand.CommandTimeout"/> as SqlClient and Npgsql apply theirs: to each wait on the server (one
/// Zoho call, the time to the next page), not to the whole read. A query that reads 100 pages, each in time, is never
/// cut short; a single call that does not answer in time fails with a <see cref="TimeoutException"/> naming the setting.
/// </summary>
internal sealed class ZohoCrmCallTimeout
{
    public static readonly ZohoCrmCallTimeout None = new(0);

    public ZohoCrmCallTimeout(int seconds) => Seconds = seconds;

    /// <summary>The allowance of one call in seconds; 0 waits without limit.</summary>
    public int Seconds { get; }

    /// <summary>Runs one call (or one step of preparation, named by <paramref name="what"/>) within the allowance.</summary>
    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> call, string what, CancellationToken cancellationToken)
    {
        if (Seconds <= 0)
        {
            return await call(cancellationToken).ConfigureAwait(false);
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(Seconds));
        try
        {
            return await call(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException(ZohoCrmStrings.CallTimedOut(Seconds, what), e);
        }
    }
}

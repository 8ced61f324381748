namespace ZohoCrm.Data.OAuth;

/// <summary>
/// Keeps OAuth tokens between requests and runs. Implement it to keep tokens in a database or a distributed cache and
/// register it with <see cref="ZohoCrmDataSourceBuilder.UseTokenStore"/> or in the service container used by
/// <c>services.AddZohoCrmDataSource(…)</c>. Implementations must be thread-safe.
/// </summary>
public interface IZohoCrmTokenStore
{
    /// <summary>Reads the tokens stored under <paramref name="key"/>, or <see langword="null"/> when there are none.</summary>
    ValueTask<ZohoCrmToken?> GetAsync(ZohoCrmTokenKey key, CancellationToken cancellationToken = default);

    /// <summary>Stores <paramref name="token"/> under <paramref name="key"/>, replacing what was there.</summary>
    ValueTask SaveAsync(ZohoCrmTokenKey key, ZohoCrmToken token, CancellationToken cancellationToken = default);

    /// <summary>Forgets the tokens stored under <paramref name="key"/> (after they were revoked, or to force a new sign-in).</summary>
    ValueTask DeleteAsync(ZohoCrmTokenKey key, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes the lock that makes read, check, refresh and write one step for <paramref name="key"/> across every
    /// process sharing the store, so that an expiry causes one refresh, not one per process (Zoho throttles refreshes).
    /// Within a process the data source already allows one refresh at a time; the default returns a lock that does nothing.
    /// </summary>
    ValueTask<IAsyncDisposable> AcquireRefreshLockAsync(ZohoCrmTokenKey key, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<IAsyncDisposable>(NoLock.Instance);

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

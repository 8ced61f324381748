using System.Collections.Concurrent;
using ZohoCrm.Data.OAuth;

namespace ZohoCrm.Data.Tests.Support;

/// <summary>An in-memory token store that records each call, to prove which store a data source used and in what order.</summary>
internal sealed class RecordingTokenStore : IZohoCrmTokenStore
{
    private readonly ZohoCrmInMemoryTokenStore _inner = new();

    public ConcurrentQueue<string> Calls { get; } = new();

    public async ValueTask<ZohoCrmToken?> GetAsync(ZohoCrmTokenKey key, CancellationToken cancellationToken = default)
    {
        Calls.Enqueue("get " + key.User);
        return await _inner.GetAsync(key, cancellationToken);
    }

    public async ValueTask SaveAsync(ZohoCrmTokenKey key, ZohoCrmToken token, CancellationToken cancellationToken = default)
    {
        Calls.Enqueue("save " + key.User);
        await _inner.SaveAsync(key, token, cancellationToken);
    }

    public async ValueTask DeleteAsync(ZohoCrmTokenKey key, CancellationToken cancellationToken = default)
    {
        Calls.Enqueue("delete " + key.User);
        await _inner.DeleteAsync(key, cancellationToken);
    }
}

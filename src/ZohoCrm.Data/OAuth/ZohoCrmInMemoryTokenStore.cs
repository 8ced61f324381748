using System.Collections.Concurrent;

namespace ZohoCrm.Data.OAuth;

/// <summary>Keeps tokens in memory for the life of the process: the default when <c>OAuthSettingsLocation</c> is not set.</summary>
public sealed class ZohoCrmInMemoryTokenStore : IZohoCrmTokenStore
{
    private readonly ConcurrentDictionary<ZohoCrmTokenKey, ZohoCrmToken> _tokens = new();

    /// <inheritdoc />
    public ValueTask<ZohoCrmToken?> GetAsync(ZohoCrmTokenKey key, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_tokens.TryGetValue(key, out var token) ? token : null);

    /// <inheritdoc />
    public ValueTask SaveAsync(ZohoCrmTokenKey key, ZohoCrmToken token, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        _tokens[key] = token;
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask DeleteAsync(ZohoCrmTokenKey key, CancellationToken cancellationToken = default)
    {
        _tokens.TryRemove(key, out _);
        return ValueTask.CompletedTask;
    }
}

using System.Collections.Concurrent;
using ZohoCrm.Data.Metadata;

namespace ZohoCrm.Data.Schema;

/// <summary>
/// Module and field metadata of one org, fetched once per data source and kept until <see cref="Refresh"/>: the module
/// list with the first query, each module's fields with the first query that names it. Concurrent first uses share
/// one call. Thread-safe.
/// </summary>
internal sealed class ZohoCrmMetadataCache
{
    private readonly IZohoCrmMetadataSource _source;
    private readonly object _refreshLock = new();
    private Lazy<Task<IReadOnlyDictionary<string, ZohoCrmModuleMetadata>>> _modules;
    private ConcurrentDictionary<string, Lazy<Task<ZohoCrmModuleMetadata?>>> _withFields = NewFieldLoads();

    public ZohoCrmMetadataCache(IZohoCrmMetadataSource source)
    {
        _source = source;
        _modules = NewModulesLoad();
    }

    /// <summary>How many times metadata was fetched (module list and field lists); for tests and diagnostics.</summary>
    public int FetchCount => _fetchCount;

    private int _fetchCount;

    /// <summary>Every module of the org (without fields), by API name, case-insensitively.</summary>
    public async Task<IReadOnlyDictionary<string, ZohoCrmModuleMetadata>> GetModulesAsync(CancellationToken cancellationToken)
    {
        var load = _modules;
        try
        {
            return await load.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (load.Value.IsFaulted || load.Value.IsCanceled)
        {
            // A failed load is not cached: the next caller tries again.
            Interlocked.CompareExchange(ref _modules, NewModulesLoad(), load);
            throw;
        }
    }

    /// <summary>A module with its fields, or <see langword="null"/> when the org has no such module.</summary>
    public async Task<ZohoCrmModuleMetadata?> GetModuleAsync(string apiName, CancellationToken cancellationToken)
    {
        var modules = await GetModulesAsync(cancellationToken).ConfigureAwait(false);
        if (!modules.TryGetValue(apiName, out var module))
        {
            return null;
        }

        var loads = _withFields;
        var load = loads.GetOrAdd(module.ApiName, _ => new Lazy<Task<ZohoCrmModuleMetadata?>>(() => LoadFieldsAsync(module)));
        try
        {
            return await load.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (load.Value.IsFaulted || load.Value.IsCanceled)
        {
            loads.TryRemove(new KeyValuePair<string, Lazy<Task<ZohoCrmModuleMetadata?>>>(module.ApiName, load));
            throw;
        }
    }

    /// <summary>Modules whose fields are loaded, for the planner's synchronous look-ups.</summary>
    public IReadOnlyList<ZohoCrmModuleMetadata> LoadedModules() =>
        _withFields.Values
            .Where(l => l.IsValueCreated && l.Value.IsCompletedSuccessfully && l.Value.Result is not null)
            .Select(l => l.Value.Result!)
            .ToList();

    /// <summary>Forgets everything; the next query fetches the metadata again (after fields were added in the CRM).</summary>
    public void Refresh()
    {
        lock (_refreshLock)
        {
            _modules = NewModulesLoad();
            _withFields = NewFieldLoads();
        }
    }

    private Lazy<Task<IReadOnlyDictionary<string, ZohoCrmModuleMetadata>>> NewModulesLoad() =>
        new(async () =>
        {
            // Not tied to one caller's token: the result serves every caller.
            Interlocked.Increment(ref _fetchCount);
            var modules = await _source.GetModulesAsync(CancellationToken.None).ConfigureAwait(false);
            return modules
                .GroupBy(m => m.ApiName, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        });

    private static ConcurrentDictionary<string, Lazy<Task<ZohoCrmModuleMetadata?>>> NewFieldLoads() => new(StringComparer.OrdinalIgnoreCase);

    private async Task<ZohoCrmModuleMetadata?> LoadFieldsAsync(ZohoCrmModuleMetadata module)
    {
        Interlocked.Increment(ref _fetchCount);
        var fields = await _source.GetFieldsAsync(module.ApiName, CancellationToken.None).ConfigureAwait(false);
        return module with { Fields = fields };
    }
}

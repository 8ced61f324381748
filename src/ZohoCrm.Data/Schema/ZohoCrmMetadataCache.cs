using System.Collections.Concurrent;
using ZohoCrm.Data.Internal;
using ZohoCrm.Data.Metadata;

namespace ZohoCrm.Data.Schema;

/// <summary>
/// Module and field metadata of one org, fetched once per data source and kept until <see cref="Refresh"/>: the module
/// list with the first query, each module's fields with the first query that names it. Concurrent first uses share
/// one call, made by the first caller (synchronously for a synchronous caller) through the source it brings: with the
/// token of that caller's user, since the metadata describes the org and serves every user. With a
/// <see cref="ZohoCrmMetadataFile"/> (<c>MetadataCacheLocation</c>), a load takes the file's copy while it is young
/// enough and keeps what it reads from Zoho in the file. Thread-safe.
/// </summary>
internal sealed class ZohoCrmMetadataCache(ZohoCrmMetadataFile? file = null)
{
    private const string ModuleListKey = "";
    private static readonly object SynchronousLoad = new();
    private ConcurrentDictionary<string, Task<IReadOnlyDictionary<string, ZohoCrmModuleMetadata>>> _modules = new();
    private ConcurrentDictionary<string, Task<ZohoCrmModuleMetadata?>> _withFields = new(StringComparer.OrdinalIgnoreCase);
    private int _fetchCount;

    /// <summary>How many times metadata was fetched (module list and field lists); for tests and diagnostics.</summary>
    public int FetchCount => _fetchCount;

    /// <summary>Every module of the org (without fields), by API name, case-insensitively.</summary>
    public Task<IReadOnlyDictionary<string, ZohoCrmModuleMetadata>> GetModulesAsync(IZohoCrmMetadataSource source, CancellationToken cancellationToken) =>
        GetModulesAsync(source, async: true, cancellationToken);

    /// <inheritdoc cref="GetModulesAsync(IZohoCrmMetadataSource, CancellationToken)"/>
    public Task<IReadOnlyDictionary<string, ZohoCrmModuleMetadata>> GetModulesAsync(IZohoCrmMetadataSource source, bool async, CancellationToken cancellationToken) =>
        GetSharedAsync(_modules, ModuleListKey, a => LoadModulesAsync(source, a), async, cancellationToken);

    /// <summary>A module with its fields, or <see langword="null"/> when the org has no such module.</summary>
    public Task<ZohoCrmModuleMetadata?> GetModuleAsync(IZohoCrmMetadataSource source, string apiName, CancellationToken cancellationToken) =>
        GetModuleAsync(source, apiName, async: true, cancellationToken);

    /// <inheritdoc cref="GetModuleAsync(IZohoCrmMetadataSource, string, CancellationToken)"/>
    public async Task<ZohoCrmModuleMetadata?> GetModuleAsync(IZohoCrmMetadataSource source, string apiName, bool async, CancellationToken cancellationToken)
    {
        var modules = await GetModulesAsync(source, async, cancellationToken).ConfigureAwait(false);
        if (!modules.TryGetValue(apiName, out var module))
        {
            return null;
        }

        return await GetSharedAsync(_withFields, module.ApiName, a => LoadFieldsAsync(source, module, a), async, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Modules whose fields are loaded.</summary>
    public IReadOnlyList<ZohoCrmModuleMetadata> LoadedModules() =>
        _withFields.Values.Where(t => t.IsCompletedSuccessfully && t.Result is not null).Select(t => t.Result!).ToList();

    /// <summary>Forgets everything; the next query fetches the metadata again (after fields were added in the CRM).</summary>
    public void Refresh()
    {
        file?.Distrust();
        _modules = new();
        _withFields = new(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The load of <paramref name="key"/>, started by the first caller and shared by the rest; a failed load is not kept,
    /// so the next caller tries again. The load is not tied to one caller's token (its result serves every caller); each
    /// caller stops waiting when its own token is cancelled.
    /// </summary>
    private static async Task<T> GetSharedAsync<T>(ConcurrentDictionary<string, Task<T>> loads, string key, Func<bool, Task<T>> load, bool async,
        CancellationToken cancellationToken)
    {
        if (!loads.TryGetValue(key, out var task))
        {
            // A synchronous load is marked, so a synchronous caller knows whether waiting for it needs the thread pool.
            var mine = new TaskCompletionSource<T>(async ? null : SynchronousLoad, TaskCreationOptions.RunContinuationsAsynchronously);
            task = loads.GetOrAdd(key, mine.Task);
            if (task == mine.Task)
            {
                // A synchronous first caller loads synchronously, so the task is complete here.
                _ = CompleteAsync(mine, loads, key, load(async));
            }
        }

        if (async)
        {
            return await task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        if (task.IsCompleted)
        {
            return ZohoCrmSync.GetCompletedResult(task);
        }

        if (task.AsyncState != SynchronousLoad)
        {
            // An asynchronous load in flight needs a pool thread to finish; a synchronous caller never waits for one (the
            // pool may be held by callers like it): it loads on its own thread, and the shared load serves the others.
            return ZohoCrmSync.GetCompletedResult(load(false));
        }

        // Another caller's synchronous load, on its own thread: it completes with no pool thread, so waiting for it
        // cannot starve (the one real wait on the synchronous path, instead of a second metadata call).
        try
        {
            task.Wait(cancellationToken);
        }
        catch (AggregateException)
        {
            // Rethrown below as itself.
        }

        return ZohoCrmSync.GetCompletedResult(task);
    }

    private static async Task CompleteAsync<T>(TaskCompletionSource<T> completion, ConcurrentDictionary<string, Task<T>> loads, string key, Task<T> running)
    {
        try
        {
            completion.SetResult(await running.ConfigureAwait(false));
        }
        catch (Exception e)
        {
            loads.TryRemove(new KeyValuePair<string, Task<T>>(key, completion.Task));
            completion.SetException(e);
        }
    }

    private async Task<IReadOnlyDictionary<string, ZohoCrmModuleMetadata>> LoadModulesAsync(IZohoCrmMetadataSource source, bool async)
    {
        var modules = file?.FindModules();
        if (modules is null)
        {
            Interlocked.Increment(ref _fetchCount);
            modules = await source.GetModulesAsync(async, CancellationToken.None).ConfigureAwait(false);
            file?.SaveModules(modules);
        }

        return modules
            .GroupBy(m => m.ApiName, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
    }

    private async Task<ZohoCrmModuleMetadata?> LoadFieldsAsync(IZohoCrmMetadataSource source, ZohoCrmModuleMetadata module, bool async)
    {
        var fields = file?.FindFields(module.ApiName);
        if (fields is null)
        {
            Interlocked.Increment(ref _fetchCount);
            fields = await source.GetFieldsAsync(module.ApiName, async, CancellationToken.None).ConfigureAwait(false);
            file?.SaveFields(module.ApiName, fields);
        }

        return module with { Fields = fields };
    }
}

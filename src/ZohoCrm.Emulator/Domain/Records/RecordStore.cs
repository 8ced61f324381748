using ZohoCrm.Emulator.Domain.Metadata;
using ZohoCrm.Emulator.Domain.Time;

namespace ZohoCrm.Emulator.Domain.Records;

/// <summary>A record as filters see it: <see cref="Indexed"/> lags behind <see cref="Current"/> for a while after a change.</summary>
public readonly record struct FilterableRecord(StoredRecord Indexed, StoredRecord Current);

/// <summary>
/// All records of the org, per module, ordered by id. Thread-safe: readers take a snapshot of a module's
/// records; writers replace versions under a lock. Each change keeps the version before it, so filters can
/// see a record's previous values for the lag window (Zoho's filter index catches up within minutes).
/// </summary>
public sealed partial class RecordStore : IRecordLookup
{
    private readonly object _writeLock = new();
    private readonly EmulatorClock _clock;
    private readonly Dictionary<string, ModuleRecords> _modules = new(StringComparer.OrdinalIgnoreCase);

    public RecordStore(OrgSchema schema, EmulatorClock clock)
    {
        Schema = schema;
        _clock = clock;
        foreach (var module in schema.Modules)
        {
            _modules[module.ApiName] = new ModuleRecords();
        }
    }

    public OrgSchema Schema { get; }

    public StoredRecord? Find(string module, long id)
    {
        if (!_modules.TryGetValue(module, out var records))
        {
            return null;
        }

        lock (_writeLock)
        {
            return records.Current.TryGetValue(id, out var entry) ? entry.Current : null;
        }
    }

    /// <summary>Current versions of a module's records in ascending id order (a stable snapshot).</summary>
    public IReadOnlyList<StoredRecord> Scan(string module) => Snapshot(module).Records;

    public int Count(string module) => Snapshot(module).Records.Length;

    /// <summary>
    /// A number that changes whenever the module's records change: caches built over <see cref="Scan"/> (value
    /// indexes, sorted views) compare it to know they are still current.
    /// </summary>
    public long Version(string module)
    {
        lock (_writeLock)
        {
            return Module(module).Version;
        }
    }

    /// <summary>
    /// Records as a filter index with the given lag sees them at the emulator's current time: a record changed
    /// within <paramref name="lag"/> is matched on its previous version; one created within it is not matched.
    /// </summary>
    public IEnumerable<FilterableRecord> ScanForFilter(string module, TimeSpan lag)
    {
        var snapshot = Snapshot(module);
        var visibleBefore = _clock.UtcNow - lag;
        for (var i = 0; i < snapshot.Records.Length; i++)
        {
            var entry = snapshot.Versions[i];
            if (lag <= TimeSpan.Zero || entry.ChangedAt <= visibleBefore)
            {
                yield return new FilterableRecord(entry.Current, entry.Current);
            }
            else if (entry.Previous is { } previous)
            {
                yield return new FilterableRecord(previous, entry.Current);
            }
        }
    }

    /// <summary>Stores a new version of a record (insert or update) and stamps it as changed now.</summary>
    public void Put(StoredRecord record) => Put(record, _clock.UtcNow);

    /// <summary>Stores a version with an explicit change time; seeded records lie in the past, beyond any lag.</summary>
    public void Put(StoredRecord record, DateTimeOffset changedAt)
    {
        lock (_writeLock)
        {
            var records = Module(record.Module);
            var previous = records.Current.TryGetValue(record.Id, out var existing) ? existing.Current : null;
            records.Current[record.Id] = new VersionedRecord(record, previous, changedAt);
            records.Invalidate();
        }
    }

    public bool Remove(string module, long id)
    {
        lock (_writeLock)
        {
            var records = Module(module);
            var removed = records.Current.Remove(id);
            records.Invalidate();
            return removed;
        }
    }

    public void Clear()
    {
        lock (_writeLock)
        {
            foreach (var records in _modules.Values)
            {
                records.Current.Clear();
                records.Invalidate();
            }
        }
    }

    private ModuleSnapshot Snapshot(string module)
    {
        var records = Module(module);
        var snapshot = records.Snapshot;
        if (snapshot is not null)
        {
            return snapshot;
        }

        lock (_writeLock)
        {
            return records.Snapshot ??= new ModuleSnapshot(records.Current.Values.ToArray());
        }
    }

    private ModuleRecords Module(string module) =>
        _modules.TryGetValue(module, out var records)
            ? records
            : throw new ArgumentException($"The module '{module}' is not in the org schema.", nameof(module));

    private sealed record VersionedRecord(StoredRecord Current, StoredRecord? Previous, DateTimeOffset ChangedAt);

    private sealed class ModuleSnapshot(VersionedRecord[] versions)
    {
        public VersionedRecord[] Versions { get; } = versions;
        public StoredRecord[] Records { get; } = versions.Select(v => v.Current).ToArray();
    }

    /// <summary>Guarded by the store's write lock; <see cref="Snapshot"/> is rebuilt lazily after a change.</summary>
    private sealed class ModuleRecords
    {
        public SortedDictionary<long, VersionedRecord> Current { get; } = new();

        public volatile ModuleSnapshot? Snapshot;

        public long Version { get; private set; }

        public void Invalidate()
        {
            Snapshot = null;
            Version++;
        }
    }
}

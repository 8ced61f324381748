namespace ZohoCrm.Emulator.Domain.Records;

/// <summary>
/// The lowest record id per value of one field of one module, for unique checks and upsert matching without a scan
/// per write call. Text compares case-insensitively. When the record holding a value's lowest id changes that value,
/// the value is marked dirty and answered by a scan until the index is rebuilt. Valid while
/// <see cref="StoreVersion"/> equals the store's version of the module.
/// </summary>
internal sealed class ValueIndex
{
    private const int MaxDirtyValues = 10_000;

    private readonly string _field;
    private readonly Dictionary<object, long> _lowest = new(ValueComparer.Instance);
    private readonly HashSet<object> _dirty = new(ValueComparer.Instance);

    public ValueIndex(string field, IEnumerable<StoredRecord> recordsInIdOrder)
    {
        _field = field;
        foreach (var record in recordsInIdOrder)
        {
            if (record[field] is { } value)
            {
                _lowest.TryAdd(Normalize(value), record.Id);
            }
        }
    }

    public long StoreVersion { get; set; }

    /// <summary>Too many values answered by scans: the caller should rebuild.</summary>
    public bool Degraded => _dirty.Count > MaxDirtyValues;

    /// <summary>The lowest id whose field equals <paramref name="value"/>, other than <paramref name="excludeId"/>.</summary>
    /// <param name="value">The value to look for.</param>
    /// <param name="excludeId">The record being written, which does not count as its own duplicate.</param>
    /// <param name="allRecords">Every current record of the module, for values the index cannot answer alone.</param>
    public long? Find(object value, long? excludeId, Func<IEnumerable<StoredRecord>> allRecords)
    {
        var key = Normalize(value);
        if (!_dirty.Contains(key) && (!_lowest.TryGetValue(key, out var id) || id != excludeId))
        {
            return _lowest.TryGetValue(key, out var found) ? found : null;
        }

        long? best = null;
        foreach (var record in allRecords())
        {
            if (record.Id != excludeId && (best is null || record.Id < best) && record[_field] is { } other && ValueComparer.Instance.Equals(Normalize(other), key))
            {
                best = record.Id;
            }
        }

        return best;
    }

    /// <summary>Follows one change: <paramref name="before"/> replaced by <paramref name="after"/> (null when created or removed).</summary>
    public void Move(StoredRecord? before, StoredRecord? after)
    {
        if (before?[_field] is { } old)
        {
            var key = Normalize(old);
            if (_lowest.TryGetValue(key, out var id) && id == before.Id)
            {
                _lowest.Remove(key);
                _dirty.Add(key);
            }
        }

        if (after?[_field] is { } value)
        {
            var key = Normalize(value);
            if (!_dirty.Contains(key) && (!_lowest.TryGetValue(key, out var id) || after.Id < id))
            {
                _lowest[key] = after.Id;
            }
        }
    }

    private static object Normalize(object value) => value is string[] many ? string.Join(';', many) : value;

    private sealed class ValueComparer : IEqualityComparer<object>
    {
        public static readonly ValueComparer Instance = new();

        public new bool Equals(object? x, object? y) =>
            x is string a && y is string b ? StringComparer.OrdinalIgnoreCase.Equals(a, b) : Object.Equals(x, y);

        public int GetHashCode(object value) => value is string text ? StringComparer.OrdinalIgnoreCase.GetHashCode(text) : value.GetHashCode();
    }
}

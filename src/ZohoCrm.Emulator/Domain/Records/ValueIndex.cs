namespace ZohoCrm.Emulator.Domain.Records;

/// <summary>
/// How many records of one module hold each value of one field, and the lowest id among them: unique checks and
/// upsert matching without a scan per write call. Text compares case-insensitively. When the lowest holder of a
/// value gives it up while others keep it, that value's lowest id is unknown and found by a scan until the index is
/// rebuilt. Valid while <see cref="StoreVersion"/> equals the store's version of the module.
/// </summary>
internal sealed class ValueIndex
{
    private const long Unknown = -1;
    private const int MaxUnknownValues = 10_000;

    private readonly string _field;
    private readonly Dictionary<object, Entry> _entries = new(ValueComparer.Instance);
    private int _unknown;

    public ValueIndex(string field, IEnumerable<StoredRecord> recordsInIdOrder)
    {
        _field = field;
        foreach (var record in recordsInIdOrder)
        {
            if (record[field] is { } value)
            {
                var key = Normalize(value);
                if (_entries.TryGetValue(key, out var entry))
                {
                    entry.Count++;
                }
                else
                {
                    _entries.Add(key, new Entry { Lowest = record.Id, Count = 1 });
                }
            }
        }
    }

    public long StoreVersion { get; set; }

    /// <summary>Too many values would be answered by scans: the caller should rebuild.</summary>
    public bool Degraded => _unknown > MaxUnknownValues;

    /// <summary>The lowest id whose field equals <paramref name="value"/>, other than <paramref name="excludeId"/>.</summary>
    /// <param name="value">The value to look for.</param>
    /// <param name="excludeId">The record being written, which does not count as its own duplicate.</param>
    /// <param name="allRecords">Every current record of the module, for the rare values the index cannot answer alone.</param>
    public long? Find(object value, long? excludeId, Func<IEnumerable<StoredRecord>> allRecords)
    {
        var key = Normalize(value);
        if (!_entries.TryGetValue(key, out var entry))
        {
            return null;
        }

        if (entry.Lowest != Unknown && entry.Lowest != excludeId)
        {
            return entry.Lowest;
        }

        if (entry.Lowest == excludeId && entry.Count == 1)
        {
            return null;
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
        var oldKey = before?[_field] is { } old ? Normalize(old) : null;
        var newKey = after?[_field] is { } value ? Normalize(value) : null;
        if (oldKey is not null && newKey is not null && ValueComparer.Instance.Equals(oldKey, newKey))
        {
            return;
        }

        if (oldKey is not null && _entries.TryGetValue(oldKey, out var left))
        {
            if (--left.Count == 0)
            {
                _unknown -= left.Lowest == Unknown ? 1 : 0;
                _entries.Remove(oldKey);
            }
            else if (left.Lowest == before!.Id)
            {
                left.Lowest = Unknown;
                _unknown++;
            }
        }

        if (newKey is not null)
        {
            if (_entries.TryGetValue(newKey, out var joined))
            {
                joined.Count++;
                if (joined.Lowest != Unknown && after!.Id < joined.Lowest)
                {
                    joined.Lowest = after.Id;
                }
            }
            else
            {
                _entries.Add(newKey, new Entry { Lowest = after!.Id, Count = 1 });
            }
        }
    }

    private static object Normalize(object value) => value is string[] many ? string.Join(';', many) : value;

    private sealed class Entry
    {
        public long Lowest;
        public int Count;
    }

    private sealed class ValueComparer : IEqualityComparer<object>
    {
        public static readonly ValueComparer Instance = new();

        public new bool Equals(object? x, object? y) =>
            x is string a && y is string b ? StringComparer.OrdinalIgnoreCase.Equals(a, b) : Object.Equals(x, y);

        public int GetHashCode(object value) => value is string text ? StringComparer.OrdinalIgnoreCase.GetHashCode(text) : value.GetHashCode();
    }
}

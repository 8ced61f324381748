using System.Collections.Concurrent;
using ZohoCrm.Data.Coql.Syntax;

namespace ZohoCrm.Data.Coql.Parsing;

/// <summary>
/// Parsed statements by command text, so each distinct text is parsed once. Bounded: when full, the least recently
/// used half is dropped (an approximate LRU that keeps lookups lock-free).
/// </summary>
internal sealed class CoqlStatementCache(int capacity = 2048)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _trimLock = new();
    private long _clock;

    public int Count => _entries.Count;

    public CoqlCommandStatement GetOrParse(string text)
    {
        var now = Interlocked.Increment(ref _clock);
        if (_entries.TryGetValue(text, out var entry))
        {
            entry.LastUsed = now;
            return entry.Statement;
        }

        // Syntax errors are not cached: they throw before an entry exists.
        var statement = CoqlParser.ParseCommand(text);
        _entries[text] = new Entry(statement) { LastUsed = now };
        if (_entries.Count > capacity) Trim();
        return statement;
    }

    private void Trim()
    {
        lock (_trimLock)
        {
            if (_entries.Count <= capacity) return;
            // ConcurrentDictionary.ToArray takes a consistent snapshot; LINQ straight over the dictionary copies it
            // through ICollection.CopyTo, which throws when another thread adds an entry meanwhile.
            var oldest = _entries.ToArray().OrderBy(e => e.Value.LastUsed).Take(_entries.Count - capacity / 2).Select(e => e.Key).ToList();
            foreach (var key in oldest) _entries.TryRemove(key, out _);
        }
    }

    private sealed class Entry(CoqlCommandStatement statement)
    {
        public CoqlCommandStatement Statement { get; } = statement;

        public long LastUsed;
    }
}

using Newtonsoft.Json;

namespace ZohoCrm.Data.Api.Internal;

/// <summary>
/// Property names of one response, each kept once: every record of a page repeats the same keys, so the reader hands
/// out the same string instance each time instead of allocating it per record (and callers can match keys by reference).
/// </summary>
/// <remarks>
/// Bounded, so a body with endless distinct keys cannot grow it: past <see cref="MaxNames"/> names, or for names longer
/// than <see cref="MaxNameLength"/>, it answers <see langword="null"/> and the reader allocates as usual.
/// </remarks>
internal sealed class ZohoCrmPropertyNameTable : JsonNameTable
{
    public const int MaxNames = 1024;
    public const int MaxNameLength = 256;

    // Each name once, with its first place in the keys of the page's first record. Records repeat their keys in one
    // order, so the next name is usually the next of the first record's, matched with one comparison instead of a
    // hash lookup. The page reader says where records start (StartRecord).
    private readonly Dictionary<string, int> _places = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _placeByChars;
    private readonly List<string> _firstRecord = [];
    private int _recordsStarted;
    private int _next;

    public ZohoCrmPropertyNameTable() => _placeByChars = _places.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A record starts: its first key is expected next.</summary>
    public void StartRecord()
    {
        _recordsStarted++;
        _next = 0;
    }

    public override string? Get(char[] key, int start, int length)
    {
        var chars = key.AsSpan(start, length);
        if (_next < _firstRecord.Count && chars.SequenceEqual(_firstRecord[_next]))
        {
            return _firstRecord[_next++];
        }

        var recording = _recordsStarted == 1 && _firstRecord.Count < MaxNames;
        if (!_placeByChars.TryGetValue(chars, out var name, out var place))
        {
            if (_places.Count >= MaxNames || length > MaxNameLength)
            {
                return null;
            }

            name = chars.ToString();
            place = recording ? _firstRecord.Count : -1;
            _places.Add(name, place);
        }

        if (recording)
        {
            _firstRecord.Add(name);
            _next = _firstRecord.Count;
        }
        else if (_recordsStarted > 1 && place >= 0)
        {
            // A record with a key more or fewer than the first: carry on from where this key was in the first record.
            var at = place >= _next ? place : _firstRecord.IndexOf(name, _next);
            if (at >= 0)
            {
                _next = at + 1;
            }
        }

        return name;
    }
}

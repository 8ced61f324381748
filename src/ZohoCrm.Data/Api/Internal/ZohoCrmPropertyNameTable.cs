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

    // Each name once, with its place in the order the names came first: records repeat their keys in one order, so
    // the next name is usually the one after the last and is matched with one comparison instead of a hash lookup.
    private readonly Dictionary<string, int> _places = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _placeByChars;
    private readonly List<string> _order = [];
    private int _next;

    public ZohoCrmPropertyNameTable() => _placeByChars = _places.GetAlternateLookup<ReadOnlySpan<char>>();

    public override string? Get(char[] key, int start, int length)
    {
        var chars = key.AsSpan(start, length);
        if (_next < _order.Count && chars.SequenceEqual(_order[_next]))
        {
            return _order[_next++];
        }

        if (_placeByChars.TryGetValue(chars, out var name, out var place))
        {
            _next = place + 1;
            return name;
        }

        if (_order.Count >= MaxNames || length > MaxNameLength)
        {
            return null;
        }

        name = chars.ToString();
        _places.Add(name, _order.Count);
        _order.Add(name);
        _next = _order.Count;
        return name;
    }
}

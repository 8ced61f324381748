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

    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _byChars;

    public ZohoCrmPropertyNameTable() => _byChars = _names.GetAlternateLookup<ReadOnlySpan<char>>();

    public override string? Get(char[] key, int start, int length)
    {
        var chars = key.AsSpan(start, length);
        if (_byChars.TryGetValue(chars, out var name))
        {
            return name;
        }

        if (_names.Count >= MaxNames || length > MaxNameLength)
        {
            return null;
        }

        name = chars.ToString();
        _names.Add(name);
        return name;
    }
}

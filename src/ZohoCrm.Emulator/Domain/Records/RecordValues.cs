using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace ZohoCrm.Emulator.Domain.Records;

/// <summary>
/// The field slots of one module: field API name to position in a <see cref="RecordValues"/> array. Shared by
/// every record of the module, so a million records carry one name table, not a million dictionaries.
/// </summary>
public sealed class RecordLayout
{
    private readonly Dictionary<string, int> _slots;

    public RecordLayout(IEnumerable<string> fieldNames)
    {
        var names = fieldNames.ToArray();
        Names = names;
        _slots = new Dictionary<string, int>(names.Length, StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            _slots.Add(names[i], i);
        }
    }

    public IReadOnlyList<string> Names { get; }

    public int Count => Names.Count;

    public bool TryGetSlot(string name, out int slot) => _slots.TryGetValue(name, out slot);

    public int SlotOf(string name) =>
        _slots.TryGetValue(name, out var slot) ? slot : throw new ArgumentException($"'{name}' is not a field of this record layout.", nameof(name));

    /// <summary>A fresh, empty value array for this layout.</summary>
    public object?[] NewValues() => new object?[Names.Count];
}

/// <summary>
/// The values of a record as a read-only dictionary over a shared <see cref="RecordLayout"/>: compact for large
/// seeds. Empty (null) values are absent from enumeration and <see cref="ContainsKey"/>, as StoredRecord documents.
/// </summary>
public sealed class RecordValues : IReadOnlyDictionary<string, object?>
{
    private readonly object?[] _values;

    /// <summary>Takes ownership of <paramref name="values"/>: the caller must not change it afterwards.</summary>
    public RecordValues(RecordLayout layout, object?[] values)
    {
        if (values.Length != layout.Count)
        {
            throw new ArgumentException("The value array does not match the layout.", nameof(values));
        }

        Layout = layout;
        _values = values;
    }

    public RecordLayout Layout { get; }

    public object? this[string key] =>
        TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The record has no value for '{key}'.");

    public IEnumerable<string> Keys => this.Select(p => p.Key);

    public IEnumerable<object?> Values => this.Select(p => p.Value);

    public int Count => _values.Count(v => v is not null);

    public bool ContainsKey(string key) => Layout.TryGetSlot(key, out var slot) && _values[slot] is not null;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        if (Layout.TryGetSlot(key, out var slot) && _values[slot] is { } found)
        {
            value = found;
            return true;
        }

        value = null;
        return false;
    }

    /// <summary>A copy of the raw slot array, for building the next version of the record.</summary>
    public object?[] CopyValues() => (object?[])_values.Clone();

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _values.Length; i++)
        {
            if (_values[i] is { } value)
            {
                yield return new KeyValuePair<string, object?>(Layout.Names[i], value);
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

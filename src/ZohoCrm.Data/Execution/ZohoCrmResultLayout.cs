namespace ZohoCrm.Data.Execution;

/// <summary>
/// The columns of a result. The first <see cref="VisibleCount"/> are what the reader shows (the SELECT list, then
/// the display-name column of each selected lookup); the rest are read only for client-side work (a residual
/// predicate, an in-process ORDER BY, stitching by id) and never reach the user.
/// </summary>
internal sealed class ZohoCrmResultLayout
{
    private readonly Dictionary<string, KeyBinding> _bindings;
    private readonly Dictionary<string, int> _ordinalByName;

    public ZohoCrmResultLayout(IReadOnlyList<ZohoCrmResultColumn> columns, int visibleCount)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(visibleCount, columns.Count);
        Columns = columns;
        VisibleCount = visibleCount;

        _bindings = new Dictionary<string, KeyBinding>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            var key = column.JsonKey;
            if (!_bindings.TryGetValue(key, out var binding))
            {
                binding = new KeyBinding();
            }

            binding = column.Role == ZohoCrmResultColumnRole.LookupName
                ? binding with { NameOrdinal = i, Type = binding.ValueOrdinal < 0 ? column.ZohoType : binding.Type }
                : binding.ValueOrdinal >= 0 ? binding : binding with { ValueOrdinal = i, Type = column.ZohoType };
            _bindings[key] = binding;
        }

        _ordinalByName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = visibleCount - 1; i >= 0; i--)
        {
            // The first column of a name wins, as in other providers' GetOrdinal.
            _ordinalByName[columns[i].Name] = i;
        }
    }

    /// <summary>Every column, visible ones first.</summary>
    public IReadOnlyList<ZohoCrmResultColumn> Columns { get; }

    /// <summary>How many columns the reader shows.</summary>
    public int VisibleCount { get; }

    /// <summary>A layout of visible columns, each lookup followed (at the end) by its display-name column.</summary>
    public static ZohoCrmResultLayout ForSelect(IReadOnlyList<ZohoCrmResultColumn> selected, IReadOnlyList<ZohoCrmResultColumn>? hidden = null)
    {
        var columns = new List<ZohoCrmResultColumn>(selected);
        var names = new HashSet<string>(selected.Select(c => c.Name), StringComparer.OrdinalIgnoreCase);
        foreach (var column in selected)
        {
            if (column.Role == ZohoCrmResultColumnRole.Value && !column.IsAggregate && Metadata.ZohoCrmFieldTypes.IsLookup(column.ZohoType))
            {
                var nameColumn = column.ToLookupNameColumn();
                if (names.Add(nameColumn.Name))
                {
                    columns.Add(nameColumn);
                }
            }
        }

        var visible = columns.Count;
        if (hidden is not null)
        {
            columns.AddRange(hidden);
        }

        return new ZohoCrmResultLayout(columns, visible);
    }

    /// <summary>Where the value of a JSON key goes; <see langword="false"/> for keys no column reads.</summary>
    public bool TryGetBinding(string key, out KeyBinding binding) => _bindings.TryGetValue(key, out binding);

    /// <summary>The ordinal of a visible column by name (case-insensitive), or -1.</summary>
    public int OrdinalOf(string name) => _ordinalByName.TryGetValue(name, out var ordinal) ? ordinal : -1;

    /// <summary>The ordinal of any column (visible or hidden) reading a JSON key as its value, or -1.</summary>
    public int ValueOrdinalOfKey(string key) => _bindings.TryGetValue(key, out var binding) ? binding.ValueOrdinal : -1;

    /// <summary>The columns a JSON key feeds: its value (or lookup id) and, for lookups, the display name.</summary>
    internal readonly record struct KeyBinding(int ValueOrdinal, int NameOrdinal, Metadata.ZohoCrmFieldType Type)
    {
        public KeyBinding() : this(-1, -1, Metadata.ZohoCrmFieldType.Unknown)
        {
        }
    }
}

namespace ZohoCrm.Data.Coql;

/// <summary>
/// A record as the client-side evaluator sees it. <see cref="GetValue"/> takes a field's API path as the plan names
/// it (<c>Last_Name</c>, <c>Account_Name.Parent_Account.Account_Name</c>, <c>Owner.email</c>, or Zoho's aggregate key
/// such as <c>COUNT(id)</c>) and returns the typed CLR value: <see cref="string"/>, <see cref="int"/> or <see cref="long"/>,
/// <see cref="decimal"/>, <see cref="bool"/>, <see cref="DateOnly"/>, <see cref="DateTimeOffset"/>, <see cref="string"/>[]
/// for multi-select picklists, the id as <see cref="long"/> for <c>id</c> and lookups, and null for an empty value.
/// </summary>
internal interface IZohoCrmRow
{
    /// <summary>The value at the given API path, or null when it is empty.</summary>
    object? GetValue(string path);
}

/// <summary>An <see cref="IZohoCrmRow"/> over a dictionary of values by path (case-insensitive).</summary>
internal sealed class ZohoCrmDictionaryRow : IZohoCrmRow
{
    private readonly Dictionary<string, object?> _values;

    /// <summary>Creates a row over the given values.</summary>
    public ZohoCrmDictionaryRow(IEnumerable<KeyValuePair<string, object?>> values) =>
        _values = new Dictionary<string, object?>(values, StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    public object? GetValue(string path) => _values.GetValueOrDefault(path);

    /// <summary>Adds or replaces values (used when rows read in several calls are stitched together by id).</summary>
    public void Merge(IEnumerable<KeyValuePair<string, object?>> values)
    {
        foreach (var (key, value) in values) _values[key] = value;
    }
}

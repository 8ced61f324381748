namespace ZohoCrm.Emulator.Domain.Records;

/// <summary>
/// An immutable version of one record. <see cref="Values"/> is keyed by field API name (ordinal, as stored)
/// and holds one CLR type per data type, so every part of the emulator compares and renders alike:
/// <list type="bullet">
/// <item>text, textarea, email, phone, website, picklist, autonumber, profileimage: <see cref="string"/></item>
/// <item>integer, bigint: <see cref="long"/>; double, currency, percent: <see cref="decimal"/></item>
/// <item>boolean: <see cref="bool"/>; date: <see cref="DateOnly"/>; datetime: <see cref="DateTimeOffset"/> in UTC</item>
/// <item>lookup, ownerlookup, userlookup: <see cref="long"/> id of the target record or user</item>
/// <item>multiselectpicklist: <see cref="string"/>[]</item>
/// <item>empty: absent or <c>null</c></item>
/// </list>
/// System fields (<c>Owner</c>, <c>Created_By</c>, <c>Modified_By</c>, <c>Created_Time</c>, <c>Modified_Time</c>)
/// are ordinary entries; <c>id</c> is <see cref="Id"/> and is not repeated in <see cref="Values"/>.
/// </summary>
public sealed class StoredRecord
{
    public StoredRecord(string module, long id, IReadOnlyDictionary<string, object?> values)
    {
        Module = module;
        Id = id;
        Values = values;
    }

    /// <summary>The module's API name as the schema spells it.</summary>
    public string Module { get; }
    public long Id { get; }
    public IReadOnlyDictionary<string, object?> Values { get; }

    /// <summary>The value of a field (<c>id</c> included), or null when empty.</summary>
    public object? this[string field] =>
        string.Equals(field, "id", StringComparison.OrdinalIgnoreCase) ? Id : Values.GetValueOrDefault(field);
}

/// <summary>Finds records by id: what lookup rendering and dot-path traversal need.</summary>
public interface IRecordLookup
{
    StoredRecord? Find(string module, long id);
}

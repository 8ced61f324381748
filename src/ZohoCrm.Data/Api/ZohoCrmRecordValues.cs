using Newtonsoft.Json.Linq;
using ZohoCrm.Data.Metadata;

namespace ZohoCrm.Data.Api;

/// <summary>
/// The field values of one record to insert or update, each with the Zoho type of its field, which decides how it is
/// written in Zoho's record JSON (see <see cref="ZohoCrmFieldTypeInfo"/>): lookups as <c>{"id": "..."}</c>, bigints
/// and ids as strings, dates and datetimes in Zoho's text form, multi-select values as arrays.
/// </summary>
public sealed class ZohoCrmRecordValues
{
    private readonly List<(string Field, ZohoCrmFieldTypeInfo Type, object? Value)> _values = [];

    /// <summary>The id of the record to update; <see langword="null"/> for a record to insert.</summary>
    public string? Id { get; init; }

    /// <summary>
    /// For an update: send it only if the record has not changed since this time. The update then goes alone in its
    /// call with the <c>If-Unmodified-Since</c> header, and a record changed later is
    /// <see cref="ZohoCrmWriteStatus.Conflict"/> (Zoho's 412 <c>ALREADY_MODIFIED</c>). Inserts and upserts refuse it.
    /// </summary>
    public DateTimeOffset? IfUnmodifiedSince { get; init; }

    /// <summary>How many field values the record has (the id aside).</summary>
    public int Count => _values.Count;

    /// <summary>Adds a field's value.</summary>
    /// <param name="field">The field's API name.</param>
    /// <param name="type">The field's type (for a formula, its return type).</param>
    /// <param name="value">The value: a value of the type's <see cref="ZohoCrmFieldTypeInfo.ClrType"/>, or a .NET type that holds it; <see langword="null"/> clears the field.</param>
    /// <returns>This record, to add more.</returns>
    public ZohoCrmRecordValues Add(string field, ZohoCrmFieldType type, object? value)
    {
        ArgumentException.ThrowIfNullOrEmpty(field);
        _values.Add((field, ZohoCrmFieldTypeInfo.Of(type), value));
        return this;
    }

    /// <summary>The field values in the order added, with their types.</summary>
    internal IReadOnlyList<(string Field, ZohoCrmFieldTypeInfo Type, object? Value)> Values => _values;

    /// <summary>The record as Zoho's record JSON.</summary>
    internal JObject ToJson()
    {
        using var writer = new JTokenWriter();
        writer.WriteStartObject();
        if (Id is not null)
        {
            writer.WritePropertyName("id");
            writer.WriteValue(Id);
        }

        foreach (var (field, type, value) in _values)
        {
            writer.WritePropertyName(field);
            type.WriteJson(writer, value);
        }

        writer.WriteEndObject();
        return (JObject)writer.Token!;
    }
}

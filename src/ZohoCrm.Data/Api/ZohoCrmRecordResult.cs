using System.Globalization;
using System.Net;
using Newtonsoft.Json;
using ZohoCrm.Data.Metadata;
using ZohoCrm.Data.Properties;

namespace ZohoCrm.Data.Api;

/// <summary>What became of one record of an insert, update, upsert or delete, in the order the records were given.</summary>
public sealed record ZohoCrmRecordResult
{
    /// <summary>What became of the record: written, refused, not found, in conflict, certainly not written, or unknown.</summary>
    public required ZohoCrmWriteStatus Status { get; init; }

    /// <summary>
    /// <c>SUCCESS</c>, or Zoho's error code (<c>MANDATORY_NOT_FOUND</c>, <c>INVALID_DATA</c>, <c>DUPLICATE_DATA</c>,
    /// <c>ALREADY_MODIFIED</c>...); <c>NOT_WRITTEN</c> or <c>ANSWER_LOST</c> when Zoho gave no answer for the record.
    /// </summary>
    public required string Code { get; init; }

    /// <summary>Zoho's message (<c>record added</c>, <c>required field not found</c>...), or why there is no answer.</summary>
    public string? Message { get; init; }

    /// <summary>Whether Zoho applied the change to this record (<see cref="Status"/> is <see cref="ZohoCrmWriteStatus.Success"/>).</summary>
    public bool IsSuccess => Status == ZohoCrmWriteStatus.Success;

    /// <summary>
    /// The API name of the field at fault, from <c>details.api_name</c> or the last segment of <c>details.json_path</c>
    /// (<c>$.data[3].Last_Name</c> gives <c>Last_Name</c>); <see langword="null"/> when Zoho named none.
    /// </summary>
    public string? Field { get; init; }

    /// <summary>The record id (new for an insert), from <c>details.id</c>, when Zoho gave one.</summary>
    public string? Id { get; init; }

    /// <summary>For upserts (and inserts sent as upserts): <c>insert</c> or <c>update</c>.</summary>
    public string? Action { get; init; }

    /// <summary>For upserts: the field that matched an existing record, if any.</summary>
    public string? DuplicateField { get; init; }

    /// <summary>
    /// The <c>details</c> object: on success the system fields (<c>Created_Time</c>, <c>Modified_Time</c>, ...); on error
    /// the field at fault (<c>api_name</c>, <c>json_path</c>, <c>expected_data_type</c>, ...). Values are strings, longs,
    /// decimals, booleans, nested dictionaries and lists. Read a system field typed with <see cref="GetValue{T}"/>.
    /// </summary>
    public IReadOnlyDictionary<string, object?> Details { get; init; } = new Dictionary<string, object?>();

    /// <summary>The index of the record in the list given to the write.</summary>
    public required int Index { get; init; }

    /// <summary>
    /// A field Zoho returned in <see cref="Details"/> (<c>Created_Time</c>, <c>Modified_Time</c>, <c>Created_By</c>...),
    /// read as its field type reads it (see <see cref="ZohoCrmFieldTypeInfo.ClrType"/>; a lookup or user gives its id),
    /// then converted to <typeparamref name="T"/> (a <see cref="DateTimeOffset"/> to <see cref="DateTime"/> gives the UTC
    /// instant). <see langword="default"/> when the field is absent or null.
    /// </summary>
    /// <typeparam name="T">The type wanted: the field type's own, or one it converts to.</typeparam>
    /// <param name="field">The field's API name.</param>
    /// <param name="type">The field's Zoho type.</param>
    /// <exception cref="InvalidCastException">The value is not one of the field's type, or does not convert to <typeparamref name="T"/>.</exception>
    public T? GetValue<T>(string field, ZohoCrmFieldType type)
    {
        ArgumentException.ThrowIfNullOrEmpty(field);
        var info = ZohoCrmFieldTypeInfo.Of(type);
        if (!Details.TryGetValue(field, out var raw))
        {
            return default;
        }

        if (raw is IReadOnlyDictionary<string, object?> lookup)
        {
            raw = lookup.TryGetValue("id", out var id) ? id : null;
        }

        var value = raw switch
        {
            null => null,
            string text => info.ReadJson(JsonToken.String, text),
            long or int => info.ReadJson(JsonToken.Integer, raw),
            decimal or double => info.ReadJson(JsonToken.Float, raw),
            bool => info.ReadJson(JsonToken.Boolean, raw),
            _ => raw,
        };
        if (value is null)
        {
            return default;
        }

        if (value is T typed)
        {
            return typed;
        }

        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        if (value is string unparsed && target != typeof(string))
        {
            // The field type reads text only when the value did not parse as the type.
            throw new InvalidCastException(ZohoCrmStrings.ResultValueNotConvertible(field, unparsed, info.DataType, typeof(T)));
        }

        try
        {
            return (T)(value switch
            {
                DateTimeOffset instant when target == typeof(DateTime) => instant.UtcDateTime,
                _ when target == typeof(string) => Convert.ToString(value, CultureInfo.InvariantCulture)!,
                _ => Convert.ChangeType(value, target, CultureInfo.InvariantCulture),
            });
        }
        catch (Exception e) when (e is FormatException or OverflowException or InvalidCastException)
        {
            throw new InvalidCastException(ZohoCrmStrings.ResultValueNotConvertible(field, value, info.DataType, typeof(T)), e);
        }
    }

    /// <summary>The failure as an exception naming the record and the field at fault; for throwing when one record failed.</summary>
    public ZohoCrmException ToException(string module) =>
        new(ZohoCrmStrings.RecordFailed(module, Index, Code, Message, Field), Code, HttpStatusCode.BadRequest, Details);
}

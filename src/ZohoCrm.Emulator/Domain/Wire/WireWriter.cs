using System.Globalization;
using System.Text.Json.Nodes;
using ZohoCrm.Emulator.Domain.Metadata;
using ZohoCrm.Emulator.Domain.Records;

namespace ZohoCrm.Emulator.Domain.Wire;

/// <summary>Where a value is rendered: lookups differ between the record APIs and COQL.</summary>
public enum LookupStyle
{
    /// <summary>Get Records, Search, single GET: owner lookups are <c>{name: full name, id, email}</c>.</summary>
    Records,

    /// <summary>COQL: lookups are <c>{name, id}</c>, and a user's display value is the last name.</summary>
    Coql,
}

/// <summary>
/// Renders stored values in Zoho's wire format: ids and bigints as strings, datetimes in the org user's offset
/// without milliseconds, dates as <c>yyyy-MM-dd</c>, lookups as objects with the target's display name.
/// </summary>
public sealed class WireWriter
{
    private readonly OrgSchema _schema;
    private readonly IRecordLookup _records;

    public WireWriter(OrgSchema schema, IRecordLookup records)
    {
        _schema = schema;
        _records = records;
    }

    public JsonNode? ToJson(FieldDefinition field, object? value, LookupStyle style = LookupStyle.Records)
    {
        if (field.IsMultiModuleLookup && value is not null)
        {
            // COQL returns only the id of a multi-module lookup (api.md §3); the record APIs add the name.
            var id = Convert.ToInt64(value, CultureInfo.InvariantCulture);
            if (field.ModuleInValue)
            {
                // Notes' Parent_Id: {"module": {"api_name", "id"}, "name", "id"} (Zoho's v8 examples); COQL leaves out the name.
                var module = ModuleOf(field, id);
                var moduleId = module is null ? null : _schema.FindModule(module)?.Id;
                var result = new JsonObject
                {
                    ["module"] = new JsonObject { ["api_name"] = module, ["id"] = moduleId is { } mid ? Id(mid) : null },
                };
                if (style == LookupStyle.Records)
                {
                    result["name"] = module is null ? null : DisplayName(module, id);
                }

                result["id"] = Id(id);
                return result;
            }

            return style == LookupStyle.Coql
                ? new JsonObject { ["id"] = Id(id) }
                : LookupJson(FieldDataType.Lookup, ModuleOf(field, id), id, style);
        }

        return ToJson(field.ValueType, value, field.LookupModule, style);
    }

    /// <summary>
    /// Sets a field of a record read by the record APIs; a multi-module lookup also sets <c>$se_module</c>, the module
    /// of the record it points to (null when it points nowhere).
    /// </summary>
    public void WriteField(JsonObject record, FieldDefinition field, object? value)
    {
        record[field.ApiName] = ToJson(field, value);
        if (field.IsMultiModuleLookup && !field.ModuleInValue)
        {
            record["$se_module"] = value is null ? null : ModuleOf(field, Convert.ToInt64(value, CultureInfo.InvariantCulture));
        }
    }

    /// <summary>
    /// The module of the record a multi-module lookup points to. Record ids are unique across the org's modules (one
    /// sequence), and a write checked the id against its <c>$se_module</c>, so it is the related module holding the id.
    /// </summary>
    public string? ModuleOf(FieldDefinition field, long id) => field.RelatedModules.FirstOrDefault(m => _records.Find(m, id) is not null);

    public JsonNode? ToJson(FieldDataType type, object? value, string? lookupModule, LookupStyle style = LookupStyle.Records)
    {
        if (value is null)
        {
            return type == FieldDataType.MultiSelectPicklist && style == LookupStyle.Records ? new JsonArray() : null;
        }

        return type switch
        {
            FieldDataType.Lookup or FieldDataType.OwnerLookup or FieldDataType.UserLookup =>
                LookupJson(type, lookupModule, Convert.ToInt64(value, CultureInfo.InvariantCulture), style),
            FieldDataType.BigInt => Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
            FieldDataType.Integer => JsonValue.Create(Convert.ToInt64(value, CultureInfo.InvariantCulture)),
            FieldDataType.Double or FieldDataType.Currency or FieldDataType.Percent =>
                JsonValue.Create(Convert.ToDecimal(value, CultureInfo.InvariantCulture)),
            FieldDataType.Boolean => JsonValue.Create((bool)value),
            FieldDataType.Date => value is DateOnly d ? FormatDate(d) : FormatDate(DateOnly.FromDateTime(((DateTimeOffset)value).UtcDateTime)),
            FieldDataType.DateTime => FormatDateTime((DateTimeOffset)value),
            FieldDataType.MultiSelectPicklist => new JsonArray(((IEnumerable<string>)value).Select(v => (JsonNode?)JsonValue.Create(v)).ToArray()),
            _ => JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture)),
        };
    }

    /// <summary>A lookup object; owner and user lookups resolve through the org's users, others through the records.</summary>
    public JsonObject LookupJson(FieldDataType type, string? lookupModule, long id, LookupStyle style)
    {
        if (type is FieldDataType.OwnerLookup or FieldDataType.UserLookup)
        {
            var user = _schema.FindUser(id);
            var name = user is null ? null : style == LookupStyle.Coql ? user.LastName : user.FullName;
            var result = new JsonObject { ["name"] = name, ["id"] = Id(id) };
            if (type == FieldDataType.OwnerLookup && style == LookupStyle.Records)
            {
                result["email"] = user?.Email;
            }

            return result;
        }

        return new JsonObject { ["name"] = lookupModule is null ? null : DisplayName(lookupModule, id), ["id"] = Id(id) };
    }

    /// <summary>The display value of a record: what a lookup to it shows as <c>name</c>.</summary>
    public string? DisplayName(string module, long id)
    {
        var moduleDefinition = _schema.FindModule(module);
        var record = _records.Find(module, id);
        return moduleDefinition is null || record is null
            ? null
            : Convert.ToString(record[moduleDefinition.DisplayField], CultureInfo.InvariantCulture);
    }

    public static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    public static string FormatDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>ISO 8601 in the org user's offset, seconds precision: <c>2025-06-18T14:02:11+05:30</c>.</summary>
    public string FormatDateTime(DateTimeOffset instant) =>
        instant.ToOffset(_schema.Org.UtcOffset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ZohoCrm.Emulator.Domain.Metadata;

namespace ZohoCrm.Emulator.Domain.Records;

/// <summary>
/// Turns a field value of a write request into the canonical CLR value <see cref="StoredRecord"/> documents, or a
/// Zoho per-record error. Lookups are <c>{"id":".."}</c> or a bare id; datetimes take any offset and are kept in
/// UTC; dates are <c>yyyy-MM-dd</c>; numbers are JSON numbers (numeric strings only in lenient mode).
/// </summary>
public sealed partial class FieldValueReader
{
    private readonly OrgSchema _schema;
    private readonly Func<string, long, bool> _recordExists;
    private readonly bool _strict;

    /// <param name="schema">The org, for user lookups.</param>
    /// <param name="recordExists">Whether a record of a module exists (sees earlier records of the same batch).</param>
    /// <param name="strict">Strict: picklist values must be options and numbers must be JSON numbers.</param>
    public FieldValueReader(OrgSchema schema, Func<string, long, bool> recordExists, bool strict)
    {
        _schema = schema;
        _recordExists = recordExists;
        _strict = strict;
    }

    public bool TryRead(FieldDefinition field, JsonNode? node, string jsonPath, out object? value, out RecordError? error)
    {
        value = null;
        error = null;
        if (node is null)
        {
            return true;
        }

        var api = field.ApiName;
        switch (field.DataType)
        {
            case FieldDataType.Text or FieldDataType.Textarea or FieldDataType.Email or FieldDataType.Phone or FieldDataType.Website
                or FieldDataType.Picklist or FieldDataType.ProfileImage:
                if (!TryText(node, out var text))
                {
                    error = RecordError.InvalidType(api, jsonPath, field.DataType.WireName());
                    return false;
                }

                if (text.Length == 0)
                {
                    return true;
                }

                if (text.Length > field.Length)
                {
                    error = RecordError.TooLong(api, jsonPath, field.Length);
                    return false;
                }

                if (field.DataType == FieldDataType.Email && !EmailPattern().IsMatch(text))
                {
                    error = RecordError.InvalidType(api, jsonPath, "email");
                    return false;
                }

                if (field.DataType == FieldDataType.Picklist)
                {
                    return TryOption(field, text, jsonPath, out value, out error);
                }

                value = text;
                return true;

            case FieldDataType.MultiSelectPicklist:
                return TryMultiSelect(field, node, jsonPath, out value, out error);

            case FieldDataType.Integer or FieldDataType.BigInt:
                // Bigints travel as strings on the wire (api.md §7.3), so a digit string is always accepted for them.
                if (!(field.DataType == FieldDataType.BigInt && TryDigits(node, out var number) || TryNumber(node, out number))
                    || number != decimal.Truncate(number))
                {
                    error = RecordError.InvalidType(api, jsonPath, field.DataType.WireName());
                    return false;
                }

                var digits = field.DataType == FieldDataType.Integer ? 9 : 18;
                if (Math.Abs(number) >= (decimal)Math.Pow(10, digits))
                {
                    error = RecordError.TooLong(api, jsonPath, digits);
                    return false;
                }

                value = (long)number;
                return true;

            case FieldDataType.Double or FieldDataType.Currency or FieldDataType.Percent:
                if (!TryNumber(node, out var amount))
                {
                    error = RecordError.InvalidType(api, jsonPath, field.DataType.WireName());
                    return false;
                }

                value = field.DecimalPlace is { } places ? decimal.Round(amount, places, MidpointRounding.AwayFromZero) : amount;
                return true;

            case FieldDataType.Boolean:
                if (node is JsonValue b && b.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
                {
                    value = b.GetValue<bool>();
                    return true;
                }

                if (!_strict && node is JsonValue s && s.TryGetValue<string>(out var flag) && bool.TryParse(flag, out var parsed))
                {
                    value = parsed;
                    return true;
                }

                error = RecordError.InvalidType(api, jsonPath, "boolean");
                return false;

            case FieldDataType.Date:
                if (node is JsonValue dv && dv.TryGetValue<string>(out var dateText) && DatePattern().IsMatch(dateText)
                    && DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    value = date;
                    return true;
                }

                error = RecordError.InvalidType(api, jsonPath, "date");
                return false;

            case FieldDataType.DateTime:
                if (node is JsonValue tv && tv.TryGetValue<string>(out var timeText) && TryDateTime(timeText, out var instant))
                {
                    value = instant;
                    return true;
                }

                error = RecordError.InvalidType(api, jsonPath, "datetime");
                return false;

            case FieldDataType.Lookup or FieldDataType.OwnerLookup or FieldDataType.UserLookup:
                return TryLookup(field, field.LookupModule, node, jsonPath, out value, out error);

            default:
                error = RecordError.ReadOnlyField(api, jsonPath);
                return false;
        }
    }

    /// <summary>ISO 8601 with seconds and an explicit offset (<c>Z</c> or <c>±HH:mm</c>), returned in UTC without sub-seconds.</summary>
    public static bool TryDateTime(string text, out DateTimeOffset instant)
    {
        instant = default;
        if (!DateTimePattern().IsMatch(text)
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }

        var utc = parsed.ToUniversalTime();
        instant = new DateTimeOffset(utc.Ticks - utc.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
        return true;
    }

    private bool TryText(JsonNode node, out string text)
    {
        text = "";
        if (node is not JsonValue value)
        {
            return false;
        }

        if (value.TryGetValue<string>(out var s))
        {
            text = s.Trim();
            return true;
        }

        // Lenient mode takes numbers and booleans for text, as Zoho's UI-facing APIs tend to.
        if (!_strict && value.GetValueKind() is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False)
        {
            text = value.ToJsonString();
            return true;
        }

        return false;
    }

    private bool TryNumber(JsonNode node, out decimal number)
    {
        number = 0;
        if (node is not JsonValue value)
        {
            return false;
        }

        if (value.GetValueKind() == JsonValueKind.Number)
        {
            return value.TryGetValue(out number);
        }

        return !_strict && value.TryGetValue<string>(out var text)
            && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number);
    }

    private static bool TryDigits(JsonNode node, out decimal number)
    {
        number = 0;
        return node is JsonValue value && value.TryGetValue<string>(out var text)
            && decimal.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number);
    }

    private bool TryOption(FieldDefinition field, string text, string jsonPath, out object? value, out RecordError? error)
    {
        error = null;
        var option = field.PicklistValues.FirstOrDefault(o => string.Equals(o.ActualValue, text, StringComparison.OrdinalIgnoreCase));
        if (option is not null)
        {
            value = option.ActualValue;
            return true;
        }

        if (_strict)
        {
            value = null;
            error = RecordError.NotAnOption(field.ApiName, jsonPath, field.PicklistValues.Select(o => o.ActualValue));
            return false;
        }

        value = text;
        return true;
    }

    private bool TryMultiSelect(FieldDefinition field, JsonNode node, string jsonPath, out object? value, out RecordError? error)
    {
        value = null;
        error = null;
        IEnumerable<JsonNode?> items;
        if (node is JsonArray array)
        {
            items = array;
        }
        else if (!_strict && node is JsonValue single && single.TryGetValue<string>(out var joined))
        {
            items = joined.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => (JsonNode?)JsonValue.Create(s));
        }
        else
        {
            error = RecordError.InvalidType(field.ApiName, jsonPath, "jsonarray");
            return false;
        }

        var values = new List<string>();
        var index = 0;
        foreach (var item in items)
        {
            var itemPath = $"{jsonPath}[{index++}]";
            if (item is not JsonValue v || !v.TryGetValue<string>(out var text))
            {
                error = RecordError.InvalidType(field.ApiName, itemPath, "string");
                return false;
            }

            if (!TryOption(field, text.Trim(), itemPath, out var option, out error))
            {
                return false;
            }

            if (!values.Contains((string)option!, StringComparer.Ordinal))
            {
                values.Add((string)option!);
            }
        }

        value = values.Count == 0 ? null : values.ToArray();
        return true;
    }

    /// <summary>
    /// A multi-module lookup (<c>What_Id</c>): <c>{"id": ..}</c> or a bare id, with the record's module in the
    /// record's <c>$se_module</c>; the module must be one the field accepts and hold a record with that id.
    /// </summary>
    public bool TryReadMultiModule(FieldDefinition field, JsonNode? node, JsonNode? module, string recordPath, out object? value, out RecordError? error)
    {
        value = null;
        error = null;
        var jsonPath = $"{recordPath}.{field.ApiName}";
        if (node is null || node is JsonObject { Count: 0 } || node is JsonObject o && o["id"] is null)
        {
            return true;
        }

        // Notes' Parent_Id carries its module inside ({"module": {"api_name": ..}}); What_Id and older clients use $se_module.
        var modulePath = recordPath + ".$se_module";
        if (field.ModuleInValue && node is JsonObject value0 && value0["module"] is { } inner)
        {
            module = inner is JsonObject innerObject ? innerObject["api_name"] : inner;
            modulePath = jsonPath + ".module.api_name";
        }

        if (module is not JsonValue m || !m.TryGetValue<string>(out var moduleName) || moduleName.Length == 0)
        {
            error = RecordError.MandatoryNotFound("$se_module", modulePath);
            return false;
        }

        var target = field.RelatedModules.FirstOrDefault(r => string.Equals(r, moduleName, StringComparison.OrdinalIgnoreCase));
        if (target is null)
        {
            error = RecordError.NotAnOption(modulePath == recordPath + ".$se_module" ? "$se_module" : field.ApiName, modulePath, field.RelatedModules);
            return false;
        }

        return TryLookup(field, target, node, jsonPath, out value, out error);
    }

    private bool TryLookup(FieldDefinition field, string? targetModule, JsonNode node, string jsonPath, out object? value, out RecordError? error)
    {
        value = null;
        error = null;
        var idNode = node is JsonObject obj ? obj["id"] : node;
        var idPath = node is JsonObject ? jsonPath + ".id" : jsonPath;
        string? idText = idNode switch
        {
            JsonValue v when v.TryGetValue<string>(out var s) => s.Trim(),
            JsonValue v when v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<long>(out var n) => n.ToString(CultureInfo.InvariantCulture),
            _ => null,
        };
        if (node is JsonObject && idNode is null)
        {
            // {"id": null} or {} clears the lookup like null does.
            return true;
        }

        if (idText is null)
        {
            error = RecordError.InvalidType(field.ApiName, jsonPath, "jsonobject");
            return false;
        }

        if (idText.Length == 0)
        {
            return true;
        }

        var exists = RecordIdSequence.TryParse(idText, out var id) && (field.DataType == FieldDataType.Lookup
            ? targetModule is { } target && _recordExists(target, id)
            : _schema.FindUser(id) is { Status: "active" });
        if (!exists)
        {
            error = RecordError.RelatedRecordMissing(field.ApiName, idPath, idText);
            return false;
        }

        value = id;
        return true;
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex DateTimePattern();
}

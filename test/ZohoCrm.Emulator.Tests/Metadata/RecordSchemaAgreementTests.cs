using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ZohoCrm.Emulator.Domain;
using ZohoCrm.Emulator.Tests.Records;

namespace ZohoCrm.Emulator.Tests.Metadata;

/// <summary>
/// What an ETL connector does: build a schema from <c>settings/fields</c> and validate every served record against
/// it. Every value of every record of every module must have the declared <c>json_type</c> and fit its
/// <c>data_type</c>, <c>length</c>, <c>decimal_place</c> and picklist options, so metadata and records cannot drift apart.
/// </summary>
public class RecordSchemaAgreementTests
{
    private EmulatorDomain _org = null!;

    [OneTimeSetUp]
    public void CreateOrg() => _org = SmallOrg.Create();

    [OneTimeTearDown]
    public void DisposeOrg() => _org.Dispose();

    [Test]
    public void Every_served_record_value_fits_the_field_metadata_of_its_module()
    {
        // One entry per field and kind of problem, with the first value that showed it.
        var problems = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var checkedValues = 0;
        foreach (var module in _org.Schema.Modules)
        {
            var fields = _org.Metadata.Fields(module.ApiName, null)!["fields"]!.AsArray()
                .ToDictionary(f => f!["api_name"]!.GetValue<string>(), f => f!.AsObject());
            foreach (var stored in _org.Records.Scan(module.ApiName))
            {
                // Parsed back from the text a client receives, so the check sees JSON kinds, not the writer's CLR values.
                var body = _org.Reader.Get(module.ApiName, stored.Id.ToString(CultureInfo.InvariantCulture)).Body!.ToJsonString();
                var record = JsonNode.Parse(body)!["data"]![0]!.AsObject();
                foreach (var (key, value) in record)
                {
                    if (key.StartsWith('$'))
                    {
                        continue;
                    }

                    if (!fields.TryGetValue(key, out var field))
                    {
                        problems.TryAdd($"{module.ApiName}.{key}: served but not described by settings/fields", "");
                        continue;
                    }

                    checkedValues++;
                    if (Disagreement(field, value) is { } problem)
                    {
                        problems.TryAdd($"{module.ApiName}.{key}: {problem}", $" (e.g. {value?.ToJsonString()})");
                    }
                }
            }
        }

        Assert.That(checkedValues, Is.GreaterThan(1000), "the org must serve enough values for the check to mean something");
        Assert.That(problems.Select(p => p.Key + p.Value), Is.Empty);
    }

    /// <summary>Why the value does not fit the field's metadata, or null when it does.</summary>
    private static string? Disagreement(JsonObject field, JsonNode? value)
    {
        if (value is null)
        {
            return null;
        }

        var jsonType = field["json_type"]!.GetValue<string>();
        var kind = value.GetValueKind();
        var kindFits = jsonType switch
        {
            "string" => kind == JsonValueKind.String,
            "integer" => kind == JsonValueKind.Number && value.GetValue<decimal>() == decimal.Truncate(value.GetValue<decimal>()),
            "double" => kind == JsonValueKind.Number,
            "boolean" => kind is JsonValueKind.True or JsonValueKind.False,
            "jsonobject" => kind == JsonValueKind.Object,
            "jsonarray" => kind == JsonValueKind.Array,
            _ => false,
        };
        if (!kindFits)
        {
            return $"json_type is {jsonType} but the value is a JSON {kind}";
        }

        var dataType = field["data_type"]!.GetValue<string>();
        if (dataType == "formula")
        {
            dataType = field["formula"]!["return_type"]!.GetValue<string>();
        }

        var length = field["length"]?.GetValue<int>();
        var places = field["decimal_place"]?.GetValue<int?>();
        var options = field["pick_list_values"]!.AsArray().Select(o => o!["actual_value"]!.GetValue<string>()).ToHashSet();
        switch (dataType)
        {
            case "text" or "textarea" or "email" or "phone" or "website" or "autonumber" or "profileimage" or "picklist":
                var text = value.GetValue<string>();
                if (length is { } max && text.Length > max)
                {
                    return $"{text.Length} characters exceed length {max}";
                }

                if (dataType == "email" && !text.Contains('@'))
                {
                    return "not an email address";
                }

                return dataType == "picklist" && options.Count > 0 && !options.Contains(text) ? "not one of the picklist options" : null;
            case "multiselectpicklist":
                return value.AsArray().FirstOrDefault(o => o is null || !options.Contains(o.GetValue<string>())) is { } stray
                    ? $"{stray?.ToJsonString()} is not one of the picklist options"
                    : null;
            case "bigint":
                var digits = value.GetValue<string>().TrimStart('-');
                return !digits.All(char.IsAsciiDigit) ? "not a whole number"
                    : length is { } maxDigits && digits.Length > maxDigits ? $"{digits.Length} digits exceed length {maxDigits}" : null;
            case "integer":
                var integer = value.GetValue<decimal>().ToString(CultureInfo.InvariantCulture).TrimStart('-');
                return length is { } maxIntegerDigits && integer.Length > maxIntegerDigits ? $"{integer.Length} digits exceed length {maxIntegerDigits}" : null;
            case "double" or "currency" or "percent":
                var number = value.GetValue<decimal>();
                var scale = (decimal.GetBits(number)[3] >> 16) & 0xFF;
                return places is { } maxPlaces && scale > maxPlaces ? $"{scale} decimal places exceed decimal_place {maxPlaces}" : null;
            case "date":
                return DateOnly.TryParseExact(value.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                    ? null : "not a yyyy-MM-dd date";
            case "datetime":
                return DateTimeOffset.TryParseExact(value.GetValue<string>(), "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                    ? null : "not an ISO 8601 date-time with an offset";
            case "boolean":
                return null;
            case "lookup" or "ownerlookup" or "userlookup":
                return value["id"]?.GetValueKind() == JsonValueKind.String ? null : "a lookup without a string id";
            default:
                return $"data_type {dataType} is not one the check knows";
        }
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using ZohoCrm.Emulator.Domain.Errors;

namespace ZohoCrm.Emulator.Domain.Records;

/// <summary>
/// The body of an insert, update or upsert: <c>{"data":[...], "trigger":[...], "duplicate_check_fields":[...]}</c>.
/// Request-level problems (bad JSON, no data, over 100 records) raise <see cref="ZohoApiException"/>.
/// </summary>
public sealed class RecordWriteRequest
{
    /// <summary>Most records one insert, update, upsert or delete call may carry.</summary>
    public const int MaxRecords = 100;

    private RecordWriteRequest(IReadOnlyList<JsonNode?> records, IReadOnlyList<string>? duplicateCheckFields)
    {
        Records = records;
        DuplicateCheckFields = duplicateCheckFields;
    }

    public IReadOnlyList<JsonNode?> Records { get; }

    /// <summary>The user the call acts as (its token's): the default Owner, Created_By and Modified_By; the administrator when null.</summary>
    public long? ActingUserId { get; set; }

    /// <summary>The upsert's <c>duplicate_check_fields</c>, or null when the body has none.</summary>
    public IReadOnlyList<string>? DuplicateCheckFields { get; }

    public static RecordWriteRequest Parse(ReadOnlySpan<byte> utf8Json)
    {
        JsonNode? root;
        try
        {
            // Duplicate keys are refused here: JsonObject would otherwise throw when first enumerated.
            root = utf8Json.Trim(" \t\r\n"u8).IsEmpty ? null : JsonNode.Parse(utf8Json, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false });
        }
        catch (JsonException)
        {
            throw ZohoApiException.BadRequest("INVALID_DATA", "the request body is not valid JSON or repeats a key within an object",
                new Dictionary<string, object?> { ["expected_data_type"] = "jsonobject", ["json_path"] = "$" });
        }

        if (root is null)
        {
            throw DataMissing();
        }

        if (root is not JsonObject body)
        {
            throw ZohoApiException.BadRequest("INVALID_DATA", "the request body must be a JSON object with a data array",
                new Dictionary<string, object?> { ["expected_data_type"] = "jsonobject", ["json_path"] = "$" });
        }

        var data = body["data"];
        if (data is null)
        {
            throw DataMissing();
        }

        if (data is not JsonArray records)
        {
            throw ZohoApiException.BadRequest("INVALID_DATA", "invalid data",
                new Dictionary<string, object?> { ["expected_data_type"] = "jsonarray", ["api_name"] = "data", ["json_path"] = "$.data" });
        }

        if (records.Count == 0)
        {
            throw ZohoApiException.BadRequest("INVALID_DATA", "the data array must hold at least one record",
                new Dictionary<string, object?> { ["api_name"] = "data", ["json_path"] = "$.data" });
        }

        if (records.Count > MaxRecords)
        {
            throw TooManyRecords("data", "$.data");
        }

        return new RecordWriteRequest(records.ToList(), ParseDuplicateCheckFields(body["duplicate_check_fields"]));
    }

    public static ZohoApiException TooManyRecords(string apiName, string jsonPath) =>
        ZohoApiException.BadRequest("LIMIT_EXCEEDED", $"a call may carry at most {MaxRecords} records; split the request into batches",
            new Dictionary<string, object?> { ["api_name"] = apiName, ["json_path"] = jsonPath, ["limit"] = MaxRecords });

    private static List<string>? ParseDuplicateCheckFields(JsonNode? node)
    {
        if (node is null)
        {
            return null;
        }

        if (node is not JsonArray array || array.Any(n => n is not JsonValue v || v.GetValueKind() != JsonValueKind.String))
        {
            throw ZohoApiException.BadRequest("INVALID_DATA", "invalid data",
                new Dictionary<string, object?> { ["expected_data_type"] = "jsonarray", ["api_name"] = "duplicate_check_fields", ["json_path"] = "$.duplicate_check_fields" });
        }

        return array.Select(n => n!.GetValue<string>()).ToList();
    }

    private static ZohoApiException DataMissing() =>
        ZohoApiException.BadRequest("MANDATORY_NOT_FOUND", "required field not found",
            new Dictionary<string, object?> { ["api_name"] = "data", ["json_path"] = "$.data" });
}

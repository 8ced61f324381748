using System.Text.Json.Nodes;

namespace ZohoCrm.Emulator.Domain.Records;

/// <summary>A per-record failure of a write, rendered inside <c>data</c> as <c>{code, details, message, status:"error"}</c>.</summary>
public sealed record RecordError(string Code, string Message, JsonObject Details)
{
    public static RecordError MandatoryNotFound(string apiName, string jsonPath) =>
        new("MANDATORY_NOT_FOUND", "required field not found", new JsonObject { ["api_name"] = apiName, ["json_path"] = jsonPath });

    public static RecordError InvalidType(string apiName, string jsonPath, string expectedType) =>
        new("INVALID_DATA", "invalid data", new JsonObject { ["expected_data_type"] = expectedType, ["api_name"] = apiName, ["json_path"] = jsonPath });

    public static RecordError TooLong(string apiName, string jsonPath, int maximumLength) =>
        new("INVALID_DATA", "invalid data", new JsonObject { ["maximum_length"] = maximumLength, ["api_name"] = apiName, ["json_path"] = jsonPath });

    public static RecordError NotAnOption(string apiName, string jsonPath, IEnumerable<string> supported) =>
        new("INVALID_DATA", "invalid data", new JsonObject
        {
            ["api_name"] = apiName, ["json_path"] = jsonPath,
            ["supported_values"] = new JsonArray(supported.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray()),
        });

    public static RecordError UnknownField(string apiName, string jsonPath) =>
        new("INVALID_DATA", "the field api name given seems to be invalid", new JsonObject { ["api_name"] = apiName, ["json_path"] = jsonPath });

    public static RecordError ReadOnlyField(string apiName, string jsonPath) =>
        new("INVALID_DATA", "the field is read only and cannot be written", new JsonObject { ["api_name"] = apiName, ["json_path"] = jsonPath });

    public static RecordError RelatedRecordMissing(string apiName, string jsonPath, string id) =>
        new("INVALID_DATA", "the related id given seems to be invalid", new JsonObject { ["api_name"] = apiName, ["json_path"] = jsonPath, ["id"] = id });

    /// <summary>None of fields of which one is needed (a note's content or title), as Zoho's v8 Notes example shows.</summary>
    public static RecordError ExpectedFieldMissing(IReadOnlyList<string> apiNames, string recordPath) =>
        new("EXPECTED_FIELD_MISSING", "should contain either content or title", new JsonObject
        {
            ["expected_fields"] = new JsonArray(apiNames.Select(n => (JsonNode?)new JsonObject { ["api_name"] = n, ["json_path"] = $"{recordPath}.{n}" }).ToArray()),
        });

    public static RecordError InvalidId(string id) =>
        new("INVALID_DATA", "the id given seems to be invalid", new JsonObject { ["id"] = id });

    public static RecordError NotDeleted(string id) =>
        new("INVALID_DATA", "record not deleted", new JsonObject { ["id"] = id });

    public static RecordError AlreadyModified(string id) =>
        new("ALREADY_MODIFIED", "the record was modified after the time given in If-Unmodified-Since", new JsonObject { ["id"] = id });

    public static RecordError NotAnObject(string jsonPath) =>
        new("INVALID_DATA", "invalid data", new JsonObject { ["expected_data_type"] = "jsonobject", ["json_path"] = jsonPath });

    public static RecordError Duplicate(string apiName, string jsonPath, JsonObject duplicateRecord) =>
        new("DUPLICATE_DATA", "duplicate data", new JsonObject
        {
            ["api_name"] = apiName, ["json_path"] = jsonPath, ["duplicate_record"] = duplicateRecord,
            ["id"] = duplicateRecord["id"]?.DeepClone(), ["more_records"] = false,
        });

    /// <summary>One error as is, several as Zoho's <c>MULTIPLE_OR_MULTI_ERRORS</c>.</summary>
    public static RecordError Combine(IReadOnlyList<RecordError> errors) =>
        errors.Count == 1
            ? errors[0]
            : new("MULTIPLE_OR_MULTI_ERRORS", "Multiple errors in the request", new JsonObject
            {
                ["errors"] = new JsonArray(errors.Select(e => (JsonNode?)e.ToJson()).ToArray()),
            });

    public JsonObject ToJson() => new()
    {
        ["code"] = Code,
        ["details"] = Details.DeepClone(),
        ["message"] = Message,
        ["status"] = "error",
    };
}

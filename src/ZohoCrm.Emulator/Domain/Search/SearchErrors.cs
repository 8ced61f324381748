using ZohoCrm.Emulator.Domain.Errors;
using ZohoCrm.Emulator.Domain.Metadata;

namespace ZohoCrm.Emulator.Domain.Search;

/// <summary>The Search API's error envelopes (api.md §4), in one place.</summary>
internal static class SearchErrors
{
    public static ZohoApiException InvalidQuery(string reason) =>
        Error("INVALID_QUERY", "invalid query formed", ("reason", reason));

    public static ZohoApiException InvalidField(string apiName) =>
        Error("INVALID_QUERY", "invalid query formed", ("api_name", apiName), ("reason", "the field does not exist in the module"));

    public static ZohoApiException InvalidOperator(string apiName, string op) =>
        Error("INVALID_QUERY", "invalid query formed", ("api_name", apiName), ("operator", op), ("reason", "the operator is not supported for the field"));

    public static ZohoApiException InvalidValue(string apiName, string op, string value) =>
        Error("INVALID_QUERY", "invalid query formed", ("api_name", apiName), ("operator", op), ("value", value),
            ("reason", "the value is not valid for the field"));

    /// <summary>A value of the wrong type. Zoho's examples answer INVALID_DATA for a datetime, INVALID_QUERY otherwise.</summary>
    public static ZohoApiException TypeMismatch(string apiName, FieldDataType expected, string value) =>
        Error(expected == FieldDataType.DateTime ? "INVALID_DATA" : "INVALID_QUERY",
            expected == FieldDataType.DateTime ? "invalid data" : "invalid value for search",
            ("expected_data_type", expected.WireName()), ("reason", "invalid value for search"), ("api_name", apiName), ("value", value));

    public static ZohoApiException InvalidPhone(string apiName, string value) =>
        Error("INVALID_QUERY", "invalid value for search", ("reason", "Please check the value of the field"), ("api_name", apiName), ("value", value));

    public static ZohoApiException TooManyCriteria(int max) =>
        Error("CRITERIA_LIMIT_EXCEEDED", $"no of criterium that can be given exceed the limit {max}");

    public static ZohoApiException TooManyValues(string apiName, int max) =>
        Error("INVALID_QUERY", $"Only {max} values are allowed in \"IN\" criteria", ("api_name", apiName));

    public static ZohoApiException ParamMissing() =>
        Error("EXPECTED_PARAM_MISSING", "mandatory param missing", ("param_names", new List<string> { "criteria", "email", "phone", "word" }));

    public static ZohoApiException InvalidSearchValue(string param, int minimumLength) =>
        Error("INVALID_DATA", $"the {param} to search needs at least {minimumLength} characters other than special characters",
            ("param_name", param), ("minimum_length", minimumLength));

    public static ZohoApiException InvalidParam(string param, string message) =>
        Error("INVALID_DATA", message, ("param_name", param));

    public static ZohoApiException InvalidFieldsParam(string apiName) =>
        Error("INVALID_DATA", "invalid field name given in the fields param", ("param_name", "fields"), ("api_name", apiName));

    public static ZohoApiException LimitReached(int max) =>
        Error("LIMIT_REACHED", "Maximum response iteration limit reached", ("limit", max));

    public static ZohoApiException InvalidModule() =>
        ZohoApiException.BadRequest("INVALID_MODULE", "the module name given seems to be invalid",
            new Dictionary<string, object?> { ["resource_path_index"] = 0 });

    public static ZohoApiException ModuleNotSupported(string module) =>
        Error("NOT_SUPPORTED", "module not supported for search", ("module", module));

    /// <summary>Each parameter at fault is an object <c>{"param_name": ...}</c>, as in Zoho's example.</summary>
    public static ZohoApiException Ambiguity(params string[] parameters) =>
        Error("AMBIGUITY_DURING_PROCESSING", "Please use either Cvid or Search Params. Combination of both the params is not allowed",
            ("ambiguity_due_to", parameters.Select(p => (object?)new Dictionary<string, object?> { ["param_name"] = p }).ToList()));

    private static ZohoApiException Error(string code, string message, params (string Key, object? Value)[] details)
    {
        var map = new Dictionary<string, object?>(details.Length);
        foreach (var (key, value) in details)
        {
            map[key] = value;
        }

        return ZohoApiException.BadRequest(code, message, map);
    }
}

using ZohoCrm.Emulator.Domain.Errors;

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

    public static ZohoApiException TooManyCriteria(int max) =>
        Error("LIMIT_EXCEEDED", $"more than {max} criteria in the search", ("criteria", max));

    public static ZohoApiException TooManyValues(string apiName, int max) =>
        Error("LIMIT_EXCEEDED", $"more than {max} values given for the in operator", ("api_name", apiName), ("limit", max));

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

    public static ZohoApiException ModuleNotSupported() =>
        Error("NOT_SUPPORTED", "module not supported for search");

    public static ZohoApiException Ambiguity(params string[] parameters) =>
        Error("AMBIGUITY_DURING_PROCESSING", "ambiguity while processing the request", ("ambiguity_due_to", parameters.ToList()));

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

using ZohoCrm.Emulator.Domain.Errors;

namespace ZohoCrm.Emulator.Domain.Coql;

/// <summary>The COQL error envelopes of api.md §3.3, in one place so codes, messages and detail shapes stay exact.</summary>
internal static class CoqlErrors
{
    public static ZohoApiException MissingWhere() =>
        Error("SYNTAX_ERROR", "missing clause", ("clause", "where"));

    public static ZohoApiException UnexpectedToken(CoqlToken token) =>
        Error("SYNTAX_ERROR", "unexpected token", ("line", token.Line), ("column", token.Column), ("near", token.Text));

    public static ZohoApiException ParsingFailed(string near) =>
        Error("SYNTAX_ERROR", "error occured while parsing the query", ("near", near));

    public static ZohoApiException NotSupported() =>
        Error("SYNTAX_ERROR", "given coql query not supported");

    public static ZohoApiException OperatorNotSupported(string op) =>
        Error("SYNTAX_ERROR", "operator not supported", ("operator", op));

    public static ZohoApiException AmbiguousConditions(CoqlToken token) =>
        Error("SYNTAX_ERROR", "error occured while parsing the query", ("near", token.Text),
            ("reason", "more than two conditions need explicit parentheses, e.g. ((A and B) and C)"));

    public static ZohoApiException InvalidColumn(string column) =>
        Error("INVALID_QUERY", "column given seems to be invalid", ("column_name", column));

    public static ZohoApiException UnsupportedColumn(string column) =>
        Error("INVALID_QUERY", "unsupported column", ("column_name", column));

    public static ZohoApiException UnsupportedColumnInCriteria(string column, string op, string value) =>
        Error("INVALID_QUERY", "unsupported column in criteria",
            ("cv_criteria", false), ("column_name", column), ("value", value), ("operator", op));

    public static ZohoApiException InvalidOperator(string column, string op) =>
        Error("INVALID_QUERY", "Invalid query formed", ("reason", "invalid operator found"), ("column_name", column), ("operator", op));

    public static ZohoApiException InvalidValue(string column, string value) =>
        Error("INVALID_QUERY", "value given seems to be invalid for the column", ("column_name", column), ("value", value));

    public static ZohoApiException DataTypeNotSupported(string column, string function) =>
        Error("INVALID_QUERY", "data type not supported", ("column_name", column), ("aggregate", function));

    public static ZohoApiException NotGrouped(string column) =>
        Error("INVALID_QUERY", "column in select without aggregate function must be in group by", ("column_name", column));

    public static ZohoApiException AliasClash(string column, string alias) =>
        Error("INVALID_QUERY",
            "column name or property name given in select columns without alias name cannot be an alias name for other select columns",
            ("column_name", column), ("alias", alias));

    public static ZohoApiException InvalidLimit(string limit) =>
        Error("INVALID_QUERY", "limit given seems to be invalid", ("limit", limit));

    public static ZohoApiException InvalidOffset(string offset) =>
        Error("INVALID_QUERY", "offset given seems to be invalid", ("offset", offset));

    public static ZohoApiException LimitNotPositive() =>
        Error("INVALID_DATA", "limit should be greater than 0");

    public static ZohoApiException InvalidCustomView(string cvid) =>
        Error("INVALID_QUERY", "custom view id given seems to be invalid", ("cvid", cvid));

    public static ZohoApiException UnsupportedFunction(string expression) =>
        Error("INVALID_DATA", "invalid data", ("reason", "unsupported aggregate function"), ("column", expression));

    public static ZohoApiException InvalidModule() =>
        Error("INVALID_MODULE", "the given module is not supported in api");

    public static ZohoApiException LimitExceeded(string what, int max, string message = "limit exceeded") =>
        Error("LIMIT_EXCEEDED", message, (what, max));

    public static ZohoApiException DuplicateColumn(string column, string message = "duplicate select column") =>
        Error("DUPLICATE_DATA", message, ("column_name", column));

    public static ZohoApiException DuplicateAggregate(string column, string function) =>
        Error("DUPLICATE_DATA", "duplicate aggregate function", ("column_name", column), ("aggregate", function));

    public static ZohoApiException EmptyAlias(string column) =>
        Error("INVALID_ALIAS", "alias name cannot be an empty string", ("column_name", column), ("alias", ""));

    public static ZohoApiException DuplicateAlias(IReadOnlyList<string> columns, string alias) =>
        Error("DUPLICATE_ALIAS", "same alias cannot refer more than one column", ("referred_columns", columns.ToList()), ("alias", alias));

    public static ZohoApiException SubqueryColumns(int sequence, IReadOnlyList<string> columns) =>
        Error("INVALID_QUERY", "subquery should contains only one column", ("sub_query_sequence", sequence), ("column_name", columns.ToList()));

    public static ZohoApiException SubqueryTooManyValues(int sequence, string op) =>
        Error("INVALID_QUERY", "subquery return more than one values which is incompatible for the operator", ("sub_query_sequence", sequence), ("operator", op));

    /// <summary>The same error with <c>sub_query_sequence</c> added, so a client can tell which subquery failed.</summary>
    public static ZohoApiException InSubquery(ZohoApiException error, int sequence)
    {
        if (error.Details.ContainsKey("sub_query_sequence"))
        {
            return error;
        }

        var details = new Dictionary<string, object?>(error.Details) { ["sub_query_sequence"] = sequence };
        return new ZohoApiException(error.HttpStatus, error.Code, error.Message, details);
    }

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

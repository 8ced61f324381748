namespace ZohoCrm.Data.Properties;

// Messages of the COQL dialect: parsing, binding, rewriting into Zoho COQL and planning.
public static partial class ZohoCrmStrings
{
    // --- Parsing
    internal static string CoqlEmptyCommand => "The command text is empty. Write a query such as 'SELECT Last_Name FROM Leads WHERE Company = @company'.";

    internal static string CoqlOnlySelect(string token) =>
        Format("The command starts with {0}, but Zoho CRM queries are read-only: write a SELECT statement. Inserts, updates and deletes go through the record API (SaveChanges in EF Core).", token);

    internal static string CoqlPosition(int line, int column) => Format("line {0}, column {1}", line, column);

    internal static string CoqlUnexpectedCharacter(char c, int position) =>
        Format("The character '{0}' at offset {1} is not part of the COQL dialect. Quote text values with single quotes ('...'), name parameters @name, and delimit field names that are reserved words with double quotes.", c, position);

    internal static string CoqlInvalidNumber(string text, int position) =>
        Format("'{0}' at offset {1} is not a valid number. Write numbers as digits with an optional '.' and fraction, or quote text values.", text, position);

    internal static string CoqlUnterminated(char open, int position) =>
        open == '\''
            ? Format("The text value starting at offset {0} has no closing quote. End it with ' and write a quote inside the value as ''.", position)
            : Format("The delimited name starting at offset {0} with {1} is not closed.", position, open);

    internal static string CoqlUnterminatedComment(int position) => Format("The comment starting at offset {0} is not closed with */.", position);

    internal static string CoqlDistinctNotSupported => "DISTINCT is not supported by Zoho COQL. Use GROUP BY on the columns instead.";

    internal static string CoqlExpectedFrom => "Expected FROM followed by a module API name after the SELECT list.";

    internal static string CoqlExpectedModule => "Expected a module API name after FROM (for example Leads, Contacts or a custom module such as My_Module).";

    internal static string CoqlJoinNotSupported =>
        "Zoho COQL reads one module per query and has no joins. Follow lookups with dot paths instead (for example Account_Name.Industry).";

    internal static string CoqlExpected(string what, string after) => Format("Expected {0} after {1}.", what, after);

    internal static string CoqlHavingNotSupported => "HAVING is not supported by Zoho COQL. Filter the grouped rows in your code after the query.";

    internal static string CoqlSetOperationsNotSupported => "UNION and other set operations are not supported by Zoho COQL. Run the queries separately and combine the results.";

    internal static string CoqlUnexpectedToken(string token, string where) =>
        Format("Unexpected {0} at {1}. After FROM come WHERE, GROUP BY, ORDER BY and LIMIT, in that order.", token, where);

    internal static string CoqlExpectedAlias(string token) => Format("Expected an alias after AS but found {0}.", token);

    internal static string CoqlEmptyAlias => "An alias cannot be empty; give the column a name after AS or drop the AS.";

    internal static string CoqlExpectedCount(string clause, string token) =>
        Format("{0} must be followed by a whole number or a parameter, but found {1}.", clause, token);

    internal static string CoqlExpectedClosingParenthesis(string token) => Format("Expected ')' but found {0}.", token);

    internal static string CoqlExpectedNullAfterIs(string token) => Format("Expected NULL or NOT NULL after IS but found {0}.", token);

    internal static string CoqlExpectedInList(string token) => Format("Expected a parenthesised list of values or a parameter after IN but found {0}.", token);

    internal static string CoqlSubqueryNotSupported =>
        "Subqueries are not supported in the COQL dialect. Run the inner query first and pass its ids as an IN list (any length works).";

    internal static string CoqlExpectedAfterNot(string token) => Format("Expected IN, BETWEEN or LIKE after NOT but found {0}.", token);

    internal static string CoqlExpectedOperator(string token, string where) =>
        Format("Expected a comparison (=, !=, <>, <, <=, >, >=, IN, BETWEEN, LIKE or IS NULL) but found {0} at {1}. Zoho COQL has no arithmetic or string concatenation.", token, where);

    internal static string CoqlUnexpectedEnd => "The query ends too early; a value, a field or a closing parenthesis is missing.";

    internal static string CoqlExpectedValue(string token) =>
        Format("Expected a field, a value or a parameter but found {0}. Zoho COQL has no arithmetic or nested expressions.", token);

    internal static string CoqlExpectedColumn(string token) => Format("Expected a field API name but found {0}.", token);

    internal static string CoqlReservedWordAsName(string word) =>
        Format("'{0}' is a reserved word. To use it as a field name, delimit it: \"{0}\".", word);

    internal static string CoqlEmptySelectList => "The SELECT list is empty. Name the fields to read (SELECT Last_Name, Email FROM Leads) or use SELECT *.";

    internal static string CoqlModuleAliasNotSupported(string alias) =>
        Format("Module aliases such as '{0}' are not supported: a query reads one module, so refer to its fields by API name alone.", alias);

    internal static string CoqlArithmeticNotSupported(char c, int position) =>
        Format("The operator '{0}' at offset {1} is not supported: Zoho COQL has no arithmetic or string concatenation. Compute the value in your code and pass it as a parameter.", c, position);
}

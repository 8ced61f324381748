namespace ZohoCrm.Data.Properties;

// Messages of the COQL dialect: parsing, binding, rewriting into Zoho COQL and planning.
internal static partial class ZohoCrmStrings
{
    // --- Parsing
    internal static string CoqlEmptyCommand => "The command text is empty. Write a query such as 'SELECT Last_Name FROM Leads WHERE Company = @company'.";

    internal static string CoqlUnknownStatement(string token) =>
        Format("The command starts with {0}, which is not a statement of the dialect: write SELECT, INSERT INTO, UPSERT INTO, UPDATE or DELETE FROM.", token);

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

    // --- Binding
    internal static string CoqlUnknownModule(string name, string? suggestion) =>
        Format("The module '{0}' does not exist in this Zoho CRM org.{1} Use the module's API name as shown under Setup > Developer Hub > APIs, or in GetSchema(\"Modules\").", name, DidYouMean(suggestion));

    internal static string CoqlModuleNotSupported(string name) =>
        Format("The module '{0}' cannot be read through the Zoho CRM API (its metadata says api_supported is false).", name);

    internal static string CoqlUnknownField(string name, string module, string? suggestion) =>
        Format("The module '{1}' has no field '{0}'.{2} Use the field's API name (GetSchema(\"Fields\") lists them).", name, module, DidYouMean(suggestion));

    private static string DidYouMean(string? suggestion) => suggestion is null ? "" : Format(" Did you mean '{0}'?", suggestion);

    internal static string CoqlPathTooDeep(string path) =>
        Format("The path '{0}' follows more than two lookups; Zoho COQL reads at most two (for example Account_Name.Parent_Account.Account_Name). Query the related module separately.", path);

    internal static string CoqlRelatedModuleNotOrderable(string module, string clause) =>
        Format("'$se_module' of module '{0}' cannot be used in {1}: COQL has no column for What_Id's module, so it is read from the records API by id after the rows are read. Select it and sort or group the rows in memory.", module, clause);

    internal static string CoqlNotALookup(string field, string module, string next) =>
        Format("'{0}' of module '{1}' is not a lookup, so '.{2}' cannot follow it. Only lookup fields lead to another module's fields.", field, module, next);

    internal static string CoqlLookupTargetUnknown(string field, string module) =>
        Format("The lookup '{0}' of module '{1}' leads to a module whose metadata is not available, so fields cannot be read through it. Refresh the metadata or query that module directly.", field, module);

    internal static string CoqlFieldNotReadable(string field, string type) =>
        Format("The field '{0}' is of type {1}, which Zoho COQL cannot read. Read it through the record API for one record, or through its own module (subforms and linking modules).", field, type);

    internal static string CoqlFieldNotFilterable(string field, string type) =>
        Format("The field '{0}' is of type {1}, which cannot be filtered in a query. Filter on another field.", field, type);

    internal static string CoqlColumnNotGrouped(string column) =>
        Format("'{0}' is selected or ordered by in a grouped query but is not in GROUP BY. Add it to GROUP BY or wrap it in an aggregate (COUNT, SUM, MIN, MAX, AVG).", column);

    internal static string CoqlInvalidCount(string clause, string source) =>
        Format("{0} needs a whole number of zero or more, but {1} is not one.", clause, source);

    internal static string CoqlOrderByPositionOutOfRange(long position, int count) =>
        Format("ORDER BY {0} refers to a SELECT-list position, but the list has {1} columns.", position, count);

    internal static string CoqlOrderByConstant => "ORDER BY needs a field, an alias or an aggregate, not a constant.";

    internal static string CoqlListParameterOutsideIn(string name) =>
        Format("Parameter @{0} holds a list, which can only be used with IN (write 'Field IN @{0}' or 'Field IN (@{0})').", name);

    internal static string CoqlAggregateInWhere(string aggregate) =>
        Format("The aggregate {0} cannot be used in WHERE. Aggregates belong in the SELECT list or ORDER BY.", aggregate);

    internal static string CoqlAggregateNeedsNumber(string function, string field) =>
        Format("{0}({1}) needs a number field, but '{1}' is not one. Use COUNT, MIN or MAX, or aggregate a number field.", function, field);

    internal static string CoqlUnknownFunction(string name, string known) =>
        Format("The function {0} is not supported. Zoho COQL has no scalar functions; the provider evaluates {1} on the client when client-side filtering is allowed.", name, known);

    internal static string CoqlExpectedScalar => "Expected a field, a value or a parameter here.";

    internal static string CoqlExpectedPredicate => "Expected a condition here (a comparison, IN, BETWEEN, LIKE or IS NULL).";

    internal static string CoqlInvalidLikeEscape => "The ESCAPE of a LIKE must be a single character, such as ESCAPE '\\'.";

    internal static string CoqlMissingParameter(string name) =>
        Format("The query uses parameter @{0}, but no value was given for it. Add a parameter named @{0} to the command.", name);

    internal static string CoqlParameterSource(string name) => Format("parameter @{0}", name);

    internal static string CoqlLiteralSource(int position) => Format("the value at offset {0}", position);

    // The value itself is left out: parameter values may be personal data.
    internal static string CoqlValueTypeMismatch(string source, string valueType, string field, string fieldType, string expected) =>
        Format("The {0} ({1}) cannot be compared with field '{2}' of type {3}; pass {4}.", source, valueType, field, fieldType, expected);

    // --- Planning
    internal static string CoqlOffsetWindowExceeded(int window) =>
        Format("The query reads past row {0:N0}, the furthest Zoho COQL reaches by OFFSET, and its ordering cannot continue by keyset (text columns and aggregates have no range comparison in COQL). Order by id, a number or a date, or narrow the filter.", window);

    internal static string CoqlClientSideLimitExceeded(long max) =>
        Format("The query evaluates part of its work on the client and has read more than ClientSideFilterLimit={0:N0} rows. Narrow the filter with conditions Zoho can evaluate, or raise ClientSideFilterLimit.", max);

    internal static string CoqlNeedsClientEvaluation(string reasons) =>
        Format("This query needs work Zoho CRM cannot do: {0} Rewrite it with conditions Zoho can evaluate, or let the provider do that work on the client: set ClientSideFilterLimit=n in the connection string (n: the most rows it may read; it fails beyond), or UseServerSideFiltering=False to read the whole module.", reasons);

    internal static string CoqlClientReasonPredicate(string predicate, string why) => Format("the condition {0} cannot be sent to Zoho ({1}).", predicate, why);

    internal static string CoqlClientReasonTooManyAggregates(int count, int max) => Format("the query has {0} aggregates and Zoho computes at most {1}.", count, max);

    internal static string CoqlClientReasonTooManyGroupBy(int count, int max) => Format("the query groups by {0} columns and Zoho groups by at most {1}.", count, max);

    internal static string CoqlClientReasonGroupBy(string column) => Format("Zoho cannot group by '{0}' (multi-line text and multi-select fields cannot be grouped).", column);

    internal static string CoqlClientReasonAggregate(string aggregate) =>
        Format("Zoho cannot compute {0} (COUNT works on number, lookup and picklist fields, SUM, AVG, MIN and MAX on number fields of the module itself; COUNT(*) works everywhere).", aggregate);

    internal static string CoqlClientReasonTooManyOrderBy(int count, int max) => Format("the query orders by {0} columns and Zoho orders by at most {1}.", count, max);

    internal static string CoqlClientReasonOrderByExpression(string expression) => Format("Zoho can order by fields only, not by {0}.", expression);

    internal static string CoqlClientReasonOrderBy(string column) => Format("Zoho cannot order by '{0}' (multi-line text, multi-select and non-sortable fields cannot be sorted).", column);

    internal static string CoqlWhyColumnComparison => "Zoho compares fields with values only, never with other fields";

    internal static string CoqlWhyNotPushable => "Zoho COQL has no form for it";

    internal static string CoqlWhyFunction => "Zoho COQL has no functions";

    internal static string CoqlWhyMultiLine(string field) =>
        Format("'{0}' is a multi-line field, which COQL cannot filter; the Search API can match it only with = and StartsWith of two or more characters", field);

    internal static string CoqlWhyRelatedModule => "COQL has no column for What_Id's module: '$se_module' is read by id from the records API after the rows";

    internal static string CoqlWhyNotFilterable(string field) => Format("Zoho's metadata marks '{0}' as not filterable", field);

    internal static string CoqlWhyNotLike => "Zoho's NOT LIKE works only as not-contains ('%text%')";

    internal static string CoqlWhyLikeOnNonText(string field) => Format("LIKE works only on text fields in Zoho, and '{0}' is not one", field);

    internal static string CoqlWhyLikeShape => "Zoho's LIKE has only starts-with, ends-with and contains patterns, and this one has no plain text to narrow by (it is made only of wildcards and backslashes)";

    internal static string CoqlWhyRangeOnText(string field) => Format("Zoho has no <, <=, >, >= or BETWEEN on text, picklist and lookup fields such as '{0}'", field);

    internal static string CoqlWhyBoolean(string field) => Format("Zoho compares boolean fields such as '{0}' only with =", field);

    internal static string CoqlWhyMultiSelect(string field) => Format("Zoho compares multi-select fields such as '{0}' only with =", field);

    internal static string CoqlWhyBackslash => "the value contains a backslash, which Zoho does not document how COQL reads, and it has no plain text to narrow by (it is made only of backslashes, % and _) or the condition excludes it";

    internal static string CoqlClientWorkFullScan => "UseServerSideFiltering=False: every record of the module is read and WHERE, ORDER BY, LIMIT and aggregates run in-process.";

    internal static string CoqlClientWorkSearchRecheck =>
        "Search matches words rather than whole values and its index lags recent writes: every row it returns is re-checked against the whole WHERE.";

    internal static string CoqlClientWorkUnion(int calls) => Format("the condition is split over {0} COQL queries (Zoho's 25-criteria limit) and their rows merged by id.", calls);

    internal static string CoqlClientWorkRecheck => "Zoho's answer to part of the WHERE is a superset (a value Zoho cannot match exactly); those rows are re-checked.";

    internal static string CoqlClientWorkGrouping => "rows are grouped and aggregated on the client, because they are re-checked or merged first.";

    internal static string CoqlClientWorkGroupOrder => "the groups Zoho returns are ordered, skipped and taken on the client (Zoho orders groups by their columns only).";

    internal static string CoqlClientWorkCriteriaOverflow(int criteria, int max) =>
        Format("{0} criteria beyond Zoho's limit of {1} are checked on the client.", criteria, max);

    // --- DML
    internal static string CoqlDmlExpectedModule(string after) =>
        Format("Expected a module API name after {0} (for example Leads, Contacts or a custom module such as My_Module).", after);

    internal static string CoqlDmlExpectedFieldList(string statement, string token) =>
        Format("Expected a parenthesised list of field API names after {0} but found {1}, as in INSERT INTO Leads (Last_Name, Company) VALUES (@name, @company).", statement, token);

    internal static string CoqlDmlExpectedRow(string token) =>
        Format("Expected a parenthesised row of values after VALUES but found {0}; separate rows with commas, as in VALUES (@a, @b), (@c, @d).", token);

    internal static string CoqlDmlRowLength(int row, int values, int fields) =>
        Format("Row {0} of VALUES has {1} value(s) but the field list names {2} field(s). Give every row one value per field, in the field list's order.", row, values, fields);

    internal static string CoqlDmlExpectedValue(string token) =>
        Format("Expected a value (a quoted text, a number, TRUE, FALSE, NULL or a @parameter) but found {0}. Fields, functions and expressions cannot be written; compute the value first and pass it as a parameter.", token);

    internal static string CoqlDmlDottedField(string path) =>
        Format("'{0}' is a field of a related record, which a statement on this module cannot write. Write the lookup field itself (its id), or run the statement on the related module.", path);

    internal static string CoqlDmlFieldRepeated(string field) =>
        Format("The field '{0}' is named twice. Name each field once.", field);

    internal static string CoqlDmlFieldAssignedTwice(string field) =>
        Format("SET assigns the field '{0}' twice. Assign each field once.", field);

    internal static string CoqlDmlFieldReadOnly(string field, string module, string why) =>
        Format("The field '{0}' of {1} is read-only ({2}): Zoho sets it, so a statement cannot write it. Remove it from the field or SET list.", field, module, why);

    internal static string CoqlDmlWhyId => "the record id";

    internal static string CoqlDmlWhyFormula => "a formula";

    internal static string CoqlDmlWhyAutoNumber => "an auto-number";

    internal static string CoqlDmlWhyRollup => "a rollup summary";

    internal static string CoqlDmlWhySystem => "a system field";

    internal static string CoqlDmlFieldNotWritable(string field, string module, string type) =>
        Format("The field '{0}' of {1} is of type {2}, which the dialect cannot write. Write it through the record API (ZohoCrmApiClient) instead.", field, module, type);

    internal static string CoqlDmlValueTypeMismatch(string source, string valueType, string field, string fieldType, string expected) =>
        Format("The {0} ({1}) cannot be written to field '{2}' of type {3}; pass {4}.", source, valueType, field, fieldType, expected);

    internal static string CoqlDmlUnknownDuplicateCheckField(string name, string module, string? suggestion) =>
        Format("DUPLICATE CHECK names '{0}', which is not a field of {1}.{2} Name unique fields of the module (such as Email), or drop the clause for Zoho's default duplicate-check fields.", name, module, DidYouMean(suggestion));
}

namespace EFCore.ZohoCrm.Properties;

internal static partial class ZohoCrmStrings
{
    /// <summary>A join that does not follow a lookup field.</summary>
    public static string JoinNotLookup => "Zoho CRM can only follow lookup fields from a record to the record they point to (COQL dot paths such as Account_Name.Industry); it cannot join modules on other fields. Navigate through the lookup's reference navigation, or load the other records with a separate query.";

    /// <summary>A lookup path longer than COQL's two relations.</summary>
    public static string LookupPathTooDeep(string path) => Format(
        "The query follows the lookup path '{0}', but COQL follows at most two lookups from the queried module. Load the records at the end of the path with a separate query.", path);

    /// <summary>Set operations.</summary>
    public static string SetOperationsNotSupported(string operation) => Format(
        "Zoho CRM cannot combine query results on the server, so '{0}' cannot be translated. Run the queries separately and combine the results after AsEnumerable().", operation);

    /// <summary>Subqueries.</summary>
    public static string SubqueriesNotSupported => "The query needs a subquery (a nested query, Any/All/Contains over another query, or an operator applied after Take/Skip/Distinct), which COQL cannot run. Run the inner query first and use its results (for example a list of ids with Contains) in the outer query.";

    /// <summary>Arithmetic, concatenation and functions in WHERE/ORDER BY.</summary>
    public static string ComputationNotSupported(string what) => Format(
        "COQL can only compare a field with a value, so {0} cannot be evaluated by Zoho CRM. Compute the value in C# before the query (captured variables are sent as parameters), or move the computation into the final Select, which runs on the client.", what);

    /// <summary>Any operator not in COQL.</summary>
    public static string OperatorNotSupported(string operatorName) => Format(
        "Zoho CRM has no equivalent of the LINQ operator '{0}'. Apply it after AsEnumerable(), on the rows the rest of the query returns.", operatorName);

    /// <summary>DISTINCT.</summary>
    public static string DistinctNotSupported => "COQL has no DISTINCT. Group by the fields instead (GroupBy(x => x.Field).Select(g => g.Key)), or apply Distinct() after AsEnumerable().";

    /// <summary>HAVING.</summary>
    public static string HavingNotSupported => "COQL cannot filter groups after aggregation (HAVING). Apply the condition on the groups after AsEnumerable().";

    /// <summary>Collection navigations loaded in the same query.</summary>
    public static string CollectionJoinNotSupported => "Reading a collection navigation inside the query (in Select, or in a condition) needs a join from a record to the records whose lookup points to it, which COQL cannot run. Return the entities with Include(x => x.Collection) and project them after AsEnumerable(), load the collection explicitly (Entry(x).Collection(...).Load()), or query the related module filtered by the lookup id.";

    /// <summary>A LINQ join from a record to the records whose lookup points to it.</summary>
    public static string ReverseLookupJoinNotSupported => "Zoho CRM follows a lookup only from the record that holds it, so a join from a record to the records whose lookup points to it cannot run. Join from the module that holds the lookup instead (db.Contacts.Join(db.Accounts, c => c.AccountId, a => a.Id, ...)), which gives the same pairs as an inner join, or use Include(x => x.Collection).";

    /// <summary>ZohoCrm.Data refused a query no setting allows.</summary>
    public static string ZohoCannotRunQuery(string reasons) => Format(
        "This query needs work Zoho CRM cannot do: {0} Rewrite it with conditions Zoho can evaluate, or do that part after AsEnumerable().", reasons);

    /// <summary>ZohoCrm.Data refused work the client could do if the options allowed it.</summary>
    public static string ZohoCannotRunQueryWithoutClientSideWork(string reasons) => Format(
        "This query needs work Zoho CRM cannot do: {0} Rewrite it with conditions Zoho can evaluate (or do that part after AsEnumerable()), or let the provider do that work on the client: call ClientSideFilterLimit(n) on UseZohoCrm's options (n: the most rows it may read; it fails beyond), or UseServerSideFiltering(false) to read the whole module.", reasons);

    /// <summary>A string comparison with a culture-sensitive, case-sensitive StringComparison.</summary>
    public static string CaseSensitiveComparisonNotSupported(string method) => Format(
        "Zoho CRM compares text ignoring case, and {0} with a culture-sensitive StringComparison cannot be re-checked on the client the way C# compares. Use StringComparison.Ordinal (sent ignoring case and re-checked with exact case) or StringComparison.OrdinalIgnoreCase, or compare after AsEnumerable().", method);

    /// <summary>A method or property with no COQL form.</summary>
    public static string MethodNotSupported(string member) => Format(
        "Zoho CRM can only compare a field with a value (COQL has no '{0}'), so it cannot be evaluated by Zoho CRM. Compute it in C# before the query, or move it into the final Select or after AsEnumerable(), which run on the client.", member);

    /// <summary>Raw COQL composed with LINQ.</summary>
    public static string FromSqlNotComposable => "A raw COQL query from FromSql/SqlQuery cannot be composed with further LINQ operators on the server. Write the whole query in COQL, or apply the operators after AsEnumerable().";

    /// <summary>An aggregate COQL lacks.</summary>
    public static string FunctionNotSupported(string function) => Format(
        "COQL has no function '{0}'; it has only the aggregates COUNT, SUM, MIN, MAX and AVG. Apply the function in the final Select or after AsEnumerable().", function);

    /// <summary>Unsupported SQL node met after translation.</summary>
    public static string QueryShapeNotSupported(string node) => Format(
        "The query translated to a construct COQL cannot express ({0}). Simplify the query, or apply the part that causes it after AsEnumerable().", node);
}

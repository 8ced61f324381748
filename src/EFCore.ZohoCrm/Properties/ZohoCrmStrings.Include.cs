namespace EFCore.ZohoCrm.Properties;

internal static partial class ZohoCrmStrings
{
    /// <summary>A collection Include whose entities do not reach the query's results.</summary>
    public static string CollectionIncludeNotOnResults(string navigation, string entityType) => Format(
        "The collection navigation '{0}' is included, but the query then projects the '{1}' records into another shape. Zoho CRM loads a collection with a second query on the records the query returns, so it can only do that when the query returns the '{1}' entities themselves. Move the Select after AsEnumerable() (or after ToListAsync()), or load the related records with a separate query on their module.",
        navigation, entityType);

    /// <summary>A filtered Include with an operator other than Where/OrderBy/ThenBy.</summary>
    public static string FilteredIncludeOperatorNotSupported(string navigation, string operatorName) => Format(
        "The filtered Include of '{0}' uses '{1}'. Zoho CRM loads the collections of all the returned records with one query on the related module filtered by the lookup, so only Where, OrderBy, OrderByDescending, ThenBy and ThenByDescending can be applied to it; a per-record Take/Skip cannot. Load the whole collection and apply '{1}' in C#, or query the related module for one record at a time.",
        navigation, operatorName);

    /// <summary>A filtered Include whose filter reads the record that owns the collection.</summary>
    public static string FilteredIncludeUsesPrincipal(string navigation) => Format(
        "The filter of the Include of '{0}' reads the record the collection belongs to. Zoho CRM loads the collections of all the returned records with one query on the related module, whose filter can only compare the related records' fields with values. Filter with values (captured variables work), or load the whole collection and filter it in C#.",
        navigation);

    /// <summary>Two Includes of one navigation with different filters.</summary>
    public static string ConflictingFilteredIncludes(string navigation) => Format(
        "The collection navigation '{0}' is included twice with different filters. Use the same filter (or none) on every Include of '{0}'.",
        navigation);

    /// <summary>A collection whose foreign key has several properties.</summary>
    public static string CompositeForeignKeyIncludeNotSupported(string navigation) => Format(
        "The collection navigation '{0}' is defined by a foreign key of several properties; Zoho CRM relates records through one lookup field. Map the relationship on the lookup field.",
        navigation);

    /// <summary>No-tracking Include that needs a shadow key value.</summary>
    public static string ShadowKeyIncludeNotSupported(string navigation, string property) => Format(
        "The collection navigation '{0}' cannot be loaded in a no-tracking query because its key '{1}' is a shadow property, which untracked entities do not hold. Map '{1}' to a CLR property, or use a tracking query.",
        navigation, property);

    /// <summary>Appended to ToQueryString for each collection loaded by a second query.</summary>
    public static string CollectionIncludeQueryDescription(string navigation, string module, string lookup, int batchSize) => Format(
        "-- '{0}' is loaded by a second query: FROM {1} WHERE {2} in (the ids of up to {3:N0} returned records at a time).",
        navigation, module, lookup, batchSize);
}

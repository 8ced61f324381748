namespace EFCore.ZohoCrm.Properties;

internal static partial class ZohoCrmStrings
{
    /// <summary>ExecuteUpdate/ExecuteDelete after OrderBy, Take or Skip.</summary>
    public static string ExecutePagingNotSupported(string method) => Format(
        "Zoho CRM's UPDATE and DELETE act on every record that matches the WHERE condition; they have no ORDER BY, LIMIT or OFFSET, so {0} cannot run after OrderBy, Take or Skip. Remove OrderBy if the order does not matter (it does not change which records match); otherwise read the ids first (var ids = query.OrderBy(...).Take(n).Select(x => x.Id).ToList()) and run {0} on Where(x => ids.Contains(x.Id)).", method);

    /// <summary>ExecuteUpdate setting a value computed from the record.</summary>
    public static string ExecuteUpdateValueNotConstant(string field) => Format(
        "Zoho CRM's UPDATE sets each field to a value sent with the statement, so ExecuteUpdate cannot set '{0}' to a value computed from the record's fields: COQL has no arithmetic, functions or references to other fields there. Set it to a constant or a captured variable, or load the records, compute the new values in C# and call SaveChanges.", field);

    /// <summary>ExecuteUpdate setting a field of a record reached through a lookup.</summary>
    public static string ExecuteUpdateThroughLookup => "ExecuteUpdate can only set fields of the module it updates, but a SetProperty sets a field of a record reached through a lookup (a navigation), which Zoho CRM's UPDATE cannot write. Run a separate ExecuteUpdate on that module, filtered on the records you mean (for example db.Accounts.Where(a => ids.Contains(a.Id))).";

    /// <summary>ExecuteUpdate setting the record id.</summary>
    public static string ExecuteUpdateSetsKey(string property) => Format(
        "ExecuteUpdate cannot set '{0}': it is the record id, which Zoho CRM assigns when a record is created and never changes. Insert a new record with SaveChanges (and delete the old one) if you need another id.", property);

    /// <summary>ExecuteUpdate setting a field Zoho maintains.</summary>
    public static string ExecuteUpdateSetsReadOnlyField(string property, string field) => Format(
        "ExecuteUpdate cannot set '{0}': it maps to the field '{1}', which Zoho CRM maintains itself and does not accept in a write (a system or formula field). Remove that SetProperty; Zoho updates the field on its own.", property, field);
}

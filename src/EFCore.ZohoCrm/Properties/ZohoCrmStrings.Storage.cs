namespace EFCore.ZohoCrm.Properties;

internal static partial class ZohoCrmStrings
{
    /// <summary>BeginTransaction, UseTransaction or an ambient transaction was used.</summary>
    public static string TransactionsNotSupported => "Zoho CRM has no transactions, so Database.BeginTransaction, UseTransaction and TransactionScope cannot be honoured. SaveChanges writes each batch of up to 100 records in its own call; design the unit of work so that a partial failure can be retried (records that were written keep their ids).";

    /// <summary>
    /// The one answer of migrations, <c>migrations add</c>, <c>database update</c>, EnsureDeleted and create scripts.
    /// </summary>
    public static string SchemaManagedInZohoCrm => "Zoho CRM's schema is managed in Zoho CRM: its modules and fields are created and changed there (Setup > Customization > Modules and Fields), so EF Core cannot create, drop or migrate them. Change them in Zoho CRM, then regenerate the model from the org with 'dotnet ef dbcontext scaffold \"<connection string>\" EFCore.ZohoCrm'.";

    /// <summary>A literal of a type COQL has no syntax for.</summary>
    public static string NoLiteralForValue(string clrType) => Format(
        "A value of type '{0}' cannot be written as a COQL literal. Compare against a string, number, boolean, date or date-time value instead.", clrType);

    /// <summary>Zoho refused some records of a write call; <paramref name="failures"/> lists each one.</summary>
    public static string WriteFailed(string operation, string module, int failed, int total, string failures) => Format(
        "Zoho CRM refused to {0} {1} of {2} record(s) of module '{3}': {4}", operation, failed, total, module, failures);

    /// <summary>One refused record of a write call: its position in the call, Zoho's code, the field at fault and Zoho's message.</summary>
    public static string RecordRefused(int index, string code, string? field, string? message) => Format(
        "record {0}: {1}{2}{3}", index, code, field is null ? "" : " on field '" + field + "'", string.IsNullOrEmpty(message) ? "" : " (" + message + ")");

    /// <summary>A write call failed as a whole (HTTP, authorization, limits), so none of its records were written.</summary>
    public static string WriteCallFailed(string operation, int count, string module, string error) => Format(
        "The Zoho CRM call to {0} {1} record(s) of module '{2}' failed, so none of them were written: {3}", operation, count, module, error);

    /// <summary>A write call got no usable answer: Zoho may or may not have written its records.</summary>
    public static string WriteOutcomeUnknown(string operation, int count, string module, string error, bool isInsert) => Format(
        "The Zoho CRM call to {0} {1} record(s) of module '{2}' got no usable answer, so Zoho CRM may or may not have written them: {3} "
        + "Their entries keep their state. {4}", operation, count, module, error, isInsert
            ? "Before calling SaveChanges again, look them up in Zoho CRM (for example by a unique field): saving them again could insert them twice."
            : "Calling SaveChanges again sends the same change again, which is safe.");

    /// <summary>SaveChanges stopped at a failure after other records were written.</summary>
    public static string SavedBeforeFailure(string failure, int saved) => Format(
        "{0} The other {1} record(s) of this SaveChanges were saved and are now tracked as saved (Unchanged with their Zoho ids, or detached if deleted); Zoho CRM has no transactions, so they are not rolled back. The entries of this exception keep their state: fix them and call SaveChanges again to write only them.", failure, saved);

    /// <summary>An update or delete found no record.</summary>
    public static string RecordNotFound(string operation, string module, string id) => Format(
        "Zoho CRM found no record {2} of module '{1}' to {0}: it was deleted (or never existed). Reload the entity before saving it again.", operation, module, id);

    /// <summary>The connection is not a ZohoCrm.Data one, so there is no record API to write through.</summary>
    public static string WritesNeedZohoCrmConnection(string typeName) => Format(
        "SaveChanges writes through the Zoho CRM record API of a ZohoCrm.Data connection, but the context uses a '{0}'. Pass a connection string, a ZohoCrmConnection or a ZohoCrmDataSource to UseZohoCrm.", typeName);

    /// <summary>A <c>ZohoCrmTriggers</c> value with a bit that names no trigger.</summary>
    public static string UnknownTriggers(int value) => Format(
        "The triggers value {0} names no Zoho CRM trigger. Combine the members of ZohoCrmTriggers (Workflow, Approval, Blueprint, Pathfinder, Orchestration), or use ZohoCrmTriggers.None to run no automation.", value);
}

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

    /// <summary>Some records of a write call were not written; <paramref name="kinds"/> names each by what happened to it.</summary>
    public static string WriteIncomplete(string operation, int failed, int total, string module, string kinds) => Format(
        "SaveChanges could not {0} {1} of {2} record(s) of module '{3}'. {4}", operation, failed, total, module, kinds);

    /// <summary>A record of a write call: its position in the call, its entity type and, once it has one, its id.</summary>
    public static string RecordOf(int index, string entityType, string? id) => Format(
        "record {0} ({1}{2})", index, entityType, id is null ? "" : " " + id);

    /// <summary>One refused record: Zoho's code, the field at fault and the property mapped to it, and Zoho's message.</summary>
    public static string RecordRefused(string record, string code, string? field, string? property, string? message) => Format(
        "{0}: {1}{2}{3}{4}", record, code, field is null ? "" : " on field '" + field + "'", property is null ? "" : " (property '" + property + "')",
        string.IsNullOrEmpty(message) ? "" : ": " + message);

    /// <summary>Records Zoho refused.</summary>
    public static string RecordsRefused(string records) => Format(
        "Refused by Zoho CRM: {0}. Their entries keep their state: correct them and call SaveChanges again.", records);

    /// <summary>Updates or deletes of records Zoho does not have.</summary>
    public static string RecordsNotFound(string operation, string records) => Format(
        "Not found in Zoho CRM to {0} (deleted, or never there): {1}. Reload these entities before saving them again.", operation, records);

    /// <summary>Conditional updates refused because the record changed after its concurrency token was read.</summary>
    public static string RecordsChangedSinceRead(string records) => Format(
        "Changed in Zoho CRM after they were read (ALREADY_MODIFIED), so their updates were not applied: {0}. Reload these entities (with their concurrency token, such as Modified_Time), apply the change again and call SaveChanges.", records);

    /// <summary>Records never written (an earlier call failed, or a lost insert's read-back proved Zoho does not hold them).</summary>
    public static string RecordsNotWritten(string records) => Format(
        "Not written, so Zoho CRM certainly does not hold them (an earlier call failed, or a read-back after a lost answer did not find them): {0}. Their entries keep their state: calling SaveChanges again writes them, which is safe.", records);

    /// <summary>Records whose answer was lost: Zoho may or may not hold them.</summary>
    public static string RecordsOutcomeUnknown(string records, bool isInsert) => Format(
        "No usable answer, so Zoho CRM may or may not hold them: {0}. Their entries keep their state. {1}", records, isInsert
            ? "Before calling SaveChanges again, look them up in Zoho CRM (for example by a unique field): saving them again could insert them twice. A unique field (an alternate key) makes SaveChanges send inserts as upserts on it, which cannot duplicate."
            : "Calling SaveChanges again sends the same change again, which is safe.");

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

    /// <summary>The records of the calls SaveChanges did not make after a failed one.</summary>
    public static string LaterCallsNotSent(int count, string modules) => Format(
        "SaveChanges stopped there, so {0} more record(s) of module(s) {1} were not sent and Zoho CRM does not hold them; their entries are named too and keep their state: calling SaveChanges again writes them, which is safe.", count, modules);

    /// <summary>The connection is not a ZohoCrm.Data one, so there is no record API to write through.</summary>
    public static string WritesNeedZohoCrmConnection(string typeName) => Format(
        "SaveChanges writes through the Zoho CRM record API of a ZohoCrm.Data connection, but the context uses a '{0}'. Pass a connection string, a ZohoCrmConnection or a ZohoCrmDataSource to UseZohoCrm.", typeName);

    /// <summary>A <c>ZohoCrmTriggers</c> value with a bit that names no trigger.</summary>
    public static string UnknownTriggers(int value) => Format(
        "The triggers value {0} names no Zoho CRM trigger. Combine the members of ZohoCrmTriggers (Workflow, Approval, Blueprint, Pathfinder, Orchestration), or use ZohoCrmTriggers.None to run no automation.", value);

    /// <summary>An upsert of an entity type mapped to no module.</summary>
    public static string UpsertNeedsModule(string entityType) => Format(
        "The entity type '{0}' is not mapped to a Zoho CRM module, so it cannot be upserted. Map it to a module with [Table(\"Module_Name\")] or ToTable, or upsert an entity type that is.", entityType);

    /// <summary>An upsert's duplicate-check lambda that names something other than properties of the entity.</summary>
    public static string DuplicateCheckNotProperties(string lambda, string entityType) => Format(
        "The duplicate-check fields '{0}' must name mapped properties of '{1}', as 'e => e.Email' or 'e => new {{ e.Email, e.Phone }}' does.", lambda, entityType);
}

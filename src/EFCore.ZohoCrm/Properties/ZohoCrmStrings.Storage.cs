namespace EFCore.ZohoCrm.Properties;

public static partial class ZohoCrmStrings
{
    /// <summary>BeginTransaction, UseTransaction or an ambient transaction was used.</summary>
    public static string TransactionsNotSupported => "Zoho CRM has no transactions, so Database.BeginTransaction, UseTransaction and TransactionScope cannot be honoured. SaveChanges writes each batch of up to 100 records in its own call; design the unit of work so that a partial failure can be retried (records that were written keep their ids).";

    /// <summary>Migrations are not available.</summary>
    public static string MigrationsNotSupported => "Zoho CRM owns the schema of its modules, so EF Core migrations are not supported. Create modules and fields in Zoho CRM (Setup > Modules and Fields), then map them in the model or scaffold it with 'dotnet ef dbcontext scaffold'.";

    /// <summary>EnsureCreated/EnsureDeleted/Create/Delete were used.</summary>
    public static string SchemaManagementNotSupported(string operation) => Format(
        "{0} would create or drop modules, but Zoho CRM owns the schema of its modules. Create modules and fields in Zoho CRM (Setup > Modules and Fields); EnsureCreated is a no-op when the org is reachable.", operation);

    /// <summary>A CLR type has no Zoho field type.</summary>
    public static string UnknownFieldTypeForClrType(string clrType, string fieldType) => Format(
        "The Zoho CRM field type '{1}' cannot hold values of CLR type '{0}'. Use a CLR type the field type can hold, or a value converter.", clrType, fieldType);

    /// <summary>A literal of a type COQL has no syntax for.</summary>
    public static string NoLiteralForValue(string clrType) => Format(
        "A value of type '{0}' cannot be written as a COQL literal. Compare against a string, number, boolean, date or date-time value instead.", clrType);

    /// <summary>SaveChanges before the write path exists.</summary>
    public static string WritesNotAvailable(int count, string module) => Format(
        "SaveChanges would write {0} record(s) of module '{1}', but this build of EFCore.ZohoCrm reads only: writing records needs ZohoCrm.Data's record API, which it does not include yet. Write the records with the Zoho CRM record API, or update the package.", count, module);
}

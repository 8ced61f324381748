namespace EFCore.ZohoCrm.Properties;

internal static partial class ZohoCrmStrings
{
    /// <summary>--schema was given to dotnet ef dbcontext scaffold.</summary>
    public static string ScaffoldSchemasNotSupported(string schemas) => Format(
        "Zoho CRM has no schemas, so the schemas given with --schema ({0}) are ignored. Choose modules with --table and their API names (for example --table Leads).", schemas);

    /// <summary>A --table name is no module the token's user can query.</summary>
    public static string ScaffoldModuleNotFound(string module, string available) => Format(
        "The module '{0}' given with --table is not a module of this Zoho CRM org that COQL can query with this token, so it is not scaffolded. Give a module API name (Setup > Developer Hub > APIs and SDKs > API names); the org's modules are: {1}.", module, available);

    /// <summary>A field type COQL cannot read.</summary>
    public static string ScaffoldFieldTypeNotReadable(string module, string field, string fieldType) => Format(
        "The field '{1}' of module '{0}' is left out of the model: its type '{2}' cannot be read through COQL. Read it through the record API (ZohoCrmConnection.GetApiClientAsync) if you need it.", module, field, fieldType);

    /// <summary>A module without fields COQL can read.</summary>
    public static string ScaffoldModuleWithoutFields(string module) => Format(
        "The module '{0}' is left out of the model: it has no field COQL can read with this token. Check the token user's profile permissions for the module's fields.", module);

    /// <summary>A lookup to a module that is not scaffolded.</summary>
    public static string ScaffoldLookupTargetNotScaffolded(string module, string field, string target) => Format(
        "The lookup '{1}' of module '{0}' points to module '{2}', which is not scaffolded, so it is a plain id property without a navigation. Add '{2}' with --table to get the navigation.", module, field, target);

    /// <summary>The DatabaseModelFactory was handed a connection of another provider.</summary>
    public static string ScaffoldNeedsZohoCrmConnection(string connectionType) => Format(
        "Scaffolding from Zoho CRM needs a ZohoCrmConnection, but got a '{0}'. Pass a ZohoCrm.Data connection string to 'dotnet ef dbcontext scaffold'.", connectionType);
}

using EFCore.ZohoCrm.Diagnostics.Internal;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace EFCore.ZohoCrm.Properties;

internal static partial class ZohoCrmStrings
{
    /// <summary>A mapped module Zoho does not have.</summary>
    public static string SchemaDriftModuleMissing(string entityType, string module) => Format(
        "Entity type '{0}' is mapped to module '{1}', which this Zoho CRM org does not have (or the token's user cannot read).", entityType, module);

    /// <summary>A mapped field Zoho does not have.</summary>
    public static string SchemaDriftFieldMissing(string entityType, string property, string module, string field) => Format(
        "Property '{0}.{1}' is mapped to field '{3}', which module '{2}' does not have.", entityType, property, module, field);

    /// <summary>A field whose type cannot hold the property's type.</summary>
    public static string SchemaDriftFieldType(string entityType, string property, string clrType, string module, string field, string dataType) => Format(
        "Property '{0}.{1}' is a {2}, but field '{4}' of module '{3}' is a '{5}' field, which cannot hold one.", entityType, property, clrType, module, field, dataType);

    /// <summary>The model does not match the org (the error).</summary>
    public static string SchemaDrift(string contextType, IEnumerable<string> mismatches) => Format(
        "The model of '{0}' does not match the Zoho CRM org's metadata: {1} Re-scaffold the model with 'dotnet ef dbcontext scaffold' (or fix the mapping); to only log this, use UseZohoCrm(..., o => o.SchemaCheck(ZohoCrmSchemaCheck.Warning)).",
        contextType, string.Join(" ", mismatches));

    /// <summary>A module named for the runtime model from metadata does not exist.</summary>
    public static string MetadataModuleNotFound(string module, string available) => Format(
        "The module '{0}' given to MapModulesFromMetadata is not a module of this Zoho CRM org that the API supports. Give module API names; the org's modules are: {1}.", module, available);

    /// <summary>The definition of <see cref="ZohoCrmEventId.SchemaDriftWarning"/>.</summary>
    public static EventDefinition<string, string> LogSchemaDrift(IDiagnosticsLogger logger)
    {
        var definitions = (ZohoCrmLoggingDefinitions)logger.Definitions;
        return (EventDefinition<string, string>)(definitions.LogSchemaDrift ??= new EventDefinition<string, string>(
            logger.Options,
            ZohoCrmEventId.SchemaDriftWarning,
            LogLevel.Warning,
            "ZohoCrmEventId.SchemaDriftWarning",
            level => LoggerMessage.Define<string, string>(
                level,
                ZohoCrmEventId.SchemaDriftWarning,
                "The model of '{contextType}' does not match the Zoho CRM org's metadata: {mismatches} Re-scaffold the model with 'dotnet ef dbcontext scaffold' (or fix the mapping).")));
    }
}

using Microsoft.Extensions.Logging;

// ReSharper disable once CheckNamespace
namespace Microsoft.EntityFrameworkCore.Diagnostics;

/// <summary>
/// Event ids of the Zoho CRM provider, for <c>ConfigureWarnings</c> and log filtering.
/// </summary>
/// <remarks>
/// Ids follow ZohoCrm.Data's scheme, <c>30000 + 100 × area</c> (<c>ZohoCrm.Data.Logging.ZohoCrmDataEventId</c>): update
/// events are 30300-30399; connection, OAuth, HTTP and query events come from ZohoCrm.Data itself.
/// </remarks>
public static class ZohoCrmEventId
{
    // These values must never change between releases: add new ones at the end of their section.
    private enum Id
    {
        // Update events
        NonAtomicSaveChangesWarning = CoreEventId.ProviderBaseId + 300,

        // Model events
        SchemaDriftWarning = CoreEventId.ProviderBaseId + 400,
    }

    private static readonly string UpdatePrefix = DbLoggerCategory.Update.Name + ".";
    private static readonly string ModelPrefix = DbLoggerCategory.Model.Name + ".";

    /// <summary>
    /// SaveChanges is writing more than one batch (more than 100 records, or records of several modules or
    /// operations). Zoho CRM has no transactions: if a later batch fails, the earlier ones stay written. Raise it to
    /// an error with <c>ConfigureWarnings(w => w.Throw(ZohoCrmEventId.NonAtomicSaveChangesWarning))</c> to refuse
    /// such saves.
    /// </summary>
    public static readonly EventId NonAtomicSaveChangesWarning = new((int)Id.NonAtomicSaveChangesWarning, UpdatePrefix + Id.NonAtomicSaveChangesWarning);

    /// <summary>
    /// The model does not match the org's live metadata (a mapped module or field is missing, or a field's type cannot
    /// hold the property's), and <c>SchemaCheck(ZohoCrmSchemaCheck.Warning)</c> asked to log it rather than fail.
    /// </summary>
    public static readonly EventId SchemaDriftWarning = new((int)Id.SchemaDriftWarning, ModelPrefix + Id.SchemaDriftWarning);
}

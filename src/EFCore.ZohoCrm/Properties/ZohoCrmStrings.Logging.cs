using EFCore.ZohoCrm.Diagnostics.Internal;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace EFCore.ZohoCrm.Properties;

internal static partial class ZohoCrmStrings
{
    /// <summary>The definition of <see cref="ZohoCrmEventId.NonAtomicSaveChangesWarning"/>.</summary>
    public static EventDefinition<string> LogNonAtomicSaveChanges(IDiagnosticsLogger logger)
    {
        var definitions = (ZohoCrmLoggingDefinitions)logger.Definitions;
        return (EventDefinition<string>)(definitions.LogNonAtomicSaveChanges ??= new EventDefinition<string>(
            logger.Options,
            ZohoCrmEventId.NonAtomicSaveChangesWarning,
            LogLevel.Warning,
            "ZohoCrmEventId.NonAtomicSaveChangesWarning",
            level => LoggerMessage.Define<string>(
                level,
                ZohoCrmEventId.NonAtomicSaveChangesWarning,
                "SaveChanges of '{contextType}' needs more than one Zoho CRM call (more than 100 records, or records of several modules or operations). Zoho CRM has no transactions: if a call fails, the records written by earlier calls stay written.")));
    }
}

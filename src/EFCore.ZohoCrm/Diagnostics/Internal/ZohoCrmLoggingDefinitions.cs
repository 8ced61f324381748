using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EFCore.ZohoCrm.Diagnostics.Internal;

/// <summary>Cached event definitions of the provider's log messages. Internal API.</summary>
public class ZohoCrmLoggingDefinitions : RelationalLoggingDefinitions
{
    public EventDefinitionBase? LogNonAtomicSaveChanges;

    public EventDefinitionBase? LogSchemaDrift;
}

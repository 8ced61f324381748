using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EFCore.ZohoCrm.Diagnostics.Internal;

/// <summary>Cached event definitions of the provider's log messages. Internal API.</summary>
public class ZohoCrmLoggingDefinitions : RelationalLoggingDefinitions
{
    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public EventDefinitionBase? LogNonAtomicSaveChanges;

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public EventDefinitionBase? LogSchemaDrift;
}

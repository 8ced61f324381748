using EFCore.ZohoCrm.Infrastructure.Internal;
using Microsoft.EntityFrameworkCore.Infrastructure;

// ReSharper disable once CheckNamespace
namespace Microsoft.EntityFrameworkCore;

/// <summary>Zoho CRM specific members of <see cref="DatabaseFacade"/>.</summary>
public static class ZohoCrmDatabaseFacadeExtensions
{
    /// <summary>Whether the context is configured to use the Zoho CRM provider.</summary>
    public static bool IsZohoCrm(this DatabaseFacade database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return database.ProviderName == typeof(ZohoCrmOptionsExtension).Assembly.GetName().Name;
    }
}

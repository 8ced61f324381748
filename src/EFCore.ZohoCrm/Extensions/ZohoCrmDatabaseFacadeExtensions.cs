using EFCore.ZohoCrm.Infrastructure.Internal;
using EFCore.ZohoCrm.Properties;
using EFCore.ZohoCrm.Storage.Internal;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

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

    /// <summary>
    /// Makes the context act for a web app's signed-in user: every query, metadata load and SaveChanges call it makes
    /// uses the tokens <c>ZohoCrmOAuthWebFlow.ExchangeCodeAsync</c> saved under <paramref name="user"/>, so Zoho applies
    /// that user's permissions; null goes back to the connection string's own tokens. The context keeps its data source,
    /// its model and EF's internal service provider: a user is not a new configuration.
    /// </summary>
    /// <remarks>
    /// <para>
    /// This is EF Core's pattern for per-request state in pooled contexts (as <c>Database.SetConnectionString</c> for
    /// a tenant's database): set it right after the context is rented, for instance in a scoped factory over
    /// <c>IDbContextFactory&lt;TContext&gt;</c> from <c>AddPooledDbContextFactory</c> that reads the signed-in user
    /// from the request. A pooled context forgets the user when it goes back to the pool. The user is not an option
    /// of <c>UseZohoCrm</c>: those options are fixed when the pool is built, and a pooled context cannot reach the
    /// request's services.
    /// </para>
    /// <para>
    /// Users share the data source's module and field metadata (it describes the org, not the user) and its plan cache.
    /// A user with no stored tokens makes the first query fail with <see cref="ZohoCrm.Data.ZohoCrmAuthorizationRequiredException"/>.
    /// The connection must be closed (it is, unless the app opened it).
    /// </para>
    /// </remarks>
    /// <exception cref="InvalidOperationException">The context does not use Zoho CRM, or its connection is open.</exception>
    public static void SetZohoCrmUser(this DatabaseFacade database, string? user) => Connection(database).User = user;

    /// <summary>The signed-in user the context acts for (see <see cref="SetZohoCrmUser"/>); null for the connection string's own tokens.</summary>
    public static string? GetZohoCrmUser(this DatabaseFacade database) => Connection(database).User;

    private static ZohoCrmRelationalConnection Connection(DatabaseFacade database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return ((IInfrastructure<IServiceProvider>)database).Instance.GetService(typeof(IRelationalConnection)) as ZohoCrmRelationalConnection
               ?? throw new InvalidOperationException(ZohoCrmStrings.UserNeedsZohoCrmProvider(database.ProviderName));
    }
}

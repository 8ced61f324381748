using EFCore.ZohoCrm.Infrastructure;
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
    public static void SetZohoCrmUser(this DatabaseFacade database, string? user) => Connection(database, nameof(SetZohoCrmUser)).User = user;

    /// <summary>The signed-in user the context acts for (see <see cref="SetZohoCrmUser"/>); null for the connection string's own tokens.</summary>
    public static string? GetZohoCrmUser(this DatabaseFacade database) => Connection(database, nameof(GetZohoCrmUser)).User;

    /// <summary>
    /// Chooses the automation Zoho CRM runs on the records the context writes (SaveChanges and upserts) until the
    /// returned scope is disposed, which restores the previous choice:
    /// <c>using (db.Database.UseZohoCrmTriggers(ZohoCrmTriggers.None)) { db.SaveChanges(); }</c>. It overrides the
    /// context's <c>Triggers</c> option; without either, no trigger key is sent and Zoho runs all of it.
    /// </summary>
    /// <remarks>
    /// The choice belongs to a unit of work rather than to a call (an import that must not send workflow e-mails may
    /// take several SaveChanges), so it is a scope on <see cref="DatabaseFacade"/>, beside <see cref="SetZohoCrmUser"/>,
    /// rather than a SaveChanges overload; the scope's <c>Dispose</c> restores the previous choice even when a save
    /// throws. Scopes nest. A pooled context forgets the choice when it goes back to the pool. Deletes honour only
    /// <see cref="ZohoCrmTriggers.Workflow"/> (Zoho's <c>wf_trigger</c>).
    /// </remarks>
    /// <exception cref="InvalidOperationException">The context does not use Zoho CRM.</exception>
    public static IDisposable UseZohoCrmTriggers(this DatabaseFacade database, ZohoCrmTriggers triggers)
    {
        var connection = Connection(database, nameof(UseZohoCrmTriggers));
        EFCore.ZohoCrm.Update.Internal.ZohoCrmTriggerNames.Validate(triggers);
        var scope = new TriggerScope(connection, connection.Triggers);
        connection.Triggers = triggers;
        return scope;
    }

    private sealed class TriggerScope(ZohoCrmRelationalConnection connection, ZohoCrmTriggers? previous) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (!_disposed)
            {
                _disposed = true;
                connection.Triggers = previous;
            }
        }
    }

    private static ZohoCrmRelationalConnection Connection(DatabaseFacade database, string method)
    {
        ArgumentNullException.ThrowIfNull(database);
        return ((IInfrastructure<IServiceProvider>)database).Instance.GetService(typeof(IRelationalConnection)) as ZohoCrmRelationalConnection
               ?? throw new InvalidOperationException(ZohoCrmStrings.DatabaseMethodNeedsZohoCrmProvider(method, database.ProviderName));
    }
}

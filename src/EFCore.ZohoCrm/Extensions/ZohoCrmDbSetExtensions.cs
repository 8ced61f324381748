using System.Linq.Expressions;
using EFCore.ZohoCrm.Update;
using EFCore.ZohoCrm.Update.Internal;

// ReSharper disable once CheckNamespace
namespace Microsoft.EntityFrameworkCore;

/// <summary>Zoho CRM specific members of <see cref="DbSet{TEntity}"/>: upserts.</summary>
public static class ZohoCrmDbSetExtensions
{
    /// <summary>
    /// Inserts each entity as a new record, or updates the record that has the same value in the duplicate-check
    /// fields (Zoho's upsert, up to 100 records a call), and reports which it did. Each written entity gets its record id
    /// and the system fields Zoho returned and is tracked as Unchanged.
    /// </summary>
    /// <remarks>
    /// Every mapped, writable property is sent, a <see langword="null"/> one too (it clears the field of a matched
    /// record). The duplicate-check fields are those <paramref name="duplicateCheck"/> names
    /// (<c>l =&gt; l.Email</c>, or <c>l =&gt; new { l.Email, l.Phone }</c>), else the entity type's alternate key, else
    /// Zoho's defaults for the module (Email for Leads and Contacts, Account_Name for Accounts...). Zoho accepts only
    /// its system duplicate-check fields and fields marked unique. Entities Zoho refused are named, with Zoho's code and
    /// message, by the <see cref="DbUpdateException"/> thrown after the others were applied; they keep their state.
    /// The context's triggers (<c>Triggers</c> option, <c>Database.UseZohoCrmTriggers</c>) apply.
    /// </remarks>
    public static Task<IReadOnlyList<ZohoCrmUpsertResult<TEntity>>> UpsertAsync<TEntity>(
        this DbSet<TEntity> set,
        IEnumerable<TEntity> entities,
        Expression<Func<TEntity, object?>>? duplicateCheck = null,
        CancellationToken cancellationToken = default)
        where TEntity : class
        => ZohoCrmUpserter.UpsertAsync(set, entities, duplicateCheck, cancellationToken);

    /// <summary>The synchronous form of <see cref="UpsertAsync{TEntity}"/>, with synchronous calls.</summary>
    public static IReadOnlyList<ZohoCrmUpsertResult<TEntity>> Upsert<TEntity>(
        this DbSet<TEntity> set,
        IEnumerable<TEntity> entities,
        Expression<Func<TEntity, object?>>? duplicateCheck = null)
        where TEntity : class
        => ZohoCrmUpserter.Upsert(set, entities, duplicateCheck);
}

namespace EFCore.ZohoCrm.Update;

/// <summary>What an upsert did with one entity: inserted it as a new record, or updated the record it matched.</summary>
/// <typeparam name="TEntity">The entity type.</typeparam>
/// <param name="Entity">The entity, now tracked as Unchanged with its record id and the system fields Zoho returned.</param>
/// <param name="Inserted"><see langword="true"/> when Zoho created a record; <see langword="false"/> when it updated the record it matched.</param>
/// <param name="DuplicateField">For an update, the field whose value matched the existing record (Zoho's <c>duplicate_field</c>), when Zoho named it.</param>
public sealed record ZohoCrmUpsertResult<TEntity>(TEntity Entity, bool Inserted, string? DuplicateField)
    where TEntity : class;

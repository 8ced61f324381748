using EFCore.ZohoCrm.Metadata.Internal;
using EFCore.ZohoCrm.Storage.Internal;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;

namespace EFCore.ZohoCrm.Metadata.Conventions;

/// <summary>
/// Maps user lookups, unless the model says otherwise: the properties of an entity type mapped to <c>users</c>
/// (such as <see cref="ZohoCrmUser"/>), and of the records a user leads to (its role, its profile), take Zoho's
/// lower-case user keys (<c>FirstName</c> is <c>first_name</c>, the lookup <c>RoleId</c> of <c>Role</c> is <c>role</c>); a
/// foreign key to it is an <c>ownerlookup</c> field for <c>Owner</c>, <c>Created_By</c> and <c>Modified_By</c> and a
/// <c>userlookup</c> field otherwise, as is a long mapped to one of those three without a navigation; and <c>Owner</c> is left out of an insert that does not set it, so that Zoho
/// makes the creating user the owner, which the save then reads back. Runs after <see cref="ZohoCrmFieldConvention"/>.
/// Internal API.
/// </summary>
public class ZohoCrmUserLookupConvention : IModelFinalizingConvention
{
    /// <summary>Applies the user-lookup mapping described on the class to every entity type, leaving alone what the model configured explicitly.</summary>
    /// <param name="modelBuilder">The builder of the model being finalized.</param>
    /// <param name="context">Additional information about the convention's run.</param>
    public virtual void ProcessModelFinalizing(IConventionModelBuilder modelBuilder, IConventionContext<IConventionModelBuilder> context)
    {
        foreach (var entityType in modelBuilder.Metadata.GetEntityTypes())
        {
            if (ZohoCrmUserTable.IsUserEntityType(entityType))
            {
                UseUserKeys(entityType);

                // What a user leads to (its role, its profile) is keyed the same way: Owner.role.name.
                foreach (var foreignKey in entityType.GetDeclaredForeignKeys())
                {
                    if (!ZohoCrmUserTable.IsUserEntityType(foreignKey.PrincipalEntityType))
                    {
                        UseUserKeys(foreignKey.PrincipalEntityType);
                    }
                }
            }

            foreach (var property in entityType.GetDeclaredProperties())
            {
                if (IsUserLookup(property))
                {
                    ConfigureUserLookup(property);
                }
            }
        }
    }

    /// <summary>
    /// Whether a property holds a user lookup: the foreign key of a navigation to a user entity type, or, with no
    /// navigation, a long mapped to one of the owner lookups every module has.
    /// </summary>
    protected virtual bool IsUserLookup(IConventionProperty property)
    {
        var foreignKeys = property.GetContainingForeignKeys().Where(fk => fk.DeclaringEntityType == property.DeclaringType).ToList();
        if (foreignKeys.Count > 0)
        {
            return foreignKeys.Any(fk => fk.Properties.Count == 1 && fk.PrincipalKey.IsPrimaryKey()
                && ZohoCrmUserTable.IsUserEntityType(fk.PrincipalEntityType));
        }

        return !property.IsPrimaryKey()
            && property.ClrType.UnwrapNullable() == typeof(long)
            && ZohoCrmUserTable.OwnerLookupFields.Contains(property.GetColumnName());
    }

    /// <summary>
    /// Types a user lookup as an <c>ownerlookup</c> (Owner, Created_By, Modified_By) or <c>userlookup</c> field, so it
    /// is written as <c>{"id": ...}</c>; an insert without an owner lets Zoho choose it and reads it back.
    /// </summary>
    protected virtual void ConfigureUserLookup(IConventionProperty lookup)
    {
        var column = lookup.GetColumnName();
        lookup.Builder.HasColumnType(ZohoCrmUserTable.OwnerLookupFields.Contains(column) ? ZohoCrmStoreTypes.OwnerLookup : ZohoCrmStoreTypes.UserLookup);
        if (string.Equals(column, ZohoCrmUserTable.OwnerField, StringComparison.OrdinalIgnoreCase)
            && lookup.GetValueGeneratedConfigurationSource() is null or ConfigurationSource.Convention)
        {
            lookup.Builder.ValueGenerated(ValueGenerated.OnAdd);
        }
    }

    /// <summary>
    /// Gives the properties not mapped explicitly Zoho's lower-case user keys: a lookup is named after its navigation
    /// (<c>RoleId</c> with the navigation <c>Role</c> is <c>role</c>), any other property after itself.
    /// </summary>
    protected virtual void UseUserKeys(IConventionEntityType entityType)
    {
        foreach (var property in entityType.GetDeclaredProperties())
        {
            if (property.IsPrimaryKey() || property.GetColumnNameConfigurationSource() is not (null or ConfigurationSource.Convention))
            {
                continue;
            }

            var navigation = property.GetContainingForeignKeys()
                .FirstOrDefault(fk => fk.Properties.Count == 1 && fk.DeclaringEntityType == entityType)?.DependentToPrincipal;
            property.Builder.HasColumnName(ZohoCrmUserTable.UserKey(navigation?.Name ?? property.Name));
        }
    }
}

using EFCore.ZohoCrm.Metadata.Internal;
using EFCore.ZohoCrm.Storage.Internal;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;

namespace EFCore.ZohoCrm.Metadata.Conventions;

/// <summary>
/// Maps user lookups, unless the model says otherwise: the properties of an entity type mapped to <c>users</c>
/// (such as <see cref="ZohoCrmUser"/>) take Zoho's lower-case user keys (<c>FirstName</c> is <c>first_name</c>); a
/// foreign key to it is an <c>ownerlookup</c> field for <c>Owner</c>, <c>Created_By</c> and <c>Modified_By</c> and a
/// <c>userlookup</c> field otherwise; and <c>Owner</c> is left out of an insert that does not set it, so that Zoho
/// makes the creating user the owner, which the save then reads back. Runs after <see cref="ZohoCrmFieldConvention"/>.
/// Internal API.
/// </summary>
public class ZohoCrmUserLookupConvention : IModelFinalizingConvention
{
    public virtual void ProcessModelFinalizing(IConventionModelBuilder modelBuilder, IConventionContext<IConventionModelBuilder> context)
    {
        foreach (var entityType in modelBuilder.Metadata.GetEntityTypes())
        {
            if (ZohoCrmUserTable.IsUserEntityType(entityType))
            {
                foreach (var property in entityType.GetDeclaredProperties())
                {
                    if (!property.IsPrimaryKey()
                        && property.GetColumnNameConfigurationSource() is null or ConfigurationSource.Convention)
                    {
                        property.Builder.HasColumnName(ZohoCrmUserTable.UserKey(property.Name));
                    }
                }
            }

            foreach (var foreignKey in entityType.GetDeclaredForeignKeys())
            {
                if (foreignKey.Properties is not [var lookup]
                    || !foreignKey.PrincipalKey.IsPrimaryKey()
                    || !ZohoCrmUserTable.IsUserEntityType(foreignKey.PrincipalEntityType))
                {
                    continue;
                }

                var column = lookup.GetColumnName();
                lookup.Builder.HasColumnType(ZohoCrmUserTable.OwnerLookupFields.Contains(column)
                    ? ZohoCrmStoreTypes.OwnerLookup
                    : ZohoCrmStoreTypes.UserLookup);
                if (string.Equals(column, ZohoCrmUserTable.OwnerField, StringComparison.OrdinalIgnoreCase)
                    && lookup.GetValueGeneratedConfigurationSource() is null or ConfigurationSource.Convention)
                {
                    lookup.Builder.ValueGenerated(ValueGenerated.OnAdd);
                }
            }
        }
    }
}

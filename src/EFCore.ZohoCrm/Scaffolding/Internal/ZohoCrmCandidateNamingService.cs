using EFCore.ZohoCrm.Storage.Internal;
using EFCore.ZohoCrm.Update.Internal;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Scaffolding.Internal;
using Microsoft.EntityFrameworkCore.Scaffolding.Metadata;
using ZohoCrm.Data.Metadata;

#pragma warning disable EF1001 // The scaffolder's naming service is internal API.

namespace EFCore.ZohoCrm.Scaffolding.Internal;

/// <summary>
/// Names Zoho lookups the way a C# developer would: Zoho names a lookup after what it points to (<c>Account_Name</c>,
/// <c>Parent_Account</c>, <c>Who_Id</c>), so its id property is that name without the <c>_Name</c> or <c>_Id</c>
/// suffix plus <c>Id</c> (<c>AccountId</c>, <c>ParentAccountId</c>, <c>WhoId</c>) and its navigation the same without
/// <c>Id</c> (<c>Account</c>, <c>ParentAccount</c>). An inverse collection is named after the dependent module
/// (<c>Account.Contacts</c>), prefixed with the lookup when one module has several lookups to the other
/// (<c>Account.VendorAccountDeals</c>), without the prefix a class name may have needed (<c>Contact.Tasks</c> of
/// <c>CrmTask</c>). What_Id's module (<c>$se_module</c>) is <c>WhatModule</c>. Internal API.
/// </summary>
public class ZohoCrmCandidateNamingService : CandidateNamingService
{
    private static readonly string[] LookupSuffixes = ["_Name", "_Id"];

    /// <inheritdoc />
    public override string GenerateCandidateIdentifier(DatabaseColumn originalColumn)
    {
        ArgumentNullException.ThrowIfNull(originalColumn);
        if (string.Equals(originalColumn.Name, ZohoCrmRecordMapping.RelatedModuleColumn, StringComparison.OrdinalIgnoreCase))
        {
            return "WhatModule"; // $se_module, the module of What_Id (WhatId).
        }

        return IsLookup(originalColumn)
            ? GenerateCandidateIdentifier(LookupBaseName(originalColumn.Name)) + "Id"
            : base.GenerateCandidateIdentifier(originalColumn);
    }

    /// <inheritdoc />
    public override string GetDependentEndCandidateNavigationPropertyName(IReadOnlyForeignKey foreignKey)
    {
        ArgumentNullException.ThrowIfNull(foreignKey);
        // From the field's API name, so that --use-database-names (property Account_Name) still gets Account.
        return foreignKey.Properties is [var property] && property.GetColumnName() is { Length: > 0 } column
            ? GenerateCandidateIdentifier(LookupBaseName(column))
            : base.GetDependentEndCandidateNavigationPropertyName(foreignKey);
    }

    /// <inheritdoc />
    public override string GetPrincipalEndCandidateNavigationPropertyName(IReadOnlyForeignKey foreignKey, string dependentEndNavigationPropertyName)
    {
        ArgumentNullException.ThrowIfNull(foreignKey);
        var dependent = foreignKey.DeclaringEntityType;
        var siblings = foreignKey.PrincipalEntityType.GetReferencingForeignKeys().Count(fk => fk.DeclaringEntityType == dependent);
        var dependentName = dependent.ShortName();
        if (dependentName.StartsWith(ZohoCrmScaffoldingModelFactory.ReservedTypeNamePrefix, StringComparison.Ordinal)
            && ZohoCrmScaffoldingModelFactory.ReservedTypeNames.Contains(dependentName[ZohoCrmScaffoldingModelFactory.ReservedTypeNamePrefix.Length..]))
        {
            // A property may be called Tasks: only the class needed the prefix (Contact.Tasks, not Contact.CrmTasks).
            dependentName = dependentName[ZohoCrmScaffoldingModelFactory.ReservedTypeNamePrefix.Length..];
        }

        return siblings > 1 ? dependentEndNavigationPropertyName + dependentName : dependentName;
    }

    /// <summary>Whether a column holds a record or user id: a lookup, owner lookup or user lookup field.</summary>
    public static bool IsLookup(DatabaseColumn column)
    {
        var storeType = column.StoreType;
        var paren = storeType?.IndexOf('(', StringComparison.Ordinal) ?? -1;
        return ZohoCrmStoreTypes.ToFieldType(paren < 0 ? storeType : storeType![..paren]).IsLookup();
    }

    /// <summary>The lookup's API name without the <c>_Name</c>/<c>_Id</c> suffix Zoho gives many lookups.</summary>
    public static string LookupBaseName(string apiName)
    {
        foreach (var suffix in LookupSuffixes)
        {
            if (apiName.Length > suffix.Length && apiName.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return apiName[..^suffix.Length];
            }
        }

        return apiName;
    }
}

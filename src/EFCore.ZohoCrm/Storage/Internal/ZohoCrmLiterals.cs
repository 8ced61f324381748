using System.Data.Common;
using ZohoCrm.Data;
using ZohoCrm.Data.Metadata;

namespace EFCore.ZohoCrm.Storage.Internal;

/// <summary>COQL literals and parameter types for the type mappings, from ZohoCrm.Data's description of each field type. Internal API.</summary>
internal static class ZohoCrmLiterals
{
    /// <summary>A value of a store type as a COQL literal, written as ZohoCrm.Data writes that Zoho type's literals.</summary>
    public static string Format(string? storeTypeNameBase, object value) => ZohoCrmStoreTypes.InfoOf(storeTypeNameBase).FormatLiteral(value);

    /// <summary>
    /// Tells a ZohoCrm.Data parameter which Zoho field type its value is sent as, so the value is bound as that type's
    /// literal whatever field it is compared with.
    /// </summary>
    public static void SetFieldType(DbParameter parameter, string storeTypeNameBase)
    {
        if (parameter is ZohoCrmParameter zohoParameter
            && ZohoCrmStoreTypes.ToFieldType(storeTypeNameBase) is var fieldType and not ZohoCrmFieldType.Unknown)
        {
            zohoParameter.ZohoType = fieldType;
        }
    }
}

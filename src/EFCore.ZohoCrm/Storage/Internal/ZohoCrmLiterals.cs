using System.Data.Common;
using System.Globalization;
using ZohoCrm.Data;
using ZohoCrm.Data.Metadata;

namespace EFCore.ZohoCrm.Storage.Internal;

/// <summary>COQL literal syntax shared by the type mappings. Internal API.</summary>
internal static class ZohoCrmLiterals
{
    /// <summary>A COQL string literal: single quotes, an embedded quote doubled.</summary>
    public static string Quote(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>ISO 8601 with the value's own offset and no fractional seconds, the form Zoho documents.</summary>
    public static string FormatDateTime(DateTimeOffset value) =>
        value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

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

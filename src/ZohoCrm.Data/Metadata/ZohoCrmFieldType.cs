namespace ZohoCrm.Data.Metadata;

/// <summary>A Zoho CRM field's <c>data_type</c>, as the field metadata API reports it.</summary>
public enum ZohoCrmFieldType
{
    /// <summary>A <c>data_type</c> this version does not model; values are read as raw JSON text.</summary>
    Unknown = 0,
    Text,
    Textarea,
    Email,
    Phone,
    Website,
    Picklist,
    MultiSelectPicklist,
    Integer,
    BigInt,
    Double,
    Currency,
    Percent,
    Boolean,
    Date,
    DateTime,
    Lookup,
    OwnerLookup,
    UserLookup,
    AutoNumber,
    Formula,
    RollupSummary,
    ProfileImage,
    MultiSelectLookup,
    MultiUserLookup,
    Subform,
    FileUpload,
    ImageUpload,
}

/// <summary>Conversions between <see cref="ZohoCrmFieldType"/> and Zoho's <c>data_type</c> strings (see <see cref="ZohoCrmFieldTypeInfo"/>).</summary>
public static class ZohoCrmFieldTypes
{
    private static readonly Dictionary<string, ZohoCrmFieldType> ByDataType = CreateByDataType();

    /// <summary>Parses a <c>data_type</c> string; types this version does not model map to <see cref="ZohoCrmFieldType.Unknown"/>.</summary>
    public static ZohoCrmFieldType Parse(string? dataType) =>
        dataType is not null && ByDataType.TryGetValue(dataType, out var type) ? type : ZohoCrmFieldType.Unknown;

    /// <summary>Lookups whose value is a record or user id.</summary>
    public static bool IsLookup(this ZohoCrmFieldType type) => ZohoCrmFieldTypeInfo.Of(type).IsLookup;

    private static Dictionary<string, ZohoCrmFieldType> CreateByDataType()
    {
        var byDataType = ZohoCrmFieldTypeInfo.All
            .Where(info => info.FieldType != ZohoCrmFieldType.Unknown)
            .ToDictionary(info => info.DataType, info => info.FieldType, StringComparer.OrdinalIgnoreCase);

        // Other names Zoho uses for the same types (the search docs call a double "decimal").
        byDataType["long"] = ZohoCrmFieldType.BigInt;
        byDataType["decimal"] = ZohoCrmFieldType.Double;
        return byDataType;
    }
}

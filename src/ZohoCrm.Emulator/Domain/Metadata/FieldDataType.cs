namespace ZohoCrm.Emulator.Domain.Metadata;

/// <summary>The <c>data_type</c> values of Zoho CRM field metadata that the emulator models (api.md §7.3).</summary>
public enum FieldDataType
{
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
    ProfileImage,
    MultiSelectLookup,
}

/// <summary>Wire names and type families of <see cref="FieldDataType"/>.</summary>
public static class FieldDataTypes
{
    /// <summary>The <c>data_type</c> string Zoho sends for the type.</summary>
    public static string WireName(this FieldDataType type) => type switch
    {
        FieldDataType.MultiSelectPicklist => "multiselectpicklist",
        FieldDataType.BigInt => "bigint",
        FieldDataType.OwnerLookup => "ownerlookup",
        FieldDataType.UserLookup => "userlookup",
        FieldDataType.AutoNumber => "autonumber",
        FieldDataType.ProfileImage => "profileimage",
        FieldDataType.MultiSelectLookup => "multiselectlookup",
        _ => type.ToString().ToLowerInvariant(),
    };

    /// <summary>The <c>json_type</c> string Zoho sends for the type.</summary>
    public static string JsonTypeName(this FieldDataType type) => type switch
    {
        FieldDataType.Integer => "integer",
        FieldDataType.Double or FieldDataType.Currency or FieldDataType.Percent => "double",
        FieldDataType.Boolean => "boolean",
        FieldDataType.Lookup or FieldDataType.OwnerLookup or FieldDataType.UserLookup => "jsonobject",
        FieldDataType.MultiSelectPicklist or FieldDataType.MultiSelectLookup => "jsonarray",
        _ => "string",
    };

    /// <summary>Lookups whose stored value is the id of another record or user.</summary>
    public static bool IsLookup(this FieldDataType type) =>
        type is FieldDataType.Lookup or FieldDataType.OwnerLookup or FieldDataType.UserLookup;

    /// <summary>Types compared as text (=, !=, like, in).</summary>
    public static bool IsTextLike(this FieldDataType type) =>
        type is FieldDataType.Text or FieldDataType.Textarea or FieldDataType.Email or FieldDataType.Phone
            or FieldDataType.Website or FieldDataType.Picklist or FieldDataType.AutoNumber or FieldDataType.ProfileImage;

    /// <summary>Types with an order (ranges and between).</summary>
    public static bool IsOrdered(this FieldDataType type) =>
        type is FieldDataType.Integer or FieldDataType.BigInt or FieldDataType.Double or FieldDataType.Currency
            or FieldDataType.Percent or FieldDataType.Date or FieldDataType.DateTime;

    /// <summary>Numeric types.</summary>
    public static bool IsNumeric(this FieldDataType type) =>
        type is FieldDataType.Integer or FieldDataType.BigInt or FieldDataType.Double or FieldDataType.Currency
            or FieldDataType.Percent;
}

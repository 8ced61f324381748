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

/// <summary>Conversions between <see cref="ZohoCrmFieldType"/> and Zoho's <c>data_type</c> strings.</summary>
public static class ZohoCrmFieldTypes
{
    private static readonly Dictionary<string, ZohoCrmFieldType> ByWireName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["text"] = ZohoCrmFieldType.Text,
        ["textarea"] = ZohoCrmFieldType.Textarea,
        ["email"] = ZohoCrmFieldType.Email,
        ["phone"] = ZohoCrmFieldType.Phone,
        ["website"] = ZohoCrmFieldType.Website,
        ["picklist"] = ZohoCrmFieldType.Picklist,
        ["multiselectpicklist"] = ZohoCrmFieldType.MultiSelectPicklist,
        ["integer"] = ZohoCrmFieldType.Integer,
        ["bigint"] = ZohoCrmFieldType.BigInt,
        ["long"] = ZohoCrmFieldType.BigInt,
        ["double"] = ZohoCrmFieldType.Double,
        ["decimal"] = ZohoCrmFieldType.Double,
        ["currency"] = ZohoCrmFieldType.Currency,
        ["percent"] = ZohoCrmFieldType.Percent,
        ["boolean"] = ZohoCrmFieldType.Boolean,
        ["date"] = ZohoCrmFieldType.Date,
        ["datetime"] = ZohoCrmFieldType.DateTime,
        ["lookup"] = ZohoCrmFieldType.Lookup,
        ["ownerlookup"] = ZohoCrmFieldType.OwnerLookup,
        ["userlookup"] = ZohoCrmFieldType.UserLookup,
        ["autonumber"] = ZohoCrmFieldType.AutoNumber,
        ["formula"] = ZohoCrmFieldType.Formula,
        ["rollup_summary"] = ZohoCrmFieldType.RollupSummary,
        ["profileimage"] = ZohoCrmFieldType.ProfileImage,
        ["multiselectlookup"] = ZohoCrmFieldType.MultiSelectLookup,
        ["multiuserlookup"] = ZohoCrmFieldType.MultiUserLookup,
        ["subform"] = ZohoCrmFieldType.Subform,
        ["fileupload"] = ZohoCrmFieldType.FileUpload,
        ["imageupload"] = ZohoCrmFieldType.ImageUpload,
    };

    /// <summary>Parses a <c>data_type</c> string; types this version does not model map to <see cref="ZohoCrmFieldType.Unknown"/>.</summary>
    public static ZohoCrmFieldType Parse(string? dataType) =>
        dataType is not null && ByWireName.TryGetValue(dataType, out var type) ? type : ZohoCrmFieldType.Unknown;

    /// <summary>Lookups whose value is a record or user id.</summary>
    public static bool IsLookup(this ZohoCrmFieldType type) =>
        type is ZohoCrmFieldType.Lookup or ZohoCrmFieldType.OwnerLookup or ZohoCrmFieldType.UserLookup;
}

namespace ZohoCrm.Data.Metadata;

/// <summary>A Zoho CRM field's <c>data_type</c>, as the field metadata API reports it.</summary>
public enum ZohoCrmFieldType
{
    /// <summary>A <c>data_type</c> this version does not model; values are read as raw JSON text.</summary>
    Unknown = 0,
    /// <summary>Single-line text (<c>text</c>), read as a string.</summary>
    Text,
    /// <summary>Multi-line text (<c>textarea</c>), read as a string.</summary>
    Textarea,
    /// <summary>An e-mail address (<c>email</c>), read as a string.</summary>
    Email,
    /// <summary>A phone number (<c>phone</c>), read as a string; Zoho refuses letters in it.</summary>
    Phone,
    /// <summary>A URL (<c>website</c>), read as a string.</summary>
    Website,
    /// <summary>One value from a fixed list (<c>picklist</c>), read as a string.</summary>
    Picklist,
    /// <summary>Several values from a fixed list (<c>multiselectpicklist</c>), sent by Zoho as a JSON array of strings.</summary>
    MultiSelectPicklist,
    /// <summary>A 32-bit whole number (<c>integer</c>).</summary>
    Integer,
    /// <summary>A 64-bit whole number (<c>bigint</c>, also reported as <c>long</c>).</summary>
    BigInt,
    /// <summary>A floating-point number (<c>double</c>, also reported as <c>decimal</c>).</summary>
    Double,
    /// <summary>An amount of money in the org's or record's currency (<c>currency</c>), read as a decimal.</summary>
    Currency,
    /// <summary>A percentage (<c>percent</c>), read as a decimal number.</summary>
    Percent,
    /// <summary>A check box (<c>boolean</c>).</summary>
    Boolean,
    /// <summary>A calendar date without time of day (<c>date</c>, <c>yyyy-MM-dd</c> on the wire).</summary>
    Date,
    /// <summary>A point in time with its UTC offset (<c>datetime</c>, ISO 8601 on the wire).</summary>
    DateTime,
    /// <summary>A reference to a record of another module (<c>lookup</c>): an object with the record's <c>id</c> and name.</summary>
    Lookup,
    /// <summary>The user who owns the record (<c>ownerlookup</c>): an object with the user's <c>id</c>, name and e-mail.</summary>
    OwnerLookup,
    /// <summary>A reference to a Zoho CRM user (<c>userlookup</c>): an object with the user's <c>id</c> and name.</summary>
    UserLookup,
    /// <summary>A number Zoho assigns on insert (<c>autonumber</c>), read-only and read as text (it may carry a prefix and suffix).</summary>
    AutoNumber,
    /// <summary>A value Zoho computes from other fields (<c>formula</c>), read-only; its result type is in the field's formula metadata.</summary>
    Formula,
    /// <summary>An aggregate Zoho computes over related records (<c>rollup_summary</c>), read-only.</summary>
    RollupSummary,
    /// <summary>The record's picture (<c>profileimage</c>), read as the image's text identifier.</summary>
    ProfileImage,
    /// <summary>References to several records through a linking module (<c>multiselectlookup</c>); COQL cannot select it.</summary>
    MultiSelectLookup,
    /// <summary>References to several users (<c>multiuserlookup</c>); COQL cannot select it.</summary>
    MultiUserLookup,
    /// <summary>Rows of a subform (<c>subform</c>), stored in their own module; COQL cannot select them.</summary>
    Subform,
    /// <summary>Attached files (<c>fileupload</c>); COQL cannot select them.</summary>
    FileUpload,
    /// <summary>Attached images (<c>imageupload</c>); COQL cannot select them.</summary>
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

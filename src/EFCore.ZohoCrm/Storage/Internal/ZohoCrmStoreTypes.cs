using ZohoCrm.Data.Metadata;

namespace EFCore.ZohoCrm.Storage.Internal;

/// <summary>
/// Zoho CRM <c>data_type</c> names used as EF store types (<c>HasColumnType("picklist")</c>). Internal API.
/// </summary>
internal static class ZohoCrmStoreTypes
{
    public const string Text = "text";
    public const string Textarea = "textarea";
    public const string Email = "email";
    public const string Phone = "phone";
    public const string Website = "website";
    public const string Picklist = "picklist";
    public const string MultiSelectPicklist = "multiselectpicklist";
    public const string AutoNumber = "autonumber";
    public const string ProfileImage = "profileimage";
    public const string Integer = "integer";
    public const string BigInt = "bigint";
    public const string Double = "double";
    public const string Currency = "currency";
    public const string Percent = "percent";
    public const string Boolean = "boolean";
    public const string Date = "date";
    public const string DateTime = "datetime";
    public const string Lookup = "lookup";
    public const string OwnerLookup = "ownerlookup";
    public const string UserLookup = "userlookup";
    public const string Formula = "formula";
    public const string RollupSummary = "rollup_summary";

    private static readonly Dictionary<ZohoCrmFieldType, string> ByFieldType = new()
    {
        [ZohoCrmFieldType.Text] = Text,
        [ZohoCrmFieldType.Textarea] = Textarea,
        [ZohoCrmFieldType.Email] = Email,
        [ZohoCrmFieldType.Phone] = Phone,
        [ZohoCrmFieldType.Website] = Website,
        [ZohoCrmFieldType.Picklist] = Picklist,
        [ZohoCrmFieldType.MultiSelectPicklist] = MultiSelectPicklist,
        [ZohoCrmFieldType.AutoNumber] = AutoNumber,
        [ZohoCrmFieldType.ProfileImage] = ProfileImage,
        [ZohoCrmFieldType.Integer] = Integer,
        [ZohoCrmFieldType.BigInt] = BigInt,
        [ZohoCrmFieldType.Double] = Double,
        [ZohoCrmFieldType.Currency] = Currency,
        [ZohoCrmFieldType.Percent] = Percent,
        [ZohoCrmFieldType.Boolean] = Boolean,
        [ZohoCrmFieldType.Date] = Date,
        [ZohoCrmFieldType.DateTime] = DateTime,
        [ZohoCrmFieldType.Lookup] = Lookup,
        [ZohoCrmFieldType.OwnerLookup] = OwnerLookup,
        [ZohoCrmFieldType.UserLookup] = UserLookup,
    };

    /// <summary>The store type of a field type COQL can read, or <see langword="null"/> for one it cannot.</summary>
    public static string? FromFieldType(ZohoCrmFieldType fieldType) => ByFieldType.GetValueOrDefault(fieldType);

    /// <summary>The field type of a store type (its base name, without a length).</summary>
    public static ZohoCrmFieldType ToFieldType(string? storeTypeNameBase) => ZohoCrmFieldTypes.Parse(storeTypeNameBase);
}

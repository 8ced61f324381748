using ZohoCrm.Data.Metadata;

namespace EFCore.ZohoCrm.Storage.Internal;

/// <summary>
/// Zoho CRM <c>data_type</c> names used as EF store types (<c>HasColumnType("picklist")</c>); what each one means is
/// ZohoCrm.Data's <see cref="ZohoCrmFieldTypeInfo"/>. Internal API.
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

    /// <summary>The store type of a field type a column can have (its <c>data_type</c>), or <see langword="null"/> for one it cannot.</summary>
    public static string? FromFieldType(ZohoCrmFieldType fieldType) =>
        ZohoCrmFieldTypeInfo.Of(fieldType) is { IsColumnType: true } info ? info.DataType : null;

    /// <summary>The field type of a store type (its base name, without a length).</summary>
    public static ZohoCrmFieldType ToFieldType(string? storeTypeNameBase) => ZohoCrmFieldTypes.Parse(storeTypeNameBase);

    /// <summary>The description of a store type's field type (<see cref="ZohoCrmFieldType.Unknown"/>'s for a name Zoho does not use).</summary>
    public static ZohoCrmFieldTypeInfo InfoOf(string? storeTypeNameBase) => ZohoCrmFieldTypeInfo.Of(ToFieldType(storeTypeNameBase));
}

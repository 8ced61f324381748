using ZohoCrm.Data.Metadata;

namespace ZohoCrm.Data.Coql.Binding;

/// <summary>How the values of a field are compared and written as literals.</summary>
internal enum CoqlValueKind
{
    Text,
    Integer,
    Decimal,
    Boolean,
    Date,
    DateTime,
    /// <summary>Record and user ids: the <c>id</c> field and lookups, compared as quoted id strings.</summary>
    Id,
    MultiSelect,
    /// <summary>Values COQL cannot read (subforms, file uploads, multi-select lookups).</summary>
    Unsupported,
}

internal static class CoqlValueKinds
{
    public static CoqlValueKind Of(ZohoCrmFieldMetadata field)
    {
        if (string.Equals(field.ApiName, "id", StringComparison.OrdinalIgnoreCase))
            return CoqlValueKind.Id;
        return field.ValueType switch
        {
            ZohoCrmFieldType.Integer => CoqlValueKind.Integer,
            ZohoCrmFieldType.BigInt => CoqlValueKind.Integer,
            ZohoCrmFieldType.Double or ZohoCrmFieldType.Currency or ZohoCrmFieldType.Percent => CoqlValueKind.Decimal,
            ZohoCrmFieldType.Boolean => CoqlValueKind.Boolean,
            ZohoCrmFieldType.Date => CoqlValueKind.Date,
            ZohoCrmFieldType.DateTime => CoqlValueKind.DateTime,
            ZohoCrmFieldType.Lookup or ZohoCrmFieldType.OwnerLookup or ZohoCrmFieldType.UserLookup => CoqlValueKind.Id,
            ZohoCrmFieldType.MultiSelectPicklist => CoqlValueKind.MultiSelect,
            ZohoCrmFieldType.MultiSelectLookup or ZohoCrmFieldType.MultiUserLookup or ZohoCrmFieldType.Subform
                or ZohoCrmFieldType.FileUpload or ZohoCrmFieldType.ImageUpload => CoqlValueKind.Unsupported,
            _ => CoqlValueKind.Text,
        };
    }

    /// <summary>Multi-line text: COQL cannot filter or sort it; the Search API can match it.</summary>
    public static bool IsMultiLine(ZohoCrmFieldMetadata field) => field.ValueType == ZohoCrmFieldType.Textarea;

    public static bool IsOrdered(this CoqlValueKind kind) =>
        kind is CoqlValueKind.Integer or CoqlValueKind.Decimal or CoqlValueKind.Date or CoqlValueKind.DateTime;
}

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
    public static CoqlValueKind Of(ZohoCrmFieldMetadata field) =>
        string.Equals(field.ApiName, "id", StringComparison.OrdinalIgnoreCase) ? CoqlValueKind.Id : Of(field.ValueType);

    /// <summary>The kind of a value of Zoho type <paramref name="type"/> (for a formula, give its return type).</summary>
    public static CoqlValueKind Of(ZohoCrmFieldType type) => ZohoCrmFieldTypeInfo.Of(type).ValueKind;

    /// <summary>
    /// Whether values of the two kinds can be compared: numbers with numbers (ids included), dates with datetimes,
    /// text with multi-select text, booleans with booleans.
    /// </summary>
    public static bool AreComparable(CoqlValueKind a, CoqlValueKind b) => Family(a) == Family(b);

    private static int Family(CoqlValueKind kind) => kind switch
    {
        CoqlValueKind.Integer or CoqlValueKind.Decimal or CoqlValueKind.Id => 1,
        CoqlValueKind.Date or CoqlValueKind.DateTime => 2,
        CoqlValueKind.Boolean => 3,
        CoqlValueKind.Text or CoqlValueKind.MultiSelect => 4,
        _ => 5,
    };

    /// <summary>Multi-line text: COQL cannot filter or sort it; the Search API can match it.</summary>
    public static bool IsMultiLine(ZohoCrmFieldMetadata field) => field.ValueType == ZohoCrmFieldType.Textarea;

    public static bool IsOrdered(this CoqlValueKind kind) =>
        kind is CoqlValueKind.Integer or CoqlValueKind.Decimal or CoqlValueKind.Date or CoqlValueKind.DateTime;
}

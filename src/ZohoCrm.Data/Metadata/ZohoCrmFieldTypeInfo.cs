using System.Globalization;
using Newtonsoft.Json;
using ZohoCrm.Data.Coql.Binding;
using ZohoCrm.Data.Coql.Rewriting;
using ZohoCrm.Data.Execution;
using ZohoCrm.Data.Internal;

namespace ZohoCrm.Data.Metadata;

/// <summary>
/// What the provider knows about one Zoho CRM field type, in one place: its <c>data_type</c> and <c>json_type</c>,
/// the .NET type its values are read as, how a value is compared, read from and written to Zoho's record JSON, and
/// quoted as a COQL literal. The binder, the literal writer, the reader, the record writer and the EF Core type
/// mappings all consult <see cref="Of"/>; there is one entry per <see cref="ZohoCrmFieldType"/>.
/// </summary>
public sealed class ZohoCrmFieldTypeInfo
{
    private const string JsonString = "string";
    private const string JsonInteger = "integer";
    private const string JsonDouble = "double";
    private const string JsonBoolean = "boolean";
    private const string JsonObject = "jsonobject";
    private const string JsonArray = "jsonarray";

    // Every ZohoCrmFieldType, described once. A type this version cannot read in COQL has CoqlValueKind.Unsupported
    // and its values are read as their raw JSON text.
    private static readonly ZohoCrmFieldTypeInfo[] Entries =
    [
        new(ZohoCrmFieldType.Unknown, "unknown", null, typeof(string), CoqlValueKind.Text, isColumnType: false),
        new(ZohoCrmFieldType.Text, "text", JsonString, typeof(string), CoqlValueKind.Text, traits: Traits.LengthLimited),
        new(ZohoCrmFieldType.Textarea, "textarea", JsonString, typeof(string), CoqlValueKind.Text, traits: Traits.LengthLimited | Traits.NotFilterable),
        new(ZohoCrmFieldType.Email, "email", JsonString, typeof(string), CoqlValueKind.Text, traits: Traits.LengthLimited),
        new(ZohoCrmFieldType.Phone, "phone", JsonString, typeof(string), CoqlValueKind.Text, traits: Traits.LengthLimited),
        new(ZohoCrmFieldType.Website, "website", JsonString, typeof(string), CoqlValueKind.Text, traits: Traits.LengthLimited),
        new(ZohoCrmFieldType.Picklist, "picklist", JsonString, typeof(string), CoqlValueKind.Text),
        new(ZohoCrmFieldType.MultiSelectPicklist, "multiselectpicklist", JsonArray, typeof(string[]), CoqlValueKind.MultiSelect),
        new(ZohoCrmFieldType.Integer, "integer", JsonInteger, typeof(int), CoqlValueKind.Integer),
        // "Long Integer": up to 19 digits, sent as a JSON string.
        new(ZohoCrmFieldType.BigInt, "bigint", JsonString, typeof(long), CoqlValueKind.Integer),
        new(ZohoCrmFieldType.Double, "double", JsonDouble, typeof(decimal), CoqlValueKind.Decimal),
        new(ZohoCrmFieldType.Currency, "currency", JsonDouble, typeof(decimal), CoqlValueKind.Decimal),
        new(ZohoCrmFieldType.Percent, "percent", JsonDouble, typeof(decimal), CoqlValueKind.Decimal),
        new(ZohoCrmFieldType.Boolean, "boolean", JsonBoolean, typeof(bool), CoqlValueKind.Boolean),
        new(ZohoCrmFieldType.Date, "date", JsonString, typeof(DateOnly), CoqlValueKind.Date),
        new(ZohoCrmFieldType.DateTime, "datetime", JsonString, typeof(DateTimeOffset), CoqlValueKind.DateTime),
        new(ZohoCrmFieldType.Lookup, "lookup", JsonObject, typeof(long), CoqlValueKind.Id),
        new(ZohoCrmFieldType.OwnerLookup, "ownerlookup", JsonObject, typeof(long), CoqlValueKind.Id, traits: Traits.OfUsers),
        new(ZohoCrmFieldType.UserLookup, "userlookup", JsonObject, typeof(long), CoqlValueKind.Id, traits: Traits.OfUsers),
        new(ZohoCrmFieldType.AutoNumber, "autonumber", JsonString, typeof(string), CoqlValueKind.Text, traits: Traits.Computed),
        // A formula's and a rollup summary's values are of their return type; the field's own type describes none.
        new(ZohoCrmFieldType.Formula, "formula", null, typeof(string), CoqlValueKind.Text, isColumnType: false, Traits.Computed | Traits.ReturnTyped),
        new(ZohoCrmFieldType.RollupSummary, "rollup_summary", null, typeof(string), CoqlValueKind.Text, isColumnType: false, Traits.Computed | Traits.ReturnTyped),
        new(ZohoCrmFieldType.ProfileImage, "profileimage", JsonString, typeof(string), CoqlValueKind.Text),
        new(ZohoCrmFieldType.MultiSelectLookup, "multiselectlookup", JsonArray, typeof(string), CoqlValueKind.Unsupported, isColumnType: false),
        new(ZohoCrmFieldType.MultiUserLookup, "multiuserlookup", JsonArray, typeof(string), CoqlValueKind.Unsupported, isColumnType: false, Traits.OfUsers),
        new(ZohoCrmFieldType.Subform, "subform", JsonArray, typeof(string), CoqlValueKind.Unsupported, isColumnType: false),
        new(ZohoCrmFieldType.FileUpload, "fileupload", JsonArray, typeof(string), CoqlValueKind.Unsupported, isColumnType: false),
        new(ZohoCrmFieldType.ImageUpload, "imageupload", JsonArray, typeof(string), CoqlValueKind.Unsupported, isColumnType: false),
    ];

    private static readonly ZohoCrmFieldTypeInfo?[] ByFieldType = IndexByFieldType();

    private ZohoCrmFieldTypeInfo(ZohoCrmFieldType fieldType, string dataType, string? jsonType, Type clrType, CoqlValueKind valueKind,
        bool isColumnType = true, Traits traits = Traits.None)
    {
        FieldType = fieldType;
        DataType = dataType;
        JsonType = jsonType;
        ClrType = clrType;
        ValueKind = valueKind;
        IsColumnType = isColumnType;
        _traits = traits;
    }

    [Flags]
    private enum Traits
    {
        None = 0,
        LengthLimited = 1,
        Computed = 2,
        ReturnTyped = 4,
        OfUsers = 8,
        NotFilterable = 16,
    }

    private readonly Traits _traits;

    /// <summary>Every field type, one entry per <see cref="ZohoCrmFieldType"/> value.</summary>
    public static IReadOnlyList<ZohoCrmFieldTypeInfo> All { get; } = Array.AsReadOnly(Entries);

    /// <summary>The field type described.</summary>
    public ZohoCrmFieldType FieldType { get; }

    /// <summary>Zoho's <c>data_type</c> name in field metadata (<c>currency</c>, <c>ownerlookup</c>, <c>rollup_summary</c>, ...).</summary>
    public string DataType { get; }

    /// <summary>
    /// Zoho's <c>json_type</c>, the JSON shape of a value in a record (<c>string</c>, <c>integer</c>, <c>double</c>,
    /// <c>boolean</c>, <c>jsonobject</c>, <c>jsonarray</c>); <see langword="null"/> where it depends on a return type
    /// (formula, rollup summary) or is not known.
    /// </summary>
    public string? JsonType { get; }

    /// <summary>
    /// The .NET type a value is read as: text-likes <see cref="string"/>; integer <see cref="int"/>; bigint and lookups
    /// <see cref="long"/>; double, currency and percent <see cref="decimal"/>; boolean <see cref="bool"/>; date
    /// <see cref="DateOnly"/>; datetime <see cref="DateTimeOffset"/> (offset kept); multi-select picklist
    /// <see cref="T:string[]"/>; types COQL cannot read their raw JSON text.
    /// </summary>
    public Type ClrType { get; }

    /// <summary>Whether a value is a record or user id, written as <c>{"id": "..."}</c> and read from the object's <c>id</c>.</summary>
    public bool IsLookup => ValueKind == CoqlValueKind.Id;

    /// <summary>
    /// Whether a column can be declared of this type: its values are of this type and COQL reads them. False for a
    /// formula or rollup summary (declare their return type), for types COQL cannot read, and for an unknown type.
    /// </summary>
    public bool IsColumnType { get; }

    /// <summary>
    /// Whether Zoho computes the values (formula, rollup summary, auto-number): the API never writes them, whatever the
    /// field's other metadata says.
    /// </summary>
    public bool IsComputed => (_traits & Traits.Computed) != 0;

    /// <summary>Whether Zoho enforces the field's <c>length</c> on its values (text, multi-line text, email, phone, website).</summary>
    public bool IsLengthLimited => (_traits & Traits.LengthLimited) != 0;

    /// <summary>Whether the field's <c>length</c> and <c>decimal_place</c> are a precision and scale (double, currency, percent).</summary>
    public bool HasPrecision => IsColumnType && ClrType == typeof(decimal);

    /// <summary>
    /// Whether the field's values are of a return type named in its own metadata object (<c>formula.return_type</c>,
    /// <c>rollup_summary.return_type</c>, under the key of its <see cref="DataType"/>).
    /// </summary>
    internal bool HasReturnType => (_traits & Traits.ReturnTyped) != 0;

    /// <summary>Whether the field points at CRM users (owner, user and multi-user lookups) rather than a module's records.</summary>
    internal bool PointsAtUsers => (_traits & Traits.OfUsers) != 0;

    /// <summary>Whether COQL can filter on the field when its metadata does not say (multi-line text it cannot).</summary>
    internal bool IsFilterableByDefault => (_traits & Traits.NotFilterable) == 0;

    /// <summary>How values are compared and written as COQL literals.</summary>
    internal CoqlValueKind ValueKind { get; }

    /// <summary>Numbers, booleans and text read for a field of this type all become text (its <see cref="ClrType"/>).</summary>
    internal bool ReadsScalarsAsText => IsColumnType && ClrType == typeof(string);

    /// <summary>The entry of <paramref name="fieldType"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a <see cref="ZohoCrmFieldType"/> member.</exception>
    public static ZohoCrmFieldTypeInfo Of(ZohoCrmFieldType fieldType) =>
        (uint)fieldType < (uint)ByFieldType.Length && ByFieldType[(int)fieldType] is { } info
            ? info
            : throw new ArgumentOutOfRangeException(nameof(fieldType), fieldType, null);

    /// <summary>
    /// A value of this type as a COQL literal: text quoted with <c>''</c> for a quote, numbers unquoted, booleans
    /// <c>'true'</c>/<c>'false'</c>, dates <c>'2017-08-16'</c>, datetimes ISO 8601 with their offset and no fraction (a
    /// <see cref="DateTime"/> as its UTC instant, or its date for a date field), ids quoted, multi-select values joined
    /// with <c>;</c>.
    /// </summary>
    /// <param name="value">The value, of <see cref="ClrType"/> or a .NET type that holds it (<see cref="DateTime"/>, <see cref="double"/>, a list of strings ...).</param>
    public string FormatLiteral(object? value)
    {
        value = ToWireValue(value);
        if (value is int or short or byte or sbyte or ushort or uint)
        {
            value = Convert.ToInt64(value, CultureInfo.InvariantCulture);
        }

        return CoqlLiteralFormatter.Format(value is float single ? (double)single : value, ValueKind);
    }

    /// <summary>A JSON scalar of a record field of this type as its .NET value; a value that does not parse is kept as sent.</summary>
    internal object? ReadJson(JsonToken token, object? value) => ZohoCrmValueParser.FromScalar(token, value, this);

    /// <summary>
    /// Writes <paramref name="value"/> as the JSON value of a record field of this type: lookups as <c>{"id": "..."}</c>,
    /// a <see cref="long"/> as a number only where <c>json_type</c> is <c>integer</c> (bigints and ids are strings),
    /// dates and datetimes in Zoho's text form, string lists as arrays.
    /// </summary>
    internal void WriteJson(JsonWriter writer, object? value)
    {
        value = ToWireValue(value);
        if (value is null)
        {
            writer.WriteNull();
            return;
        }

        if (IsLookup)
        {
            writer.WriteStartObject();
            writer.WritePropertyName("id");
            writer.WriteValue(Convert.ToString(value, CultureInfo.InvariantCulture));
            writer.WriteEndObject();
            return;
        }

        switch (value)
        {
            case string text: writer.WriteValue(text); break;
            case long number when JsonType == JsonInteger: writer.WriteValue(number); break;
            case long number: writer.WriteValue(number.ToString(CultureInfo.InvariantCulture)); break;
            case int number: writer.WriteValue(number); break;
            case decimal number: writer.WriteValue(number); break;
            case double number: writer.WriteValue(number); break;
            case bool flag: writer.WriteValue(flag); break;
            case DateOnly date: writer.WriteValue(ZohoCrmDateTimes.FormatDate(date)); break;
            case DateTimeOffset dateTime: writer.WriteValue(ZohoCrmDateTimes.FormatDateTime(dateTime)); break;
            case IEnumerable<string> values:
                writer.WriteStartArray();
                foreach (var item in values)
                {
                    writer.WriteValue(item);
                }

                writer.WriteEndArray();
                break;
            default: JsonSerializer.CreateDefault().Serialize(writer, value); break;
        }
    }

    /// <summary>
    /// A <see cref="DateTime"/> as the value Zoho stores: its date for a date field, its UTC instant otherwise (an
    /// unspecified kind is taken as UTC). Other values are already in a form Zoho writes.
    /// </summary>
    private object? ToWireValue(object? value) => value switch
    {
        DateTime dateTime when ValueKind == CoqlValueKind.Date => DateOnly.FromDateTime(dateTime),
        DateTime dateTime => ZohoCrmDateTimes.ToInstant(dateTime),
        DBNull => null,
        _ => value,
    };

    /// <inheritdoc/>
    public override string ToString() => DataType;

    private static ZohoCrmFieldTypeInfo?[] IndexByFieldType()
    {
        var index = new ZohoCrmFieldTypeInfo?[Entries.Max(e => (int)e.FieldType) + 1];
        foreach (var entry in Entries)
        {
            index[(int)entry.FieldType] = entry;
        }

        return index;
    }
}

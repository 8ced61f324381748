using System.Globalization;
using Newtonsoft.Json;
using ZohoCrm.Data.Internal;
using ZohoCrm.Data.Metadata;

namespace ZohoCrm.Data.Execution;

/// <summary>
/// Turns a JSON scalar of a Zoho record into the .NET value of its Zoho type (see <see cref="ZohoCrmValueTypes.ClrTypeOf"/>):
/// ids sent as strings become <see cref="long"/>, dates <see cref="DateOnly"/>, datetimes <see cref="DateTimeOffset"/>
/// with their offset. A value that does not parse as its type is kept as sent, so nothing is lost or guessed.
/// </summary>
internal static class ZohoCrmValueParser
{
    public static object? FromScalar(JsonToken token, object? value, ZohoCrmFieldType type) => token switch
    {
        JsonToken.Null or JsonToken.Undefined => null,
        JsonToken.String => FromString((string)value!, type),
        JsonToken.Integer => FromInteger(value!, type),
        JsonToken.Float => FromFloat(value!, type),
        JsonToken.Boolean => type is ZohoCrmFieldType.Text or ZohoCrmFieldType.Picklist ? ((bool)value! ? "true" : "false") : value,
        _ => throw new JsonReaderException("unexpected token " + token),
    };

    public static object FromString(string text, ZohoCrmFieldType type)
    {
        switch (type)
        {
            case ZohoCrmFieldType.BigInt or ZohoCrmFieldType.Lookup or ZohoCrmFieldType.OwnerLookup or ZohoCrmFieldType.UserLookup:
                return TryParseInt64(text, out var id) ? id : text;
            case ZohoCrmFieldType.Integer:
                return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) ? i : text;
            case ZohoCrmFieldType.Double or ZohoCrmFieldType.Currency or ZohoCrmFieldType.Percent:
                return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : text;
            case ZohoCrmFieldType.Date:
                return ZohoCrmDateTimes.TryParseDate(text, out var date) ? date : text;
            case ZohoCrmFieldType.DateTime:
                return ZohoCrmDateTimes.TryParseDateTime(text, out var dateTime) ? dateTime : text;
            case ZohoCrmFieldType.Boolean:
                return bool.TryParse(text, out var b) ? b : text;
            default:
                return text;
        }
    }

    /// <summary>An id or bigint sent as text.</summary>
    internal static bool TryParseInt64(string text, out long value) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    private static object FromInteger(object value, ZohoCrmFieldType type)
    {
        // Newtonsoft reads integers as long, or BigInteger past long's range.
        if (value is not long number)
        {
            return type is ZohoCrmFieldType.Double or ZohoCrmFieldType.Currency or ZohoCrmFieldType.Percent
                ? decimal.Parse(value.ToString()!, CultureInfo.InvariantCulture)
                : value.ToString()!;
        }

        return type switch
        {
            ZohoCrmFieldType.Integer => number is >= int.MinValue and <= int.MaxValue ? (object)(int)number : number,
            ZohoCrmFieldType.Double or ZohoCrmFieldType.Currency or ZohoCrmFieldType.Percent => (decimal)number,
            ZohoCrmFieldType.Text or ZohoCrmFieldType.Textarea or ZohoCrmFieldType.Picklist or ZohoCrmFieldType.AutoNumber
                or ZohoCrmFieldType.Phone => number.ToString(CultureInfo.InvariantCulture),
            _ => number,
        };
    }

    private static object FromFloat(object value, ZohoCrmFieldType type) => type switch
    {
        ZohoCrmFieldType.Text or ZohoCrmFieldType.Textarea or ZohoCrmFieldType.Picklist => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        _ => value,
    };
}

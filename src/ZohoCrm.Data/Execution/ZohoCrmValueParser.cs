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
                return TryParseZohoDateTime(text, out var dateTime) || ZohoCrmDateTimes.TryParseDateTime(text, out dateTime) ? dateTime : text;
            case ZohoCrmFieldType.Boolean:
                return bool.TryParse(text, out var b) ? b : text;
            default:
                return text;
        }
    }

    /// <summary>An id or bigint sent as text.</summary>
    internal static bool TryParseInt64(string text, out long value) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    /// <summary>
    /// The form Zoho writes every datetime in, <c>yyyy-MM-ddTHH:mm:ss±HH:mm</c>, read digit by digit: format-driven
    /// parsing costs more than the rest of a row. Anything else (or out of range) is left to <see cref="ZohoCrmDateTimes"/>.
    /// </summary>
    internal static bool TryParseZohoDateTime(string text, out DateTimeOffset value)
    {
        value = default;
        if (text.Length != 25 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':'
            || text[22] != ':' || text[19] is not ('+' or '-'))
        {
            return false;
        }

        if (!TryDigits(text, 0, 4, out var year) || !TryDigits(text, 5, 2, out var month) || !TryDigits(text, 8, 2, out var day)
            || !TryDigits(text, 11, 2, out var hour) || !TryDigits(text, 14, 2, out var minute) || !TryDigits(text, 17, 2, out var second)
            || !TryDigits(text, 20, 2, out var offsetHours) || !TryDigits(text, 23, 2, out var offsetMinutes))
        {
            return false;
        }

        // Years at the ends of DateTime's range could leave it once the offset is applied: the general parser decides those.
        if (year is < 2 or > 9998 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 59 || offsetHours > 14 || offsetMinutes > 59 || (offsetHours == 14 && offsetMinutes > 0))
        {
            return false;
        }

        var offset = new TimeSpan(offsetHours, offsetMinutes, 0);
        value = new DateTimeOffset(year, month, day, hour, minute, second, text[19] == '-' ? -offset : offset);
        return true;
    }

    private static bool TryDigits(string text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var digit = text[i] - '0';
            if ((uint)digit > 9)
            {
                return false;
            }

            value = value * 10 + digit;
        }

        return true;
    }

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

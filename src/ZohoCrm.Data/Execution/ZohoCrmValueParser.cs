using System.Globalization;
using Newtonsoft.Json;
using ZohoCrm.Data.Internal;
using ZohoCrm.Data.Metadata;

namespace ZohoCrm.Data.Execution;

/// <summary>
/// Turns a JSON scalar of a Zoho record into the .NET value of its field type (<see cref="ZohoCrmFieldTypeInfo.ClrType"/>):
/// ids sent as strings become <see cref="long"/>, dates <see cref="DateOnly"/>, datetimes <see cref="DateTimeOffset"/>
/// with their offset, numbers and booleans of a text field text. A value that does not parse as its type is kept as
/// sent, so nothing is lost or guessed. Reached through <see cref="ZohoCrmFieldTypeInfo"/>.
/// </summary>
internal static class ZohoCrmValueParser
{
    public static object? FromScalar(JsonToken token, object? value, ZohoCrmFieldType type) =>
        FromScalar(token, value, ZohoCrmFieldTypeInfo.Of(type));

    public static object? FromScalar(JsonToken token, object? value, ZohoCrmFieldTypeInfo type) => token switch
    {
        JsonToken.Null or JsonToken.Undefined => null,
        JsonToken.String => FromString((string)value!, type),
        JsonToken.Integer => FromInteger(value!, type),
        JsonToken.Float => type.ReadsScalarsAsText ? Convert.ToString(value, CultureInfo.InvariantCulture)! : value,
        JsonToken.Boolean => type.ReadsScalarsAsText ? ((bool)value! ? "true" : "false") : value,
        _ => throw new JsonReaderException("unexpected token " + token),
    };

    public static object FromString(string text, ZohoCrmFieldType type) => FromString(text, ZohoCrmFieldTypeInfo.Of(type));

    private static object FromString(string text, ZohoCrmFieldTypeInfo type)
    {
        var clrType = type.ClrType;
        if (clrType == typeof(long))
        {
            return TryParseInt64(text, out var id) ? id : text;
        }

        if (clrType == typeof(int))
        {
            return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) ? i : text;
        }

        if (clrType == typeof(decimal))
        {
            return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : text;
        }

        if (clrType == typeof(DateOnly))
        {
            return ZohoCrmDateTimes.TryParseDate(text, out var date) ? date : text;
        }

        if (clrType == typeof(DateTimeOffset))
        {
            return ZohoCrmDateTimes.TryParseDateTime(text, out var dateTime) ? dateTime : text;
        }

        if (clrType == typeof(bool))
        {
            return bool.TryParse(text, out var b) ? b : text;
        }

        return text;
    }

    /// <summary>An id or bigint sent as text.</summary>
    internal static bool TryParseInt64(string text, out long value) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    private static object FromInteger(object value, ZohoCrmFieldTypeInfo type)
    {
        // Newtonsoft reads integers as long, or BigInteger past long's range.
        if (value is not long number)
        {
            return type.ClrType == typeof(decimal)
                ? decimal.Parse(value.ToString()!, CultureInfo.InvariantCulture)
                : value.ToString()!;
        }

        return type switch
        {
            { ClrType: var clr } when clr == typeof(int) => number is >= int.MinValue and <= int.MaxValue ? (object)(int)number : number,
            { ClrType: var clr } when clr == typeof(decimal) => (decimal)number,
            { ReadsScalarsAsText: true } => number.ToString(CultureInfo.InvariantCulture),
            _ => number,
        };
    }
}

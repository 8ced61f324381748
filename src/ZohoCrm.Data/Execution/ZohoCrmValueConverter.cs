using System.Collections.ObjectModel;
using System.Globalization;
using ZohoCrm.Data.Internal;

namespace ZohoCrm.Data.Execution;

/// <summary>
/// Converts a typed value read from Zoho (see <see cref="Metadata.ZohoCrmFieldTypeInfo.ClrType"/>) to the type a caller asks
/// for, where the conversion loses nothing: an id as <see cref="long"/> or <see cref="string"/>, an integer as any
/// wider number, a date as <see cref="DateTime"/>, a multi-select picklist as an array or list. Anything else fails.
/// </summary>
internal static class ZohoCrmValueConverter
{
    public static bool TryConvert(object value, Type target, out object? result)
    {
        if (target.IsInstanceOfType(value))
        {
            result = value;
            return true;
        }

        target = Nullable.GetUnderlyingType(target) ?? target;
        if (target.IsInstanceOfType(value))
        {
            result = value;
            return true;
        }

        try
        {
            result = Convert(value, target);
        }
        catch (Exception e) when (e is OverflowException or FormatException)
        {
            result = null;
        }

        return result is not null;
    }

    private static object? Convert(object value, Type target)
    {
        if (target == typeof(string))
        {
            return ToText(value);
        }

        if (target.IsEnum)
        {
            return value is string name && Enum.TryParse(target, name, ignoreCase: true, out var parsed) ? parsed : null;
        }

        return Type.GetTypeCode(target) switch
        {
            TypeCode.Int64 => value switch
            {
                int i => (long)i,
                decimal d when decimal.Truncate(d) == d => decimal.ToInt64(d),
                string s => long.Parse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
                _ => null,
            },
            TypeCode.Int32 => value switch
            {
                long l => checked((int)l),
                decimal d when decimal.Truncate(d) == d => decimal.ToInt32(d),
                string s => int.Parse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
                _ => null,
            },
            TypeCode.Int16 => value switch
            {
                int i => checked((short)i),
                long l => checked((short)l),
                decimal d when decimal.Truncate(d) == d => decimal.ToInt16(d),
                _ => null,
            },
            TypeCode.Byte => value switch
            {
                int i => checked((byte)i),
                long l => checked((byte)l),
                _ => null,
            },
            TypeCode.Decimal => value switch
            {
                int i => (decimal)i,
                long l => (decimal)l,
                double d => (decimal)d,
                string s => decimal.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture),
                _ => null,
            },
            TypeCode.Double => value switch
            {
                decimal d => (double)d,
                int i => (double)i,
                long l => (double)l,
                _ => null,
            },
            TypeCode.Single => value switch
            {
                decimal d => (float)d,
                int i => (float)i,
                long l => (float)l,
                _ => null,
            },
            TypeCode.Boolean => value switch
            {
                string s => bool.Parse(s),
                _ => null,
            },
            TypeCode.DateTime => value switch
            {
                DateOnly date => date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified),
                // A DateTime cannot carry the offset: give the instant in UTC rather than guess a local time.
                DateTimeOffset dateTime => dateTime.UtcDateTime,
                _ => null,
            },
            _ => ConvertOther(value, target),
        };
    }

    private static object? ConvertOther(object value, Type target)
    {
        if (target == typeof(DateOnly))
        {
            return null;
        }

        if (target == typeof(DateTimeOffset))
        {
            return value is DateOnly date ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;
        }

        if (target == typeof(Guid))
        {
            return value is string s ? Guid.Parse(s) : null;
        }

        if (value is string[] values)
        {
            if (target == typeof(List<string>) || target == typeof(IList<string>) || target == typeof(ICollection<string>))
            {
                return new List<string>(values);
            }

            if (target == typeof(IReadOnlyList<string>) || target == typeof(IReadOnlyCollection<string>) || target == typeof(IEnumerable<string>))
            {
                return Array.AsReadOnly(values);
            }

            if (target == typeof(ReadOnlyCollection<string>))
            {
                return Array.AsReadOnly(values);
            }

            if (target == typeof(HashSet<string>))
            {
                return new HashSet<string>(values);
            }
        }

        return null;
    }

    private static string? ToText(object value) => value switch
    {
        string s => s,
        DateOnly date => ZohoCrmDateTimes.FormatDate(date),
        DateTimeOffset dateTime => ZohoCrmDateTimes.FormatDateTime(dateTime),
        bool b => b ? "true" : "false",
        string[] values => string.Join(';', values),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => null,
    };
}

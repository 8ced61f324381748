using System.Collections;
using System.Globalization;
using ZohoCrm.Data.Internal;
using ZohoCrm.Data.Metadata;
using ZohoCrm.Data.Properties;

namespace ZohoCrm.Data.Coql.Binding;

/// <summary>
/// Turns a literal or parameter value into the CLR value of the field it is compared with: <see cref="string"/>,
/// <see cref="long"/>, <see cref="decimal"/>, <see cref="bool"/>, <see cref="DateOnly"/>, <see cref="DateTimeOffset"/>
/// or <see cref="string"/>[]. Values between two values a field can hold (2.5 for an integer, 10:00:00.5 for a datetime,
/// a time of day for a date) are kept as they are, and the normalizer turns the comparison into an exact one.
/// </summary>
internal static class CoqlValueConverter
{
    /// <summary>Parameter values as the binder keeps them: DBNull as null, enums by name, small numbers widened.</summary>
    public static object? NormalizeParameter(object? value) => value switch
    {
        null or DBNull => null,
        string or bool or long or decimal or DateOnly or DateTimeOffset or DateTime => value,
        char c => c.ToString(),
        int or short or byte or sbyte or ushort or uint => System.Convert.ToInt64(value, CultureInfo.InvariantCulture),
        ulong u => u <= long.MaxValue ? (long)u : (decimal)u,
        float f => (decimal)f,
        double d => double.IsFinite(d) ? (decimal)d : throw new ArgumentOutOfRangeException(nameof(value)),
        Enum e => e.ToString(),
        Guid g => g.ToString(),
        TimeOnly t => ZohoCrmDateTimes.FormatTimeOfDay(t),
        _ => value,
    };

    /// <summary>Whether a parameter value is a list to expand (for IN, or a multi-select value).</summary>
    public static bool IsList(object? value) => value is IEnumerable and not string and not byte[];

    /// <param name="value">The value.</param>
    /// <param name="field">The field it is compared with.</param>
    /// <param name="source">Where the value came from, given to <paramref name="describe"/> for the error message.</param>
    /// <param name="describe">Describes <paramref name="source"/> (called only on error; a static lambda, so no closure per value).</param>
    public static object? Convert<TSource>(object? value, ZohoCrmFieldMetadata field, TSource source, Func<TSource, string> describe)
    {
        value = NormalizeParameter(value);
        if (value is null) return null;
        var kind = CoqlValueKinds.Of(field);
        return ConvertTo(value, kind) ?? throw new ZohoCrmQueryException(
            ZohoCrmStrings.CoqlValueTypeMismatch(describe(source), DescribeType(value), field.ApiName, field.ValueType.ToString(), Expected(kind)));
    }

    /// <summary>
    /// A value to write to <paramref name="field"/>, as the field's kind holds it exactly: unlike a compared value, a
    /// value between two the field can hold (2.5 for an integer, a time of day for a date) is an error.
    /// </summary>
    public static object? ConvertForWrite<TSource>(object? value, ZohoCrmFieldMetadata field, TSource source, Func<TSource, string> describe)
    {
        value = NormalizeParameter(value);
        if (value is null) return null;
        var kind = CoqlValueKinds.Of(field);
        var converted = ConvertTo(value, kind);
        var exact = kind switch
        {
            CoqlValueKind.Integer or CoqlValueKind.Id => converted is long,
            CoqlValueKind.Date => converted is DateOnly,
            _ => converted is not null,
        };
        return exact ? converted : throw new ZohoCrmQueryException(
            ZohoCrmStrings.CoqlDmlValueTypeMismatch(describe(source), DescribeType(value), field.ApiName, field.ValueType.ToString(), Expected(kind)));
    }

    /// <summary>Converts a parameter's value to the Zoho type its caller stated, where no field decides.</summary>
    public static object? ConvertAs(object? value, ZohoCrmFieldType type, string parameterName)
    {
        value = NormalizeParameter(value);
        if (value is null || IsList(value) && value is not string[]) return value;
        var kind = CoqlValueKinds.Of(type);
        return ConvertTo(value, kind) ?? throw new ZohoCrmQueryException(
            ZohoCrmStrings.ParameterValueNotOfZohoType(parameterName, DescribeType(value), type.ToString(), Expected(kind)));
    }

    private static object? ConvertTo(object value, CoqlValueKind kind)
    {
        var converted = kind switch
        {
            CoqlValueKind.Text => ToText(value),
            CoqlValueKind.Integer => ToInteger(value),
            CoqlValueKind.Id => ToId(value),
            CoqlValueKind.Decimal => ToDecimal(value),
            CoqlValueKind.Boolean => ToBoolean(value),
            CoqlValueKind.Date => ToDate(value),
            CoqlValueKind.DateTime => ToDateTime(value),
            CoqlValueKind.MultiSelect => ToMultiSelect(value),
            _ => null,
        };
        return converted;
    }

    private static string DescribeType(object value) => value is string ? "text" : value.GetType().Name;

    private static string Expected(CoqlValueKind kind) => kind switch
    {
        CoqlValueKind.Integer => "a whole number",
        CoqlValueKind.Id => "a record id (a long, or a string of digits)",
        CoqlValueKind.Decimal => "a number",
        CoqlValueKind.Boolean => "true or false",
        CoqlValueKind.Date => "a DateOnly, a DateTime or a date written like '2017-08-16'",
        CoqlValueKind.DateTime => "a DateTimeOffset, a DateTime or an ISO 8601 date and time",
        CoqlValueKind.MultiSelect => "a list of picklist values",
        CoqlValueKind.Unsupported => "nothing: COQL cannot filter this kind of field",
        _ => "text",
    };

    private static string? ToText(object value) => value switch
    {
        string s => s,
        long or decimal => System.Convert.ToString(value, CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => null,
    };

    private static object? ToInteger(object value) => value switch
    {
        long => value,
        decimal d when decimal.Truncate(d) == d && d is >= long.MinValue and <= long.MaxValue => (long)d,
        decimal d => d,
        string s when long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) => l,
        string s when decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) => ToInteger(d),
        _ => null,
    };

    private static object? ToId(object value) => value switch
    {
        long => value,
        decimal d when decimal.Truncate(d) == d && d is >= long.MinValue and <= long.MaxValue => (long)d,
        string s when s.Length > 0 && s.All(char.IsAsciiDigit) && long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var l) => l,
        _ => null,
    };

    private static object? ToDecimal(object value) => value switch
    {
        long l => (decimal)l,
        decimal d => d,
        string s when decimal.TryParse(s, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };

    private static object? ToBoolean(object value) => value switch
    {
        bool b => b,
        long l when l is 0 or 1 => l == 1,
        string s when bool.TryParse(s, out var b) => b,
        _ => null,
    };

    private static object? ToDate(object value) => value switch
    {
        DateOnly d => d,
        DateTime dt => dt.TimeOfDay == TimeSpan.Zero ? DateOnly.FromDateTime(dt) : dt,
        DateTimeOffset dto => dto.TimeOfDay == TimeSpan.Zero ? DateOnly.FromDateTime(dto.DateTime) : dto.DateTime,
        string s when ZohoCrmDateTimes.TryParseDate(s, out var d) => d,
        string s when DateTime.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt) => ToDate(dt),
        _ => null,
    };

    private static object? ToDateTime(object value) => value switch
    {
        DateTimeOffset dto => dto,
        DateTime dt => ZohoCrmDateTimes.ToInstant(dt),
        DateOnly d => new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
        string s when DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dto) => dto,
        _ => null,
    };

    private static string[]? ToMultiSelect(object value) => value switch
    {
        string s => s.Length == 0 ? [] : s.Split(';'),
        IEnumerable items => items.Cast<object?>().Select(i => ToText(NormalizeParameter(i) ?? "") ?? i?.ToString() ?? "").ToArray(),
        _ => null,
    };
}

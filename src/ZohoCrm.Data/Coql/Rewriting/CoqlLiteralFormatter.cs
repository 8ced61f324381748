using System.Collections;
using System.Globalization;
using System.Text;
using ZohoCrm.Data.Coql.Binding;
using ZohoCrm.Data.Internal;

namespace ZohoCrm.Data.Coql.Rewriting;

/// <summary>
/// Writes typed values as Zoho COQL literals: text quoted with <c>''</c> for a quote, numbers unquoted, booleans
/// <c>'true'</c>/<c>'false'</c>, dates <c>'2017-08-16'</c>, datetimes ISO 8601 with a <c>±HH:mm</c> offset and no
/// fraction, ids and lookups as quoted id strings, multi-select values joined with <c>;</c>. Which kind a field's
/// values are is <see cref="Metadata.ZohoCrmFieldTypeInfo"/>'s to say; <see cref="Metadata.ZohoCrmFieldTypeInfo.FormatLiteral"/>
/// is the public way in.
/// </summary>
internal static class CoqlLiteralFormatter
{
    public static string Format(object? value, CoqlValueKind kind) => value switch
    {
        null => "null",
        string s => Quote(s),
        bool b => b ? "'true'" : "'false'",
        long l when kind == CoqlValueKind.Id => "'" + l.ToString(CultureInfo.InvariantCulture) + "'",
        long l when kind == CoqlValueKind.Text => Quote(l.ToString(CultureInfo.InvariantCulture)),
        long l => l.ToString(CultureInfo.InvariantCulture),
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        double d => FormatDouble(d),
        DateOnly d => "'" + ZohoCrmDateTimes.FormatDate(d) + "'",
        DateTimeOffset dto => "'" + ZohoCrmDateTimes.FormatDateTime(dto) + "'",
        IEnumerable items => Quote(string.Join(";", items.Cast<object?>().Select(i => Convert.ToString(i, CultureInfo.InvariantCulture)))),
        _ => Quote(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
    };

    /// <summary>Appends <see cref="Format"/>'s text; ids and numbers are written straight into the builder (no string each).</summary>
    public static void Append(StringBuilder builder, object? value, CoqlValueKind kind)
    {
        switch (value)
        {
            case long l when kind == CoqlValueKind.Id:
                builder.Append(CultureInfo.InvariantCulture, $"'{l}'");
                break;
            case long l when kind != CoqlValueKind.Text:
                builder.Append(CultureInfo.InvariantCulture, $"{l}");
                break;
            default:
                builder.Append(Format(value, kind));
                break;
        }
    }

    /// <summary>COQL has no exponent syntax: a double is written in fixed notation (through decimal where it fits).</summary>
    private static string FormatDouble(double number) =>
        !double.IsFinite(number) ? throw new ArgumentOutOfRangeException(nameof(number), number, null)
        : Math.Abs(number) < 7.9e27 ? ((decimal)number).ToString(CultureInfo.InvariantCulture)
        : number.ToString("F0", CultureInfo.InvariantCulture);

    public static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>
    /// Zoho documents <c>''</c> as the only escape inside quotes; whether it also reads a backslash as an escape is
    /// not documented, and if it did, <c>\'</c> would end the string early. Text with a backslash is therefore never
    /// sent inside COQL quotes: the planner narrows such predicates another way and re-checks them on the client.
    /// </summary>
    public static bool IsSafeText(string text) => !text.Contains('\\', StringComparison.Ordinal);

    public static bool IsSafeValue(object? value) => value switch
    {
        string s => IsSafeText(s),
        IEnumerable items and not string => items.Cast<object?>().All(i => i is not string s || IsSafeText(s)),
        _ => true,
    };
}

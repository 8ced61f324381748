using System.Collections;
using System.Globalization;
using ZohoCrm.Data.Internal;

namespace ZohoCrm.Data.Coql.Evaluation;

/// <summary>
/// Comparison of the CLR values rows and literals hold, with SQL's null semantics (a comparison with null is unknown).
/// Numbers compare by value whatever their CLR type; text compares case-insensitively, as Zoho's criteria do (or with
/// exact case where <c>exactCase</c> asks: the result of UPPER/LOWER, compared as C# compares it); datetimes compare
/// as instants; multi-select values compare as sets.
/// </summary>
internal static class CoqlValues
{
    public static readonly StringComparer TextComparer = StringComparer.OrdinalIgnoreCase;

    public static bool? AreEqual(object? left, object? right, bool exactCase = false)
    {
        if (left is null || right is null) return null;
        if (left is string[] || right is string[] || (left is IEnumerable and not string) || (right is IEnumerable and not string))
        {
            var a = AsSet(left);
            var b = AsSet(right);
            return a.SetEquals(b);
        }

        return Compare(left, right, exactCase) == 0;
    }

    /// <summary>Orders two non-null values; null when either is null.</summary>
    public static int? Compare(object? left, object? right, bool exactCase = false)
    {
        var text = exactCase ? StringComparer.Ordinal : TextComparer;
        if (left is null || right is null) return null;
        if (IsNumber(left) && IsNumber(right)) return ToDecimal(left).CompareTo(ToDecimal(right));
        switch (left, right)
        {
            case (string a, string b): return Math.Sign(text.Compare(a, b));
            case (bool a, bool b): return a.CompareTo(b);
            case (DateOnly a, DateOnly b): return a.CompareTo(b);
            case (DateTimeOffset a, DateTimeOffset b): return a.UtcDateTime.CompareTo(b.UtcDateTime);
            case (DateTime a, DateTime b): return a.CompareTo(b);
            case (DateOnly a, DateTime b): return a.ToDateTime(TimeOnly.MinValue).CompareTo(b);
            case (DateTime a, DateOnly b): return a.CompareTo(b.ToDateTime(TimeOnly.MinValue));
            case (DateTimeOffset a, DateTime b): return a.UtcDateTime.CompareTo(DateTime.SpecifyKind(b, DateTimeKind.Utc));
            case (DateTime a, DateTimeOffset b): return DateTime.SpecifyKind(a, DateTimeKind.Utc).CompareTo(b.UtcDateTime);
        }

        return Math.Sign(text.Compare(ToText(left), ToText(right)));
    }

    public static bool IsNumber(object value) =>
        value is long or int or decimal or double or float or short or byte or sbyte or ushort or uint or ulong;

    public static decimal ToDecimal(object value) => value switch
    {
        decimal d => d,
        double d => (decimal)d,
        float f => (decimal)f,
        _ => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
    };

    public static string ToText(object value) => value switch
    {
        string s => s,
        DateOnly d => ZohoCrmDateTimes.FormatDate(d),
        DateTimeOffset dto => ZohoCrmDateTimes.FormatDateTime(dto),
        bool b => b ? "true" : "false",
        IEnumerable items => string.Join(";", items.Cast<object?>()),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static HashSet<string> AsSet(object value) => value switch
    {
        string s => new HashSet<string>(s.Length == 0 ? [] : s.Split(';'), TextComparer),
        IEnumerable items => new HashSet<string>(items.Cast<object?>().Select(i => i is null ? "" : ToText(i)), TextComparer),
        _ => new HashSet<string>([ToText(value)], TextComparer),
    };
}

using System.Globalization;
using ZohoCrm.Emulator.Domain.Metadata;

namespace ZohoCrm.Emulator.Domain.Coql;

/// <summary>How a column's values compare: what operators it takes and how literals are read.</summary>
internal enum CoqlValueKind
{
    Text,
    MultiText,
    Decimal,
    Long,
    Date,
    DateTime,
    Boolean,

    /// <summary>A lookup: compared by the id of the target.</summary>
    Reference,
}

/// <summary>Conversions and comparisons over the canonical CLR values of <see cref="Records.StoredRecord"/>.</summary>
internal static class CoqlValues
{
    public static CoqlValueKind KindOf(FieldDataType type) => type switch
    {
        FieldDataType.MultiSelectPicklist => CoqlValueKind.MultiText,
        FieldDataType.Integer or FieldDataType.Double or FieldDataType.Currency or FieldDataType.Percent => CoqlValueKind.Decimal,
        FieldDataType.BigInt => CoqlValueKind.Long,
        FieldDataType.Boolean => CoqlValueKind.Boolean,
        FieldDataType.Date => CoqlValueKind.Date,
        FieldDataType.DateTime => CoqlValueKind.DateTime,
        FieldDataType.Lookup or FieldDataType.OwnerLookup or FieldDataType.UserLookup => CoqlValueKind.Reference,
        _ => CoqlValueKind.Text,
    };

    /// <summary>Empty strings and empty multi-selects count as null, as Zoho stores them.</summary>
    public static bool IsEmpty(object? value) =>
        value is null || (value is string s && s.Length == 0) || (value is string[] a && a.Length == 0);

    public static decimal? ToDecimal(object? value) => value switch
    {
        long l => l,
        decimal d => d,
        int i => i,
        double d when double.IsFinite(d) => (decimal)d,
        _ => null,
    };

    public static long? ToLong(object? value) => value switch
    {
        long l => l,
        int i => i,
        decimal d => decimal.Truncate(d) == d && d is >= long.MinValue and <= long.MaxValue ? (long)d : null,
        string s when long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) => l,
        _ => null,
    };

    public static DateOnly? ToDate(object? value) => value switch
    {
        DateOnly d => d,
        DateTimeOffset dto => DateOnly.FromDateTime(dto.UtcDateTime),
        _ => null,
    };

    public static DateTimeOffset? ToDateTime(object? value) => value switch
    {
        DateTimeOffset dto => dto,
        DateOnly d => new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
        _ => null,
    };

    public static string? ToText(object? value) => value switch
    {
        null => null,
        string s => s,
        string[] a => string.Join(";", a),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>Orders two values of one kind; null sorts first, as in Zoho's MySQL-backed ordering.</summary>
    public static int Compare(object? a, object? b, CoqlValueKind kind)
    {
        var aEmpty = IsEmpty(a);
        var bEmpty = IsEmpty(b);
        if (aEmpty || bEmpty)
        {
            return aEmpty == bEmpty ? 0 : aEmpty ? -1 : 1;
        }

        return kind switch
        {
            CoqlValueKind.Decimal => Nullable.Compare(ToDecimal(a), ToDecimal(b)),
            CoqlValueKind.Long or CoqlValueKind.Reference => Nullable.Compare(ToLong(a), ToLong(b)),
            CoqlValueKind.Date => Nullable.Compare(ToDate(a), ToDate(b)),
            CoqlValueKind.DateTime => Nullable.Compare(ToDateTime(a), ToDateTime(b)),
            CoqlValueKind.Boolean => (a is true).CompareTo(b is true),
            _ => string.Compare(ToText(a), ToText(b), StringComparison.OrdinalIgnoreCase),
        };
    }

    /// <summary>Drops trailing zeros so computed decimals render as Zoho's numbers do (480000.5, not 480000.50).</summary>
    public static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;
}

/// <summary>Equality of group-by keys with the same rules as comparison (text case-insensitive).</summary>
internal sealed class CoqlGroupKeyComparer(CoqlValueKind[] kinds) : IEqualityComparer<object?[]>
{
    public bool Equals(object?[]? x, object?[]? y)
    {
        for (var i = 0; i < kinds.Length; i++)
        {
            if (CoqlValues.Compare(x![i], y![i], kinds[i]) != 0)
            {
                return false;
            }
        }

        return true;
    }

    public int GetHashCode(object?[] key)
    {
        var hash = new HashCode();
        for (var i = 0; i < kinds.Length; i++)
        {
            var value = key[i];
            hash.Add(CoqlValues.IsEmpty(value) ? 0 : kinds[i] switch
            {
                CoqlValueKind.Decimal => CoqlValues.ToDecimal(value).GetHashCode(),
                CoqlValueKind.Long or CoqlValueKind.Reference => CoqlValues.ToLong(value).GetHashCode(),
                CoqlValueKind.Date or CoqlValueKind.DateTime or CoqlValueKind.Boolean => value!.GetHashCode(),
                _ => StringComparer.OrdinalIgnoreCase.GetHashCode(CoqlValues.ToText(value)!),
            });
        }

        return hash.ToHashCode();
    }
}

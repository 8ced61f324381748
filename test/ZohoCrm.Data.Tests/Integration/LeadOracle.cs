using ZohoCrm.Emulator.Domain.Records;

namespace ZohoCrm.Data.Tests.Integration;

/// <summary>
/// A query's expected answer computed from the emulator's stored records, with SQL's three-valued logic: a comparison
/// with an empty value is unknown (null), and WHERE keeps only rows where the predicate is true.
/// </summary>
public sealed record LeadOracle(string Where, Func<StoredRecord, bool?> Predicate)
{
    public override string ToString() => Where;

    public static string? S(StoredRecord r, string field) => r[field] as string;

    public static decimal? N(StoredRecord r, string field) => r[field] switch
    {
        long l => l,
        decimal d => d,
        int i => i,
        _ => null,
    };

    public static bool? B(StoredRecord r, string field) => r[field] as bool?;

    public static DateOnly? D(StoredRecord r, string field) => r[field] as DateOnly?;

    public static bool? Eq(string? value, string other) => value is null ? null : string.Equals(value, other, StringComparison.OrdinalIgnoreCase);

    public static bool? Ne(string? value, string other) => value is null ? null : !string.Equals(value, other, StringComparison.OrdinalIgnoreCase);

    public static bool? Cmp(decimal? value, Func<decimal, bool> test) => value is { } v ? test(v) : null;

    public static bool? StartsWith(string? value, string prefix) => value?.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);

    public static bool? EndsWith(string? value, string suffix) => value?.EndsWith(suffix, StringComparison.OrdinalIgnoreCase);

    public static bool? Contains(string? value, string part) => value?.Contains(part, StringComparison.OrdinalIgnoreCase);

    public static bool? And(bool? a, bool? b) => a == false || b == false ? false : a == true && b == true ? true : null;

    public static bool? Or(bool? a, bool? b) => a == true || b == true ? true : a == false && b == false ? false : null;

    public static bool? Not(bool? a) => a is null ? null : !a;
}

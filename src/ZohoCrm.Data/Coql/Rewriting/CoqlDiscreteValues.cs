using ZohoCrm.Data.Coql.Binding;

namespace ZohoCrm.Data.Coql.Rewriting;

/// <summary>
/// Fields hold whole numbers, whole days or whole seconds. A value between two of them is bracketed by the nearest
/// holdable values below and above, so a comparison with it can be rewritten exactly (x &lt; 2.5 is x &lt;= 2).
/// </summary>
internal static class CoqlDiscreteValues
{
    public static bool TryBracket(object? value, CoqlValueKind kind, out object? floor, out object? ceiling)
    {
        switch (kind, value)
        {
            case (CoqlValueKind.Integer, decimal d) when decimal.Truncate(d) != d:
                var f = decimal.Floor(d);
                floor = f is >= long.MinValue and <= long.MaxValue ? (long)f : f;
                ceiling = f + 1 is >= long.MinValue and <= long.MaxValue ? (long)(f + 1) : f + 1;
                return true;
            case (CoqlValueKind.Date, DateTime dt) when dt.TimeOfDay != TimeSpan.Zero:
                floor = DateOnly.FromDateTime(dt);
                ceiling = DateOnly.FromDateTime(dt).AddDays(1);
                return true;
            case (CoqlValueKind.DateTime, DateTimeOffset dto) when dto.Ticks % TimeSpan.TicksPerSecond != 0:
                var whole = new DateTimeOffset(dto.Ticks - dto.Ticks % TimeSpan.TicksPerSecond, dto.Offset);
                floor = whole;
                ceiling = whole.AddSeconds(1);
                return true;
            default:
                floor = ceiling = null;
                return false;
        }
    }
}

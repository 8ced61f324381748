using ZohoCrm.Data.Coql.Binding;
using ZohoCrm.Data.Coql.Evaluation;
using ZohoCrm.Data.Coql.Syntax;

namespace ZohoCrm.Data.Coql.Rewriting;

/// <summary>
/// Brings a bound WHERE into the shape the rest of the planner works on, keeping SQL's three-valued semantics:
/// NOT pushed down to the predicates (De Morgan through AND/OR, <c>!=</c>, <c>NOT IN</c>, <c>NOT LIKE</c>,
/// <c>NOT BETWEEN</c>, <c>IS NOT NULL</c>), nested AND/OR flattened, constants folded (a comparison with NULL is
/// false in a WHERE), and values a field cannot hold (2.5 for an integer, a time of day for a date, milliseconds for a
/// datetime) turned into exact comparisons of values it can.
/// </summary>
internal static class CoqlNormalizer
{
    /// <summary>Returns the normalized predicate; <see cref="CoqlLiteral.True"/> or <see cref="CoqlLiteral.False"/> when it is constant.</summary>
    public static CoqlExpression Normalize(CoqlExpression? where)
    {
        if (where is null) return CoqlLiteral.True;
        // After NOT is pushed down no negation is above any node, so unknown can be read as false everywhere.
        return Simplify(PushNot(where, negate: false));
    }

    private static CoqlExpression PushNot(CoqlExpression expression, bool negate) => expression switch
    {
        CoqlNot not => PushNot(not.Operand, !negate),
        CoqlAnd and => negate
            ? new CoqlOr(and.Operands.Select(o => PushNot(o, true)).ToList()) { Position = and.Position }
            : and with { Operands = and.Operands.Select(o => PushNot(o, false)).ToList() },
        CoqlOr or => negate
            ? new CoqlAnd(or.Operands.Select(o => PushNot(o, true)).ToList()) { Position = or.Position }
            : or with { Operands = or.Operands.Select(o => PushNot(o, false)).ToList() },
        CoqlLiteral { Value: bool b } literal => negate ? literal with { Value = !b } : literal,
        CoqlLiteral literal => literal,
        CoqlComparison comparison => negate ? comparison with { Operator = comparison.Operator.Negate() } : comparison,
        CoqlIn @in => negate ? @in with { Negated = !@in.Negated } : @in,
        CoqlBetween between => negate ? between with { Negated = !between.Negated } : between,
        CoqlLike like => negate ? like with { Negated = !like.Negated } : like,
        CoqlIsNull isNull => negate ? isNull with { Negated = !isNull.Negated } : isNull,
        _ => expression,
    };

    private static CoqlExpression Simplify(CoqlExpression expression)
    {
        switch (expression)
        {
            case CoqlAnd and:
            {
                var operands = new List<CoqlExpression>();
                foreach (var operand in and.Operands.Select(Simplify))
                {
                    if (IsFalse(operand)) return CoqlLiteral.False;
                    if (IsTrue(operand)) continue;
                    if (operand is CoqlAnd inner) operands.AddRange(inner.Operands);
                    else operands.Add(operand);
                }

                if (HasEmptyRange(operands)) return CoqlLiteral.False;
                return operands.Count switch { 0 => CoqlLiteral.True, 1 => operands[0], _ => and with { Operands = operands } };
            }

            case CoqlOr or:
            {
                var operands = new List<CoqlExpression>();
                foreach (var operand in or.Operands.Select(Simplify))
                {
                    if (IsTrue(operand)) return CoqlLiteral.True;
                    if (IsFalse(operand)) continue;
                    if (operand is CoqlOr inner) operands.AddRange(inner.Operands);
                    else operands.Add(operand);
                }

                return operands.Count switch { 0 => CoqlLiteral.False, 1 => operands[0], _ => or with { Operands = operands } };
            }

            case CoqlLiteral { Value: true }:
                return CoqlLiteral.True;
            case CoqlLiteral:
                return CoqlLiteral.False;
            case CoqlComparison comparison:
                return SimplifyComparison(comparison);
            case CoqlIn @in:
                return SimplifyIn(@in);
            case CoqlBetween between:
                return SimplifyBetween(between);
            case CoqlIsNull { Operand: CoqlLiteral literal } isNull:
                return Constant((literal.Value is null) != isNull.Negated);
            case CoqlLike { Pattern: CoqlLiteral { Value: null } }:
            case CoqlLike { Operand: CoqlLiteral { Value: null } }:
                return CoqlLiteral.False;
            default:
                return expression;
        }
    }

    /// <summary>
    /// Whether AND-ed bounds on one number, date or datetime field leave no value between them (<c>x &gt; 100 AND x &lt; 50</c>,
    /// <c>x = 1 AND x = 2</c>): such a WHERE cannot match, so the query needs no call.
    /// </summary>
    private static bool HasEmptyRange(List<CoqlExpression> operands)
    {
        var ranges = new Dictionary<string, (object? Low, bool LowOpen, object? High, bool HighOpen)>(StringComparer.OrdinalIgnoreCase);
        foreach (var operand in operands)
        {
            foreach (var (column, op, value) in Bounds(operand))
            {
                if (!CoqlValueKinds.Of(column.Field).IsOrdered()) continue;
                var range = ranges.GetValueOrDefault(column.ApiPath);
                if (op is CoqlComparisonOperator.Greater or CoqlComparisonOperator.GreaterOrEqual or CoqlComparisonOperator.Equal)
                {
                    var open = op == CoqlComparisonOperator.Greater;
                    var order = range.Low is null ? 1 : OrderOf(value, range.Low);
                    if (order is null) continue;
                    if (order > 0 || order == 0 && open) range = range with { Low = value, LowOpen = open };
                }

                if (op is CoqlComparisonOperator.Less or CoqlComparisonOperator.LessOrEqual or CoqlComparisonOperator.Equal)
                {
                    var open = op == CoqlComparisonOperator.Less;
                    var order = range.High is null ? -1 : OrderOf(value, range.High);
                    if (order is null) continue;
                    if (order < 0 || order == 0 && open) range = range with { High = value, HighOpen = open };
                }

                ranges[column.ApiPath] = range;
                if (range is { Low: not null, High: not null } && OrderOf(range.Low, range.High) is { } gap
                    && (gap > 0 || gap == 0 && (range.LowOpen || range.HighOpen)))
                    return true;
            }
        }

        return false;
    }

    private static IEnumerable<(CoqlColumn Column, CoqlComparisonOperator Operator, object Value)> Bounds(CoqlExpression operand)
    {
        switch (operand)
        {
            case CoqlComparison { Left: CoqlColumn column, Right: CoqlLiteral { Value: { } value }, Operator: not CoqlComparisonOperator.NotEqual } comparison:
                yield return (column, comparison.Operator, value);
                break;
            case CoqlBetween { Negated: false, Operand: CoqlColumn column, Low: CoqlLiteral { Value: { } low }, High: CoqlLiteral { Value: { } high } }:
                yield return (column, CoqlComparisonOperator.GreaterOrEqual, low);
                yield return (column, CoqlComparisonOperator.LessOrEqual, high);
                break;
        }
    }

    /// <summary>Orders two values of one kind (numbers, dates or datetimes); null when they are not comparable so.</summary>
    private static int? OrderOf(object? a, object? b) => (a, b) switch
    {
        (DateOnly, DateOnly) or (DateTimeOffset, DateTimeOffset) => CoqlValues.Compare(a, b),
        ({ } x, { } y) when CoqlValues.IsNumber(x) && CoqlValues.IsNumber(y) => CoqlValues.Compare(x, y),
        _ => null,
    };

    private static bool IsTrue(CoqlExpression e) => e is CoqlLiteral { Value: true };

    private static bool IsFalse(CoqlExpression e) => e is CoqlLiteral { Value: false or null };

    private static CoqlLiteral Constant(bool value) => value ? CoqlLiteral.True : CoqlLiteral.False;

    private static CoqlExpression SimplifyComparison(CoqlComparison comparison)
    {
        if (comparison.Left is CoqlLiteral { Value: null } || comparison.Right is CoqlLiteral { Value: null })
            return CoqlLiteral.False;
        if (comparison.Left is CoqlLiteral left && comparison.Right is CoqlLiteral right)
            return Constant(CoqlEvaluator.Holds(comparison.Operator, left.Value, right.Value) == true);
        if (comparison is not { Left: CoqlColumn column, Right: CoqlLiteral literal }) return comparison;

        var kind = CoqlValueKinds.Of(column.Field);
        if (kind == CoqlValueKind.Boolean && comparison.Operator == Syntax.CoqlComparisonOperator.NotEqual && literal.Value is bool b)
        {
            // Zoho documents only '=' for booleans; != v is = !v, and both are unknown for null.
            return comparison with { Operator = CoqlComparisonOperator.Equal, Right = literal with { Value = !b } };
        }

        if (!CoqlDiscreteValues.TryBracket(literal.Value, kind, out var floor, out var ceiling))
            return comparison;
        return comparison.Operator switch
        {
            CoqlComparisonOperator.Equal => CoqlLiteral.False,
            CoqlComparisonOperator.NotEqual => new CoqlIsNull(column, Negated: true) { Position = comparison.Position },
            CoqlComparisonOperator.Less or CoqlComparisonOperator.LessOrEqual =>
                comparison with { Operator = CoqlComparisonOperator.LessOrEqual, Right = literal with { Value = floor } },
            _ => comparison with { Operator = CoqlComparisonOperator.GreaterOrEqual, Right = literal with { Value = ceiling } },
        };
    }

    private static CoqlExpression SimplifyIn(CoqlIn @in)
    {
        if (@in.Operand is CoqlLiteral { Value: null }) return CoqlLiteral.False;
        var kind = @in.Operand is CoqlColumn column ? CoqlValueKinds.Of(column.Field) : CoqlValueKind.Text;
        var hasNull = false;
        var values = new List<CoqlExpression>(@in.Values.Count);
        var seen = new HashSet<object>(@in.Values.Count, TextIgnoringCase.Instance);
        foreach (var value in @in.Values)
        {
            if (value is CoqlLiteral literal)
            {
                // x IN (.., NULL) never matches through the NULL; x NOT IN (.., NULL) never holds at all.
                if (literal.Value is null) { hasNull = true; continue; }
                if (CoqlDiscreteValues.TryBracket(literal.Value, kind, out _, out _)) continue;
                if (literal.Value is not string[] && !seen.Add(literal.Value)) continue;
            }

            values.Add(value);
        }

        if (@in.Negated && hasNull) return CoqlLiteral.False;
        if (values.Count == 0)
        {
            // Every value was null or unholdable: IN matches nothing; NOT IN holds for every non-null value.
            return @in.Negated
                ? (@in.Values.Count == 0 ? CoqlLiteral.True : new CoqlIsNull(@in.Operand, Negated: true) { Position = @in.Position })
                : CoqlLiteral.False;
        }

        if (values.Count == 1)
        {
            var single = new CoqlComparison(@in.Operand, @in.Negated ? CoqlComparisonOperator.NotEqual : CoqlComparisonOperator.Equal, values[0]) { Position = @in.Position };
            return SimplifyComparison(single);
        }

        if (@in.Operand is CoqlLiteral operand && values.All(v => v is CoqlLiteral))
        {
            var any = values.Any(v => CoqlValues.AreEqual(operand.Value, ((CoqlLiteral)v).Value) == true);
            return Constant(any != @in.Negated);
        }

        return @in with { Values = values };
    }

    private static CoqlExpression SimplifyBetween(CoqlBetween between)
    {
        if (between.Low is CoqlLiteral { Value: null } || between.High is CoqlLiteral { Value: null } || between.Operand is CoqlLiteral { Value: null })
            return CoqlLiteral.False;
        if (between.Operand is not CoqlColumn column) return between;
        var kind = CoqlValueKinds.Of(column.Field);
        var low = between.Low;
        var high = between.High;
        if (low is CoqlLiteral lowLiteral && CoqlDiscreteValues.TryBracket(lowLiteral.Value, kind, out _, out var lowCeiling))
            low = lowLiteral with { Value = lowCeiling };
        if (high is CoqlLiteral highLiteral && CoqlDiscreteValues.TryBracket(highLiteral.Value, kind, out var highFloor, out _))
            high = highLiteral with { Value = highFloor };
        if (low is CoqlLiteral l && high is CoqlLiteral h && CoqlValues.Compare(l.Value, h.Value) > 0)
            return between.Negated ? new CoqlIsNull(column, Negated: true) { Position = between.Position } : CoqlLiteral.False;
        return between with { Low = low, High = high };
    }

    /// <summary>Values as IN de-duplicates them: text ignoring case, anything else by value (no upper-cased copy of each text).</summary>
    private sealed class TextIgnoringCase : IEqualityComparer<object>
    {
        public static readonly TextIgnoringCase Instance = new();

        public new bool Equals(object? x, object? y) =>
            x is string a && y is string b ? string.Equals(a, b, StringComparison.OrdinalIgnoreCase) : object.Equals(x, y);

        public int GetHashCode(object value) =>
            value is string text ? StringComparer.OrdinalIgnoreCase.GetHashCode(text) : value.GetHashCode();
    }
}

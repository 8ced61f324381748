using System.Collections.Concurrent;
using ZohoCrm.Data.Coql.Syntax;

namespace ZohoCrm.Data.Coql.Evaluation;

/// <summary>Evaluates bound predicates and scalar expressions over rows, with SQL's three-valued logic.</summary>
internal static class CoqlEvaluator
{
    private static readonly ConcurrentDictionary<(string, char?), CoqlLikePattern> Patterns = new();

    /// <summary>Whether the row passes the predicate (unknown does not pass, as in a WHERE).</summary>
    public static bool Matches(CoqlExpression? predicate, IZohoCrmRow row) => predicate is null || Evaluate(predicate, row) == true;

    public static bool? Evaluate(CoqlExpression predicate, IZohoCrmRow row)
    {
        switch (predicate)
        {
            case CoqlAnd and:
            {
                bool? result = true;
                foreach (var operand in and.Operands)
                {
                    var value = Evaluate(operand, row);
                    if (value == false) return false;
                    if (value is null) result = null;
                }

                return result;
            }

            case CoqlOr or:
            {
                bool? result = false;
                foreach (var operand in or.Operands)
                {
                    var value = Evaluate(operand, row);
                    if (value == true) return true;
                    if (value is null) result = null;
                }

                return result;
            }

            case CoqlNot not:
                return !Evaluate(not.Operand, row);
            case CoqlLiteral literal:
                return literal.Value as bool?;
            case CoqlComparison comparison:
                return Holds(comparison.Operator, Scalar(comparison.Left, row), Scalar(comparison.Right, row),
                    IsCaseFunction(comparison.Left) || IsCaseFunction(comparison.Right));
            case CoqlIsNull isNull:
                return IsEmpty(Scalar(isNull.Operand, row)) != isNull.Negated;
            case CoqlIn @in:
            {
                var value = Scalar(@in.Operand, row);
                if (value is null) return null;
                var exactCase = IsCaseFunction(@in.Operand) || @in.Values.Any(IsCaseFunction);
                bool? found = false;
                foreach (var item in @in.Values)
                {
                    var equal = CoqlValues.AreEqual(value, Scalar(item, row), exactCase);
                    if (equal == true) { found = true; break; }
                    if (equal is null) found = null;
                }

                return @in.Negated ? !found : found;
            }

            case CoqlBetween between:
            {
                var value = Scalar(between.Operand, row);
                var low = CoqlValues.Compare(value, Scalar(between.Low, row));
                var high = CoqlValues.Compare(value, Scalar(between.High, row));
                bool? inside = (low, high) switch
                {
                    (< 0, _) or (_, > 0) => false,
                    (null, _) or (_, null) => null,
                    _ => true,
                };
                return between.Negated ? !inside : inside;
            }

            case CoqlLike like:
            {
                var value = Scalar(like.Operand, row);
                var pattern = Scalar(like.Pattern, row);
                if (value is null || pattern is null) return null;
                var escape = like.Escape is CoqlLiteral { Value: string { Length: 1 } e } ? e[0] : (char?)null;
                var text = CoqlValues.ToText(pattern);
                var parsed = Patterns.Count > 4096 ? CoqlLikePattern.Parse(text, escape) : Patterns.GetOrAdd((text, escape), k => CoqlLikePattern.Parse(k.Item1, k.Item2));
                return parsed.IsMatch(CoqlValues.ToText(value), IsCaseFunction(like.Operand) || IsCaseFunction(like.Pattern)) != like.Negated;
            }

            default:
                throw new InvalidOperationException("Not a predicate: " + predicate.GetType().Name);
        }
    }

    /// <summary>
    /// UPPER and LOWER say which case a text is in, so their results compare with exact case (as C#'s
    /// <c>ToUpper() == "X"</c> does), and EXACT is the text itself compared with exact case (C#'s ordinal
    /// <c>string.Equals</c>); every other text comparison ignores case, as Zoho's do.
    /// </summary>
    public static bool IsCaseFunction(CoqlExpression expression) => expression is CoqlFunctionCall { Name: "UPPER" or "LOWER" or "EXACT" };

    public static bool? Holds(CoqlComparisonOperator op, object? left, object? right, bool exactCase = false)
    {
        if (op is CoqlComparisonOperator.Equal or CoqlComparisonOperator.NotEqual)
        {
            var equal = CoqlValues.AreEqual(left, right, exactCase);
            return op == CoqlComparisonOperator.Equal ? equal : !equal;
        }

        var order = CoqlValues.Compare(left, right, exactCase);
        if (order is null) return null;
        return op switch
        {
            CoqlComparisonOperator.Less => order < 0,
            CoqlComparisonOperator.LessOrEqual => order <= 0,
            CoqlComparisonOperator.Greater => order > 0,
            _ => order >= 0,
        };
    }

    // An empty multi-select list is as empty as null.
    private static bool IsEmpty(object? value) => value is null || value is string[] { Length: 0 };

    public static object? Scalar(CoqlExpression expression, IZohoCrmRow row) => expression switch
    {
        CoqlLiteral literal => literal.Value,
        CoqlColumn column => Normalize(row.GetValue(column.ApiPath)),
        CoqlAggregate aggregate => Normalize(row.GetValue(aggregate.ToText(zoho: false))),
        CoqlFunctionCall call => Call(call.Name, call.Arguments.Select(a => Scalar(a, row)).ToList()),
        _ => throw new InvalidOperationException("Not a scalar: " + expression.GetType().Name),
    };

    private static object? Normalize(object? value) => value switch
    {
        int i => (long)i,
        string[] { Length: 0 } => null,
        _ => value,
    };

    private static object? Call(string name, List<object?> arguments)
    {
        var argument = arguments.Count > 0 ? arguments[0] : null;
        if (argument is null) return null;
        return name switch
        {
            "LOWER" => CoqlValues.ToText(argument).ToLowerInvariant(),
            "UPPER" => CoqlValues.ToText(argument).ToUpperInvariant(),
            "EXACT" => CoqlValues.ToText(argument),
            "TRIM" => CoqlValues.ToText(argument).Trim(),
            "LTRIM" => CoqlValues.ToText(argument).TrimStart(),
            "RTRIM" => CoqlValues.ToText(argument).TrimEnd(),
            "LENGTH" => (long)CoqlValues.ToText(argument).Length,
            "ABS" => Math.Abs(CoqlValues.ToDecimal(argument)),
            _ => throw new InvalidOperationException("Unknown function " + name),
        };
    }
}

using System.Text;
using ZohoCrm.Data.Coql.Binding;
using ZohoCrm.Data.Coql.Evaluation;
using ZohoCrm.Data.Coql.Rewriting;
using ZohoCrm.Data.Coql.Syntax;
using ZohoCrm.Data.Internal;
using ZohoCrm.Data.Metadata;

namespace ZohoCrm.Data.Coql.Search;

/// <summary>
/// Builds the <c>criteria</c> parameter of the Search API, <c>((Field:operator:value)and(...))</c>, from a normalized
/// predicate. Every criterion is a superset of its predicate at best (Search's <c>equals</c> matches words, not whole
/// values, and its index lags writes), so rows that come back are always re-checked on the client.
/// </summary>
internal static class SearchCriteria
{
    public const int MaxCriteria = 10;

    /// <summary>The criteria text (not URL-encoded), or null when Search cannot narrow the predicate.</summary>
    public static string? Build(CoqlExpression predicate, out int criteriaCount)
    {
        var node = Narrow(predicate);
        criteriaCount = node is null ? 0 : Count(node);
        if (node is null) return null;
        if (criteriaCount > MaxCriteria && node is Group { IsAnd: true } and)
        {
            // Dropping AND operands keeps a superset; drop the ones that do not touch multi-line text first.
            var kept = and.Operands.OrderBy(o => ContainsMultiLine(o) ? 0 : 1).ToList();
            while (kept.Count > 1 && kept.Sum(Count) > MaxCriteria) kept.RemoveAt(kept.Count - 1);
            node = kept.Count == 1 ? kept[0] : new Group(true, kept);
            criteriaCount = Count(node);
        }

        if (criteriaCount > MaxCriteria) return null;
        var builder = new StringBuilder();
        Write(builder, node);
        return builder.ToString();
    }

    /// <summary>Whether a predicate can only be narrowed by Search: equality or starts-with on multi-line text.</summary>
    public static bool IsMultiLineSearchable(CoqlExpression atom) =>
        Narrow(atom) is Criterion { MultiLine: true };

    /// <summary>Whether Search can narrow a predicate at all.</summary>
    public static bool CanNarrow(CoqlExpression atom) => Narrow(atom) is not null;

    private abstract record Node;

    private sealed record Criterion(string Field, string Operator, string Value, bool MultiLine) : Node;

    private sealed record Group(bool IsAnd, IReadOnlyList<Node> Operands) : Node;

    private static int Count(Node node) => node is Group g ? g.Operands.Sum(Count) : 1;

    private static bool ContainsMultiLine(Node node) => node is Group g ? g.Operands.Any(ContainsMultiLine) : ((Criterion)node).MultiLine;

    private static Node? Narrow(CoqlExpression predicate)
    {
        switch (predicate)
        {
            // What_Id's module is no field Search knows: it is read after the rows and checked on the client.
            case not (CoqlAnd or CoqlOr) when CoqlBinder.Columns(predicate).Any(c => CoqlBuiltInModules.IsRelatedModule(c.Binding?.Field)):
                return null;

            case CoqlAnd and:
            {
                var parts = and.Operands.Select(Narrow).Where(p => p is not null).Select(p => p!).ToList();
                return parts.Count switch { 0 => null, 1 => parts[0], _ => new Group(true, parts) };
            }

            case CoqlOr or:
            {
                var parts = or.Operands.Select(Narrow).ToList();
                return parts.Any(p => p is null) ? null : new Group(false, parts!);
            }

            case CoqlComparison { Left: CoqlColumn { Binding.Lookups.Count: 0 } column, Right: CoqlLiteral { Value: not null } literal } comparison:
                return Compare(column, comparison.Operator, literal.Value);

            case CoqlIn { Operand: CoqlColumn { Binding.Lookups.Count: 0 } column, Negated: false } @in
                when @in.Values.Count <= CoqlPushdown.MaxInValues && @in.Values.All(v => v is CoqlLiteral { Value: not null }) && SupportsIn(column.Field):
                return new Criterion(column.ApiPath, "in",
                    string.Join(",", @in.Values.Select(v => Escape(Value(((CoqlLiteral)v).Value!)))), false);

            case CoqlBetween { Operand: CoqlColumn { Binding.Lookups.Count: 0 } column, Negated: false, Low: CoqlLiteral { Value: not null } low, High: CoqlLiteral { Value: not null } high }
                when CoqlValueKinds.Of(column.Field).IsOrdered():
                return new Criterion(column.ApiPath, "between", Escape(Value(low.Value)) + "," + Escape(Value(high.Value)), false);

            case CoqlLike { Operand: CoqlColumn { Binding.Lookups.Count: 0 } column, Negated: false, Pattern: CoqlLiteral { Value: string pattern } } like
                when CoqlValueKinds.Of(column.Field) == CoqlValueKind.Text:
            {
                var escape = like.Escape is CoqlLiteral { Value: string { Length: 1 } e } ? e[0] : (char?)null;
                var shape = CoqlPushdown.LikeShape.Of(CoqlLikePattern.Parse(pattern, escape));
                var text = shape.Kind switch
                {
                    CoqlPushdown.LikeShapeKind.StartsWith or CoqlPushdown.LikeShapeKind.Equals => shape.Text,
                    _ => null,
                };
                if (text is null || !Searchable(text) || column.Field.ValueType == ZohoCrmFieldType.Picklist) return null;
                return new Criterion(column.ApiPath, shape.Kind == CoqlPushdown.LikeShapeKind.Equals ? "equals" : "starts_with", Escape(text),
                    CoqlValueKinds.IsMultiLine(column.Field));
            }

            default:
                return null;
        }
    }

    private static Criterion? Compare(CoqlColumn column, CoqlComparisonOperator op, object value)
    {
        var field = column.Field;
        var kind = CoqlValueKinds.Of(field);
        if (kind is CoqlValueKind.Unsupported or CoqlValueKind.MultiSelect) return null;
        if (kind == CoqlValueKind.Id && field.DataType is not (ZohoCrmFieldType.OwnerLookup or ZohoCrmFieldType.UserLookup)) return null;
        var name = op switch
        {
            CoqlComparisonOperator.Equal => "equals",
            CoqlComparisonOperator.Greater when kind.IsOrdered() => "greater_than",
            CoqlComparisonOperator.GreaterOrEqual when kind.IsOrdered() => "greater_equal",
            CoqlComparisonOperator.Less when kind.IsOrdered() => "less_than",
            CoqlComparisonOperator.LessOrEqual when kind.IsOrdered() => "less_equal",
            _ => null,
        };
        if (name is null) return null;
        var text = Value(value);
        if (kind == CoqlValueKind.Text && !Searchable(text)) return null;
        return new Criterion(column.ApiPath, name, Escape(text), CoqlValueKinds.IsMultiLine(field));
    }

    private static bool SupportsIn(ZohoCrmFieldMetadata field) =>
        CoqlValueKinds.Of(field) switch
        {
            CoqlValueKind.Text => !CoqlValueKinds.IsMultiLine(field),
            CoqlValueKind.Id => field.DataType is ZohoCrmFieldType.OwnerLookup or ZohoCrmFieldType.UserLookup,
            CoqlValueKind.Boolean or CoqlValueKind.MultiSelect or CoqlValueKind.Unsupported => false,
            _ => true,
        };

    // Search rejects values shorter than two characters.
    private static bool Searchable(string text) => text.Trim().Length >= 2;

    private static string Value(object value) => value switch
    {
        DateOnly d => ZohoCrmDateTimes.FormatDate(d),
        DateTimeOffset dto => ZohoCrmDateTimes.FormatDateTime(dto),
        _ => CoqlValues.ToText(value),
    };

    /// <summary>
    /// Search's escaping: <c>(</c>, <c>)</c> and <c>,</c> take a backslash; a run of backslashes that ends the value or
    /// stands before one of them is doubled, so that it stays literal instead of escaping what follows.
    /// </summary>
    public static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\\')
            {
                var end = i;
                while (end < value.Length && value[end] == '\\') end++;
                var doubled = end == value.Length || value[end] is '(' or ')' or ',';
                builder.Append('\\', (end - i) * (doubled ? 2 : 1));
                i = end - 1;
            }
            else if (c is '(' or ')' or ',')
            {
                builder.Append('\\').Append(c);
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static void Write(StringBuilder builder, Node node)
    {
        if (node is Criterion c)
        {
            builder.Append('(').Append(c.Field).Append(':').Append(c.Operator).Append(':').Append(c.Value).Append(')');
            return;
        }

        var group = (Group)node;
        builder.Append('(');
        for (var i = 0; i < group.Operands.Count; i++)
        {
            if (i > 0) builder.Append(group.IsAnd ? "and" : "or");
            Write(builder, group.Operands[i]);
        }

        builder.Append(')');
    }
}

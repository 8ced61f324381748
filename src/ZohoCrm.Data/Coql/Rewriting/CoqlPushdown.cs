using ZohoCrm.Data.Coql.Binding;
using ZohoCrm.Data.Coql.Evaluation;
using ZohoCrm.Data.Coql.Syntax;
using ZohoCrm.Data.Metadata;

namespace ZohoCrm.Data.Coql.Rewriting;

/// <summary>
/// What of a normalized predicate Zoho COQL can evaluate. <see cref="Expression"/> is a Zoho-ready predicate that
/// returns every matching row (null: nothing could be pushed); when <see cref="Exact"/> is false it may return more,
/// and the client re-checks. <see cref="Unpushable"/> lists the predicates Zoho cannot narrow at all.
/// </summary>
internal sealed record CoqlPushdownResult(CoqlExpression? Expression, bool Exact, IReadOnlyList<CoqlExpression> Unpushable);

/// <summary>
/// Rewrites normalized predicates into what Zoho COQL accepts, per field type (see api.md §3.1's operator table):
/// IN lists split at <see cref="MaxInValues"/>, negations guarded with <c>is not null</c> (SQL excludes nulls from
/// <c>!=</c>; Zoho's behaviour there is not documented), LIKE reduced to the starts-with, ends-with and contains shapes
/// Zoho has, booleans compared with <c>=</c> only, and an exact-or-superset approximation wherever Zoho cannot be exact.
/// </summary>
internal static class CoqlPushdown
{
    public const int MaxInValues = 100;

    public static CoqlPushdownResult ToCoql(CoqlExpression predicate)
    {
        var unpushable = new List<CoqlExpression>();
        var (expression, exact) = Push(predicate, unpushable);
        return new CoqlPushdownResult(expression, exact, unpushable);
    }

    private static (CoqlExpression? Expression, bool Exact) Push(CoqlExpression predicate, List<CoqlExpression> unpushable)
    {
        switch (predicate)
        {
            case CoqlAnd and:
            {
                var parts = and.Operands.Select(o => Push(o, unpushable)).ToList();
                var pushed = parts.Where(p => p.Expression is not null).Select(p => p.Expression!).ToList();
                return (And(pushed), parts.All(p => p.Exact));
            }

            case CoqlOr or:
            {
                var parts = or.Operands.Select(o => Push(o, unpushable)).ToList();
                // One branch Zoho cannot narrow makes the whole OR unnarrowable.
                if (parts.Any(p => p.Expression is null)) return (null, false);
                return (Or(parts.Select(p => p.Expression!).ToList()), parts.All(p => p.Exact));
            }

            case CoqlLiteral { Value: true }:
                return (null, true);
            default:
                var atom = PushAtom(predicate);
                if (atom.Expression is null) unpushable.Add(predicate);
                return atom;
        }
    }

    public static CoqlExpression? And(IReadOnlyList<CoqlExpression> operands)
    {
        // The same criterion twice (two null guards on one field) would waste one of Zoho's 25.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var flat = operands.SelectMany(o => o is CoqlAnd a ? a.Operands : [o]).Where(o => seen.Add(CoqlDialectWriter.Describe(o))).ToList();
        return flat.Count switch
        {
            0 => null,
            1 => flat[0],
            _ => new CoqlAnd(flat),
        };
    }

    public static CoqlExpression Or(IReadOnlyList<CoqlExpression> operands) => operands.Count == 1
        ? operands[0]
        : new CoqlOr(operands.SelectMany(o => o is CoqlOr a ? a.Operands : [o]).ToList());

    /// <summary>Whether COQL can filter the column at all (multi-line text and unreadable types cannot).</summary>
    public static bool IsFilterable(CoqlColumn column)
    {
        var field = column.Field;
        return field.Filterable && !CoqlValueKinds.IsMultiLine(field) && CoqlValueKinds.Of(field) != CoqlValueKind.Unsupported;
    }

    private static (CoqlExpression? Expression, bool Exact) PushAtom(CoqlExpression atom)
    {
        switch (atom)
        {
            case CoqlIsNull { Operand: CoqlColumn column } isNull when IsFilterable(column):
                // Zoho documents is [not] null for booleans only on formula fields.
                if (CoqlValueKinds.Of(column.Field) == CoqlValueKind.Boolean && column.Field.DataType != ZohoCrmFieldType.Formula)
                    return (null, false);
                return (isNull, true);

            case CoqlComparison { Left: CoqlColumn column, Right: CoqlLiteral literal } comparison when IsFilterable(column):
                return PushComparison(comparison, column, literal);

            case CoqlIn { Operand: CoqlColumn column } @in when IsFilterable(column) && @in.Values.All(v => v is CoqlLiteral):
                return PushIn(@in, column);

            case CoqlBetween { Operand: CoqlColumn column, Low: CoqlLiteral, High: CoqlLiteral } between when IsFilterable(column):
                if (!CoqlValueKinds.Of(column.Field).IsOrdered()) return (null, false);
                return (between.Negated ? Guard(between, column) : between, true);

            case CoqlLike { Operand: CoqlColumn column, Pattern: CoqlLiteral { Value: string pattern } } like when IsFilterable(column):
                return PushLike(like, column, pattern);

            case CoqlComparison { Left: CoqlFunctionCall call, Operator: CoqlComparisonOperator.Equal } comparison
                when CaseFunctionOf(call) is { } column:
                return Inexact(PushAtom(comparison with { Left = column }));
            case CoqlIn { Operand: CoqlFunctionCall call, Negated: false } @in when CaseFunctionOf(call) is { } column:
                return Inexact(PushAtom(@in with { Operand = column }));
            case CoqlLike { Operand: CoqlFunctionCall call, Negated: false } like when CaseFunctionOf(call) is { } column:
                return Inexact(PushAtom(like with { Operand = column }));

            default:
                return (null, false);
        }
    }

    /// <summary>
    /// The text field under UPPER(...), LOWER(...) or EXACT(...). Zoho compares text ignoring case, so the same positive comparison
    /// on the field is a superset of the function's (exact-case) one; negations are not (NOT LIKE '%x%' would drop 'X').
    /// </summary>
    private static CoqlColumn? CaseFunctionOf(CoqlFunctionCall call) =>
        CoqlEvaluator.IsCaseFunction(call) && call.Arguments is [CoqlColumn column] && IsFilterable(column)
        && CoqlValueKinds.Of(column.Field) == CoqlValueKind.Text
            ? column
            : null;

    private static (CoqlExpression?, bool) Inexact((CoqlExpression? Expression, bool Exact) pushed) => (pushed.Expression, false);

    private static (CoqlExpression?, bool) PushComparison(CoqlComparison comparison, CoqlColumn column, CoqlLiteral literal)
    {
        var kind = CoqlValueKinds.Of(column.Field);
        var op = comparison.Operator;
        var isId = string.Equals(column.ApiPath, "id", StringComparison.OrdinalIgnoreCase);
        switch (kind)
        {
            case CoqlValueKind.Boolean:
                return op == CoqlComparisonOperator.Equal ? (comparison, true) : (null, false);
            case CoqlValueKind.MultiSelect:
                // Zoho compares a multi-select with 'A;B'; whether the order of values matters is not documented.
                return op == CoqlComparisonOperator.Equal && CoqlLiteralFormatter.IsSafeValue(literal.Value) ? (comparison, false) : (null, false);
            case CoqlValueKind.Text or CoqlValueKind.Id when op is not (CoqlComparisonOperator.Equal or CoqlComparisonOperator.NotEqual) && !isId:
                // Zoho has no range comparisons on text, picklists or lookups.
                return (null, false);
        }

        if (!CoqlLiteralFormatter.IsSafeValue(literal.Value))
        {
            // A superset of '= value' built from its plain text; '!=' has none narrower than 'is not null'.
            if (op != CoqlComparisonOperator.Equal || kind != CoqlValueKind.Text || literal.Value is not string text) return (null, false);
            var narrowing = NarrowEquals(column, text, comparison.Position);
            return (narrowing, false);
        }

        return op == CoqlComparisonOperator.NotEqual ? (Guard(comparison, column), true) : (comparison, true);
    }

    private static (CoqlExpression?, bool) PushIn(CoqlIn @in, CoqlColumn column)
    {
        var kind = CoqlValueKinds.Of(column.Field);
        var values = @in.Values.Cast<CoqlLiteral>().ToList();
        if (kind == CoqlValueKind.MultiSelect) return (null, false);
        if (kind == CoqlValueKind.Boolean)
        {
            // Booleans take '=' only: IN becomes an OR of '=', NOT IN the '=' of the values not listed.
            var listed = values.Select(v => (bool)v.Value!).Distinct().ToList();
            var wanted = @in.Negated ? new[] { true, false }.Except(listed).ToList() : listed;
            if (wanted.Count == 0) return (null, false);
            return (Or(wanted.Select(b => (CoqlExpression)new CoqlComparison(column, CoqlComparisonOperator.Equal, new CoqlLiteral(b))).ToList()), true);
        }

        if (!values.All(v => CoqlLiteralFormatter.IsSafeValue(v.Value)))
        {
            // The values Zoho can be sent stay exact; the others are narrowed by their plain text, and the client re-checks.
            var safe = values.Where(v => CoqlLiteralFormatter.IsSafeValue(v.Value)).ToList();
            if (@in.Negated)
                return safe.Count == 0 ? (null, false) : (Guard(SplitIn(@in with { Values = safe }, column), column), false);
            if (kind != CoqlValueKind.Text) return (null, false);
            var parts = new List<CoqlExpression>();
            if (safe.Count > 0) parts.Add(SplitIn(@in with { Values = safe }, column));
            foreach (var unsafeValue in values.Where(v => !CoqlLiteralFormatter.IsSafeValue(v.Value)))
            {
                var narrowing = NarrowEquals(column, (string)unsafeValue.Value!, @in.Position);
                if (narrowing is null) return (null, false);
                parts.Add(narrowing);
            }

            return (Or(parts), false);
        }

        var split = SplitIn(@in, column);
        return (@in.Negated ? Guard(split, column) : split, true);
    }

    private static CoqlExpression SplitIn(CoqlIn @in, CoqlColumn column)
    {
        if (@in.Values.Count == 1)
            return new CoqlComparison(column, @in.Negated ? CoqlComparisonOperator.NotEqual : CoqlComparisonOperator.Equal, @in.Values[0]) { Position = @in.Position };
        if (@in.Values.Count <= MaxInValues) return @in;
        // Zoho takes at most 100 values per IN: x in (a..) or x in (b..); x not in (a..) and x not in (b..).
        var chunks = @in.Values.Chunk(MaxInValues).Select(c => (CoqlExpression)(@in with { Values = c })).ToList();
        return @in.Negated ? And(chunks)! : Or(chunks);
    }

    private static (CoqlExpression?, bool) PushLike(CoqlLike like, CoqlColumn column, string pattern)
    {
        if (CoqlValueKinds.Of(column.Field) != CoqlValueKind.Text) return (null, false);
        var escape = like.Escape is CoqlLiteral { Value: string { Length: 1 } e } ? e[0] : (char?)null;
        var shape = LikeShape.Of(CoqlLikePattern.Parse(pattern, escape));
        if (like.Negated)
        {
            return shape.Kind switch
            {
                LikeShapeKind.Any => (new CoqlIsNull(column, Negated: false) { Position = like.Position }, true),
                LikeShapeKind.Equals when shape.IsSafe => (Guard(new CoqlComparison(column, CoqlComparisonOperator.NotEqual, new CoqlLiteral(shape.Text)) { Position = like.Position }, column), true),
                // Zoho's NOT LIKE works as not-contains only.
                LikeShapeKind.Contains when shape.IsSafe => (Guard(like with { Pattern = new CoqlLiteral("%" + shape.Text + "%"), Escape = null }, column), true),
                _ => (null, false),
            };
        }

        if (shape.Kind == LikeShapeKind.Any) return (new CoqlIsNull(column, Negated: true) { Position = like.Position }, true);
        if (shape.IsSafe)
        {
            return shape.Kind switch
            {
                LikeShapeKind.Equals => (new CoqlComparison(column, CoqlComparisonOperator.Equal, new CoqlLiteral(shape.Text)) { Position = like.Position }, true),
                LikeShapeKind.StartsWith => (Like(column, shape.Text + "%", like.Position), true),
                LikeShapeKind.EndsWith => (Like(column, "%" + shape.Text, like.Position), true),
                LikeShapeKind.Contains => (Like(column, "%" + shape.Text + "%", like.Position), true),
                _ => throw new InvalidOperationException(),
            };
        }

        // A value with % or _ in it, or a pattern of another shape: narrow by its plain-text pieces and re-check.
        return (Narrowed(column, shape.Narrowing(), like.Position), false);
    }

    /// <summary>A superset of <c>column = text</c> for a text Zoho cannot be sent; null when it has no plain text.</summary>
    private static CoqlExpression? NarrowEquals(CoqlColumn column, string text, int position) =>
        Narrowed(column, new LikeShape(LikeShapeKind.Equals, text, IsSafe: false, [new CoqlLikePattern.Part(CoqlLikePattern.PartKind.Literal, text)]).Narrowing(), position);

    private static CoqlExpression? Narrowed(CoqlColumn column, IReadOnlyList<string> patterns, int position) =>
        And(patterns.Select(p => (CoqlExpression)Like(column, p, position)).ToList());

    private static CoqlLike Like(CoqlColumn column, string pattern, int position) =>
        new(column, new CoqlLiteral(pattern), null, Negated: false) { Position = position };

    /// <summary>SQL excludes nulls from negative predicates; the guard makes Zoho do so whatever its own rule is.</summary>
    private static CoqlExpression Guard(CoqlExpression negative, CoqlColumn column) =>
        string.Equals(column.ApiPath, "id", StringComparison.OrdinalIgnoreCase)
            ? negative
            : And([negative, new CoqlIsNull(column, Negated: true) { Position = negative.Position }])!;

    internal enum LikeShapeKind { Any, Equals, StartsWith, EndsWith, Contains, Other }

    /// <summary>The shape of a LIKE pattern as far as Zoho is concerned.</summary>
    internal sealed record LikeShape(LikeShapeKind Kind, string Text, bool IsSafe, IReadOnlyList<CoqlLikePattern.Part> Parts)
    {
        // Characters Zoho may read as wildcards or escapes inside a pattern.
        private static readonly char[] Unsafe = ['%', '_', '\\'];

        public static LikeShape Of(CoqlLikePattern pattern)
        {
            var parts = pattern.Parts;
            bool IsAny(int i) => parts[i].Kind == CoqlLikePattern.PartKind.AnyString;
            bool IsText(int i) => parts[i].Kind == CoqlLikePattern.PartKind.Literal;
            var kind = parts.Count switch
            {
                1 when IsAny(0) => LikeShapeKind.Any,
                1 when IsText(0) => LikeShapeKind.Equals,
                2 when IsText(0) && IsAny(1) => LikeShapeKind.StartsWith,
                2 when IsAny(0) && IsText(1) => LikeShapeKind.EndsWith,
                3 when IsAny(0) && IsText(1) && IsAny(2) => LikeShapeKind.Contains,
                _ => LikeShapeKind.Other,
            };
            var text = kind switch
            {
                LikeShapeKind.Equals or LikeShapeKind.StartsWith => parts[0].Text,
                LikeShapeKind.EndsWith or LikeShapeKind.Contains => parts[1].Text,
                _ => "",
            };
            return new LikeShape(kind, text, kind != LikeShapeKind.Other && text.IndexOfAny(Unsafe) < 0, parts);
        }

        /// <summary>
        /// The Zoho patterns whose AND matches every value this one does, built from its plain-text pieces: the
        /// starting and the ending piece where the pattern is anchored, else the longest piece as contains; empty when
        /// the pattern has no plain text (only wildcards and backslashes), which nothing narrows.
        /// </summary>
        public IReadOnlyList<string> Narrowing()
        {
            var chunks = new List<(string Text, bool AtStart, bool AtEnd)>();
            for (var i = 0; i < Parts.Count; i++)
            {
                if (Parts[i].Kind != CoqlLikePattern.PartKind.Literal) continue;
                var pieces = Parts[i].Text.Split(Unsafe);
                for (var j = 0; j < pieces.Length; j++)
                {
                    if (pieces[j].Length == 0) continue;
                    chunks.Add((pieces[j], i == 0 && j == 0, i == Parts.Count - 1 && j == pieces.Length - 1));
                }
            }

            if (chunks.Count == 0) return [];
            var start = chunks.FirstOrDefault(c => c.AtStart);
            var end = chunks.FirstOrDefault(c => c.AtEnd);
            if (start.Text is not null && end.Text is not null && chunks.Count > 1) return [start.Text + "%", "%" + end.Text];
            if (start.Text is not null) return [start.Text + "%"];
            if (end.Text is not null) return ["%" + end.Text];
            return ["%" + chunks.MaxBy(c => c.Text.Length).Text + "%"];
        }
    }
}

using System.Text;
using ZohoCrm.Data.Coql.Binding;
using ZohoCrm.Data.Coql.Parsing;
using ZohoCrm.Data.Coql.Syntax;

namespace ZohoCrm.Data.Coql.Rewriting;

/// <summary>
/// Prints a Zoho-ready predicate tree as COQL: every AND/OR node binary and parenthesised (Zoho rejects
/// <c>a and b and c</c>), split as a balanced tree so that long lists stay shallow.
/// </summary>
internal static class CoqlWriter
{
    public static string Column(string apiPath)
    {
        // Reserved words and unusual characters need quotes in Zoho COQL ('Order').
        foreach (var range in apiPath.AsSpan().Split('.'))
        {
            if (!IsPlainName(apiPath[range])) return CoqlLiteralFormatter.Quote(apiPath);
        }

        return apiPath;
    }

    private static bool IsPlainName(string segment) =>
        segment.Length > 0 && !CoqlParser.IsReservedWord(segment) && (char.IsLetter(segment[0]) || segment[0] == '_' || segment[0] == '$')
        && segment.All(c => char.IsLetterOrDigit(c) || c == '_' || c == '$');

    public static string Condition(CoqlExpression expression)
    {
        var builder = new StringBuilder();
        Write(builder, expression);
        return builder.ToString();
    }

    /// <summary>Appends <see cref="Condition"/>'s text to a query being written (no string of its own).</summary>
    public static void Write(StringBuilder builder, CoqlExpression expression)
    {
        switch (expression)
        {
            case CoqlAnd and:
                WriteBinary(builder, and.Operands, 0, and.Operands.Count, " and ");
                break;
            case CoqlOr or:
                WriteBinary(builder, or.Operands, 0, or.Operands.Count, " or ");
                break;
            case CoqlComparison { Left: CoqlColumn column, Right: CoqlLiteral literal } comparison:
                builder.Append(Column(column.ApiPath)).Append(' ').Append(comparison.Operator.ToText()).Append(' ');
                CoqlLiteralFormatter.Append(builder, literal.Value, CoqlValueKinds.Of(column.Field));
                break;
            case CoqlIn { Operand: CoqlColumn column } @in:
                builder.Append(Column(column.ApiPath)).Append(@in.Negated ? " not in (" : " in (");
                var kind = CoqlValueKinds.Of(column.Field);
                for (var i = 0; i < @in.Values.Count; i++)
                {
                    if (i > 0) builder.Append(", ");
                    CoqlLiteralFormatter.Append(builder, ((CoqlLiteral)@in.Values[i]).Value, kind);
                }

                builder.Append(')');
                break;
            case CoqlBetween { Operand: CoqlColumn column, Low: CoqlLiteral low, High: CoqlLiteral high } between:
                var betweenKind = CoqlValueKinds.Of(column.Field);
                builder.Append(Column(column.ApiPath)).Append(between.Negated ? " not between " : " between ")
                    .Append(CoqlLiteralFormatter.Format(low.Value, betweenKind)).Append(" and ")
                    .Append(CoqlLiteralFormatter.Format(high.Value, betweenKind));
                break;
            case CoqlLike { Operand: CoqlColumn column, Pattern: CoqlLiteral { Value: string pattern } } like:
                builder.Append(Column(column.ApiPath)).Append(like.Negated ? " not like " : " like ").Append(CoqlLiteralFormatter.Quote(pattern));
                break;
            case CoqlIsNull { Operand: CoqlColumn column } isNull:
                builder.Append(Column(column.ApiPath)).Append(isNull.Negated ? " is not null" : " is null");
                break;
            default:
                throw new InvalidOperationException("The planner produced a predicate Zoho cannot run: " + expression.GetType().Name);
        }
    }

    private static void WriteBinary(StringBuilder builder, IReadOnlyList<CoqlExpression> operands, int start, int count, string op)
    {
        if (count == 1)
        {
            Write(builder, operands[start]);
            return;
        }

        var half = count / 2 + count % 2;
        builder.Append('(');
        WriteBinary(builder, operands, start, half, op);
        builder.Append(op);
        WriteBinary(builder, operands, start + half, count - half, op);
        builder.Append(')');
    }
}

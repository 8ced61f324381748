using System.Globalization;
using ZohoCrm.Data.Coql.Binding;
using ZohoCrm.Data.Coql.Syntax;

namespace ZohoCrm.Data.Coql.Rewriting;

/// <summary>Prints bound expressions in the dialect, for plans and error messages.</summary>
internal static class CoqlDialectWriter
{
    public static string Describe(CoqlExpression expression) => expression switch
    {
        CoqlAnd and => "(" + string.Join(" AND ", and.Operands.Select(Describe)) + ")",
        CoqlOr or => "(" + string.Join(" OR ", or.Operands.Select(Describe)) + ")",
        CoqlNot not => "NOT " + Describe(not.Operand),
        CoqlComparison c => Describe(c.Left) + " " + c.Operator.ToText() + " " + Describe(c.Right),
        CoqlIn i => Describe(i.Operand) + (i.Negated ? " NOT IN (" : " IN (") + ValueList(i.Values) + ")",
        CoqlBetween b => Describe(b.Operand) + (b.Negated ? " NOT BETWEEN " : " BETWEEN ") + Describe(b.Low) + " AND " + Describe(b.High),
        CoqlLike l => Describe(l.Operand) + (l.Negated ? " NOT LIKE " : " LIKE ") + Describe(l.Pattern)
            + (l.Escape is null ? "" : " ESCAPE " + Describe(l.Escape)),
        CoqlIsNull n => Describe(n.Operand) + (n.Negated ? " IS NOT NULL" : " IS NULL"),
        CoqlColumn column => column.ApiPath,
        CoqlAggregate aggregate => aggregate.ToText(zoho: false),
        CoqlFunctionCall call => call.Name + "(" + string.Join(", ", call.Arguments.Select(Describe)) + ")",
        CoqlParameter parameter => "@" + parameter.Name,
        CoqlLiteral { Value: bool b } => b ? "TRUE" : "FALSE",
        CoqlLiteral literal => CoqlLiteralFormatter.Format(literal.Value, literal.Value is long ? CoqlValueKind.Integer : CoqlValueKind.Text),
        _ => expression.GetType().Name,
    };

    private static string ValueList(IReadOnlyList<CoqlExpression> values) => values.Count <= 5
        ? string.Join(", ", values.Select(Describe))
        : string.Join(", ", values.Take(3).Select(Describe)) + string.Format(CultureInfo.InvariantCulture, ", … ({0} values)", values.Count);
}

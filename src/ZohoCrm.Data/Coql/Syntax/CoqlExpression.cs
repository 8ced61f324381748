using ZohoCrm.Data.Metadata;

namespace ZohoCrm.Data.Coql.Syntax;

/// <summary>A node of the dialect's expression tree; <see cref="Position"/> is its offset in the command text.</summary>
internal abstract record CoqlExpression
{
    public int Position { get; init; } = -1;
}

/// <summary>A field or a lookup path (<c>Account_Name.Parent_Account.Account_Name</c>).</summary>
internal sealed record CoqlColumn(string Path) : CoqlExpression
{
    /// <summary>Set by the binder: the field the path ends on and the lookups it goes through.</summary>
    public CoqlFieldBinding? Binding { get; init; }

    public ZohoCrmFieldMetadata Field => Binding?.Field ?? throw new InvalidOperationException("The column " + Path + " is not bound.");

    /// <summary>The path with the metadata's spelling once bound.</summary>
    public string ApiPath => Binding?.ApiPath ?? Path;
}

/// <summary>
/// A constant. Parsed literals hold <see cref="string"/>, <see cref="long"/>, <see cref="decimal"/>, <see cref="bool"/> or
/// null; after binding, values compared with a field hold that field's CLR type (see <c>CoqlValueConverter</c>).
/// </summary>
internal sealed record CoqlLiteral(object? Value) : CoqlExpression
{
    public static readonly CoqlLiteral True = new(true);
    public static readonly CoqlLiteral False = new(false);
}

/// <summary>A named parameter (<c>@name</c>), replaced by a literal when the command is bound.</summary>
internal sealed record CoqlParameter(string Name) : CoqlExpression;

/// <summary>A scalar function call; Zoho has none, so these are evaluated on the client when allowed.</summary>
internal sealed record CoqlFunctionCall(string Name, IReadOnlyList<CoqlExpression> Arguments) : CoqlExpression;

internal enum CoqlAggregateFunction { Count, Sum, Min, Max, Avg }

/// <summary><c>COUNT(*)</c> (argument null), or an aggregate of a column.</summary>
internal sealed record CoqlAggregate(CoqlAggregateFunction Function, CoqlColumn? Argument) : CoqlExpression
{
    public string ToText(bool zoho) => Function.ToString().ToUpperInvariant() + "(" + (Argument is null ? (zoho ? "id" : "*") : Argument.ApiPath) + ")";
}

internal enum CoqlComparisonOperator { Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual }

internal sealed record CoqlComparison(CoqlExpression Left, CoqlComparisonOperator Operator, CoqlExpression Right) : CoqlExpression;

internal sealed record CoqlIn(CoqlExpression Operand, IReadOnlyList<CoqlExpression> Values, bool Negated) : CoqlExpression;

internal sealed record CoqlBetween(CoqlExpression Operand, CoqlExpression Low, CoqlExpression High, bool Negated) : CoqlExpression;

/// <summary><c>LIKE</c> with SQL wildcards <c>%</c> and <c>_</c>, and an optional one-character escape.</summary>
internal sealed record CoqlLike(CoqlExpression Operand, CoqlExpression Pattern, CoqlExpression? Escape, bool Negated) : CoqlExpression;

internal sealed record CoqlIsNull(CoqlExpression Operand, bool Negated) : CoqlExpression;

internal sealed record CoqlAnd(IReadOnlyList<CoqlExpression> Operands) : CoqlExpression;

internal sealed record CoqlOr(IReadOnlyList<CoqlExpression> Operands) : CoqlExpression;

internal sealed record CoqlNot(CoqlExpression Operand) : CoqlExpression;

/// <summary>How a bound column reaches its field: through zero, one or two lookups.</summary>
internal sealed record CoqlFieldBinding(ZohoCrmFieldMetadata Field, IReadOnlyList<ZohoCrmFieldMetadata> Lookups, string ApiPath)
{
    /// <summary>The lookup prefix a path joins through (<c>Account_Name</c> or <c>Account_Name.Parent_Account</c>), or null.</summary>
    public string? JoinPrefix => Lookups.Count == 0 ? null : ApiPath[..ApiPath.LastIndexOf('.')];
}

internal static class CoqlComparisonOperators
{
    public static CoqlComparisonOperator Negate(this CoqlComparisonOperator op) => op switch
    {
        CoqlComparisonOperator.Equal => CoqlComparisonOperator.NotEqual,
        CoqlComparisonOperator.NotEqual => CoqlComparisonOperator.Equal,
        CoqlComparisonOperator.Less => CoqlComparisonOperator.GreaterOrEqual,
        CoqlComparisonOperator.LessOrEqual => CoqlComparisonOperator.Greater,
        CoqlComparisonOperator.Greater => CoqlComparisonOperator.LessOrEqual,
        _ => CoqlComparisonOperator.Less,
    };

    /// <summary>The operator with its operands swapped (<c>5 &lt; x</c> is <c>x &gt; 5</c>).</summary>
    public static CoqlComparisonOperator Mirror(this CoqlComparisonOperator op) => op switch
    {
        CoqlComparisonOperator.Less => CoqlComparisonOperator.Greater,
        CoqlComparisonOperator.LessOrEqual => CoqlComparisonOperator.GreaterOrEqual,
        CoqlComparisonOperator.Greater => CoqlComparisonOperator.Less,
        CoqlComparisonOperator.GreaterOrEqual => CoqlComparisonOperator.LessOrEqual,
        _ => op,
    };

    public static string ToText(this CoqlComparisonOperator op) => op switch
    {
        CoqlComparisonOperator.Equal => "=",
        CoqlComparisonOperator.NotEqual => "!=",
        CoqlComparisonOperator.Less => "<",
        CoqlComparisonOperator.LessOrEqual => "<=",
        CoqlComparisonOperator.Greater => ">",
        _ => ">=",
    };
}

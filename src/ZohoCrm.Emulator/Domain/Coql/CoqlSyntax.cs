namespace ZohoCrm.Emulator.Domain.Coql;

/// <summary>A parsed SELECT statement, before its names are resolved against the org schema.</summary>
internal sealed record CoqlQuery(
    IReadOnlyList<CoqlSelectItem> Select,
    CoqlToken Module,
    string? CustomViewId,
    CoqlCondition? Where,
    IReadOnlyList<CoqlColumnRef> GroupBy,
    IReadOnlyList<CoqlOrderItem> OrderBy,
    CoqlToken? Limit,
    CoqlToken? Offset);

/// <summary>A column as written: <see cref="Path"/> has its quotes removed; <see cref="Token"/> says where it was.</summary>
internal sealed record CoqlColumnRef(string Path, CoqlToken Token);

/// <summary>
/// A SELECT item: a column, or an aggregate <c>FUNC(column)</c>. <see cref="Text"/> is the key a row carries
/// when there is no alias: the column path, or the function text such as <c>SUM(Annual_Revenue)</c>.
/// </summary>
internal sealed record CoqlSelectItem(CoqlColumnRef? Column, string? Function, string Text, string? Alias)
{
    public bool IsAggregate => Function is not null;

    public string Key => Alias ?? Text;
}

internal sealed record CoqlOrderItem(CoqlColumnRef Column, bool Descending);

internal enum CoqlOperator
{
    Equal,
    NotEqual,
    GreaterThan,
    GreaterOrEqual,
    LessThan,
    LessOrEqual,
    In,
    NotIn,
    Between,
    NotBetween,
    Like,
    NotLike,
    IsNull,
    IsNotNull,
}

internal abstract record CoqlCondition;

/// <summary>An AND or OR of exactly two operands: Zoho's grammar is binary.</summary>
internal sealed record CoqlLogical(bool IsAnd, CoqlCondition Left, CoqlCondition Right) : CoqlCondition;

/// <summary>
/// One criterion. <see cref="Values"/> holds the literal operands (one for comparisons, two for BETWEEN, the list
/// for IN); <see cref="Subquery"/> replaces them for <c>in (select …)</c> and <c>= (select …)</c>.
/// </summary>
internal sealed record CoqlPredicate(
    CoqlColumnRef Column,
    CoqlOperator Operator,
    string OperatorText,
    IReadOnlyList<CoqlToken> Values,
    CoqlQuery? Subquery) : CoqlCondition;

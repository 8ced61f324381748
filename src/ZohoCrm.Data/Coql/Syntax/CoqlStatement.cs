namespace ZohoCrm.Data.Coql.Syntax;

internal sealed record CoqlSelectItem(CoqlExpression Expression, string? Alias);

internal sealed record CoqlOrderItem(CoqlExpression Expression, bool Descending);

/// <summary>Any parsed statement of the dialect: a <see cref="CoqlStatement"/> (SELECT) or a <see cref="CoqlDmlStatement"/>.</summary>
internal abstract record CoqlCommandStatement
{
    public required string Module { get; init; }

    public int ModulePosition { get; init; }

    /// <summary>The names of the parameters the text uses, without the <c>@</c>.</summary>
    public IReadOnlySet<string> ParameterNames { get; init; } = new HashSet<string>();
}

/// <summary>A parsed <c>SELECT</c> of the dialect. Immutable, so one instance serves every execution of the same text.</summary>
internal sealed record CoqlStatement : CoqlCommandStatement
{
    public required IReadOnlyList<CoqlSelectItem> Select { get; init; }

    /// <summary><c>SELECT *</c>: every field COQL can read.</summary>
    public bool SelectAll { get; init; }

    public CoqlExpression? Where { get; init; }

    public IReadOnlyList<CoqlColumn> GroupBy { get; init; } = [];

    public IReadOnlyList<CoqlOrderItem> OrderBy { get; init; } = [];

    /// <summary>A literal or a parameter; null means every matching row.</summary>
    public CoqlExpression? Limit { get; init; }

    public CoqlExpression? Offset { get; init; }
}

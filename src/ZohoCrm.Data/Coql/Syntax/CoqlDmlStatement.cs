namespace ZohoCrm.Data.Coql.Syntax;

/// <summary>A field name written in a DML statement, with its offset in the text for error messages.</summary>
internal sealed record CoqlFieldName(string Name, int Position);

/// <summary>One <c>field = value</c> of an UPDATE's SET list; the value is a literal or a parameter.</summary>
internal sealed record CoqlAssignment(CoqlFieldName Field, CoqlExpression Value);

/// <summary>The statement keyword of a DML statement.</summary>
internal enum CoqlDmlKind
{
    Insert,
    Upsert,
    Update,
    Delete,
}

/// <summary>A parsed INSERT, UPSERT, UPDATE or DELETE of the dialect. Immutable, so one instance serves every execution of the same text.</summary>
internal abstract record CoqlDmlStatement : CoqlCommandStatement
{
    public abstract CoqlDmlKind Kind { get; }
}

/// <summary>
/// <c>INSERT INTO Module (field, ...) VALUES (value, ...)[, (...)]</c>, or the same with <c>UPSERT</c> and an optional
/// <c>DUPLICATE CHECK (field, ...)</c>; every row has one value (a literal or a parameter) per field.
/// </summary>
internal sealed record CoqlInsertStatement : CoqlDmlStatement
{
    public required bool IsUpsert { get; init; }

    public override CoqlDmlKind Kind => IsUpsert ? CoqlDmlKind.Upsert : CoqlDmlKind.Insert;

    public required IReadOnlyList<CoqlFieldName> Fields { get; init; }

    public required IReadOnlyList<IReadOnlyList<CoqlExpression>> Rows { get; init; }

    /// <summary>For UPSERT: the fields that find the existing record; empty for Zoho's default duplicate-check fields.</summary>
    public IReadOnlyList<CoqlFieldName> DuplicateCheck { get; init; } = [];
}

/// <summary>
/// <c>UPDATE Module SET field = value[, ...] [WHERE condition]</c> or <c>DELETE FROM Module [WHERE condition]</c>. The
/// condition is the SELECT dialect's: the records it matches are those of <see cref="MatchingIdsQuery"/>.
/// </summary>
internal sealed record CoqlChangeStatement : CoqlDmlStatement
{
    public required bool IsDelete { get; init; }

    public override CoqlDmlKind Kind => IsDelete ? CoqlDmlKind.Delete : CoqlDmlKind.Update;

    /// <summary>The SET list of an UPDATE; empty for a DELETE.</summary>
    public IReadOnlyList<CoqlAssignment> Assignments { get; init; } = [];

    /// <summary>The condition; null for every record of the module.</summary>
    public CoqlExpression? Where { get; init; }

    /// <summary>
    /// <c>SELECT id FROM Module [WHERE condition]</c>, the condition as written: the query the planner runs to find the
    /// records to change, so the condition gets the SELECT dialect's binding, pushdown and refusals.
    /// </summary>
    public required string MatchingIdsQuery { get; init; }
}

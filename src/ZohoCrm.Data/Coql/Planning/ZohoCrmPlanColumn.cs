using ZohoCrm.Data.Metadata;

namespace ZohoCrm.Data.Coql;

/// <summary>A column of the query's result.</summary>
internal sealed record ZohoCrmPlanColumn
{
    /// <summary>The column's name: its alias, its path (<c>Account_Name.Industry</c>) or its aggregate (<c>COUNT(*)</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The field the column reads, or the field an aggregate reads; null for COUNT(*) and constants.</summary>
    public ZohoCrmFieldMetadata? Field { get; init; }

    /// <summary>
    /// The key of the value in the rows Zoho returns (<c>Account_Name.Industry</c>, <c>COUNT(id)</c>), when the column
    /// is read straight from them; null when the client computes it (client-side aggregates, constants, functions).
    /// </summary>
    public string? SourcePath { get; init; }

    /// <summary>Whether the column is an aggregate.</summary>
    public bool IsAggregate { get; init; }

    /// <summary>The CLR type of the column's values (<see cref="IZohoCrmRow"/> lists them).</summary>
    public required Type ClrType { get; init; }
}

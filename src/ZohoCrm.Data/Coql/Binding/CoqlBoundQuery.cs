using ZohoCrm.Data.Coql.Syntax;
using ZohoCrm.Data.Metadata;

namespace ZohoCrm.Data.Coql.Binding;

/// <summary>One column of the result: its name (alias, path or aggregate text) and what produces it.</summary>
internal sealed record CoqlOutputColumn(string Name, CoqlExpression Expression);

/// <summary>A statement with its names resolved against metadata and its parameters bound as typed literals.</summary>
internal sealed record CoqlBoundQuery
{
    public required ZohoCrmModuleMetadata Module { get; init; }

    public required IReadOnlyList<CoqlOutputColumn> Outputs { get; init; }

    public CoqlExpression? Where { get; init; }

    public IReadOnlyList<CoqlColumn> GroupBy { get; init; } = [];

    public IReadOnlyList<CoqlOrderItem> OrderBy { get; init; } = [];

    /// <summary>Rows to return; null for every row.</summary>
    public long? Limit { get; init; }

    public long Offset { get; init; }

    public IEnumerable<CoqlAggregate> Aggregates =>
        Outputs.Select(o => o.Expression).Concat(OrderBy.Select(o => o.Expression)).OfType<CoqlAggregate>();

    public bool IsAggregate => GroupBy.Count > 0 || Aggregates.Any();
}

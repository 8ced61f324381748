using ZohoCrm.Emulator.Domain.Metadata;
using ZohoCrm.Emulator.Domain.Records;

namespace ZohoCrm.Emulator.Domain.Coql;

internal enum CoqlAggregate
{
    Count,
    Sum,
    Min,
    Max,
    Avg,
}

/// <summary>A SELECT item bound to the schema: the row key, its column, and the aggregate applied to it if any.</summary>
internal sealed record CoqlOutput(string Key, CoqlColumn Column, CoqlAggregate? Aggregate)
{
    /// <summary>The kind computed values compare as (COUNT, SUM and AVG are numbers whatever they read).</summary>
    public CoqlValueKind Kind => Aggregate is CoqlAggregate.Count or CoqlAggregate.Sum or CoqlAggregate.Avg
        ? CoqlValueKind.Decimal
        : Column.Kind;
}

/// <summary>An ORDER BY item: a column of the base records, or (for aggregate queries) the index of an output.</summary>
internal sealed record CoqlSort(CoqlColumn? Column, int OutputIndex, bool Descending)
{
    public CoqlValueKind Kind(IReadOnlyList<CoqlOutput> outputs) => Column?.Kind ?? outputs[OutputIndex].Kind;
}

/// <summary>A query checked against the schema and limits, with its filter compiled; ready to run any number of times.</summary>
internal sealed record CoqlBoundQuery(
    ModuleDefinition Module,
    IReadOnlyList<CoqlOutput> Outputs,
    Func<StoredRecord, bool>? Filter,
    IReadOnlyList<CoqlColumn> GroupBy,
    IReadOnlyList<CoqlSort> OrderBy,
    int Limit,
    int Offset)
{
    public bool IsAggregate => GroupBy.Count > 0 || Outputs.Any(o => o.Aggregate is not null);
}

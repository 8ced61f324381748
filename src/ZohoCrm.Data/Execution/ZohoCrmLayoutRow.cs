using ZohoCrm.Data.Coql;

namespace ZohoCrm.Data.Execution;

/// <summary>A row of a layout as the planner's client-side evaluator and paging cursor see it: values by API path.</summary>
internal sealed class ZohoCrmLayoutRow(ZohoCrmResultLayout layout, object?[] values) : IZohoCrmRow
{
    public object?[] Values => values;

    public object? GetValue(string path)
    {
        var ordinal = layout.ValueOrdinalOfKey(path);
        return ordinal >= 0 ? values[ordinal] : null;
    }
}

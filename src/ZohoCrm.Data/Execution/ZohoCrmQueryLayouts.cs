using System.Text.RegularExpressions;
using ZohoCrm.Data.Coql;
using ZohoCrm.Data.Coql.Binding;
using ZohoCrm.Data.Coql.Syntax;
using ZohoCrm.Data.Metadata;

namespace ZohoCrm.Data.Execution;

/// <summary>
/// The row layouts a plan is run with. The input layout holds every key the plan's calls select (plus <c>id</c> and
/// the display names of lookups), typed from metadata; rows are read into it. When the client has nothing to do but
/// read, the input layout puts the result columns first and is also what the reader shows (no copy per row).
/// Otherwise the client's processing projects input rows onto the output layout.
/// </summary>
internal sealed partial class ZohoCrmQueryLayouts
{
    private ZohoCrmQueryLayouts(ZohoCrmResultLayout input, ZohoCrmResultLayout output, bool direct, IReadOnlyList<(int Output, int InputName, int InputValue)> lookupNames)
    {
        Input = input;
        Output = output;
        IsDirect = direct;
        LookupNames = lookupNames;
    }

    public ZohoCrmResultLayout Input { get; }

    public ZohoCrmResultLayout Output { get; }

    /// <summary>Rows go from the calls to the reader untouched (<see cref="Input"/> is <see cref="Output"/>).</summary>
    public bool IsDirect { get; }

    /// <summary>For each lookup result column: its display-name column in the output and the input's name and id columns.</summary>
    public IReadOnlyList<(int Output, int InputName, int InputValue)> LookupNames { get; }

    public static ZohoCrmQueryLayouts For(ZohoCrmQueryPlan plan, IZohoCrmSchema schema)
    {
        var module = schema.FindModule(plan.Module);
        var keys = new List<string>();
        foreach (var step in plan.Steps)
        {
            keys.AddRange(step switch
            {
                ZohoCrmCoqlStep coql => coql.Columns.Select(Unquote),
                ZohoCrmSearchStep search => search.Fields,
                _ => [],
            });
        }

        foreach (var group in plan.StitchedColumnGroups)
        {
            keys.AddRange(group.Columns.Select(Unquote));
        }

        keys.Add("id");
        var processor = plan.Processor;
        var direct = NeedsNoClientWork(plan);
        var visible = new List<ZohoCrmResultColumn>();
        if (direct)
        {
            for (var i = 0; i < plan.Columns.Count; i++)
            {
                var path = ((CoqlColumn)processor.Outputs[i].Expression).ApiPath;
                visible.Add(OutputColumn(plan, i) with { JsonKey = path });
            }
        }

        var hidden = new List<ZohoCrmResultColumn>();
        var seen = new HashSet<string>(visible.Select(c => c.JsonKey), StringComparer.OrdinalIgnoreCase);
        foreach (var key in keys)
        {
            if (seen.Add(key))
            {
                var type = TypeOfKey(schema, module, key);
                hidden.Add(new ZohoCrmResultColumn(key, key, type) { BaseModule = plan.Module, BaseField = key });
                if (type.IsLookup())
                {
                    hidden.Add(new ZohoCrmResultColumn(key, key, type).ToLookupNameColumn());
                }
            }
        }

        var input = ZohoCrmResultLayout.ForSelect(visible, hidden);
        if (direct)
        {
            return new ZohoCrmQueryLayouts(input, input, direct: true, []);
        }

        var outputs = Enumerable.Range(0, plan.Columns.Count).Select(i => OutputColumn(plan, i)).ToList();
        var output = ZohoCrmResultLayout.ForSelect(outputs);
        var lookupNames = new List<(int, int, int)>();
        for (var i = 0; i < outputs.Count; i++)
        {
            if (processor.Outputs[i].Expression is CoqlColumn column && outputs[i].ZohoType.IsLookup())
            {
                var nameOrdinal = output.OrdinalOf(outputs[i].Name + ZohoCrmResultColumn.LookupNameSuffix);
                input.TryGetBinding(column.ApiPath, out var binding);
                if (nameOrdinal >= 0 && binding.NameOrdinal >= 0)
                {
                    lookupNames.Add((nameOrdinal, binding.NameOrdinal, binding.ValueOrdinal));
                }
            }
        }

        return new ZohoCrmQueryLayouts(input, output, direct: false, lookupNames);
    }

    /// <summary>Whether the client has nothing to do but hand rows over: no residual, merge, grouping, ordering or paging of its own.</summary>
    private static bool NeedsNoClientWork(ZohoCrmQueryPlan plan)
    {
        var p = plan.Processor;
        return p.Residual is null && !p.DeduplicateById && p.MaxRowsRead is null && p.ClientGroupBy is null && p.ServerAggregateKeys is null
            && p.ClientOrderBy is not { Count: > 0 } && p.ClientOffset == 0 && p.ClientLimit is null && plan.StitchedColumnGroups.Count == 0
            && p.Outputs.All(o => o.Expression is CoqlColumn)
            && p.Outputs.Select(o => ((CoqlColumn)o.Expression).ApiPath).Distinct(StringComparer.OrdinalIgnoreCase).Count() == p.Outputs.Count;
    }

    private static ZohoCrmResultColumn OutputColumn(ZohoCrmQueryPlan plan, int index)
    {
        var column = plan.Columns[index];
        var expression = plan.Processor.Outputs[index].Expression;
        var type = expression switch
        {
            CoqlAggregate { Function: CoqlAggregateFunction.Count } => ZohoCrmFieldType.BigInt,
            CoqlAggregate { Function: CoqlAggregateFunction.Avg } => ZohoCrmFieldType.Double,
            CoqlAggregate { Function: CoqlAggregateFunction.Sum } when column.ClrType == typeof(long) => ZohoCrmFieldType.BigInt,
            CoqlAggregate { Function: CoqlAggregateFunction.Sum } => ZohoCrmFieldType.Double,
            CoqlAggregate when column.ClrType == typeof(long) => ZohoCrmFieldType.BigInt,
            _ => column.Field?.ValueType ?? ZohoCrmFieldType.Unknown,
        };
        var path = expression is CoqlColumn c ? c.ApiPath : null;
        return new ZohoCrmResultColumn(column.Name, path ?? column.Name, type)
        {
            ClrType = column.ClrType,
            BaseModule = path is null ? null : plan.Module,
            BaseField = path,
            IsAggregate = column.IsAggregate,
            IsAliased = path is not null && !string.Equals(path, column.Name, StringComparison.OrdinalIgnoreCase),
        };
    }

    /// <summary>A select item as Zoho keys it in the rows: without the quotes COQL needs for reserved words.</summary>
    public static string Unquote(string item) =>
        item.Length >= 2 && item[0] == '\'' && item[^1] == '\'' ? item[1..^1].Replace("''", "'", StringComparison.Ordinal) : item;

    /// <summary>The Zoho type of a row key: a field path followed through lookups, <c>id</c>, or an aggregate's text.</summary>
    public static ZohoCrmFieldType TypeOfKey(IZohoCrmSchema schema, ZohoCrmModuleMetadata? module, string key)
    {
        var aggregate = AggregatePattern().Match(key);
        if (aggregate.Success)
        {
            var function = aggregate.Groups[1].Value.ToUpperInvariant();
            if (function == "COUNT")
            {
                return ZohoCrmFieldType.BigInt;
            }

            var argument = TypeOfKey(schema, module, Unquote(aggregate.Groups[2].Value));
            return function == "AVG" ? ZohoCrmFieldType.Double : argument;
        }

        if (module is not null && string.Equals(key, CoqlBuiltInModules.RelatedModule.ApiName, StringComparison.OrdinalIgnoreCase) && CoqlBuiltInModules.HasRelatedModule(module))
        {
            return CoqlBuiltInModules.RelatedModule.ValueType;
        }

        var segments = key.Split('.');
        for (var i = 0; i < segments.Length && module is not null; i++)
        {
            if (string.Equals(segments[i], "id", StringComparison.OrdinalIgnoreCase))
            {
                return i == segments.Length - 1 ? ZohoCrmFieldType.BigInt : ZohoCrmFieldType.Unknown;
            }

            var field = module.FindField(segments[i]);
            if (field is null)
            {
                return ZohoCrmFieldType.Unknown;
            }

            if (i == segments.Length - 1)
            {
                return field.ValueType;
            }

            var target = CoqlBuiltInModules.TargetModule(field);
            module = target is null ? null : schema.FindModule(target) ?? CoqlBuiltInModules.Find(target);
        }

        return ZohoCrmFieldType.Unknown;
    }

    [GeneratedRegex(@"^(COUNT|SUM|MIN|MAX|AVG)\((.+)\)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AggregatePattern();
}

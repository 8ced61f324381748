using System.Globalization;
using ZohoCrm.Emulator.Domain.Metadata;
using ZohoCrm.Emulator.Domain.Records;

namespace ZohoCrm.Emulator.Domain.Coql;

/// <summary>
/// Checks a parsed query against the org schema and Zoho's limits (api.md §3), resolves its columns and compiles
/// its filter. Subqueries are run here, once, through <see cref="_runSubquery"/>.
/// </summary>
internal sealed class CoqlBinder
{
    public const int DefaultLimit = 200;
    public const int MaxLimit = 2000;
    public const int MaxWindow = 100_000;
    private const int MaxCriteria = 25;
    private const int MaxAggregates = 5;
    private const int MaxGroupBy = 4;
    private const int MaxOrderBy = 10;
    private const int MaxSubqueries = 5;
    private const int MaxSubqueryRows = 100;
    private const int MaxWhereJoins = 5;
    private const int MaxSelectJoins = 15;

    private static readonly Dictionary<string, CoqlAggregate> Functions = new(StringComparer.Ordinal)
    {
        ["COUNT"] = CoqlAggregate.Count, ["SUM"] = CoqlAggregate.Sum, ["MIN"] = CoqlAggregate.Min,
        ["MAX"] = CoqlAggregate.Max, ["AVG"] = CoqlAggregate.Avg,
    };

    private readonly OrgSchema _schema;
    private readonly CoqlColumnResolver _resolver;
    private readonly CoqlPredicateCompiler _predicates;
    private readonly bool _strict;
    private readonly int _selectColumnCap;
    private readonly Func<CoqlBoundQuery, IReadOnlyList<object?>> _runSubquery;
    private readonly Action<string>? _authorizeModule;
    private int _subqueries;

    public CoqlBinder(OrgSchema schema, IRecordLookup records, bool strict, int selectColumnCap,
        Func<CoqlBoundQuery, IReadOnlyList<object?>> runSubquery, Action<string>? authorizeModule = null)
    {
        _authorizeModule = authorizeModule;
        _schema = schema;
        _resolver = new CoqlColumnResolver(schema, records);
        _predicates = new CoqlPredicateCompiler(strict);
        _strict = strict;
        _selectColumnCap = selectColumnCap;
        _runSubquery = runSubquery;
    }

    public CoqlBoundQuery Bind(CoqlQuery query)
    {
        var module = _schema.FindModule(query.Module.Text);
        if (module is null || !module.ApiSupported)
        {
            throw CoqlErrors.InvalidModule();
        }

        // The caller checks the token may read this module before any record of it is read.
        _authorizeModule?.Invoke(module.ApiName);

        if (query.CustomViewId is { } cvid)
        {
            // The emulated org has no custom views a query could name.
            throw CoqlErrors.InvalidCustomView(cvid);
        }

        if (query.Select.Count > _selectColumnCap)
        {
            throw CoqlErrors.LimitExceeded("select_columns", _selectColumnCap, $"more than {_selectColumnCap} columns in select");
        }

        var outputs = BindSelect(module, query.Select);
        if (Joins(outputs.Select(o => o.Column.Path)) > MaxSelectJoins)
        {
            throw CoqlErrors.LimitExceeded("select_joins", MaxSelectJoins, $"more than {MaxSelectJoins} lookup relations in select");
        }
        var groupBy = BindGroupBy(module, query, outputs);
        var orderBy = BindOrderBy(module, query, outputs, groupBy.Count > 0 || outputs.Any(o => o.Aggregate is not null));

        Func<StoredRecord, bool>? filter = null;
        if (query.Where is { } where)
        {
            if (CountCriteria(where) > MaxCriteria)
            {
                throw CoqlErrors.LimitExceeded("criteria", MaxCriteria, $"more than {MaxCriteria} criteria in where");
            }

            if (Joins(ColumnsOf(where)) > MaxWhereJoins)
            {
                throw CoqlErrors.LimitExceeded("where_joins", MaxWhereJoins, $"more than {MaxWhereJoins} lookup relations in where");
            }

            filter = BindCondition(module, where);
        }

        var (limit, offset) = BindLimit(query);
        return new CoqlBoundQuery(module, outputs, filter, groupBy, orderBy, limit, offset);
    }

    private List<CoqlOutput> BindSelect(ModuleDefinition module, IReadOnlyList<CoqlSelectItem> items)
    {
        var outputs = new List<CoqlOutput>(items.Count);
        foreach (var item in items)
        {
            if (item.Alias is { } alias && alias.Trim().Length == 0)
            {
                throw CoqlErrors.EmptyAlias(item.Text);
            }

            if (item.Function is not { } name)
            {
                outputs.Add(new CoqlOutput(item.Key, _resolver.Resolve(module, item.Column!.Path), null));
                continue;
            }

            var key = _strict ? name : name.ToUpperInvariant();
            if (!Functions.TryGetValue(key, out var aggregate))
            {
                throw CoqlErrors.UnsupportedFunction(item.Text);
            }

            var path = item.Column!.Path;
            CoqlColumn column;
            if (path == "*")
            {
                // COUNT(*) is UNCONFIRMED for Zoho: lenient mode counts rows with it.
                if (_strict || aggregate != CoqlAggregate.Count)
                {
                    throw CoqlErrors.InvalidColumn(path);
                }

                column = _resolver.Resolve(module, "id");
            }
            else
            {
                column = _resolver.Resolve(module, path);
            }

            if (!AcceptsAggregate(column, aggregate))
            {
                throw CoqlErrors.DataTypeNotSupported(path, name.ToUpperInvariant());
            }

            outputs.Add(new CoqlOutput(item.Key, column, aggregate));
        }

        var aggregates = outputs.Where(o => o.Aggregate is not null).ToList();
        if (aggregates.Count > MaxAggregates)
        {
            throw CoqlErrors.LimitExceeded("aggregate_functions", MaxAggregates, $"more than {MaxAggregates} aggregate functions in select");
        }

        var seenColumns = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var seenAggregates = new HashSet<(CoqlAggregate, string)>();
        foreach (var output in outputs)
        {
            var path = output.Column.Path;
            if (output.Aggregate is { } aggregate)
            {
                if (!seenAggregates.Add((aggregate, path.ToUpperInvariant())))
                {
                    throw CoqlErrors.DuplicateAggregate(path, aggregate.ToString().ToUpperInvariant());
                }
            }
            else if (!seenColumns.Add(path))
            {
                throw CoqlErrors.DuplicateColumn(path);
            }
        }

        foreach (var group in items.Where(i => i.Alias is not null).GroupBy(i => i.Alias!, StringComparer.OrdinalIgnoreCase))
        {
            if (group.Count() > 1)
            {
                throw CoqlErrors.DuplicateAlias(group.Select(i => i.Text).ToList(), group.Key);
            }

            var clash = items.FirstOrDefault(i => i.Alias is null && string.Equals(i.Text, group.Key, StringComparison.OrdinalIgnoreCase));
            if (clash is not null)
            {
                throw CoqlErrors.AliasClash(clash.Text, group.Key);
            }
        }

        return outputs;
    }

    /// <summary>COUNT takes numbers, lookups and picklists; SUM and AVG numbers; MIN and MAX numbers and dates.</summary>
    private bool AcceptsAggregate(CoqlColumn column, CoqlAggregate aggregate) => aggregate switch
    {
        CoqlAggregate.Count => !_strict || column.Kind is CoqlValueKind.Decimal or CoqlValueKind.Long or CoqlValueKind.Reference
            || column.Type == FieldDataType.Picklist,
        CoqlAggregate.Sum or CoqlAggregate.Avg => column.Kind is CoqlValueKind.Decimal or CoqlValueKind.Long && !column.RendersIdOnly,
        _ => column.Kind is CoqlValueKind.Decimal or CoqlValueKind.Long or CoqlValueKind.Date or CoqlValueKind.DateTime,
    };

    private List<CoqlColumn> BindGroupBy(ModuleDefinition module, CoqlQuery query, List<CoqlOutput> outputs)
    {
        if (query.GroupBy.Count > MaxGroupBy)
        {
            throw CoqlErrors.LimitExceeded("group_by", MaxGroupBy, $"more than {MaxGroupBy} columns in group by");
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var groupBy = new List<CoqlColumn>();
        foreach (var column in query.GroupBy)
        {
            if (!seen.Add(column.Path))
            {
                throw CoqlErrors.DuplicateColumn(column.Path, "duplicate group by column");
            }

            groupBy.Add(_resolver.Resolve(module, column.Path));
        }

        if (groupBy.Count > 0 || outputs.Any(o => o.Aggregate is not null))
        {
            foreach (var output in outputs.Where(o => o.Aggregate is null))
            {
                if (!seen.Contains(output.Column.Path))
                {
                    throw CoqlErrors.NotGrouped(output.Column.Path);
                }
            }
        }

        return groupBy;
    }

    private List<CoqlSort> BindOrderBy(ModuleDefinition module, CoqlQuery query, List<CoqlOutput> outputs, bool aggregateQuery)
    {
        if (query.OrderBy.Count > MaxOrderBy)
        {
            throw CoqlErrors.LimitExceeded("order_by", MaxOrderBy, $"more than {MaxOrderBy} columns in order by");
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var sorts = new List<CoqlSort>();
        foreach (var item in query.OrderBy)
        {
            var name = item.Column.Path;
            if (!seen.Add(name))
            {
                throw CoqlErrors.DuplicateColumn(name, "duplicate order by column");
            }

            // An alias or an aggregate's text names an output; anything else is a column path.
            var index = outputs.FindIndex(o => string.Equals(o.Key, name, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                index = query.Select.ToList().FindIndex(s => s.IsAggregate && string.Equals(s.Text, name, StringComparison.OrdinalIgnoreCase));
            }

            if (aggregateQuery)
            {
                if (index < 0)
                {
                    index = outputs.FindIndex(o => o.Aggregate is null && string.Equals(o.Column.Path, name, StringComparison.OrdinalIgnoreCase));
                }

                if (index < 0)
                {
                    throw CoqlErrors.NotGrouped(name);
                }

                sorts.Add(new CoqlSort(null, index, item.Descending));
                continue;
            }

            var column = index >= 0 ? outputs[index].Column : _resolver.Resolve(module, name);
            if (!column.Sortable)
            {
                throw CoqlErrors.UnsupportedColumn(name);
            }

            sorts.Add(new CoqlSort(column, -1, item.Descending));
        }

        return sorts;
    }

    private Func<StoredRecord, bool> BindCondition(ModuleDefinition module, CoqlCondition condition)
    {
        switch (condition)
        {
            case CoqlLogical logical:
                var left = BindCondition(module, logical.Left);
                var right = BindCondition(module, logical.Right);
                return logical.IsAnd ? r => left(r) && right(r) : r => left(r) || right(r);
            case CoqlPredicate predicate:
                var column = _resolver.Resolve(module, predicate.Column.Path);
                if (predicate.Operator is CoqlOperator.In or CoqlOperator.NotIn && predicate.Values.Count > 100)
                {
                    throw CoqlErrors.LimitExceeded("in_values", 100, "more than 100 values given for the in operator");
                }

                var subqueryValues = predicate.Subquery is { } subquery ? RunSubquery(subquery, predicate.Operator, predicate.OperatorText) : null;
                return _predicates.Compile(column, predicate, subqueryValues);
            default:
                throw new InvalidOperationException($"Unknown condition {condition.GetType().Name}.");
        }
    }

    private IReadOnlyList<object?> RunSubquery(CoqlQuery subquery, CoqlOperator op, string operatorText)
    {
        // Zoho numbers subqueries from 0 (sub_query_sequence in its examples).
        var sequence = _subqueries++;
        if (sequence >= MaxSubqueries)
        {
            throw CoqlErrors.LimitExceeded("sub_query", MaxSubqueries, $"more than {MaxSubqueries} subqueries in a query");
        }

        try
        {
            if (subquery.Select.Count != 1 || subquery.Select[0].IsAggregate)
            {
                throw CoqlErrors.SubqueryColumns(sequence, subquery.Select.Select(i => i.Text).ToList());
            }

            var bound = Bind(subquery) with { Limit = MaxSubqueryRows, Offset = 0 };
            var values = _runSubquery(bound);
            if (op is CoqlOperator.Equal or CoqlOperator.NotEqual && values.Count > 1)
            {
                throw CoqlErrors.SubqueryTooManyValues(sequence, operatorText);
            }

            return values;
        }
        catch (Errors.ZohoApiException error)
        {
            throw CoqlErrors.InSubquery(error, sequence);
        }
    }

    private (int Limit, int Offset) BindLimit(CoqlQuery query)
    {
        var limit = DefaultLimit;
        if (query.Limit is { } limitToken)
        {
            if (limitToken.Kind != CoqlTokenKind.Number || !long.TryParse(limitToken.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
            {
                throw CoqlErrors.InvalidLimit(limitToken.Text);
            }

            if (parsed <= 0)
            {
                throw CoqlErrors.LimitNotPositive();
            }

            if (parsed > MaxLimit)
            {
                throw CoqlErrors.LimitExceeded("limit", MaxLimit);
            }

            limit = (int)parsed;
        }

        var offset = 0L;
        if (query.Offset is { } offsetToken
            && (offsetToken.Kind != CoqlTokenKind.Number
                || !long.TryParse(offsetToken.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out offset) || offset < 0))
        {
            throw CoqlErrors.InvalidOffset(offsetToken.Text);
        }

        if (limit + offset > MaxWindow)
        {
            throw CoqlErrors.LimitExceeded("limit_offset", MaxWindow,
                $"limit + offset may not exceed {MaxWindow}; page further with a key-set condition such as id > '<last id>'");
        }

        return (limit, (int)offset);
    }

    /// <summary>
    /// Distinct lookup relations ("joins") the paths traverse: <c>Account_Name.Parent_Account.Account_Name</c> uses
    /// <c>Account_Name</c> and <c>Account_Name.Parent_Account</c>.
    /// </summary>
    private static int Joins(IEnumerable<string> paths)
    {
        var relations = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in paths)
        {
            var segments = path.Split('.');
            var start = segments[0].StartsWith('!') ? 1 : 0;
            for (var end = start + 1; end < segments.Length; end++)
            {
                relations.Add(string.Join('.', segments[start..end]));
            }
        }

        return relations.Count;
    }

    private static IEnumerable<string> ColumnsOf(CoqlCondition condition) => condition switch
    {
        CoqlLogical logical => ColumnsOf(logical.Left).Concat(ColumnsOf(logical.Right)),
        CoqlPredicate predicate => [predicate.Column.Path],
        _ => [],
    };

    private static int CountCriteria(CoqlCondition condition) => condition switch
    {
        CoqlLogical logical => CountCriteria(logical.Left) + CountCriteria(logical.Right),
        _ => 1,
    };
}

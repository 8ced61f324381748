using ZohoCrm.Data.Coql.Binding;
using ZohoCrm.Data.Coql.Evaluation;
using ZohoCrm.Data.Coql.Rewriting;
using ZohoCrm.Data.Coql.Search;
using ZohoCrm.Data.Coql.Syntax;
using ZohoCrm.Data.Metadata;
using ZohoCrm.Data.Properties;

namespace ZohoCrm.Data.Coql.Planning;

/// <summary>Decides the routing of one bound query; see <see cref="ZohoCrmQueryPlanner"/>.</summary>
internal sealed class CoqlPlanBuilder(string commandText, CoqlBoundQuery query, CoqlExpression where, ZohoCrmQueryPlannerOptions options)
{
    private readonly List<string> _needsPermission = [];
    private readonly List<string> _clientWork = [];

    /// <summary>Set by <see cref="Build"/> when the plan needs client-side work the options do not allow.</summary>
    public ZohoCrmCapabilityRefusal? Refusal { get; private set; }

    public ZohoCrmQueryPlan Build()
    {
        RefuseOrderingByRelatedModule();
        if (where is CoqlLiteral { Value: false } || query.Limit == 0)
            return NoCall();
        if (!options.UseServerSideFiltering)
            return FullScan();

        var pushdown = CoqlPushdown.ToCoql(where);
        if (pushdown.Unpushable.Any(SearchCriteria.IsMultiLineSearchable))
        {
            var criteria = SearchCriteria.Build(where, out _);
            if (criteria is not null) return SearchPlan(criteria, pushdown);
        }

        foreach (var atom in pushdown.Unpushable)
            _needsPermission.Add(ZohoCrmStrings.CoqlClientReasonPredicate(CoqlDialectWriter.Describe(atom), WhyUnpushable(atom)));
        return CoqlPlan(pushdown);
    }

    /// <summary>
    /// <c>$se_module</c> is read after the rows, from the records API: Zoho can neither filter, sort nor group by it.
    /// A WHERE on it is checked on the client like any predicate Zoho cannot evaluate; sorting and grouping are refused.
    /// </summary>
    private void RefuseOrderingByRelatedModule()
    {
        var clauses = new (string Clause, IEnumerable<CoqlColumn> Columns)[]
        {
            ("ORDER BY", query.OrderBy.SelectMany(o => CoqlBinder.Columns(o.Expression))),
            ("GROUP BY", query.GroupBy),
            ("an aggregate", query.Aggregates.Select(a => a.Argument).OfType<CoqlColumn>()),
        };
        foreach (var (clause, columns) in clauses)
        {
            if (columns.Any(c => CoqlBuiltInModules.IsRelatedModule(c.Binding?.Field)))
                throw new ZohoCrmQueryException(ZohoCrmStrings.CoqlRelatedModuleNotOrderable(query.Module.ApiName, clause));
        }
    }

    // ---------------------------------------------------------------- routes

    private ZohoCrmQueryPlan NoCall() => Finish([], [], new CoqlRowProcessor
    {
        Outputs = query.Outputs,
        // No row can pass; aggregates without GROUP BY still answer one row (COUNT = 0) unless LIMIT 0.
        Residual = CoqlLiteral.False,
        ClientGroupBy = query.IsAggregate ? query.GroupBy : null,
        ClientLimit = query.Limit,
    }, pushedFilter: static () => null, clientFilter: null);

    private ZohoCrmQueryPlan FullScan()
    {
        _clientWork.Add(ZohoCrmStrings.CoqlClientWorkFullScan);
        var columns = NeededColumns(includeWhere: true, includeOrder: true, clientGrouping: query.IsAggregate);
        var order = new List<CoqlSortKey> { IdSortKey(false) };
        var (primary, stitched) = SplitColumns(columns, order);
        var step = new ZohoCrmCoqlStep(Template(primary, null, order), null, 0, options.MaxPageSize, options.OffsetWindow, isFullScan: true);
        var processor = ClientProcessor(residual: IsTrue(where) ? null : where, clientGrouping: query.IsAggregate,
            clientOrder: query.OrderBy.Count > 0, clientLimit: true, deduplicate: false);
        return Finish([step], stitched, processor, pushedFilter: static () => null, clientFilter: IsTrue(where) ? null : CoqlDialectWriter.Describe(where));
    }

    private ZohoCrmQueryPlan SearchPlan(string criteria, CoqlPushdownResult pushdown)
    {
        foreach (var atom in pushdown.Unpushable.Where(a => !SearchCriteria.CanNarrow(a)))
            _needsPermission.Add(ZohoCrmStrings.CoqlClientReasonPredicate(CoqlDialectWriter.Describe(atom), WhyUnpushable(atom)));
        _clientWork.Add(ZohoCrmStrings.CoqlClientWorkSearchRecheck);

        var columns = NeededColumns(includeWhere: true, includeOrder: true, clientGrouping: query.IsAggregate);
        var relatedModule = TakeRelatedModule(columns);
        // Search returns the module's own fields; lookup paths and fields beyond its cap are read by id with COQL.
        var own = columns.Where(c => c.Binding!.Lookups.Count == 0).Take(options.MaxSelectColumns).ToList();
        var rest = columns.Except(own).ToList();
        var stitched = rest.Chunk(options.MaxSelectColumns).Select(chunk => new ZohoCrmColumnGroup(Template(chunk, null, []))).ToList();
        if (relatedModule is not null) stitched.Add(relatedModule);
        var step = new ZohoCrmSearchStep(query.Module.ApiName, criteria, own.Count == 0 ? ["id"] : own.Select(c => c.ApiPath).ToList());
        var processor = ClientProcessor(residual: where, clientGrouping: query.IsAggregate, clientOrder: query.OrderBy.Count > 0, clientLimit: true, deduplicate: false);
        return Finish([step], stitched, processor, pushedFilter: () => "Search criteria " + criteria, clientFilter: CoqlDialectWriter.Describe(where));
    }

    private ZohoCrmQueryPlan CoqlPlan(CoqlPushdownResult pushdown)
    {
        var residual = pushdown.Exact ? null : Residual(where);
        var zohoWhere = pushdown.Expression;

        // Fit Zoho's criteria and join limits, leaving room for a keyset predicate when paging may need one.
        var singleCall = residual is null && query.Limit is { } l && l <= options.MaxPageSize && query.Offset + l <= options.OffsetWindow;
        var reserve = singleCall ? 0 : KeysetReserve();
        var wheres = FitCriteria(zohoWhere, reserve, ref residual);
        var union = wheres.Count > 1;
        if (union) _clientWork.Add(ZohoCrmStrings.CoqlClientWorkUnion(wheres.Count));
        if (residual is not null && !pushdown.Exact) _clientWork.Add(ZohoCrmStrings.CoqlClientWorkRecheck);

        // Aggregates: Zoho computes them when the filter is exact and each aggregate is one it has.
        var aggregateProblem = query.IsAggregate ? AggregateProblem() : null;
        var serverAggregates = query.IsAggregate && residual is null && !union && aggregateProblem is null;
        var clientGrouping = query.IsAggregate && !serverAggregates;
        if (clientGrouping)
        {
            if (aggregateProblem is not null && residual is null && !union) _needsPermission.Add(aggregateProblem);
            else _clientWork.Add(ZohoCrmStrings.CoqlClientWorkGrouping);
        }

        // Ordering.
        List<CoqlSortKey> serverOrder;
        bool clientOrder;
        if (serverAggregates)
        {
            var groupOrder = query.OrderBy.All(o => o.Expression is CoqlColumn c && query.GroupBy.Any(g => SamePath(g, c)) && IsSortable(c));
            serverOrder = groupOrder ? query.OrderBy.Select(o => SortKey((CoqlColumn)o.Expression, o.Descending)).ToList() : [];
            clientOrder = !groupOrder;
            if (clientOrder) _clientWork.Add(ZohoCrmStrings.CoqlClientWorkGroupOrder);
        }
        else if (clientGrouping)
        {
            serverOrder = [];
            clientOrder = query.OrderBy.Count > 0;
        }
        else
        {
            var problem = OrderProblem();
            clientOrder = problem is not null || (union && query.OrderBy.Count > 0);
            if (problem is not null)
            {
                if (residual is null && !union) _needsPermission.Add(problem);
                else _clientWork.Add(problem);
            }

            serverOrder = problem is null ? query.OrderBy.Select(o => SortKey((CoqlColumn)o.Expression, o.Descending)).ToList() : [];
        }

        var pushLimit = residual is null && !clientOrder && !clientGrouping && !union;
        long? stepLimit = pushLimit ? query.Limit
            : union && !clientGrouping && serverOrder.Count == query.OrderBy.Count && query.Limit is { } limit ? limit + query.Offset
            : null;
        // Aggregates without GROUP BY answer one row: asking for one keeps the call at Zoho's cheapest credit band.
        if (pushLimit && serverAggregates && query.GroupBy.Count == 0)
            stepLimit = Math.Min(stepLimit ?? 1, 1);
        var stepOffset = pushLimit ? query.Offset : 0;
        var multiCall = !(stepLimit is { } s && s <= options.MaxPageSize && stepOffset + s <= options.OffsetWindow);
        if (multiCall && !serverAggregates && serverOrder.Count < options.MaxOrderBy && !serverOrder.Any(o => o.Column is { } c && CoqlQueryTemplate.IsId(c)))
            serverOrder.Add(IdSortKey(false));

        // Columns.
        List<string> select;
        List<string>? groupBy = null;
        IReadOnlyList<ZohoCrmColumnGroup> stitched = [];
        Dictionary<string, string>? serverAggregateKeys = null;
        if (serverAggregates)
        {
            serverAggregateKeys = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var aggregate in query.Aggregates)
                serverAggregateKeys[aggregate.ToText(zoho: false)] = ZohoAggregateText(aggregate);
            groupBy = query.GroupBy.Select(g => CoqlWriter.Column(g.ApiPath)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            select = groupBy.Concat(serverAggregateKeys.Values.Distinct(StringComparer.OrdinalIgnoreCase)).ToList();
        }
        else
        {
            var columns = NeededColumns(includeWhere: false, includeOrder: true, clientGrouping: clientGrouping);
            foreach (var column in residual is null ? [] : CoqlBinder.Columns(residual)) AddColumn(columns, column);
            foreach (var key in serverOrder.Where(k => k.Column is not null)) AddColumn(columns, key.Column!);
            var (primary, groups) = SplitColumns(columns, serverOrder);
            select = primary;
            stitched = groups;
        }

        var steps = wheres.Select(w => (ZohoCrmPlanStep)new ZohoCrmCoqlStep(
            new CoqlQueryTemplate(query.Module.ApiName, select, w, serverOrder, groupBy), stepLimit, stepOffset,
            PageSize(serverAggregates ? GroupCountBound() : IdCountBound(w), stepLimit), options.OffsetWindow, isFullScan: w is null)).ToList();

        var processor = new CoqlRowProcessor
        {
            Outputs = query.Outputs,
            Residual = residual,
            DeduplicateById = union,
            ServerAggregateKeys = serverAggregateKeys,
            SingleAggregateRow = serverAggregates && query.GroupBy.Count == 0,
            ClientGroupBy = clientGrouping ? query.GroupBy : null,
            ClientOrderBy = clientOrder ? query.OrderBy : null,
            ClientOffset = pushLimit ? 0 : query.Offset,
            ClientLimit = pushLimit ? null : query.Limit,
        };
        return Finish(steps, stitched, processor, () => PushedFilter(wheres),
            residual is null ? null : CoqlDialectWriter.Describe(residual));
    }

    private static string? PushedFilter(List<CoqlExpression?> wheres)
    {
        var pushed = wheres.Where(w => w is not null).Select(w => CoqlWriter.Condition(w!)).ToList();
        return pushed.Count == 0 ? null : string.Join(" | ", pushed);
    }

    private ZohoCrmQueryPlan Finish(IReadOnlyList<ZohoCrmPlanStep> steps, IReadOnlyList<ZohoCrmColumnGroup> stitched, CoqlRowProcessor processor,
        Func<string?> pushedFilter, string? clientFilter)
    {
        long? cap = null;
        if (_needsPermission.Count > 0)
        {
            // Either setting lets the client do the work: a row cap, or reading the whole module.
            if (options.ClientSideFilterLimit <= 0)
                Refusal = new ZohoCrmCapabilityRefusal(_needsPermission.Distinct().ToList(),
                    ZohoCrmQuerySettings.ClientSideFilterLimit | ZohoCrmQuerySettings.UseServerSideFiltering);
            cap = options.ClientSideFilterLimit;
            _clientWork.AddRange(_needsPermission);
        }

        var columns = query.Outputs.Select(o => ToPlanColumn(o, processor.ServerAggregateKeys)).ToList();
        return new ZohoCrmQueryPlan(processor with { MaxRowsRead = cap })
        {
            CommandText = commandText,
            Module = query.Module.ApiName,
            Columns = columns,
            Steps = steps,
            StitchedColumnGroups = stitched,
            WritePushedFilter = pushedFilter,
            ClientFilter = clientFilter,
            ClientWork = _clientWork.Distinct().ToList(),
        };
    }

    private CoqlRowProcessor ClientProcessor(CoqlExpression? residual, bool clientGrouping, bool clientOrder, bool clientLimit, bool deduplicate) => new()
    {
        Outputs = query.Outputs,
        Residual = residual,
        DeduplicateById = deduplicate,
        ClientGroupBy = clientGrouping ? query.GroupBy : null,
        ClientOrderBy = clientOrder ? query.OrderBy : null,
        ClientOffset = clientLimit ? query.Offset : 0,
        ClientLimit = clientLimit ? query.Limit : null,
    };

    // ---------------------------------------------------------------- page size

    /// <summary>
    /// Pages no larger than the rows Zoho can return, so a small answer is asked for in a cheaper credit band (LIMIT 250
    /// costs 2 credits, 2,000 costs 3). Only the page shrinks: a page that comes back full is still followed by the next.
    /// A bound that would not lower the credits leaves the page as it was.
    /// </summary>
    private int PageSize(long? bound, long? limit)
    {
        var page = (int)Math.Min(options.MaxPageSize, limit ?? options.MaxPageSize);
        return bound is { } b && ZohoCrmCredits.ForCoql((int)Math.Clamp(b, 1, page)) < ZohoCrmCredits.ForCoql(page)
            ? (int)Math.Clamp(b, 1, options.MaxPageSize)
            : options.MaxPageSize;
    }

    /// <summary>Records a WHERE can match at most because it pins the record id (<c>id = v</c>, <c>id IN (…)</c>); null when unbounded.</summary>
    private static long? IdCountBound(CoqlExpression? where) => where switch
    {
        CoqlComparison { Operator: CoqlComparisonOperator.Equal, Left: CoqlColumn c, Right: CoqlLiteral } when CoqlQueryTemplate.IsId(c) => 1,
        CoqlIn { Negated: false, Operand: CoqlColumn c } @in when CoqlQueryTemplate.IsId(c) && @in.Values.All(v => v is CoqlLiteral) => @in.Values.Count,
        CoqlAnd and => and.Operands.Select(IdCountBound).Where(b => b is not null).Min(),
        CoqlOr or => or.Operands.Select(IdCountBound).ToList() is var bounds && bounds.All(b => b is not null) ? bounds.Sum() : null,
        _ => null,
    };

    /// <summary>
    /// Groups a server-side GROUP BY can return at most when every grouping column has a closed set of values (a picklist's
    /// values or true/false), each plus NULL; null when unbounded.
    /// </summary>
    private long? GroupCountBound()
    {
        if (query.GroupBy.Count == 0) return 1;
        long bound = 1;
        foreach (var column in query.GroupBy)
        {
            long? values = column.Binding!.Lookups.Count > 0 ? null
                : column.Field.ValueType == ZohoCrmFieldType.Picklist && column.Field.PicklistValues.Count > 0 ? column.Field.PicklistValues.Count
                : CoqlValueKinds.Of(column.Field) == CoqlValueKind.Boolean ? 2
                : null;
            if (values is null) return null;
            bound *= values.Value + 1;
            if (bound > options.MaxPageSize) return null;
        }

        return bound;
    }

    // ---------------------------------------------------------------- criteria

    private static CoqlExpression? Residual(CoqlExpression predicate)
    {
        if (predicate is not CoqlAnd and) return predicate;
        var inexact = and.Operands.Where(o => !CoqlPushdown.ToCoql(o).Exact).ToList();
        return CoqlPushdown.And(inexact);
    }

    private List<CoqlExpression?> FitCriteria(CoqlExpression? zohoWhere, int reserve, ref CoqlExpression? residual)
    {
        var budget = Math.Max(1, options.MaxCriteria - reserve);
        if (zohoWhere is null || Fits(zohoWhere, budget)) return [zohoWhere];

        var conjuncts = zohoWhere is CoqlAnd and ? and.Operands.ToList() : [zohoWhere];
        // A large OR is split across calls whose rows are merged by id.
        var largest = conjuncts.OfType<CoqlOr>().MaxBy(Leaves);
        if (largest is not null)
        {
            var others = conjuncts.Where(c => !ReferenceEquals(c, largest)).ToList();
            var groups = new List<List<CoqlExpression>>();
            var current = new List<CoqlExpression>();
            var ok = true;
            foreach (var operand in largest.Operands)
            {
                if (Fits(CoqlPushdown.And([.. others, CoqlPushdown.Or([.. current, operand])])!, budget))
                {
                    current.Add(operand);
                    continue;
                }

                if (current.Count == 0) { ok = false; break; }
                groups.Add(current);
                current = [operand];
                if (!Fits(CoqlPushdown.And([.. others, operand])!, budget)) { ok = false; break; }
            }

            if (ok)
            {
                groups.Add(current);
                return groups.Select(g => CoqlPushdown.And([.. others, CoqlPushdown.Or(g)])).ToList();
            }
        }

        // Otherwise Zoho gets the conjuncts that fit and the client checks the rest.
        var kept = new List<CoqlExpression>();
        var dropped = new List<CoqlExpression>();
        foreach (var conjunct in conjuncts)
        {
            if (Fits(CoqlPushdown.And([.. kept, conjunct])!, budget)) kept.Add(conjunct);
            else dropped.Add(conjunct);
        }

        residual = CoqlPushdown.And([.. residual is null ? [] : new[] { residual }, .. dropped]);
        _clientWork.Add(ZohoCrmStrings.CoqlClientWorkCriteriaOverflow(dropped.Sum(Leaves), options.MaxCriteria));
        return [CoqlPushdown.And(kept)];
    }

    private bool Fits(CoqlExpression expression, int budget) =>
        Leaves(expression) <= budget && Joins(expression) <= options.MaxWhereJoins;

    private static int Leaves(CoqlExpression expression) => expression switch
    {
        CoqlAnd and => and.Operands.Sum(Leaves),
        CoqlOr or => or.Operands.Sum(Leaves),
        _ => 1,
    };

    private static int Joins(CoqlExpression expression) =>
        CoqlBinder.Columns(expression).Select(c => c.Binding?.JoinPrefix).Where(p => p is not null).Distinct(StringComparer.OrdinalIgnoreCase).Count();

    private int KeysetReserve()
    {
        var k = query.OrderBy.Count;
        return (k + 1) * (k + 2) / 2 + k;
    }

    // ---------------------------------------------------------------- aggregates and ordering

    private string? AggregateProblem()
    {
        var aggregates = query.Aggregates.Select(a => a.ToText(zoho: true)).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        if (aggregates > options.MaxAggregates)
            return ZohoCrmStrings.CoqlClientReasonTooManyAggregates(aggregates, options.MaxAggregates);
        if (query.GroupBy.Count > options.MaxGroupBy)
            return ZohoCrmStrings.CoqlClientReasonTooManyGroupBy(query.GroupBy.Count, options.MaxGroupBy);
        foreach (var column in query.GroupBy)
        {
            if (!CoqlPushdown.IsFilterable(column) || CoqlValueKinds.Of(column.Field) == CoqlValueKind.MultiSelect)
                return ZohoCrmStrings.CoqlClientReasonGroupBy(column.ApiPath);
        }

        foreach (var aggregate in query.Aggregates)
        {
            if (aggregate.Argument is not { } argument) continue;
            var kind = CoqlValueKinds.Of(argument.Field);
            var supported = argument.Binding!.Lookups.Count == 0 && CoqlPushdown.IsFilterable(argument) && aggregate.Function switch
            {
                // Zoho counts number, lookup and picklist fields only.
                CoqlAggregateFunction.Count => kind is CoqlValueKind.Integer or CoqlValueKind.Decimal or CoqlValueKind.Id
                    || argument.Field.ValueType == ZohoCrmFieldType.Picklist,
                _ => kind is CoqlValueKind.Integer or CoqlValueKind.Decimal,
            };
            if (!supported) return ZohoCrmStrings.CoqlClientReasonAggregate(aggregate.ToText(zoho: false));
        }

        return null;
    }

    private static string ZohoAggregateText(CoqlAggregate aggregate) =>
        aggregate.Function.ToString().ToUpperInvariant() + "(" + (aggregate.Argument is null ? "id" : CoqlWriter.Column(aggregate.Argument.ApiPath)) + ")";

    private string? OrderProblem()
    {
        if (query.OrderBy.Count > options.MaxOrderBy)
            return ZohoCrmStrings.CoqlClientReasonTooManyOrderBy(query.OrderBy.Count, options.MaxOrderBy);
        foreach (var item in query.OrderBy)
        {
            if (item.Expression is not CoqlColumn column)
                return ZohoCrmStrings.CoqlClientReasonOrderByExpression(CoqlDialectWriter.Describe(item.Expression));
            if (!IsSortable(column))
                return ZohoCrmStrings.CoqlClientReasonOrderBy(column.ApiPath);
        }

        return null;
    }

    private static bool IsSortable(CoqlColumn column) =>
        column.Field.Sortable && CoqlPushdown.IsFilterable(column) && CoqlValueKinds.Of(column.Field) != CoqlValueKind.MultiSelect;

    private static bool SamePath(CoqlColumn a, CoqlColumn b) => string.Equals(a.ApiPath, b.ApiPath, StringComparison.OrdinalIgnoreCase);

    private static CoqlSortKey SortKey(CoqlColumn column, bool descending) => new(CoqlWriter.Column(column.ApiPath), descending, column);

    private static CoqlSortKey IdSortKey(bool descending) =>
        SortKey(new CoqlColumn("id") { Binding = new CoqlFieldBinding(CoqlBuiltInModules.Id, [], "id") }, descending);

    private static string WhyUnpushable(CoqlExpression atom)
    {
        var columns = CoqlBinder.Columns(atom).ToList();
        if (atom is CoqlComparison { Left: CoqlColumn, Right: CoqlColumn })
            return ZohoCrmStrings.CoqlWhyColumnComparison;
        if (columns.Count == 0 || !columns.All(c => c.Binding is not null))
            return ZohoCrmStrings.CoqlWhyNotPushable;
        if (ContainsFunction(atom))
            return ZohoCrmStrings.CoqlWhyFunction;
        var column = columns[0];
        if (CoqlBuiltInModules.IsRelatedModule(column.Field))
            return ZohoCrmStrings.CoqlWhyRelatedModule;
        if (CoqlValueKinds.IsMultiLine(column.Field))
            return ZohoCrmStrings.CoqlWhyMultiLine(column.ApiPath);
        if (!column.Field.Filterable)
            return ZohoCrmStrings.CoqlWhyNotFilterable(column.ApiPath);
        var kind = CoqlValueKinds.Of(column.Field);
        return atom switch
        {
            CoqlLike { Negated: true } => ZohoCrmStrings.CoqlWhyNotLike,
            CoqlLike when kind != CoqlValueKind.Text => ZohoCrmStrings.CoqlWhyLikeOnNonText(column.ApiPath),
            CoqlLike => ZohoCrmStrings.CoqlWhyLikeShape,
            _ when HasBackslash(atom) => ZohoCrmStrings.CoqlWhyBackslash,
            CoqlComparison { Operator: not (CoqlComparisonOperator.Equal or CoqlComparisonOperator.NotEqual) } or CoqlBetween
                when kind is CoqlValueKind.Text or CoqlValueKind.Id => ZohoCrmStrings.CoqlWhyRangeOnText(column.ApiPath),
            _ when kind == CoqlValueKind.Boolean => ZohoCrmStrings.CoqlWhyBoolean(column.ApiPath),
            _ when kind == CoqlValueKind.MultiSelect => ZohoCrmStrings.CoqlWhyMultiSelect(column.ApiPath),
            _ => ZohoCrmStrings.CoqlWhyNotPushable,
        };
    }

    private static bool HasBackslash(CoqlExpression atom) => atom switch
    {
        CoqlComparison { Right: CoqlLiteral literal } => !CoqlLiteralFormatter.IsSafeValue(literal.Value),
        CoqlIn @in => @in.Values.OfType<CoqlLiteral>().Any(v => !CoqlLiteralFormatter.IsSafeValue(v.Value)),
        _ => false,
    };

    private static bool ContainsFunction(CoqlExpression expression) => expression switch
    {
        CoqlFunctionCall => true,
        CoqlComparison c => ContainsFunction(c.Left) || ContainsFunction(c.Right),
        CoqlIn i => ContainsFunction(i.Operand),
        CoqlBetween b => ContainsFunction(b.Operand),
        CoqlLike l => ContainsFunction(l.Operand) || ContainsFunction(l.Pattern),
        CoqlIsNull n => ContainsFunction(n.Operand),
        _ => false,
    };

    // ---------------------------------------------------------------- columns

    private List<CoqlColumn> NeededColumns(bool includeWhere, bool includeOrder, bool clientGrouping)
    {
        var columns = new List<CoqlColumn>();
        foreach (var output in query.Outputs)
        {
            foreach (var column in CoqlBinder.Columns(output.Expression, insideAggregates: clientGrouping)) AddColumn(columns, column);
        }

        if (clientGrouping)
        {
            foreach (var column in query.GroupBy) AddColumn(columns, column);
            foreach (var aggregate in query.Aggregates.Where(a => a.Argument is not null)) AddColumn(columns, aggregate.Argument!);
        }

        if (includeWhere)
        {
            foreach (var column in CoqlBinder.Columns(where)) AddColumn(columns, column);
        }

        if (includeOrder)
        {
            foreach (var column in query.OrderBy.SelectMany(o => CoqlBinder.Columns(o.Expression, insideAggregates: clientGrouping))) AddColumn(columns, column);
        }

        return columns;
    }

    private static void AddColumn(List<CoqlColumn> columns, CoqlColumn column)
    {
        if (!columns.Any(c => SamePath(c, column))) columns.Add(column);
    }

    /// <summary>
    /// The first call's columns (sort keys first, so keyset paging can read them), within Zoho's column and join
    /// caps; the rest in groups read by id.
    /// </summary>
    private (List<string> Primary, List<ZohoCrmColumnGroup> Stitched) SplitColumns(List<CoqlColumn> columns, IReadOnlyList<CoqlSortKey> order)
    {
        columns = columns.ToList();
        var relatedModule = TakeRelatedModule(columns);
        var ordered = columns.Where(c => !CoqlQueryTemplate.IsId(c)).ToList();
        if (ordered.Count > options.MaxSelectColumns || JoinCount(ordered) > options.MaxSelectJoins)
            ordered = ordered.OrderBy(c => order.Any(o => o.Column is { } k && SamePath(k, c)) ? 0 : 1).ToList();
        var groups = new List<List<CoqlColumn>>();
        var current = new List<CoqlColumn>();
        foreach (var column in ordered)
        {
            var joins = JoinCount(current.Append(column));
            if (current.Count > 0 && (current.Count >= options.MaxSelectColumns || joins > options.MaxSelectJoins))
            {
                groups.Add(current);
                current = [];
            }

            current.Add(column);
        }

        if (current.Count > 0 || groups.Count == 0) groups.Add(current);
        var primary = groups[0].Count == 0 ? ["id"] : groups[0].Select(c => CoqlWriter.Column(c.ApiPath)).ToList();
        var stitched = groups.Skip(1).Select(g => new ZohoCrmColumnGroup(Template(g, null, []))).ToList();
        if (relatedModule is not null) stitched.Add(relatedModule);
        return (primary, stitched);
    }

    /// <summary>Removes <c>$se_module</c> from the columns COQL reads; when it was there, the group that reads it by id from the records API.</summary>
    private ZohoCrmColumnGroup? TakeRelatedModule(List<CoqlColumn> columns) =>
        columns.RemoveAll(c => CoqlBuiltInModules.IsRelatedModule(c.Binding!.Field)) > 0
            ? ZohoCrmColumnGroup.RelatedModule(query.Module.ApiName)
            : null;

    private static int JoinCount(IEnumerable<CoqlColumn> columns)
    {
        HashSet<string>? prefixes = null;
        foreach (var column in columns)
        {
            if (column.Binding!.JoinPrefix is { } prefix) (prefixes ??= new(StringComparer.OrdinalIgnoreCase)).Add(prefix);
        }

        return prefixes?.Count ?? 0;
    }

    private CoqlQueryTemplate Template(IEnumerable<CoqlColumn> columns, CoqlExpression? condition, IReadOnlyList<CoqlSortKey> order)
    {
        var select = columns.Select(c => CoqlWriter.Column(c.ApiPath)).ToList();
        return new CoqlQueryTemplate(query.Module.ApiName, select.Count == 0 ? ["id"] : select, condition, order);
    }

    private CoqlQueryTemplate Template(List<string> select, CoqlExpression? condition, IReadOnlyList<CoqlSortKey> order) =>
        new(query.Module.ApiName, select, condition, order);

    private static bool IsTrue(CoqlExpression expression) => expression is CoqlLiteral { Value: true };

    // ---------------------------------------------------------------- result columns

    private static ZohoCrmPlanColumn ToPlanColumn(CoqlOutputColumn output, IReadOnlyDictionary<string, string>? serverAggregateKeys) => output.Expression switch
    {
        CoqlColumn column => new ZohoCrmPlanColumn { Name = output.Name, Field = column.Field, ClrType = ClrType(column.Field), SourcePath = column.ApiPath },
        CoqlAggregate aggregate => new ZohoCrmPlanColumn
        {
            Name = output.Name,
            SourcePath = serverAggregateKeys?.GetValueOrDefault(aggregate.ToText(zoho: false)),
            Field = aggregate.Argument?.Field,
            IsAggregate = true,
            ClrType = aggregate.Function switch
            {
                CoqlAggregateFunction.Count => typeof(long),
                CoqlAggregateFunction.Avg => typeof(decimal),
                CoqlAggregateFunction.Sum => CoqlValueKinds.Of(aggregate.Argument!.Field) == CoqlValueKind.Integer ? typeof(long) : typeof(decimal),
                _ => CoqlValueKinds.Of(aggregate.Argument!.Field) == CoqlValueKind.Integer ? typeof(long) : ClrType(aggregate.Argument.Field),
            },
        },
        CoqlLiteral { Value: { } value } => new ZohoCrmPlanColumn { Name = output.Name, ClrType = value.GetType() },
        CoqlFunctionCall { Name: "LENGTH" } => new ZohoCrmPlanColumn { Name = output.Name, ClrType = typeof(long) },
        CoqlFunctionCall { Name: "ABS" } => new ZohoCrmPlanColumn { Name = output.Name, ClrType = typeof(decimal) },
        CoqlFunctionCall => new ZohoCrmPlanColumn { Name = output.Name, ClrType = typeof(string) },
        _ => new ZohoCrmPlanColumn { Name = output.Name, ClrType = typeof(object) },
    };

    /// <summary>The .NET type the field's values are read as (a formula's return type decides a formula's; the <c>id</c> field is an id whatever its metadata says).</summary>
    internal static Type ClrType(ZohoCrmFieldMetadata field) =>
        CoqlValueKinds.Of(field) == CoqlValueKind.Id ? typeof(long) : ZohoCrmFieldTypeInfo.Of(field.ValueType).ClrType;
}

using System.Collections.ObjectModel;
using ZohoCrm.Data.Coql.Syntax;
using ZohoCrm.Data.Internal;
using ZohoCrm.Data.Metadata;
using ZohoCrm.Data.Properties;

namespace ZohoCrm.Data.Coql.Binding;

/// <summary>
/// Resolves module and field names against metadata (an unknown name is an error naming the closest match), and binds
/// parameters into the tree as typed literals. Values never become text here, so no value can change the query's shape.
/// </summary>
internal sealed class CoqlBinder
{
    /// <summary>Scalar functions the client-side evaluator implements; Zoho has none.</summary>
    public static readonly IReadOnlySet<string> ClientFunctions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "LOWER", "UPPER", "EXACT", "TRIM", "LTRIM", "RTRIM", "LENGTH", "ABS",
    };

    private readonly IZohoCrmSchema _schema;
    private readonly IReadOnlyDictionary<string, object?> _parameters;
    private ZohoCrmModuleMetadata _module = null!;

    private CoqlBinder(IZohoCrmSchema schema, IReadOnlyDictionary<string, object?> parameters)
    {
        _schema = schema;
        _parameters = parameters;
    }

    public static CoqlBoundQuery Bind(CoqlStatement statement, IZohoCrmSchema schema, IReadOnlyDictionary<string, object?>? parameters) =>
        new CoqlBinder(schema, Normalized(parameters)).BindStatement(statement);

    /// <summary>The values by name without its <c>@</c>, <c>:</c> or <c>?</c>, ignoring case.</summary>
    private static IReadOnlyDictionary<string, object?> Normalized(IReadOnlyDictionary<string, object?>? parameters)
    {
        // A command's values come keyed that way already (one entry per IN value for a long list): used as they are.
        if (parameters is Dictionary<string, object?> dictionary && ReferenceEquals(dictionary.Comparer, StringComparer.OrdinalIgnoreCase)
            && !dictionary.Keys.Any(HasPrefix))
            return dictionary;

        var normalized = new Dictionary<string, object?>(parameters?.Count ?? 0, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in parameters ?? ReadOnlyDictionary<string, object?>.Empty)
            normalized[name.TrimStart(ParameterPrefixes)] = value;
        return normalized;
    }

    private static readonly char[] ParameterPrefixes = ['@', ':', '?'];

    private static bool HasPrefix(string name) => name.Length > 0 && ParameterPrefixes.Contains(name[0]);

    private CoqlBoundQuery BindStatement(CoqlStatement statement)
    {
        _module = FindModule(statement.Module, statement.ModulePosition);

        var outputs = new List<CoqlOutputColumn>();
        if (statement.SelectAll)
        {
            outputs.Add(new CoqlOutputColumn("id", BindColumn(new CoqlColumn("id"))));
            foreach (var field in _module.Fields)
            {
                if (CoqlValueKinds.Of(field) == CoqlValueKind.Unsupported || field.ApiName.Equals("id", StringComparison.OrdinalIgnoreCase))
                    continue;
                outputs.Add(new CoqlOutputColumn(field.ApiName, BindColumn(new CoqlColumn(field.ApiName))));
            }
        }
        else
        {
            foreach (var item in statement.Select)
            {
                var expression = BindScalar(item.Expression, allowAggregate: true);
                if (expression is CoqlColumn column && CoqlValueKinds.Of(column.Field) == CoqlValueKind.Unsupported)
                    throw Error(ZohoCrmStrings.CoqlFieldNotReadable(column.ApiPath, column.Field.ValueType.ToString()), item.Expression);
                outputs.Add(new CoqlOutputColumn(item.Alias ?? NameOf(expression), expression));
            }
        }

        var where = statement.Where is null ? null : BindPredicate(statement.Where);
        // Zoho rejects a repeated GROUP BY or ORDER BY field (DUPLICATE_DATA); a repeat changes nothing in SQL, so drop it.
        var groupBy = statement.GroupBy.Select(BindColumn).DistinctBy(g => g.ApiPath, StringComparer.OrdinalIgnoreCase).ToList();
        var orderBy = statement.OrderBy.Select(o => new CoqlOrderItem(BindOrderExpression(o.Expression, outputs), o.Descending))
            .DistinctBy(o => Rewriting.CoqlDialectWriter.Describe(o.Expression), StringComparer.OrdinalIgnoreCase).ToList();

        var query = new CoqlBoundQuery
        {
            Module = _module,
            Outputs = outputs,
            Where = where,
            GroupBy = groupBy,
            OrderBy = orderBy,
            Limit = statement.Limit is null ? null : BindCount(statement.Limit, "LIMIT"),
            Offset = statement.Offset is null ? 0 : BindCount(statement.Offset, "OFFSET"),
        };
        if (query.IsAggregate) ValidateGrouping(query);
        return query;
    }

    private static string NameOf(CoqlExpression expression) => expression switch
    {
        CoqlColumn column => column.ApiPath,
        CoqlAggregate aggregate => aggregate.ToText(zoho: false),
        CoqlFunctionCall call => call.Name + "(" + string.Join(", ", call.Arguments.Select(NameOf)) + ")",
        CoqlLiteral literal => Convert.ToString(literal.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "NULL",
        _ => "?",
    };

    private static void ValidateGrouping(CoqlBoundQuery query)
    {
        var grouped = new HashSet<string>(query.GroupBy.Select(g => g.ApiPath), StringComparer.OrdinalIgnoreCase);
        foreach (var expression in query.Outputs.Select(o => o.Expression).Concat(query.OrderBy.Select(o => o.Expression)))
        {
            foreach (var column in Columns(expression, insideAggregates: false))
            {
                if (!grouped.Contains(column.ApiPath))
                    throw new ZohoCrmQueryException(ZohoCrmStrings.CoqlColumnNotGrouped(column.ApiPath), column.Position < 0 ? null : column.Position);
            }
        }
    }

    /// <summary>
    /// The columns an expression reads, in order; with <paramref name="insideAggregates"/> false, aggregate arguments are
    /// skipped. Collected into one list (not an iterator per node), since an IN list of thousands of values is walked often.
    /// </summary>
    public static List<CoqlColumn> Columns(CoqlExpression? expression, bool insideAggregates = true)
    {
        var columns = new List<CoqlColumn>();
        AddColumns(expression, insideAggregates, columns);
        return columns;
    }

    private static void AddColumns(CoqlExpression? expression, bool insideAggregates, List<CoqlColumn> columns)
    {
        switch (expression)
        {
            case CoqlColumn column:
                columns.Add(column);
                break;
            case CoqlAggregate { Argument: { } argument } when insideAggregates:
                columns.Add(argument);
                break;
            case CoqlFunctionCall call:
                AddAll(call.Arguments, insideAggregates, columns);
                break;
            case CoqlComparison comparison:
                AddColumns(comparison.Left, insideAggregates, columns);
                AddColumns(comparison.Right, insideAggregates, columns);
                break;
            case CoqlIn @in:
                AddColumns(@in.Operand, insideAggregates, columns);
                AddAll(@in.Values, insideAggregates, columns);
                break;
            case CoqlBetween between:
                AddColumns(between.Operand, insideAggregates, columns);
                AddColumns(between.Low, insideAggregates, columns);
                AddColumns(between.High, insideAggregates, columns);
                break;
            case CoqlLike like:
                AddColumns(like.Operand, insideAggregates, columns);
                AddColumns(like.Pattern, insideAggregates, columns);
                break;
            case CoqlIsNull isNull:
                AddColumns(isNull.Operand, insideAggregates, columns);
                break;
            case CoqlAnd and:
                AddAll(and.Operands, insideAggregates, columns);
                break;
            case CoqlOr or:
                AddAll(or.Operands, insideAggregates, columns);
                break;
            case CoqlNot not:
                AddColumns(not.Operand, insideAggregates, columns);
                break;
        }
    }

    private static void AddAll(IReadOnlyList<CoqlExpression> expressions, bool insideAggregates, List<CoqlColumn> columns)
    {
        for (var i = 0; i < expressions.Count; i++)
        {
            if (expressions[i] is not CoqlLiteral) AddColumns(expressions[i], insideAggregates, columns);
        }
    }

    private ZohoCrmModuleMetadata FindModule(string name, int position)
    {
        var module = _schema.FindModule(name);
        if (module is null)
        {
            var suggestion = NameSuggestions.Closest(name, _schema.ModuleNames);
            throw new ZohoCrmQueryException(ZohoCrmStrings.CoqlUnknownModule(name, suggestion), position);
        }

        if (!module.ApiSupported)
            throw new ZohoCrmQueryException(ZohoCrmStrings.CoqlModuleNotSupported(module.ApiName), position);
        return module;
    }

    private long BindCount(CoqlExpression expression, string clause)
    {
        object? value = expression switch
        {
            CoqlLiteral literal => literal.Value,
            CoqlParameter parameter => CoqlValueConverter.NormalizeParameter(ParameterValue(parameter)),
            _ => null,
        };
        return value switch
        {
            long l and >= 0 => l,
            decimal d when d >= 0 && decimal.Truncate(d) == d && d <= long.MaxValue => (long)d,
            _ => throw Error(ZohoCrmStrings.CoqlInvalidCount(clause, Source(expression)), expression),
        };
    }

    private CoqlExpression BindOrderExpression(CoqlExpression expression, List<CoqlOutputColumn> outputs)
    {
        // As in SQL, an ORDER BY name refers to a SELECT-list column (alias or path) first, then to a field.
        if (expression is CoqlColumn { Path: var path })
        {
            var output = outputs.FirstOrDefault(o => string.Equals(o.Name, path, StringComparison.OrdinalIgnoreCase));
            if (output is not null) return output.Expression;
        }

        if (expression is CoqlLiteral { Value: long ordinal })
        {
            if (ordinal < 1 || ordinal > outputs.Count)
                throw Error(ZohoCrmStrings.CoqlOrderByPositionOutOfRange(ordinal, outputs.Count), expression);
            return outputs[(int)ordinal - 1].Expression;
        }

        var bound = BindScalar(expression, allowAggregate: true);
        if (bound is CoqlLiteral)
            throw Error(ZohoCrmStrings.CoqlOrderByConstant, expression);
        return bound;
    }

    private CoqlColumn BindColumn(CoqlColumn column)
    {
        // Most columns are a field of the module itself: found without splitting the path.
        if (!column.Path.Contains('.') && _module.FindField(column.Path) is { } own)
            return column with { Binding = new CoqlFieldBinding(own, [], own.ApiName) };

        var segments = column.Path.Split('.');
        if (segments.Length > 3)
            throw Error(ZohoCrmStrings.CoqlPathTooDeep(column.Path), column);

        var module = _module;
        var lookups = new List<ZohoCrmFieldMetadata>();
        var apiPath = new List<string>();
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            var field = string.Equals(segment, "id", StringComparison.OrdinalIgnoreCase)
                ? module.FindField("id") ?? CoqlBuiltInModules.Id
                : module.FindField(segment);
            if (field is null && segments.Length == 1 && string.Equals(segment, CoqlBuiltInModules.RelatedModule.ApiName, StringComparison.OrdinalIgnoreCase)
                && CoqlBuiltInModules.HasRelatedModule(module))
                field = CoqlBuiltInModules.RelatedModule;
            if (field is null)
            {
                var suggestion = NameSuggestions.Closest(segment, module.Fields.Select(f => f.ApiName).Append("id"));
                throw Error(ZohoCrmStrings.CoqlUnknownField(segment, module.ApiName, suggestion), column);
            }

            apiPath.Add(field.ApiName);
            if (i == segments.Length - 1)
                return column with { Binding = new CoqlFieldBinding(field, lookups, string.Join('.', apiPath)) };

            if (!field.DataType.IsLookup())
                throw Error(ZohoCrmStrings.CoqlNotALookup(field.ApiName, module.ApiName, segments[i + 1]), column);
            var target = CoqlBuiltInModules.TargetModule(field)
                ?? throw Error(ZohoCrmStrings.CoqlLookupTargetUnknown(field.ApiName, module.ApiName), column);
            module = _schema.FindModule(target) ?? CoqlBuiltInModules.Find(target)
                ?? throw Error(ZohoCrmStrings.CoqlLookupTargetUnknown(field.ApiName, module.ApiName), column);
            lookups.Add(field);
        }

        throw new InvalidOperationException("unreachable");
    }

    private CoqlExpression BindScalar(CoqlExpression expression, bool allowAggregate = false, bool allowList = false)
    {
        switch (expression)
        {
            case CoqlColumn column:
                return BindColumn(column);
            case CoqlLiteral:
                return expression;
            case CoqlParameter parameter:
                var value = ParameterValue(parameter);
                if (CoqlValueConverter.IsList(value) && !allowList)
                    throw Error(ZohoCrmStrings.CoqlListParameterOutsideIn(parameter.Name), expression);
                return new CoqlLiteral(CoqlValueConverter.NormalizeParameter(value)) { Position = parameter.Position };
            case CoqlAggregate aggregate:
                if (!allowAggregate)
                    throw Error(ZohoCrmStrings.CoqlAggregateInWhere(aggregate.ToText(zoho: false)), expression);
                var argument = aggregate.Argument is null ? null : BindColumn(aggregate.Argument);
                if (argument is not null && aggregate.Function is CoqlAggregateFunction.Sum or CoqlAggregateFunction.Avg
                    && CoqlValueKinds.Of(argument.Field) is not (CoqlValueKind.Integer or CoqlValueKind.Decimal))
                    throw Error(ZohoCrmStrings.CoqlAggregateNeedsNumber(aggregate.Function.ToString().ToUpperInvariant(), argument.ApiPath), expression);
                return aggregate with { Argument = argument };
            case CoqlFunctionCall call:
                if (!ClientFunctions.Contains(call.Name))
                    throw Error(ZohoCrmStrings.CoqlUnknownFunction(call.Name, string.Join(", ", ClientFunctions.Order())), expression);
                return call with { Arguments = call.Arguments.Select(a => BindScalar(a)).ToList() };
            default:
                throw Error(ZohoCrmStrings.CoqlExpectedScalar, expression);
        }
    }

    private CoqlExpression BindPredicate(CoqlExpression expression)
    {
        switch (expression)
        {
            case CoqlAnd and:
                return and with { Operands = and.Operands.Select(BindPredicate).ToList() };
            case CoqlOr or:
                return or with { Operands = or.Operands.Select(BindPredicate).ToList() };
            case CoqlNot not:
                return not with { Operand = BindPredicate(not.Operand) };
            case CoqlLiteral { Value: bool or null }:
                return expression;
            case CoqlComparison comparison:
            {
                var left = BindScalar(comparison.Left);
                var right = BindScalar(comparison.Right, allowList: left is CoqlColumn c && CoqlValueKinds.Of(c.Field) == CoqlValueKind.MultiSelect);
                var (leftSource, rightSource) = (comparison.Left, comparison.Right);
                var op = comparison.Operator;
                // Field (or function of one) first, as the rewriting and pushdown expect.
                if (left is CoqlLiteral && right is CoqlColumn or CoqlFunctionCall)
                {
                    (left, right) = (right, left);
                    (leftSource, rightSource) = (rightSource, leftSource);
                    op = op.Mirror();
                }

                if (left is CoqlColumn column && right is CoqlLiteral literal)
                {
                    right = Typed(literal, column, rightSource);
                }
                else
                {
                    left = StatedType(left, leftSource);
                    right = StatedType(right, rightSource);
                }

                return comparison with { Left = left, Operator = op, Right = right };
            }

            case CoqlIn @in:
            {
                var operand = BindScalar(@in.Operand);
                var values = new List<CoqlExpression>(@in.Values.Count);
                foreach (var item in @in.Values)
                {
                    if (item is CoqlParameter parameter && ParameterValue(parameter) is var list && CoqlValueConverter.IsList(list))
                    {
                        foreach (var element in (System.Collections.IEnumerable)list!)
                            values.Add(TypedInValue(operand, new CoqlLiteral(CoqlValueConverter.NormalizeParameter(element)) { Position = parameter.Position }, item));
                    }
                    else
                    {
                        values.Add(TypedInValue(operand, BindScalar(item), item));
                    }
                }

                return @in with { Operand = operand, Values = values };
            }

            case CoqlBetween between:
            {
                var operand = BindScalar(between.Operand);
                var low = BindScalar(between.Low);
                var high = BindScalar(between.High);
                if (operand is CoqlColumn column)
                {
                    if (low is CoqlLiteral lowLiteral) low = Typed(lowLiteral, column, between.Low);
                    if (high is CoqlLiteral highLiteral) high = Typed(highLiteral, column, between.High);
                }
                else
                {
                    low = StatedType(low, between.Low);
                    high = StatedType(high, between.High);
                }

                return between with { Operand = operand, Low = low, High = high };
            }

            case CoqlLike like:
            {
                var operand = BindScalar(like.Operand);
                var pattern = BindScalar(like.Pattern);
                if (pattern is CoqlLiteral { Value: not (string or null) } nonText)
                    pattern = nonText with { Value = Convert.ToString(nonText.Value, System.Globalization.CultureInfo.InvariantCulture) };
                var escape = like.Escape is null ? null : BindScalar(like.Escape);
                if (escape is not null and not CoqlLiteral { Value: string { Length: 1 } })
                    throw Error(ZohoCrmStrings.CoqlInvalidLikeEscape, like.Escape!);
                if (operand is CoqlColumn { Field: var field } && CoqlValueKinds.Of(field) == CoqlValueKind.Unsupported)
                    throw Error(ZohoCrmStrings.CoqlFieldNotFilterable(field.ApiName, field.ValueType.ToString()), like.Operand);
                return like with { Operand = operand, Pattern = pattern, Escape = escape };
            }

            case CoqlIsNull isNull:
                return isNull with { Operand = BindScalar(isNull.Operand) };
            default:
                throw Error(ZohoCrmStrings.CoqlExpectedPredicate, expression);
        }
    }

    /// <summary>
    /// The value as the field it is compared with holds it. A parameter whose caller stated a Zoho type of another kind
    /// (text for a number field, a date for a boolean) is an error rather than a silent conversion.
    /// </summary>
    private CoqlLiteral Typed(CoqlLiteral literal, CoqlColumn column, CoqlExpression source)
    {
        var kind = CoqlValueKinds.Of(column.Field);
        if (kind == CoqlValueKind.Unsupported)
            throw Error(ZohoCrmStrings.CoqlFieldNotFilterable(column.ApiPath, column.Field.ValueType.ToString()), column);
        if (source is CoqlParameter parameter && StatedZohoType(parameter) is { } stated && !CoqlValueKinds.AreComparable(CoqlValueKinds.Of(stated), kind))
            throw Error(ZohoCrmStrings.ParameterZohoTypeContradictsField(parameter.Name, stated.ToString(), column.ApiPath, column.Field.ValueType.ToString()), source);
        var value = CoqlValueConverter.Convert(literal.Value, column.Field, source, Source);
        return ReferenceEquals(value, literal.Value) ? literal : literal with { Value = value };
    }

    private CoqlExpression TypedInValue(CoqlExpression operand, CoqlExpression value, CoqlExpression source) =>
        operand is CoqlColumn column && value is CoqlLiteral literal ? Typed(literal, column, source) : StatedType(value, source);

    /// <summary>Where no field decides a value's type (a function's result, another value), a parameter takes the type its caller stated.</summary>
    private CoqlExpression StatedType(CoqlExpression bound, CoqlExpression source) =>
        bound is CoqlLiteral literal && source is CoqlParameter parameter && StatedZohoType(parameter) is { } stated
            ? literal with { Value = CoqlValueConverter.ConvertAs(literal.Value, stated, parameter.Name) }
            : bound;

    private object? ParameterValue(CoqlParameter parameter) =>
        _parameters.TryGetValue(parameter.Name, out var value)
            ? CoqlTypedValue.Unwrap(value)
            : throw Error(ZohoCrmStrings.CoqlMissingParameter(parameter.Name), parameter);

    private ZohoCrmFieldType? StatedZohoType(CoqlParameter parameter) =>
        _parameters.TryGetValue(parameter.Name, out var value) && value is CoqlTypedValue { ZohoType: var type } && type != ZohoCrmFieldType.Unknown
            ? type
            : null;

    private static string Source(CoqlExpression expression) => expression is CoqlParameter parameter
        ? ZohoCrmStrings.CoqlParameterSource(parameter.Name)
        : ZohoCrmStrings.CoqlLiteralSource(expression.Position);

    private static ZohoCrmQueryException Error(string message, CoqlExpression at) =>
        new(message, at.Position < 0 ? null : at.Position);
}

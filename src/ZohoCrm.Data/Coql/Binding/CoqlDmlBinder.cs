using System.Collections;
using System.Globalization;
using ZohoCrm.Data.Coql.Syntax;
using ZohoCrm.Data.Internal;
using ZohoCrm.Data.Metadata;
using ZohoCrm.Data.Properties;

namespace ZohoCrm.Data.Coql.Binding;

/// <summary>A value to write to one field, converted to what the field's Zoho type holds.</summary>
internal sealed record CoqlWrittenValue(ZohoCrmFieldMetadata Field, object? Value);

/// <summary>A DML statement with its names resolved against metadata and its values typed by their fields.</summary>
internal sealed record CoqlBoundWrite
{
    public required CoqlDmlKind Kind { get; init; }

    public required ZohoCrmModuleMetadata Module { get; init; }

    /// <summary>INSERT and UPSERT: the records to write, one list of values per VALUES row.</summary>
    public IReadOnlyList<IReadOnlyList<CoqlWrittenValue>> Rows { get; init; } = [];

    /// <summary>UPDATE: the values written to every matching record.</summary>
    public IReadOnlyList<CoqlWrittenValue> Assignments { get; init; } = [];

    /// <summary>UPSERT: the duplicate-check fields' API names; empty for Zoho's defaults.</summary>
    public IReadOnlyList<string> DuplicateCheckFields { get; init; } = [];

    /// <summary>
    /// UPDATE and DELETE whose condition names the records by id (<c>id = @id</c>, <c>id IN (...)</c>): those ids, no
    /// read needed. Null when <see cref="MatchingIdsQuery"/> must find them.
    /// </summary>
    public IReadOnlyList<string>? Ids { get; init; }

    /// <summary>UPDATE and DELETE without ids in the condition: the SELECT that reads the matching ids.</summary>
    public string? MatchingIdsQuery { get; init; }
}

/// <summary>
/// Binds a DML statement: the module and its fields by API name (an unknown name is an error naming the closest match),
/// read-only fields refused, and each literal or parameter converted to its field's type, so it is written as the
/// field's Zoho type decides (<see cref="ZohoCrmFieldTypeInfo"/>). Values never become text here.
/// </summary>
internal static class CoqlDmlBinder
{
    public static CoqlBoundWrite Bind(CoqlDmlStatement statement, IZohoCrmSchema schema, IReadOnlyDictionary<string, object?>? parameters)
    {
        var values = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        if (parameters is not null)
        {
            foreach (var (name, value) in parameters)
                values[name.TrimStart('@', ':', '?')] = value;
        }

        var module = schema.FindModule(statement.Module)
            ?? throw new ZohoCrmQueryException(
                ZohoCrmStrings.CoqlUnknownModule(statement.Module, NameSuggestions.Closest(statement.Module, schema.ModuleNames)), statement.ModulePosition);
        if (!module.ApiSupported)
            throw new ZohoCrmQueryException(ZohoCrmStrings.CoqlModuleNotSupported(module.ApiName), statement.ModulePosition);

        switch (statement)
        {
            case CoqlInsertStatement insert:
            {
                var fields = insert.Fields.Select(f => WritableField(module, f)).ToList();
                return new CoqlBoundWrite
                {
                    Kind = insert.Kind,
                    Module = module,
                    Rows = insert.Rows.Select(row => (IReadOnlyList<CoqlWrittenValue>)row.Select((value, i) => Written(fields[i], value, values)).ToList()).ToList(),
                    DuplicateCheckFields = insert.DuplicateCheck.Select(f => Field(module, f, ZohoCrmStrings.CoqlDmlUnknownDuplicateCheckField).ApiName).ToList(),
                };
            }

            case CoqlChangeStatement change:
            {
                var assignments = new List<CoqlWrittenValue>();
                foreach (var assignment in change.Assignments)
                {
                    var field = WritableField(module, assignment.Field);
                    if (assignments.Any(a => a.Field.ApiName == field.ApiName))
                        throw new ZohoCrmQueryException(ZohoCrmStrings.CoqlDmlFieldAssignedTwice(field.ApiName), assignment.Field.Position);
                    assignments.Add(Written(field, assignment.Value, values));
                }

                var ids = IdsNamedBy(change.Where, values);
                return new CoqlBoundWrite
                {
                    Kind = change.Kind,
                    Module = module,
                    Assignments = assignments,
                    Ids = ids,
                    MatchingIdsQuery = ids is null ? change.MatchingIdsQuery : null,
                };
            }

            default:
                throw new InvalidOperationException("Unknown DML statement " + statement.GetType().Name);
        }
    }

    private static ZohoCrmFieldMetadata Field(ZohoCrmModuleMetadata module, CoqlFieldName name, Func<string, string, string?, string> unknown)
    {
        var field = string.Equals(name.Name, "id", StringComparison.OrdinalIgnoreCase)
            ? module.FindField("id") ?? CoqlBuiltInModules.Id
            : module.FindField(name.Name);
        return field ?? throw new ZohoCrmQueryException(
            unknown(name.Name, module.ApiName, NameSuggestions.Closest(name.Name, module.Fields.Select(f => f.ApiName))), name.Position);
    }

    private static ZohoCrmFieldMetadata WritableField(ZohoCrmModuleMetadata module, CoqlFieldName name)
    {
        var field = Field(module, name, ZohoCrmStrings.CoqlUnknownField);
        var readOnly = string.Equals(field.ApiName, "id", StringComparison.OrdinalIgnoreCase) ? ZohoCrmStrings.CoqlDmlWhyId
            : field.DataType == ZohoCrmFieldType.Formula ? ZohoCrmStrings.CoqlDmlWhyFormula
            : field.DataType == ZohoCrmFieldType.AutoNumber ? ZohoCrmStrings.CoqlDmlWhyAutoNumber
            : field.DataType == ZohoCrmFieldType.RollupSummary ? ZohoCrmStrings.CoqlDmlWhyRollup
            : field.ReadOnly ? ZohoCrmStrings.CoqlDmlWhySystem
            : null;
        if (readOnly is not null)
            throw new ZohoCrmQueryException(ZohoCrmStrings.CoqlDmlFieldReadOnly(field.ApiName, module.ApiName, readOnly), name.Position);
        if (CoqlValueKinds.Of(field) == CoqlValueKind.Unsupported)
            throw new ZohoCrmQueryException(ZohoCrmStrings.CoqlDmlFieldNotWritable(field.ApiName, module.ApiName, field.DataType.ToString()), name.Position);
        return field;
    }

    private static CoqlWrittenValue Written(ZohoCrmFieldMetadata field, CoqlExpression expression, IReadOnlyDictionary<string, object?> parameters)
    {
        var value = Value(expression, parameters);
        if (expression is CoqlParameter parameter && parameters[parameter.Name] is CoqlTypedValue { ZohoType: var stated } && stated != ZohoCrmFieldType.Unknown
            && !CoqlValueKinds.AreComparable(CoqlValueKinds.Of(stated), CoqlValueKinds.Of(field)))
            throw new ZohoCrmQueryException(ZohoCrmStrings.ParameterZohoTypeContradictsField(parameter.Name, stated.ToString(), field.ApiName, field.ValueType.ToString()), expression.Position);
        return new CoqlWrittenValue(field, CoqlValueConverter.ConvertForWrite(value, field, expression, Source));
    }

    private static object? Value(CoqlExpression expression, IReadOnlyDictionary<string, object?> parameters) => expression switch
    {
        CoqlLiteral literal => literal.Value,
        CoqlParameter parameter => parameters.TryGetValue(parameter.Name, out var value)
            ? CoqlTypedValue.Unwrap(value)
            : throw new ZohoCrmQueryException(ZohoCrmStrings.CoqlMissingParameter(parameter.Name), parameter.Position),
        _ => throw new InvalidOperationException("A written value is a literal or a parameter."),
    };

    /// <summary>
    /// The ids a condition names outright, <c>id = value</c> or <c>id IN (values)</c> (a list parameter expands), so no
    /// read is needed to find them; null for any other condition. A NULL id matches nothing.
    /// </summary>
    private static List<string>? IdsNamedBy(CoqlExpression? where, IReadOnlyDictionary<string, object?> parameters)
    {
        List<CoqlExpression> values;
        switch (where)
        {
            case CoqlComparison { Operator: CoqlComparisonOperator.Equal, Left: CoqlColumn left, Right: CoqlLiteral or CoqlParameter } c when IsId(left):
                values = [c.Right];
                break;
            case CoqlComparison { Operator: CoqlComparisonOperator.Equal, Right: CoqlColumn right, Left: CoqlLiteral or CoqlParameter } c when IsId(right):
                values = [c.Left];
                break;
            case CoqlIn { Negated: false, Operand: CoqlColumn operand } @in when IsId(operand) && @in.Values.All(v => v is CoqlLiteral or CoqlParameter):
                values = [.. @in.Values];
                break;
            default:
                return null;
        }

        var ids = new List<string>();
        foreach (var expression in values)
        {
            var value = Value(expression, parameters);
            var items = expression is CoqlParameter && CoqlValueConverter.IsList(value) ? ((IEnumerable)value!).Cast<object?>() : [value];
            foreach (var item in items)
            {
                if (CoqlValueConverter.Convert(item, CoqlBuiltInModules.Id, expression, Source) is long id)
                    ids.Add(id.ToString(CultureInfo.InvariantCulture));
            }
        }

        return ids.Distinct(StringComparer.Ordinal).ToList();
    }

    private static bool IsId(CoqlColumn column) => string.Equals(column.Path, "id", StringComparison.OrdinalIgnoreCase);

    private static string Source(CoqlExpression expression) => expression is CoqlParameter parameter
        ? ZohoCrmStrings.CoqlParameterSource(parameter.Name)
        : ZohoCrmStrings.CoqlLiteralSource(expression.Position);
}

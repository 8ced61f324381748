using System.Linq.Expressions;
using EFCore.ZohoCrm.Properties;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;

namespace EFCore.ZohoCrm.Query.Internal;

/// <summary>
/// Checks a translated query against what the COQL dialect can express, after translation (as SQLite checks for
/// APPLY): one module and lookups followed from it, no subquery, DISTINCT, HAVING or computation, conditions that
/// compare a field (or its UPPER/LOWER) with a value or a field, and aggregates of fields. The relational pipeline
/// builds some shapes by itself (EXISTS from Any in a predicate, subqueries after Take, CASE), which only show up here.
/// Throws <see cref="InvalidOperationException"/> with EF's translation-failed message and a sentence saying what Zoho
/// cannot do and what to write instead.
/// </summary>
/// <remarks>
/// What Zoho can run of what the dialect expresses (aggregates of non-numbers, negated StartsWith/EndsWith, ranges on
/// text, comparisons of two fields, ordering by UPPER/LOWER, values to narrow, COQL's limits on criteria, columns,
/// aggregates, GROUP BY and ORDER BY) is not judged here: ZohoCrm.Data's planner decides it when the command is
/// planned, with the connection's effective settings and the values of the parameters, before any data call (only
/// the metadata the check needs may be loaded first). Internal API.
/// </remarks>
internal class ZohoCrmQueryShapeValidator : ExpressionVisitor
{
    private static readonly HashSet<string> Aggregates = new(StringComparer.OrdinalIgnoreCase) { "COUNT", "SUM", "MIN", "MAX", "AVG" };

    private readonly ISqlGenerationHelper _sqlGenerationHelper;
    private readonly Expression? _query;

    public ZohoCrmQueryShapeValidator(ISqlGenerationHelper sqlGenerationHelper)
        : this(sqlGenerationHelper, query: null)
    {
    }

    /// <param name="sqlGenerationHelper">Delimits the lookup paths.</param>
    /// <param name="query">The LINQ query, for EF's translation-failed message; null for the bare reason.</param>
    public ZohoCrmQueryShapeValidator(ISqlGenerationHelper sqlGenerationHelper, Expression? query)
    {
        _sqlGenerationHelper = sqlGenerationHelper;
        _query = query;
    }

    protected override Expression VisitExtension(Expression node)
    {
        switch (node)
        {
            case ShapedQueryExpression shaped:
                Visit(shaped.QueryExpression);
                Visit(shaped.ShaperExpression);
                return node;

            case SelectExpression select:
                ValidateSelect(select);
                return node;

            case RelationalSplitCollectionShaperExpression split:
                ValidateSelect(split.SelectExpression);
                Visit(split.InnerShaper);
                return node;

            default:
                return base.VisitExtension(node);
        }
    }

    /// <summary>Validates one query.</summary>
    protected virtual void ValidateSelect(SelectExpression select)
    {
        if (select.Tables is [FromSqlExpression])
        {
            // The raw COQL is sent as written and EF reads its columns by name only when the query projects the
            // whole entity (or the single 'Value' column of SqlQuery of a scalar); a projection of some columns
            // would read them by position from the raw column list.
            if (select.Predicate is not null || select.Orderings.Count > 0 || select.Limit is not null
                || select.Offset is not null || select.GroupBy.Count > 0 || select.IsDistinct
                || !(select.IsNonComposedFromSql() || select.Projection is [{ Expression: ColumnExpression { Name: "Value" } }]))
            {
                Fail(ZohoCrmStrings.FromSqlNotComposable);
            }

            return;
        }

        if (ZohoCrmLookupPaths.TryCreate(select, _sqlGenerationHelper, out var error) is null)
        {
            Fail(error!);
        }

        if (select.IsDistinct)
        {
            Fail(ZohoCrmStrings.DistinctNotSupported);
        }

        if (select.Having is not null)
        {
            Fail(ZohoCrmStrings.HavingNotSupported);
        }

        foreach (var projection in select.Projection)
        {
            ValidateValue(projection.Expression);
        }

        if (select.Predicate is not null)
        {
            ValidateCondition(select.Predicate);
        }

        foreach (var groupBy in select.GroupBy)
        {
            if (StripConvert(groupBy) is not ColumnExpression)
            {
                Fail(ZohoCrmStrings.ComputationNotSupported("grouping by a computed value"));
            }
        }

        foreach (var ordering in select.Orderings)
        {
            if (ordering.Expression is not (SqlConstantExpression or SqlParameterExpression))
            {
                ValidateValue(ordering.Expression);
            }
        }

        if (select.Limit is not null and not (SqlConstantExpression or SqlParameterExpression)
            || select.Offset is not null and not (SqlConstantExpression or SqlParameterExpression))
        {
            Fail(ZohoCrmStrings.ComputationNotSupported("a computed Skip or Take count"));
        }
    }

    // A selected or ordered value: a field (through lookups), its UPPER/LOWER, or an aggregate of a field.
    private void ValidateValue(SqlExpression expression)
    {
        switch (StripConvert(expression))
        {
            case var value when FieldOf(value) is not null:
                return;

            case SqlFunctionExpression { IsBuiltIn: true } function when Aggregates.Contains(function.Name):
                if (function.Arguments is [var argument] && argument is not SqlFragmentExpression { Sql: "*" }
                    && StripConvert(argument) is not ColumnExpression)
                {
                    Fail(ZohoCrmStrings.ComputationNotSupported("an aggregate of a computed value"));
                }

                return;

            case SqlFunctionExpression function:
                Fail(ZohoCrmStrings.FunctionNotSupported(function.Name));
                return;

            default:
                Fail(Describe(expression));
                return;
        }
    }

    private void ValidateCondition(SqlExpression condition)
    {
        switch (condition)
        {
            case SqlBinaryExpression { OperatorType: ExpressionType.AndAlso or ExpressionType.OrElse } logical:
                ValidateCondition(logical.Left);
                ValidateCondition(logical.Right);
                return;

            case SqlBinaryExpression binary when IsComparison(binary.OperatorType):
                ValidateComparison(binary);
                return;

            case SqlUnaryExpression { OperatorType: ExpressionType.Not } not:
                ValidateCondition(not.Operand);
                return;

            case SqlUnaryExpression { OperatorType: ExpressionType.Equal or ExpressionType.NotEqual } nullCheck:
                RequireField(nullCheck.Operand);
                return;

            case ColumnExpression column when column.Type == typeof(bool):
            case SqlConstantExpression { Value: bool }:
                return;

            case InExpression inExpression:
                RequireField(inExpression.Item);
                if (inExpression.Subquery is not null)
                {
                    Fail(ZohoCrmStrings.SubqueriesNotSupported);
                }

                foreach (var value in inExpression.Values ?? [])
                {
                    RequireValue(value);
                }

                return;

            case LikeExpression like:
                RequireField(like.Match);
                RequireValue(like.Pattern);
                return;

            default:
                Fail(Describe(condition));
                return;
        }
    }

    private void ValidateComparison(SqlBinaryExpression comparison)
    {
        // Two fields: the dialect compares them, and ZohoCrm.Data judges it (Zoho compares fields with values only).
        var (field, value) = FieldOf(comparison.Left) is not null ? (comparison.Left, comparison.Right) : (comparison.Right, comparison.Left);
        RequireField(field);
        if (FieldOf(value) is null)
        {
            RequireValue(value);
        }
    }

    // A field compared in a condition: a column, or UPPER/LOWER/EXACT of one (the dialect's case functions, which
    // ZohoCrm.Data sends as Zoho's case-insensitive comparison and re-checks).
    private static ColumnExpression? FieldOf(SqlExpression expression) => StripConvert(expression) switch
    {
        ColumnExpression column => column,
        SqlFunctionExpression { Name: "UPPER" or "LOWER" or "EXACT", Arguments: [var argument] } => StripConvert(argument) as ColumnExpression,
        _ => null,
    };

    private void RequireField(SqlExpression expression)
    {
        if (FieldOf(expression) is null)
        {
            Fail(expression is SqlFunctionExpression function && !Aggregates.Contains(function.Name)
                ? ZohoCrmStrings.FunctionNotSupported(function.Name)
                : Describe(expression));
        }
    }

    private void RequireValue(SqlExpression expression)
    {
        if (StripConvert(expression) is not (SqlConstantExpression or SqlParameterExpression))
        {
            Fail(Describe(expression));
        }
    }

    private static string Describe(SqlExpression expression) => expression switch
    {
        ExistsExpression or ScalarSubqueryExpression => ZohoCrmStrings.SubqueriesNotSupported,
        InExpression { Subquery: not null } => ZohoCrmStrings.SubqueriesNotSupported,
        CaseExpression => ZohoCrmStrings.ComputationNotSupported("a conditional expression (CASE)"),
        SqlBinaryExpression binary when IsComparison(binary.OperatorType)
            || binary.OperatorType is ExpressionType.AndAlso or ExpressionType.OrElse
            => ZohoCrmStrings.ComputationNotSupported("comparing the result of a condition"),
        SqlBinaryExpression binary when !IsComparison(binary.OperatorType)
            && binary.OperatorType is not (ExpressionType.AndAlso or ExpressionType.OrElse)
            => ZohoCrmStrings.ComputationNotSupported("arithmetic ('" + binary.OperatorType + "')"),
        SqlFunctionExpression function when !Aggregates.Contains(function.Name) => ZohoCrmStrings.FunctionNotSupported(function.Name),
        RowNumberExpression => ZohoCrmStrings.SubqueriesNotSupported,
        _ => ZohoCrmStrings.QueryShapeNotSupported(expression.GetType().Name),
    };

    private static SqlExpression StripConvert(SqlExpression expression) =>
        expression is SqlUnaryExpression { OperatorType: ExpressionType.Convert } convert ? StripConvert(convert.Operand) : expression;

    private static bool IsComparison(ExpressionType type) =>
        type is ExpressionType.Equal or ExpressionType.NotEqual or ExpressionType.LessThan or ExpressionType.LessThanOrEqual
            or ExpressionType.GreaterThan or ExpressionType.GreaterThanOrEqual;

    // As EF reports an operator it cannot translate: the query, the reason, and the advice to evaluate on the client.
    private void Fail(string message) =>
        throw new InvalidOperationException(_query is null ? message : CoreStrings.TranslationFailedWithDetails(_query.Print(), message));
}

using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;
using EFCore.ZohoCrm.Properties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;

namespace EFCore.ZohoCrm.Query.Internal;

/// <summary>
/// Translates LINQ operators, refusing early, with a Zoho-specific sentence, the ones COQL has no form for: joins
/// that do not follow a lookup, SelectMany, GroupJoin, set operations, Distinct, Reverse, SkipWhile/TakeWhile and
/// DefaultIfEmpty. A top-level <c>Any</c>/<c>All</c> becomes a COUNT (one call, no EXISTS needed).
/// <c>ExecuteUpdate</c>/<c>ExecuteDelete</c> become the dialect's UPDATE and DELETE over one module, its condition
/// free to follow lookups; what they cannot express (paging, values computed from fields, fields of another module,
/// the id, read-only fields) is refused here. Internal API.
/// </summary>
public class ZohoCrmQueryableMethodTranslatingExpressionVisitor : RelationalQueryableMethodTranslatingExpressionVisitor
{
    private readonly bool _subquery;

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public ZohoCrmQueryableMethodTranslatingExpressionVisitor(
        QueryableMethodTranslatingExpressionVisitorDependencies dependencies,
        RelationalQueryableMethodTranslatingExpressionVisitorDependencies relationalDependencies,
        RelationalQueryCompilationContext queryCompilationContext)
        : base(dependencies, relationalDependencies, queryCompilationContext)
    {
    }

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    protected ZohoCrmQueryableMethodTranslatingExpressionVisitor(ZohoCrmQueryableMethodTranslatingExpressionVisitor parentVisitor)
        : base(parentVisitor)
        => _subquery = true;

    /// <inheritdoc />
    public override Expression Translate(Expression expression)
    {
        if (!_subquery && QueryCompilationContext is ZohoCrmQueryCompilationContext zohoContext)
        {
            zohoContext.TranslatedQuery = expression;
        }

        return base.Translate(expression);
    }

    /// <inheritdoc />
    protected override QueryableMethodTranslatingExpressionVisitor CreateSubqueryVisitor() =>
        new ZohoCrmQueryableMethodTranslatingExpressionVisitor(this);

    /// <inheritdoc />
    protected override ShapedQueryExpression? TranslateJoin(
        ShapedQueryExpression outer, ShapedQueryExpression inner, LambdaExpression outerKeySelector,
        LambdaExpression innerKeySelector, LambdaExpression resultSelector)
        => CheckLookupJoin(base.TranslateJoin(outer, inner, outerKeySelector, innerKeySelector, resultSelector));

    /// <inheritdoc />
    protected override ShapedQueryExpression? TranslateLeftJoin(
        ShapedQueryExpression outer, ShapedQueryExpression inner, LambdaExpression outerKeySelector,
        LambdaExpression innerKeySelector, LambdaExpression resultSelector)
        => CheckLookupJoin(base.TranslateLeftJoin(outer, inner, outerKeySelector, innerKeySelector, resultSelector));

    /// <inheritdoc />
    protected override ShapedQueryExpression? TranslateRightJoin(
        ShapedQueryExpression outer, ShapedQueryExpression inner, LambdaExpression outerKeySelector,
        LambdaExpression innerKeySelector, LambdaExpression resultSelector)
        => Refuse(ZohoCrmStrings.JoinNotLookup);

    /// <inheritdoc />
    protected override ShapedQueryExpression? TranslateSelectMany(
        ShapedQueryExpression source, LambdaExpression collectionSelector, LambdaExpression resultSelector)
        => Refuse(ZohoCrmStrings.JoinNotLookup);

    /// <inheritdoc />
    protected override ShapedQueryExpression? TranslateSelectMany(ShapedQueryExpression source, LambdaExpression selector)
        => Refuse(ZohoCrmStrings.JoinNotLookup);

    /// <inheritdoc />
    protected override ShapedQueryExpression? TranslateGroupJoin(
        ShapedQueryExpression outer, ShapedQueryExpression inner, LambdaExpression outerKeySelector,
        LambdaExpression innerKeySelector, LambdaExpression resultSelector)
        => Refuse(ZohoCrmStrings.JoinNotLookup);

    /// <inheritdoc />
    protected override ShapedQueryExpression TranslateConcat(ShapedQueryExpression source1, ShapedQueryExpression source2)
        => Refuse(ZohoCrmStrings.SetOperationsNotSupported(nameof(Queryable.Concat)));

    /// <inheritdoc />
    protected override ShapedQueryExpression TranslateUnion(ShapedQueryExpression source1, ShapedQueryExpression source2)
        => Refuse(ZohoCrmStrings.SetOperationsNotSupported(nameof(Queryable.Union)));

    /// <inheritdoc />
    protected override ShapedQueryExpression TranslateExcept(ShapedQueryExpression source1, ShapedQueryExpression source2)
        => Refuse(ZohoCrmStrings.SetOperationsNotSupported(nameof(Queryable.Except)));

    /// <inheritdoc />
    protected override ShapedQueryExpression TranslateIntersect(ShapedQueryExpression source1, ShapedQueryExpression source2)
        => Refuse(ZohoCrmStrings.SetOperationsNotSupported(nameof(Queryable.Intersect)));

    // COQL groups by fields only; EF's own refusal of a computed key would say nothing about Zoho.
    /// <inheritdoc />
    protected override ShapedQueryExpression? TranslateGroupBy(
        ShapedQueryExpression source, LambdaExpression keySelector, LambdaExpression? elementSelector, LambdaExpression? resultSelector)
        => base.TranslateGroupBy(source, keySelector, elementSelector, resultSelector)
            ?? Refuse(ZohoCrmStrings.ComputationNotSupported("grouping by a computed value"));

    /// <inheritdoc />
    protected override ShapedQueryExpression TranslateDistinct(ShapedQueryExpression source)
        => Refuse(ZohoCrmStrings.DistinctNotSupported);

    /// <inheritdoc />
    protected override ShapedQueryExpression? TranslateReverse(ShapedQueryExpression source)
        => Refuse(ZohoCrmStrings.OperatorNotSupported(nameof(Queryable.Reverse)));

    /// <inheritdoc />
    protected override ShapedQueryExpression? TranslateSkipWhile(ShapedQueryExpression source, LambdaExpression predicate)
        => Refuse(ZohoCrmStrings.OperatorNotSupported(nameof(Queryable.SkipWhile)));

    /// <inheritdoc />
    protected override ShapedQueryExpression? TranslateTakeWhile(ShapedQueryExpression source, LambdaExpression predicate)
        => Refuse(ZohoCrmStrings.OperatorNotSupported(nameof(Queryable.TakeWhile)));

    /// <inheritdoc />
    protected override ShapedQueryExpression? TranslateDefaultIfEmpty(ShapedQueryExpression source, Expression? defaultValue)
        => Refuse(ZohoCrmStrings.OperatorNotSupported(nameof(Queryable.DefaultIfEmpty)));

    /// <inheritdoc />
    protected override ShapedQueryExpression? TranslateAny(ShapedQueryExpression source, LambdaExpression? predicate)
    {
        if (_subquery)
        {
            // Any inside a predicate would be EXISTS: translated by the base, refused by the validator.
            return base.TranslateAny(source, predicate);
        }

        // COQL has no EXISTS; the count of matching records answers the same question in one call.
        var count = TranslateCount(source, predicate);
        return count?.UpdateShaperExpression(Expression.GreaterThan(count.ShaperExpression, Expression.Constant(0)));
    }

    /// <inheritdoc />
    protected override ShapedQueryExpression? TranslateAll(ShapedQueryExpression source, LambdaExpression predicate)
    {
        if (_subquery)
        {
            return base.TranslateAll(source, predicate);
        }

        var negated = Expression.Lambda(Expression.Not(predicate.Body), predicate.Parameters);
        var count = TranslateCount(source, negated);
        return count?.UpdateShaperExpression(Expression.Equal(count.ShaperExpression, Expression.Constant(0)));
    }

    /// <inheritdoc />
    protected override ShapedQueryExpression? TranslateSum(ShapedQueryExpression source, LambdaExpression? selector, Type resultType)
    {
        var translated = base.TranslateSum(source, selector, resultType);
        if (translated is null)
        {
            return null;
        }

        // COQL has no COALESCE, so SUM over no records (or only empty values) comes back NULL; LINQ's Sum is 0 then.
        // The query sends SUM alone and the shaper puts the 0 in.
        var shaper = translated.ShaperExpression;
        var value = shaper is UnaryExpression { NodeType: ExpressionType.Convert } convert && Nullable.GetUnderlyingType(convert.Operand.Type) is not null
            ? convert.Operand
            : shaper;
        if (Nullable.GetUnderlyingType(value.Type) is not { } underlying)
        {
            return translated;
        }

        Expression coalesced = Expression.Coalesce(value, Expression.Constant(Activator.CreateInstance(underlying), underlying));
        if (coalesced.Type != shaper.Type)
        {
            coalesced = Expression.Convert(coalesced, shaper.Type);
        }

        return translated.UpdateShaperExpression(coalesced);
    }

    /// <inheritdoc />
    protected override DeleteExpression? TranslateExecuteDelete(ShapedQueryExpression source)
    {
        if (ExecuteSourceRefusal(source, nameof(EntityFrameworkQueryableExtensions.ExecuteDelete)) is { } refusal)
        {
            AddTranslationErrorDetails(refusal);
            return null;
        }

        return base.TranslateExecuteDelete(source);
    }

    /// <inheritdoc />
    protected override UpdateExpression? TranslateExecuteUpdate(ShapedQueryExpression source, IReadOnlyList<ExecuteUpdateSetter> setters)
    {
        if (ExecuteSourceRefusal(source, nameof(EntityFrameworkQueryableExtensions.ExecuteUpdate)) is { } refusal)
        {
            AddTranslationErrorDetails(refusal);
            return null;
        }

        if (SetterLambdaRefusal((SelectExpression)source.QueryExpression, setters) is { } setterLambdaRefusal)
        {
            AddTranslationErrorDetails(setterLambdaRefusal);
            return null;
        }

        UpdateExpression? update;
        try
        {
            TranslatingUpdateSetters = true;
            update = base.TranslateExecuteUpdate(source, setters);
        }
        finally
        {
            TranslatingUpdateSetters = false;
        }

        if (update is not null && SetterRefusal(update) is { } setterRefusal)
        {
            AddTranslationErrorDetails(setterRefusal);
            return null;
        }

        return update;
    }

    /// <summary>
    /// Whether ExecuteUpdate's setters are being translated, when a value (a literal or parameter) is translated
    /// for the UPDATE to send rather than left to the client as in a projection.
    /// </summary>
    internal bool TranslatingUpdateSetters { get; private set; }

    // Lookup joins in the condition are paths the dialect writes after WHERE; the shape validator checks them.
    /// <inheritdoc />
    protected override bool IsValidSelectExpressionForExecuteDelete(SelectExpression selectExpression) =>
        selectExpression.Tables[0] is TableExpression;

    /// <inheritdoc />
    protected override bool IsValidSelectExpressionForExecuteUpdate(
        SelectExpression selectExpression, TableExpressionBase targetTable, [NotNullWhen(true)] out TableExpression? tableExpression)
    {
        if (ReferenceEquals(selectExpression.Tables[0], targetTable) && targetTable is TableExpression table)
        {
            tableExpression = table;
            return true;
        }

        // The field set is on a record reached through a lookup (of the same module, or SetterLambdaRefusal would
        // have said so). Returning false would make EF join the module to a subquery of itself and fail on that.
        var query = (QueryCompilationContext as ZohoCrmQueryCompilationContext)?.TranslatedQuery;
        throw new InvalidOperationException(query is null
            ? ZohoCrmStrings.ExecuteUpdateThroughLookup
            : CoreStrings.NonQueryTranslationFailedWithDetails(query.Print(), ZohoCrmStrings.ExecuteUpdateThroughLookup));
    }

    // The dialect's UPDATE and DELETE have a WHERE and nothing else.
    private static string? ExecuteSourceRefusal(ShapedQueryExpression source, string method)
    {
        var select = (SelectExpression)source.QueryExpression;
        var paged = select.Tables[0] as SelectExpression ?? select;
        if (paged.Limit is not null || paged.Offset is not null || paged.Orderings.Count > 0 || select.Orderings.Count > 0)
        {
            return ZohoCrmStrings.ExecutePagingNotSupported(method);
        }

        return select.Tables[0] switch
        {
            FromSqlExpression => ZohoCrmStrings.FromSqlNotComposable,
            SelectExpression => ZohoCrmStrings.SubqueriesNotSupported,
            _ => null,
        };
    }

    // Before translation, what the setter lambdas show: a value read from the record, a field of another module.
    private static string? SetterLambdaRefusal(SelectExpression select, IReadOnlyList<ExecuteUpdateSetter> setters)
    {
        var updated = select.Tables[0] is TableExpression { Table: var table } ? table : null;
        foreach (var (propertySelector, valueExpression) in setters)
        {
            // Captured variables and constants are parameters and literals by now; a value lambda that still reads
            // its parameter is computed from the record.
            if (valueExpression is LambdaExpression { Parameters: [var record] } value && ReadsParameter(value.Body, record))
            {
                return ZohoCrmStrings.ExecuteUpdateValueNotConstant(PropertyName(propertySelector));
            }

            // A property of an entity other than the updated module's: reached through a navigation.
            if (updated is not null && EntityOwningProperty(propertySelector) is { } owner
                && updated.Model.Model.FindEntityType(owner) is not null
                && updated.EntityTypeMappings.All(m => m.TypeBase.ClrType != owner))
            {
                return ZohoCrmStrings.ExecuteUpdateThroughLookup;
            }
        }

        return null;

        static Type? EntityOwningProperty(LambdaExpression propertySelector) => Unconverted(propertySelector.Body) switch
        {
            MemberExpression { Expression: { } instance } => instance.Type,
            MethodCallExpression { Method.Name: nameof(EF.Property), Arguments: [var instance, _] } call
                when call.Method.DeclaringType == typeof(EF) => instance.Type,
            _ => null,
        };
    }

    private static bool ReadsParameter(Expression body, ParameterExpression parameter)
    {
        var finder = new ParameterFinder(parameter);
        finder.Visit(body);
        return finder.Found;
    }

    private static string PropertyName(LambdaExpression propertySelector) =>
        Unconverted(propertySelector.Body) is MemberExpression member ? member.Member.Name : propertySelector.Body.ToString();

    private static Expression Unconverted(Expression expression) =>
        expression is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : expression;

    private sealed class ParameterFinder(ParameterExpression parameter) : ExpressionVisitor
    {
        public bool Found { get; private set; }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            Found |= node == parameter;
            return node;
        }
    }

    // Each field set must be a writable field of the updated module, set to a value sent with the statement.
    private static string? SetterRefusal(UpdateExpression update)
    {
        foreach (var (column, value) in update.ColumnValueSetters)
        {
            var property = update.Table.Table.FindColumn(column.Name)?.PropertyMappings.FirstOrDefault()?.Property;
            if (property?.IsPrimaryKey() == true)
            {
                return ZohoCrmStrings.ExecuteUpdateSetsKey(property.Name);
            }

            if (property is not null && property.GetAfterSaveBehavior() != PropertySaveBehavior.Save)
            {
                return ZohoCrmStrings.ExecuteUpdateSetsReadOnlyField(property.Name, column.Name);
            }

            if (StripConvert(value) is not (SqlConstantExpression or SqlParameterExpression))
            {
                return ZohoCrmStrings.ExecuteUpdateValueNotConstant(property?.Name ?? column.Name);
            }
        }

        return null;

        static SqlExpression StripConvert(SqlExpression expression) =>
            expression is SqlUnaryExpression { OperatorType: ExpressionType.Convert } convert ? StripConvert(convert.Operand) : expression;
    }

    private ShapedQueryExpression? CheckLookupJoin(ShapedQueryExpression? translated)
    {
        if (translated?.QueryExpression is not SelectExpression select)
        {
            return translated;
        }

        var (table, predicate) = select.Tables[^1] switch
        {
            LeftJoinExpression leftJoin => (leftJoin.Table, leftJoin.JoinPredicate),
            InnerJoinExpression innerJoin => (innerJoin.Table, innerJoin.JoinPredicate),
            _ => ((TableExpressionBase?)null, (SqlExpression?)null),
        };

        // An inner join of a filtered module carries the filter through the lookup (ZohoCrmInnerLookupJoinRewriter).
        var joinable = table is TableExpression
            || select.Tables[^1] is InnerJoinExpression && table is SelectExpression filtered && ZohoCrmInnerLookupJoinRewriter.IsFilteredModule(filtered);
        if (joinable && ZohoCrmLookupPaths.TryGetLookupColumn(predicate!, table!.Alias!, out _))
        {
            return translated;
        }

        return Refuse(joinable && ZohoCrmLookupPaths.IsReverseLookup(predicate!, table!.Alias!) ? ZohoCrmStrings.ReverseLookupJoinNotSupported
            : table is SelectExpression ? ZohoCrmStrings.SubqueriesNotSupported
            : ZohoCrmStrings.JoinNotLookup);
    }

    // EF's CheckTranslated treats null as "could not be translated" and appends the details added here.
    private ShapedQueryExpression Refuse(string details)
    {
        AddTranslationErrorDetails(details);
        return null!;
    }
}

using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;
using System.Reflection;
using System.Text;
using EFCore.ZohoCrm.Properties;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;

namespace EFCore.ZohoCrm.Query.Internal;

/// <summary>
/// Translates lambda bodies to SQL nodes, refusing what COQL cannot evaluate: arithmetic, string concatenation,
/// conditionals and coalescing. In a final Select a refused part runs on the client; in Where or OrderBy it fails
/// with EF's translation error plus a sentence saying what Zoho cannot do. <c>StartsWith</c>, <c>EndsWith</c> and
/// <c>Contains</c> on strings become LIKE with the wildcards of the value escaped. Internal API.
/// </summary>
/// <remarks>
/// A value's <c>%</c>, <c>_</c> and backslash are escaped with a backslash and the LIKE says <c>ESCAPE '\'</c> (always
/// for a parameter, whose value is known only when the query runs); ZohoCrm.Data turns the pattern into what Zoho accepts.
/// </remarks>
public class ZohoCrmSqlTranslatingExpressionVisitor : RelationalSqlTranslatingExpressionVisitor
{
    private static readonly MethodInfo StringStartsWith = typeof(string).GetRuntimeMethod(nameof(string.StartsWith), [typeof(string)])!;
    private static readonly MethodInfo StringEndsWith = typeof(string).GetRuntimeMethod(nameof(string.EndsWith), [typeof(string)])!;
    private static readonly MethodInfo StringContains = typeof(string).GetRuntimeMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo StringStartsWithChar = typeof(string).GetRuntimeMethod(nameof(string.StartsWith), [typeof(char)])!;
    private static readonly MethodInfo StringEndsWithChar = typeof(string).GetRuntimeMethod(nameof(string.EndsWith), [typeof(char)])!;
    private static readonly MethodInfo StringContainsChar = typeof(string).GetRuntimeMethod(nameof(string.Contains), [typeof(char)])!;

    private static readonly MethodInfo StringStartsWithComparison =
        typeof(string).GetRuntimeMethod(nameof(string.StartsWith), [typeof(string), typeof(StringComparison)])!;
    private static readonly MethodInfo StringEndsWithComparison =
        typeof(string).GetRuntimeMethod(nameof(string.EndsWith), [typeof(string), typeof(StringComparison)])!;
    private static readonly MethodInfo StringContainsComparison =
        typeof(string).GetRuntimeMethod(nameof(string.Contains), [typeof(string), typeof(StringComparison)])!;
    private static readonly MethodInfo StringEqualsComparison =
        typeof(string).GetRuntimeMethod(nameof(string.Equals), [typeof(string), typeof(StringComparison)])!;
    private static readonly MethodInfo StaticStringEqualsComparison =
        typeof(string).GetRuntimeMethod(nameof(string.Equals), [typeof(string), typeof(string), typeof(StringComparison)])!;

    private static readonly MethodInfo LikePatternMethod =
        typeof(ZohoCrmSqlTranslatingExpressionVisitor).GetTypeInfo().GetDeclaredMethod(nameof(ConstructLikePattern))!;

    private const string LikeEscape = "\\";
    private static readonly System.Buffers.SearchValues<char> LikeSpecialCharacters = System.Buffers.SearchValues.Create("%_\\");

    private readonly QueryCompilationContext _queryCompilationContext;
    private readonly ISqlExpressionFactory _sqlExpressionFactory;
    private readonly QueryableMethodTranslatingExpressionVisitor _queryableMethodTranslatingExpressionVisitor;

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public ZohoCrmSqlTranslatingExpressionVisitor(
        RelationalSqlTranslatingExpressionVisitorDependencies dependencies,
        QueryCompilationContext queryCompilationContext,
        QueryableMethodTranslatingExpressionVisitor queryableMethodTranslatingExpressionVisitor)
        : base(dependencies, queryCompilationContext, queryableMethodTranslatingExpressionVisitor)
    {
        _queryCompilationContext = queryCompilationContext;
        _sqlExpressionFactory = dependencies.SqlExpressionFactory;
        _queryableMethodTranslatingExpressionVisitor = queryableMethodTranslatingExpressionVisitor;
    }

    /// <summary>Where a LIKE pattern's text sits.</summary>
    public enum LikeKind
    {
        /// <summary><c>value%</c></summary>
        StartsWith,

        /// <summary><c>%value</c></summary>
        EndsWith,

        /// <summary><c>%value%</c></summary>
        Contains,
    }

    /// <inheritdoc />
    protected override Expression VisitBinary(BinaryExpression binaryExpression)
    {
        var refused = binaryExpression.NodeType switch
        {
            ExpressionType.Add when binaryExpression.Type == typeof(string) => "string concatenation",
            ExpressionType.Add or ExpressionType.AddChecked or ExpressionType.Subtract or ExpressionType.SubtractChecked
                or ExpressionType.Multiply or ExpressionType.MultiplyChecked or ExpressionType.Divide or ExpressionType.Modulo
                or ExpressionType.Power => "arithmetic ('" + binaryExpression.NodeType + "')",
            ExpressionType.And or ExpressionType.Or or ExpressionType.ExclusiveOr when binaryExpression.Type != typeof(bool)
                => "a bitwise operation",
            ExpressionType.LeftShift or ExpressionType.RightShift => "a bitwise operation",
            ExpressionType.Coalesce => "the ?? operator",
            _ => null,
        };

        return refused is null ? base.VisitBinary(binaryExpression) : NotTranslated(ZohoCrmStrings.ComputationNotSupported(refused));
    }

    /// <summary>
    /// In a projection, only what COQL can select is translated: fields and aggregates. Anything else (a comparison,
    /// a parameter) returns null, so EF selects its parts and evaluates it on the client. The values of
    /// ExecuteUpdate's setters also come here; they are kept as translated, for the UPDATE to send.
    /// </summary>
    // [EntityFrameworkInternal]: the projection binding calls only this method for a projected expression; the public
    // Translate also serves Where and OrderBy, where what COQL cannot select must still be refused, not moved to the client.
#pragma warning disable EF1001
    public override Expression? TranslateProjection(Expression expression, bool applyDefaultTypeMapping = true)
    {
        var translation = base.TranslateProjection(expression, applyDefaultTypeMapping);
#pragma warning restore EF1001
        return translation is SqlExpression sql && !IsSelectable(sql)
            && _queryableMethodTranslatingExpressionVisitor is not ZohoCrmQueryableMethodTranslatingExpressionVisitor { TranslatingUpdateSetters: true }
                ? null
                : translation;

        // A subquery stays in the projection so that the shape validator refuses it with its reason: evaluating it
        // on the client is not possible (EF would fail while applying the projection).
        static bool IsSelectable(SqlExpression sql) => sql switch
        {
            ScalarSubqueryExpression or ExistsExpression or InExpression { Subquery: not null } => true,
            ColumnExpression => true,
            SqlUnaryExpression { OperatorType: ExpressionType.Convert } convert => IsSelectable(convert.Operand),
            SqlFunctionExpression { IsBuiltIn: true, Name: "COUNT" or "SUM" or "MIN" or "MAX" or "AVG" } => true,
            _ => false,
        };
    }

    /// <inheritdoc />
    protected override Expression VisitConditional(ConditionalExpression conditionalExpression) =>
        NotTranslated(ZohoCrmStrings.ComputationNotSupported("a conditional expression (?:)"));

    /// <inheritdoc />
    protected override Expression VisitMethodCall(MethodCallExpression methodCallExpression)
    {
        var method = methodCallExpression.Method;
        LikeKind? kind = method == StringStartsWith || method == StringStartsWithChar || method == StringStartsWithComparison ? LikeKind.StartsWith
            : method == StringEndsWith || method == StringEndsWithChar || method == StringEndsWithComparison ? LikeKind.EndsWith
            : method == StringContains || method == StringContainsChar || method == StringContainsComparison ? LikeKind.Contains
            : null;

        // Zoho compares text ignoring case: the IgnoreCase comparisons are its own; an ordinal one is the dialect's
        // EXACT, which ZohoCrm.Data sends as Zoho's comparison (a superset) and re-checks with exact case, as for
        // UPPER/LOWER; a culture-sensitive one has no such re-check.
        var exactCase = false;
        if (method == StringStartsWithComparison || method == StringEndsWithComparison || method == StringContainsComparison
            || method == StringEqualsComparison || method == StaticStringEqualsComparison)
        {
            exactCase = IsOrdinal(methodCallExpression.Arguments[^1]);
            if (!exactCase && !IgnoresCase(methodCallExpression.Arguments[^1]))
            {
                return NotTranslated(ZohoCrmStrings.CaseSensitiveComparisonNotSupported(method.Name));
            }

            if (kind is null)
            {
                var (left, right) = method.IsStatic
                    ? (methodCallExpression.Arguments[0], methodCallExpression.Arguments[1])
                    : (methodCallExpression.Object!, methodCallExpression.Arguments[0]);
                return exactCase ? TranslateExactEquality(left, right) : Visit(Expression.Equal(left, right));
            }
        }

        if (kind is { } likeKind
            && TryTranslateLike(methodCallExpression.Object!, methodCallExpression.Arguments[0], likeKind, exactCase, out var translation))
        {
            return translation;
        }

        // The dialect's UPPER and LOWER: ZohoCrm.Data sends the plain comparison (Zoho ignores case) and re-checks.
        if (method.DeclaringType == typeof(string) && method.Name is nameof(string.ToUpper) or nameof(string.ToUpperInvariant)
                or nameof(string.ToLower) or nameof(string.ToLowerInvariant)
            && methodCallExpression.Arguments.Count == 0)
        {
            if (Visit(methodCallExpression.Object) is not SqlExpression instance)
            {
                return QueryCompilationContext.NotTranslatedExpression;
            }

            return _sqlExpressionFactory.Function(
                method.Name.StartsWith(nameof(string.ToUpper), StringComparison.Ordinal) ? "UPPER" : "LOWER",
                [instance], nullable: true, argumentsPropagateNullability: [true], typeof(string), instance.TypeMapping);
        }

        var result = base.VisitMethodCall(methodCallExpression);
        if (result == QueryCompilationContext.NotTranslatedExpression)
        {
            // As EFCore.Cosmos does: EF's generic message, plus what Zoho cannot do.
            AddTranslationErrorDetails(ZohoCrmStrings.MethodNotSupported(method.DeclaringType?.Name + "." + method.Name));
        }

        return result;
    }

    /// <inheritdoc />
    protected override Expression VisitMember(MemberExpression memberExpression)
    {
        var result = base.VisitMember(memberExpression);
        // A member of a value (string.Length, DateOnly.Year, List<string>.Count): as for methods, say what Zoho cannot do.
        if (result == QueryCompilationContext.NotTranslatedExpression && memberExpression.Expression is not null)
        {
            AddTranslationErrorDetails(ZohoCrmStrings.MethodNotSupported(memberExpression.Member.DeclaringType?.Name + "." + memberExpression.Member.Name));
        }

        return result;
    }

    private static bool IsOrdinal(Expression comparison) => comparison is ConstantExpression { Value: StringComparison.Ordinal };

    /// <summary><c>EXACT(field) = value</c>, the field on the left whichever side it was written on.</summary>
    private Expression TranslateExactEquality(Expression left, Expression right)
    {
        if (Visit(left) is not SqlExpression translatedLeft || Visit(right) is not SqlExpression translatedRight)
        {
            return QueryCompilationContext.NotTranslatedExpression;
        }

        if (translatedRight is ColumnExpression && translatedLeft is not ColumnExpression)
        {
            (translatedLeft, translatedRight) = (translatedRight, translatedLeft);
        }

        var typeMapping = ExpressionExtensions.InferTypeMapping(translatedLeft, translatedRight);
        translatedLeft = _sqlExpressionFactory.ApplyTypeMapping(translatedLeft, typeMapping);
        translatedRight = _sqlExpressionFactory.ApplyTypeMapping(translatedRight, typeMapping);
        return _sqlExpressionFactory.Equal(Exact(translatedLeft), translatedRight);
    }

    private SqlExpression Exact(SqlExpression text) =>
        _sqlExpressionFactory.Function("EXACT", [text], nullable: true, argumentsPropagateNullability: [true], typeof(string), text.TypeMapping);

    private static bool IgnoresCase(Expression comparison) =>
        comparison is ConstantExpression { Value: StringComparison value }
        && value is StringComparison.OrdinalIgnoreCase or StringComparison.InvariantCultureIgnoreCase or StringComparison.CurrentCultureIgnoreCase;

    private bool TryTranslateLike(
        Expression instance, Expression pattern, LikeKind kind, bool exactCase, [NotNullWhen(true)] out SqlExpression? translation)
    {
        translation = null;
        if (Visit(instance) is not SqlExpression translatedInstance || Visit(pattern) is not SqlExpression translatedPattern)
        {
            return false;
        }

        var typeMapping = ExpressionExtensions.InferTypeMapping(translatedInstance, translatedPattern);
        translatedInstance = _sqlExpressionFactory.ApplyTypeMapping(translatedInstance, typeMapping);
        if (exactCase)
        {
            translatedInstance = Exact(translatedInstance);
        }

        switch (translatedPattern)
        {
            case SqlConstantExpression { Value: var value }:
                if (value is null)
                {
                    translation = _sqlExpressionFactory.Like(translatedInstance, _sqlExpressionFactory.Constant(null, typeof(string), typeMapping));
                    return true;
                }

                var text = value.ToString()!;
                translation = _sqlExpressionFactory.Like(
                    translatedInstance,
                    _sqlExpressionFactory.Constant(MakePattern(text, kind), typeMapping),
                    text.AsSpan().IndexOfAny(LikeSpecialCharacters) >= 0 ? _sqlExpressionFactory.Constant(LikeEscape) : null);
                return true;

            case SqlParameterExpression parameter:
                var lambda = Expression.Lambda(
                    Expression.Call(
                        LikePatternMethod,
                        QueryCompilationContext.QueryContextParameter,
                        Expression.Constant(parameter.Name),
                        Expression.Constant(kind)),
                    QueryCompilationContext.QueryContextParameter);
                var patternParameter = _queryCompilationContext.RegisterRuntimeParameter(
                    parameter.Name + "_" + kind.ToString().ToLowerInvariant(), lambda);
                translation = _sqlExpressionFactory.Like(
                    translatedInstance,
                    new SqlParameterExpression(patternParameter.Name, patternParameter.Type, typeMapping),
                    _sqlExpressionFactory.Constant(LikeEscape));
                return true;

            default:
                // A pattern taken from another field cannot be escaped, and COQL compares fields only with values.
                AddTranslationErrorDetails(ZohoCrmStrings.ComputationNotSupported("a LIKE pattern built from another field"));
                return false;
        }
    }

    /// <summary>Builds the LIKE pattern of a parameter's value when the query runs.</summary>
    public static string? ConstructLikePattern(QueryContext queryContext, string baseParameterName, LikeKind kind) =>
        queryContext.Parameters[baseParameterName] switch
        {
            null => null,
            var value => MakePattern(value.ToString()!, kind),
        };

    /// <summary>The pattern for a value: its wildcards escaped, <c>%</c> on the open side(s).</summary>
    public static string MakePattern(string value, LikeKind kind)
    {
        var builder = new StringBuilder(value.Length + 4);
        if (kind is LikeKind.EndsWith or LikeKind.Contains)
        {
            builder.Append('%');
        }

        foreach (var c in value)
        {
            if (c is '%' or '_' or '\\')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        if (kind is LikeKind.StartsWith or LikeKind.Contains)
        {
            builder.Append('%');
        }

        return builder.ToString();
    }

    private Expression NotTranslated(string details)
    {
        AddTranslationErrorDetails(details);
        return QueryCompilationContext.NotTranslatedExpression;
    }
}

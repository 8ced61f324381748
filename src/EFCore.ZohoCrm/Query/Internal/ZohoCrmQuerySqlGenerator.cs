using System.Linq.Expressions;
using EFCore.ZohoCrm.Metadata.Internal;
using EFCore.ZohoCrm.Properties;
using EFCore.ZohoCrm.Storage.Internal;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;

namespace EFCore.ZohoCrm.Query.Internal;

/// <summary>
/// Writes a translated query in the COQL dialect ZohoCrm.Data executes:
/// <c>SELECT cols FROM Module [WHERE ...] [GROUP BY ...] [ORDER BY ...] [LIMIT count] [OFFSET skip]</c>, on one line,
/// and its DML for ExecuteUpdate/ExecuteDelete: <c>UPDATE Module SET Field = value[, ...] [WHERE ...]</c>,
/// <c>DELETE FROM Module [WHERE ...]</c>.
/// Lookup joins become dot paths (<c>Account_Name.Industry</c>), there are no table aliases or column aliases
/// (EF reads columns by position), a bare boolean field in a condition becomes <c>Field = 'true'</c>, and
/// <c>COUNT(*)</c> becomes <c>COUNT(id)</c>. The post-translation validator has already rejected what COQL cannot
/// express, so this class only writes. Internal API.
/// </summary>
public class ZohoCrmQuerySqlGenerator : QuerySqlGenerator
{
    private readonly ISqlGenerationHelper _sqlGenerationHelper;
    private ZohoCrmLookupPaths? _paths;
    private bool _inPredicate;

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public ZohoCrmQuerySqlGenerator(QuerySqlGeneratorDependencies dependencies)
        : base(dependencies)
        => _sqlGenerationHelper = dependencies.SqlGenerationHelper;

    /// <inheritdoc />
    protected override Expression VisitSelect(SelectExpression selectExpression)
    {
        if (selectExpression.Alias is not null)
        {
            throw new InvalidOperationException(ZohoCrmStrings.SubqueriesNotSupported);
        }

        // Raw COQL from FromSql/SqlQuery, not composed: sent as written.
        if (selectExpression.Tables is [FromSqlExpression fromSql]
            && selectExpression.Predicate is null
            && selectExpression.Orderings.Count == 0
            && selectExpression.Limit is null
            && selectExpression.Offset is null
            && selectExpression.GroupBy.Count == 0)
        {
            Visit(fromSql);
            return selectExpression;
        }

        _paths = PathsOf(selectExpression);

        Sql.Append("SELECT ");
        GenerateProjection(selectExpression);
        Sql.Append(" FROM ");
        Sql.Append(_sqlGenerationHelper.DelimitIdentifier(((TableExpression)selectExpression.Tables[0]).Name));
        GenerateWhere(selectExpression);

        if (selectExpression.GroupBy.Count > 0)
        {
            Sql.Append(" GROUP BY ");
            GenerateCommaSeparated(selectExpression.GroupBy);
        }

        GenerateOrderings(selectExpression);
        GenerateLimitOffset(selectExpression);
        return selectExpression;
    }

    /// <summary>
    /// Writes <c>UPDATE Module SET Field = value[, ...] [WHERE ...]</c>. The translator has let through only a
    /// condition, fields of the module itself and values sent with the statement (literals or parameters).
    /// </summary>
    protected override Expression VisitUpdate(UpdateExpression updateExpression)
    {
        _paths = PathsOf(updateExpression.SelectExpression);
        Sql.Append("UPDATE ").Append(_sqlGenerationHelper.DelimitIdentifier(updateExpression.Table.Name)).Append(" SET ");
        for (var i = 0; i < updateExpression.ColumnValueSetters.Count; i++)
        {
            if (i > 0)
            {
                Sql.Append(", ");
            }

            var (column, value) = updateExpression.ColumnValueSetters[i];
            Sql.Append(_sqlGenerationHelper.DelimitIdentifier(column.Name)).Append(" = ");
            Visit(value);
        }

        GenerateWhere(updateExpression.SelectExpression);
        return updateExpression;
    }

    /// <summary>Writes <c>DELETE FROM Module [WHERE ...]</c>.</summary>
    protected override Expression VisitDelete(DeleteExpression deleteExpression)
    {
        _paths = PathsOf(deleteExpression.SelectExpression);
        Sql.Append("DELETE FROM ").Append(_sqlGenerationHelper.DelimitIdentifier(deleteExpression.Table.Name));
        GenerateWhere(deleteExpression.SelectExpression);
        return deleteExpression;
    }

    private ZohoCrmLookupPaths PathsOf(SelectExpression selectExpression) =>
        ZohoCrmLookupPaths.TryCreate(selectExpression, _sqlGenerationHelper, out var error)
            ?? throw new InvalidOperationException(error);

    // The same condition text for SELECT, UPDATE and DELETE: the dialect accepts one grammar after WHERE.
    private void GenerateWhere(SelectExpression selectExpression)
    {
        if (selectExpression.Predicate is not null)
        {
            Sql.Append(" WHERE ");
            _inPredicate = true;
            VisitCondition(selectExpression.Predicate);
            _inPredicate = false;
        }
    }

    /// <inheritdoc />
    protected override void GenerateProjection(SelectExpression selectExpression)
    {
        if (selectExpression.Projection.Count == 0)
        {
            // EF projects nothing when it only needs to know a row exists; COQL needs a column.
            Sql.Append("id");
            return;
        }

        for (var i = 0; i < selectExpression.Projection.Count; i++)
        {
            if (i > 0)
            {
                Sql.Append(", ");
            }

            // No "AS alias": EF reads the columns by position.
            Visit(selectExpression.Projection[i].Expression);
        }
    }

    /// <inheritdoc />
    protected override Expression VisitFromSql(FromSqlExpression fromSqlExpression)
    {
        Sql.Append(fromSqlExpression.Sql);
        return fromSqlExpression;
    }

    /// <inheritdoc />
    protected override void GenerateOrderings(SelectExpression selectExpression)
    {
        var orderings = selectExpression.Orderings
            .Where(o => o.Expression is not (SqlConstantExpression or SqlParameterExpression))
            .ToList();
        if (orderings.Count == 0)
        {
            return;
        }

        Sql.Append(" ORDER BY ");
        for (var i = 0; i < orderings.Count; i++)
        {
            if (i > 0)
            {
                Sql.Append(", ");
            }

            Visit(orderings[i].Expression);
            Sql.Append(orderings[i].IsAscending ? " ASC" : " DESC");
        }
    }

    /// <inheritdoc />
    protected override void GenerateLimitOffset(SelectExpression selectExpression)
    {
        if (selectExpression.Limit is not null)
        {
            Sql.Append(" LIMIT ");
            Visit(selectExpression.Limit);
        }

        if (selectExpression.Offset is not null)
        {
            Sql.Append(" OFFSET ");
            Visit(selectExpression.Offset);
        }
    }

    /// <inheritdoc />
    protected override Expression VisitColumn(ColumnExpression columnExpression)
    {
        var prefix = _paths?.PrefixOf(columnExpression.TableAlias) ?? string.Empty;
        if (_inPredicate && prefix.Length > 0 && string.Equals(columnExpression.Name, ZohoCrmSystemFields.Id, StringComparison.OrdinalIgnoreCase))
        {
            // The id of a looked-up record is the lookup's own value: 'Owner IS NULL' rather than 'Owner.id IS NULL'
            // (EF compares navigations by key), which spends none of COQL's joins.
            Sql.Append(prefix[..^1]);
            return columnExpression;
        }

        Sql.Append(prefix);
        Sql.Append(_sqlGenerationHelper.DelimitIdentifier(columnExpression.Name));
        return columnExpression;
    }

    /// <inheritdoc />
    protected override Expression VisitSqlFunction(SqlFunctionExpression sqlFunctionExpression)
    {
        if (sqlFunctionExpression is { IsBuiltIn: true, Arguments: [SqlFragmentExpression { Sql: "*" }] }
            && string.Equals(sqlFunctionExpression.Name, "COUNT", StringComparison.OrdinalIgnoreCase))
        {
            // COUNT(*) is not documented for COQL; every record has an id.
            Sql.Append("COUNT(id)");
            return sqlFunctionExpression;
        }

        Sql.Append(sqlFunctionExpression.Name.ToUpperInvariant()).Append("(");
        GenerateCommaSeparated(sqlFunctionExpression.Arguments ?? []);
        Sql.Append(")");
        return sqlFunctionExpression;
    }

    /// <inheritdoc />
    protected override Expression VisitSqlUnary(SqlUnaryExpression sqlUnaryExpression)
    {
        switch (sqlUnaryExpression.OperatorType)
        {
            // Numeric widening that EF adds around aggregates and comparisons: COQL values are untyped numbers.
            case ExpressionType.Convert:
                Visit(sqlUnaryExpression.Operand);
                return sqlUnaryExpression;

            case ExpressionType.Not when sqlUnaryExpression.Type == typeof(bool):
                if (IsBooleanField(sqlUnaryExpression.Operand))
                {
                    GenerateBooleanComparison((ColumnExpression)sqlUnaryExpression.Operand, " = 'false'");
                }
                else
                {
                    Sql.Append("NOT (");
                    VisitCondition(sqlUnaryExpression.Operand);
                    Sql.Append(")");
                }

                return sqlUnaryExpression;

            // A boolean field is never empty by itself: through a lookup it is empty exactly when the lookup is.
            case ExpressionType.Equal or ExpressionType.NotEqual
                when sqlUnaryExpression.Operand is ColumnExpression column && IsBooleanField(column) && LookupOf(column) is { } lookup:
                Sql.Append(lookup).Append(sqlUnaryExpression.OperatorType == ExpressionType.Equal ? " IS NULL" : " IS NOT NULL");
                return sqlUnaryExpression;

            default:
                return base.VisitSqlUnary(sqlUnaryExpression);
        }
    }

    /// <inheritdoc />
    protected override Expression VisitSqlBinary(SqlBinaryExpression sqlBinaryExpression)
    {
        if (sqlBinaryExpression.OperatorType is ExpressionType.AndAlso or ExpressionType.OrElse)
        {
            // Every composite operand is parenthesised: COQL wants each AND/OR to be binary and explicit.
            GenerateOperand(sqlBinaryExpression.Left);
            Sql.Append(sqlBinaryExpression.OperatorType == ExpressionType.AndAlso ? " AND " : " OR ");
            GenerateOperand(sqlBinaryExpression.Right);
            return sqlBinaryExpression;
        }

        if (sqlBinaryExpression.OperatorType is ExpressionType.Equal or ExpressionType.NotEqual
            && (sqlBinaryExpression.Left as ColumnExpression ?? sqlBinaryExpression.Right as ColumnExpression) is { } booleanField
            && IsBooleanField(booleanField)
            && LookupOf(booleanField) is not null)
        {
            Sql.Append("(");
            Visit(sqlBinaryExpression.Left);
            Sql.Append(GetOperator(sqlBinaryExpression));
            Visit(sqlBinaryExpression.Right);
            Sql.Append(" AND ").Append(LookupOf(booleanField)!).Append(" IS NOT NULL)");
            return sqlBinaryExpression;
        }

        Visit(sqlBinaryExpression.Left);
        Sql.Append(GetOperator(sqlBinaryExpression));
        Visit(sqlBinaryExpression.Right);
        return sqlBinaryExpression;

        void GenerateOperand(SqlExpression operand)
        {
            if (operand is SqlBinaryExpression { OperatorType: ExpressionType.AndAlso or ExpressionType.OrElse })
            {
                Sql.Append("(");
                VisitCondition(operand);
                Sql.Append(")");
            }
            else
            {
                VisitCondition(operand);
            }
        }
    }

    /// <inheritdoc />
    protected override string GetOperator(SqlBinaryExpression binaryExpression) =>
        binaryExpression.OperatorType == ExpressionType.NotEqual ? " != " : base.GetOperator(binaryExpression);

    /// <inheritdoc />
    protected override void GenerateLike(LikeExpression likeExpression, bool negated)
    {
        Visit(likeExpression.Match);
        Sql.Append(negated ? " NOT LIKE " : " LIKE ");
        Visit(likeExpression.Pattern);
        if (likeExpression.EscapeChar is not null)
        {
            Sql.Append(" ESCAPE ");
            Visit(likeExpression.EscapeChar);
        }
    }

    // Shapes the validator rejects, which the nullability processor can still produce from parameter values.
    /// <inheritdoc />
    protected override Expression VisitCase(CaseExpression caseExpression) =>
        throw new InvalidOperationException(ZohoCrmStrings.ComputationNotSupported("a conditional expression (CASE)"));

    /// <inheritdoc />
    protected override void GenerateExists(ExistsExpression existsExpression, bool negated) =>
        throw new InvalidOperationException(ZohoCrmStrings.SubqueriesNotSupported);

    /// <inheritdoc />
    protected override Expression VisitScalarSubquery(ScalarSubqueryExpression scalarSubqueryExpression) =>
        throw new InvalidOperationException(ZohoCrmStrings.SubqueriesNotSupported);

    /// <summary>Writes an expression that stands as a condition: a bare boolean field is compared with true.</summary>
    protected virtual void VisitCondition(SqlExpression condition)
    {
        if (condition is SqlConstantExpression { Value: bool constant })
        {
            // A condition EF settled at translation (e.g. a non-nullable field compared with null): every record
            // has an id, so these keep all rows or none.
            Sql.Append(constant ? "id IS NOT NULL" : "id IS NULL");
        }
        else if (IsBooleanField(condition))
        {
            GenerateBooleanComparison((ColumnExpression)condition, " = 'true'");
        }
        else
        {
            Visit(condition);
        }
    }

    // A boolean field has no empty value of its own; reached through an empty lookup it has none at all, and
    // whether Zoho then matches it against 'false' is not documented. LINQ's null propagation wants no match, so
    // the comparison also requires the lookup.
    private void GenerateBooleanComparison(ColumnExpression field, string comparison)
    {
        if (LookupOf(field) is { } lookup)
        {
            Sql.Append("(");
            Visit(field);
            Sql.Append(comparison).Append(" AND ").Append(lookup).Append(" IS NOT NULL)");
        }
        else
        {
            Visit(field);
            Sql.Append(comparison);
        }
    }

    /// <summary>The lookup path a column is reached through (<c>Account_Name.Parent_Account</c>), or null for the module's own.</summary>
    private string? LookupOf(ColumnExpression column) =>
        _paths?.PrefixOf(column.TableAlias) is { Length: > 0 } prefix ? prefix[..^1] : null;

    private static bool IsBooleanField(SqlExpression expression) =>
        expression is ColumnExpression column && column.Type == typeof(bool);

    private void GenerateCommaSeparated(IReadOnlyList<SqlExpression> expressions)
    {
        for (var i = 0; i < expressions.Count; i++)
        {
            if (i > 0)
            {
                Sql.Append(", ");
            }

            Visit(expressions[i]);
        }
    }
}

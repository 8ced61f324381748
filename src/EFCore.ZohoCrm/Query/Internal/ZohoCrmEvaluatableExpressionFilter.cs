using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;

namespace EFCore.ZohoCrm.Query.Internal;

/// <summary>
/// Lets <c>DateTime.Now</c>, <c>DateTime.UtcNow</c>, <c>DateTime.Today</c> and <c>DateTimeOffset.Now/UtcNow</c> be
/// evaluated on the client and sent as parameters: COQL has no NOW(). (The relational default keeps them for the
/// server, where SQL databases translate them.) Internal API.
/// </summary>
public class ZohoCrmEvaluatableExpressionFilter : RelationalEvaluatableExpressionFilter
{
    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public ZohoCrmEvaluatableExpressionFilter(
        EvaluatableExpressionFilterDependencies dependencies,
        RelationalEvaluatableExpressionFilterDependencies relationalDependencies)
        : base(dependencies, relationalDependencies)
    {
    }

    /// <inheritdoc />
    public override bool IsEvaluatableExpression(Expression expression, IModel model)
    {
        if (expression is MemberExpression { Expression: null, Member: var member }
            && (member.DeclaringType == typeof(DateTime) || member.DeclaringType == typeof(DateTimeOffset))
            && member.Name is nameof(DateTime.Now) or nameof(DateTime.UtcNow) or nameof(DateTime.Today))
        {
            return true;
        }

        return base.IsEvaluatableExpression(expression, model);
    }
}

using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;

namespace EFCore.ZohoCrm.Query.Internal;

/// <summary>Uses <see cref="ZohoCrmSqlNullabilityProcessor"/>. Internal API.</summary>
public class ZohoCrmParameterBasedSqlProcessor : RelationalParameterBasedSqlProcessor
{
    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public ZohoCrmParameterBasedSqlProcessor(
        RelationalParameterBasedSqlProcessorDependencies dependencies,
        RelationalParameterBasedSqlProcessorParameters parameters)
        : base(dependencies, parameters)
    {
    }

    /// <inheritdoc />
    protected override Expression ProcessSqlNullability(Expression queryExpression, ParametersCacheDecorator parametersDecorator)
        => new ZohoCrmSqlNullabilityProcessor(Dependencies, Parameters).Process(queryExpression, parametersDecorator);
}

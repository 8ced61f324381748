using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;

namespace EFCore.ZohoCrm.Query.Internal;

/// <summary>Uses <see cref="ZohoCrmSqlNullabilityProcessor"/>. Internal API.</summary>
public class ZohoCrmParameterBasedSqlProcessor : RelationalParameterBasedSqlProcessor
{
    public ZohoCrmParameterBasedSqlProcessor(
        RelationalParameterBasedSqlProcessorDependencies dependencies,
        RelationalParameterBasedSqlProcessorParameters parameters)
        : base(dependencies, parameters)
    {
    }

    protected override Expression ProcessSqlNullability(Expression queryExpression, ParametersCacheDecorator parametersDecorator)
        => new ZohoCrmSqlNullabilityProcessor(Dependencies, Parameters).Process(queryExpression, parametersDecorator);
}

using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Storage;

namespace EFCore.ZohoCrm.Query.Internal;

/// <summary>
/// <c>ToQueryString()</c>: one <c>-- @name='value'</c> line per parameter (as the COQL literal ZohoCrm.Data will
/// bind), then the query in the COQL dialect. Internal API.
/// </summary>
public class ZohoCrmQueryStringFactory : IRelationalQueryStringFactory
{
    private readonly IRelationalTypeMappingSource _typeMappingSource;

    public ZohoCrmQueryStringFactory(IRelationalTypeMappingSource typeMappingSource) => _typeMappingSource = typeMappingSource;

    public virtual string Create(DbCommand command)
    {
        if (command.Parameters.Count == 0)
        {
            return command.CommandText;
        }

        var builder = new StringBuilder();
        foreach (DbParameter parameter in command.Parameters)
        {
            var name = parameter.ParameterName.StartsWith('@') ? parameter.ParameterName : "@" + parameter.ParameterName;
            builder.Append("-- ").Append(name).Append('=').AppendLine(FormatValue(parameter.Value));
        }

        return builder.AppendLine().Append(command.CommandText).ToString();
    }

    private string FormatValue(object? value) =>
        value is null or DBNull
            ? "NULL"
            : _typeMappingSource.FindMapping(value.GetType())?.GenerateSqlLiteral(value) ?? value.ToString() ?? "NULL";
}

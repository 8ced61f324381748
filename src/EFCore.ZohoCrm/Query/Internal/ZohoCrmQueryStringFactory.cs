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

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public ZohoCrmQueryStringFactory(IRelationalTypeMappingSource typeMappingSource) => _typeMappingSource = typeMappingSource;

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
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

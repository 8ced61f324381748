using EFCore.ZohoCrm.Properties;
using Microsoft.EntityFrameworkCore.Storage;
using ZohoCrm.Data;
using ZohoCrm.Data.Coql;

namespace EFCore.ZohoCrm.Storage.Internal;

/// <summary>
/// Builds commands that tell an EF Core user how to allow what ZohoCrm.Data refused: ZohoCrm.Data judges whether Zoho
/// (with the client-side work the connection's settings allow) can run a query and names its connection-string keys;
/// an EF Core user sets the same settings on <c>UseZohoCrm</c>'s options, so the advice names those methods. Internal API.
/// </summary>
public class ZohoCrmRelationalCommandBuilderFactory(RelationalCommandBuilderDependencies dependencies)
    : RelationalCommandBuilderFactory(dependencies)
{
    /// <inheritdoc />
    public override IRelationalCommandBuilder Create() => new Builder(Dependencies);

    private sealed class Builder(RelationalCommandBuilderDependencies dependencies) : RelationalCommandBuilder(dependencies)
    {
        public override IRelationalCommand Build()
        {
            var command = base.Build();
            return new Command(Dependencies, command.CommandText, command.LogCommandText, command.Parameters);
        }
    }

    private sealed class Command(RelationalCommandBuilderDependencies dependencies, string commandText, string logCommandText,
        IReadOnlyList<IRelationalParameter> parameters) : RelationalCommand(dependencies, commandText, logCommandText, parameters)
    {
        public override RelationalDataReader ExecuteReader(RelationalCommandParameterObject parameterObject)
        {
            try
            {
                return base.ExecuteReader(parameterObject);
            }
            catch (ZohoCrmQueryException exception) when (exception.Refusal is not null)
            {
                throw Rephrased(exception);
            }
        }

        public override async Task<RelationalDataReader> ExecuteReaderAsync(
            RelationalCommandParameterObject parameterObject, CancellationToken cancellationToken = default)
        {
            try
            {
                return await base.ExecuteReaderAsync(parameterObject, cancellationToken).ConfigureAwait(false);
            }
            catch (ZohoCrmQueryException exception) when (exception.Refusal is not null)
            {
                throw Rephrased(exception);
            }
        }

        public override object? ExecuteScalar(RelationalCommandParameterObject parameterObject)
        {
            try
            {
                return base.ExecuteScalar(parameterObject);
            }
            catch (ZohoCrmQueryException exception) when (exception.Refusal is not null)
            {
                throw Rephrased(exception);
            }
        }

        public override async Task<object?> ExecuteScalarAsync(
            RelationalCommandParameterObject parameterObject, CancellationToken cancellationToken = default)
        {
            try
            {
                return await base.ExecuteScalarAsync(parameterObject, cancellationToken).ConfigureAwait(false);
            }
            catch (ZohoCrmQueryException exception) when (exception.Refusal is not null)
            {
                throw Rephrased(exception);
            }
        }

        // The same refusal, the same exception type, with the advice an EF Core user can follow.
        private static ZohoCrmQueryException Rephrased(ZohoCrmQueryException exception)
        {
            var refusal = exception.Refusal!;
            var reasons = string.Join(" ", refusal.Reasons);
            var message = refusal.AllowedBy == ZohoCrmQuerySettings.None
                ? ZohoCrmStrings.ZohoCannotRunQuery(reasons)
                : ZohoCrmStrings.ZohoCannotRunQueryWithoutClientSideWork(reasons);
            return new ZohoCrmQueryException(refusal, message, exception);
        }
    }
}

using System.Data.Common;

namespace ZohoCrm.Data;

/// <summary>
/// Creates the provider's ADO.NET objects. Register it with
/// <c>DbProviderFactories.RegisterFactory("ZohoCrm.Data", ZohoCrmFactory.Instance)</c>.
/// </summary>
public sealed class ZohoCrmFactory : DbProviderFactory
{
    /// <summary>The one instance.</summary>
    public static readonly ZohoCrmFactory Instance = new();

    private ZohoCrmFactory()
    {
    }

    /// <inheritdoc />
    public override bool CanCreateCommandBuilder => false;

    /// <inheritdoc />
    public override bool CanCreateDataAdapter => false;

    /// <inheritdoc />
    public override bool CanCreateDataSourceEnumerator => false;

    /// <inheritdoc />
    public override bool CanCreateBatch => false;

    /// <inheritdoc />
    public override DbConnection CreateConnection() => new ZohoCrmConnection();

    /// <inheritdoc />
    public override DbCommand CreateCommand() => new ZohoCrmCommand();

    /// <inheritdoc />
    public override DbParameter CreateParameter() => new ZohoCrmParameter();

    /// <inheritdoc />
    public override DbConnectionStringBuilder CreateConnectionStringBuilder() => new ZohoCrmConnectionStringBuilder();

    /// <summary>A new <see cref="ZohoCrmDataSource"/> for <paramref name="connectionString"/>; the caller disposes it.</summary>
    public override DbDataSource CreateDataSource(string connectionString) => ZohoCrmDataSource.Create(connectionString);
}

using EFCore.ZohoCrm.Infrastructure.Internal;
using EFCore.ZohoCrm.Properties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.Internal;
using ZohoCrm.Data;

#pragma warning disable EF1001 // The named connection string resolver is what RelationalConnection uses; it is internal API.

namespace EFCore.ZohoCrm.Metadata.Internal;

/// <summary>
/// After <c>OnModelCreating</c>, adds from the org's metadata the modules <c>MapModulesFromMetadata</c> asked for and,
/// with <c>MapUnmappedFieldsFromMetadata</c>, the fields the model's classes do not map.
/// Internal API.
/// </summary>
public class ZohoCrmModelCustomizer : RelationalModelCustomizer
{
    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public ZohoCrmModelCustomizer(ModelCustomizerDependencies dependencies)
        : base(dependencies)
    {
    }

    /// <inheritdoc />
    public override void Customize(ModelBuilder modelBuilder, DbContext context)
    {
        base.Customize(modelBuilder, context);
        var options = context.GetService<IDbContextOptions>().FindExtension<ZohoCrmOptionsExtension>();
        if (options is null || (options.MetadataModules is null && !options.MapUnmappedFields))
        {
            return;
        }

        // Its own connection on the same data source (and metadata cache): the context's services need the model.
        if (options.Connection is ZohoCrmConnection given)
        {
            ZohoCrmMetadataModules.Add(modelBuilder, given, options.MetadataModules, options.MapUnmappedFields);
            return;
        }

        using var connection = options.DataSource is { } dataSource
            ? new ZohoCrmConnection(dataSource)
            : new ZohoCrmConnection(ConnectionString(options, context));
        ZohoCrmMetadataModules.Add(modelBuilder, connection, options.MetadataModules, options.MapUnmappedFields);
    }

    private static string ConnectionString(ZohoCrmOptionsExtension options, DbContext context) =>
        options.ConnectionString is { Length: > 0 } connectionString
            ? context.GetService<INamedConnectionStringResolver>().ResolveConnectionString(connectionString)
            : throw new InvalidOperationException(ZohoCrmStrings.NoConnectionConfigured);
}

using System.Data.Common;
using EFCore.ZohoCrm.Infrastructure;
using EFCore.ZohoCrm.Infrastructure.Internal;
using Microsoft.EntityFrameworkCore.Infrastructure;
using ZohoCrm.Data;

// ReSharper disable once CheckNamespace
namespace Microsoft.EntityFrameworkCore;

/// <summary><c>UseZohoCrm</c>: configures a context to use Zoho CRM.</summary>
public static class ZohoCrmDbContextOptionsBuilderExtensions
{
    /// <summary>
    /// Configures the context to use Zoho CRM without a connection yet; set one later with
    /// <c>Database.SetConnectionString</c> or <c>Database.SetDbConnection</c>.
    /// </summary>
    public static DbContextOptionsBuilder UseZohoCrm(
        this DbContextOptionsBuilder optionsBuilder,
        Action<ZohoCrmDbContextOptionsBuilder>? zohoCrmOptionsAction = null)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        return Configure(optionsBuilder, GetOrCreateExtension(optionsBuilder), zohoCrmOptionsAction);
    }

    /// <summary>
    /// Configures the context to use Zoho CRM through a ZohoCrm.Data connection string
    /// (<c>ApiDomain=...;ClientId=...;...</c>), or the name of one in the application's configuration
    /// (<c>Name=ConnectionStrings:Zoho</c>).
    /// </summary>
    public static DbContextOptionsBuilder UseZohoCrm(
        this DbContextOptionsBuilder optionsBuilder,
        string? connectionString,
        Action<ZohoCrmDbContextOptionsBuilder>? zohoCrmOptionsAction = null)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        var extension = (ZohoCrmOptionsExtension)GetOrCreateExtension(optionsBuilder).WithConnectionString(connectionString);
        return Configure(optionsBuilder, extension, zohoCrmOptionsAction);
    }

    /// <summary>
    /// Configures the context to use an existing Zoho CRM connection. The context does not dispose it.
    /// </summary>
    public static DbContextOptionsBuilder UseZohoCrm(
        this DbContextOptionsBuilder optionsBuilder,
        DbConnection connection,
        Action<ZohoCrmDbContextOptionsBuilder>? zohoCrmOptionsAction = null)
        => UseZohoCrm(optionsBuilder, connection, contextOwnsConnection: false, zohoCrmOptionsAction);

    /// <summary>
    /// Configures the context to use an existing Zoho CRM connection, disposed with the context when
    /// <paramref name="contextOwnsConnection"/> is <see langword="true"/>.
    /// </summary>
    public static DbContextOptionsBuilder UseZohoCrm(
        this DbContextOptionsBuilder optionsBuilder,
        DbConnection connection,
        bool contextOwnsConnection,
        Action<ZohoCrmDbContextOptionsBuilder>? zohoCrmOptionsAction = null)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        ArgumentNullException.ThrowIfNull(connection);
        var extension = (ZohoCrmOptionsExtension)GetOrCreateExtension(optionsBuilder).WithConnection(connection, contextOwnsConnection);
        return Configure(optionsBuilder, extension, zohoCrmOptionsAction);
    }

    /// <summary>
    /// Configures the context to use Zoho CRM through a data source, which owns the HTTP pipeline and the OAuth tokens
    /// (build one with <c>ZohoCrmDataSourceBuilder</c> to plug in a token store, an HTTP handler or logging). The data
    /// source is shared, not owned: dispose it at application shutdown.
    /// </summary>
    public static DbContextOptionsBuilder UseZohoCrm(
        this DbContextOptionsBuilder optionsBuilder,
        ZohoCrmDataSource dataSource,
        Action<ZohoCrmDbContextOptionsBuilder>? zohoCrmOptionsAction = null)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        ArgumentNullException.ThrowIfNull(dataSource);
        var extension = GetOrCreateExtension(optionsBuilder).WithDataSource(dataSource);
        return Configure(optionsBuilder, extension, zohoCrmOptionsAction);
    }

    /// <inheritdoc cref="UseZohoCrm(DbContextOptionsBuilder, ZohoCrmDataSource, Action{ZohoCrmDbContextOptionsBuilder})"/>
    public static DbContextOptionsBuilder<TContext> UseZohoCrm<TContext>(
        this DbContextOptionsBuilder<TContext> optionsBuilder,
        ZohoCrmDataSource dataSource,
        Action<ZohoCrmDbContextOptionsBuilder>? zohoCrmOptionsAction = null)
        where TContext : DbContext
        => (DbContextOptionsBuilder<TContext>)UseZohoCrm((DbContextOptionsBuilder)optionsBuilder, dataSource, zohoCrmOptionsAction);

    /// <inheritdoc cref="UseZohoCrm(DbContextOptionsBuilder, Action{ZohoCrmDbContextOptionsBuilder})"/>
    public static DbContextOptionsBuilder<TContext> UseZohoCrm<TContext>(
        this DbContextOptionsBuilder<TContext> optionsBuilder,
        Action<ZohoCrmDbContextOptionsBuilder>? zohoCrmOptionsAction = null)
        where TContext : DbContext
        => (DbContextOptionsBuilder<TContext>)UseZohoCrm((DbContextOptionsBuilder)optionsBuilder, zohoCrmOptionsAction);

    /// <inheritdoc cref="UseZohoCrm(DbContextOptionsBuilder, string, Action{ZohoCrmDbContextOptionsBuilder})"/>
    public static DbContextOptionsBuilder<TContext> UseZohoCrm<TContext>(
        this DbContextOptionsBuilder<TContext> optionsBuilder,
        string? connectionString,
        Action<ZohoCrmDbContextOptionsBuilder>? zohoCrmOptionsAction = null)
        where TContext : DbContext
        => (DbContextOptionsBuilder<TContext>)UseZohoCrm((DbContextOptionsBuilder)optionsBuilder, connectionString, zohoCrmOptionsAction);

    /// <inheritdoc cref="UseZohoCrm(DbContextOptionsBuilder, DbConnection, Action{ZohoCrmDbContextOptionsBuilder})"/>
    public static DbContextOptionsBuilder<TContext> UseZohoCrm<TContext>(
        this DbContextOptionsBuilder<TContext> optionsBuilder,
        DbConnection connection,
        Action<ZohoCrmDbContextOptionsBuilder>? zohoCrmOptionsAction = null)
        where TContext : DbContext
        => (DbContextOptionsBuilder<TContext>)UseZohoCrm((DbContextOptionsBuilder)optionsBuilder, connection, zohoCrmOptionsAction);

    /// <inheritdoc cref="UseZohoCrm(DbContextOptionsBuilder, DbConnection, bool, Action{ZohoCrmDbContextOptionsBuilder})"/>
    public static DbContextOptionsBuilder<TContext> UseZohoCrm<TContext>(
        this DbContextOptionsBuilder<TContext> optionsBuilder,
        DbConnection connection,
        bool contextOwnsConnection,
        Action<ZohoCrmDbContextOptionsBuilder>? zohoCrmOptionsAction = null)
        where TContext : DbContext
        => (DbContextOptionsBuilder<TContext>)UseZohoCrm(
            (DbContextOptionsBuilder)optionsBuilder, connection, contextOwnsConnection, zohoCrmOptionsAction);

    private static ZohoCrmOptionsExtension GetOrCreateExtension(DbContextOptionsBuilder optionsBuilder)
        => optionsBuilder.Options.FindExtension<ZohoCrmOptionsExtension>() ?? new ZohoCrmOptionsExtension();

    private static DbContextOptionsBuilder Configure(
        DbContextOptionsBuilder optionsBuilder,
        ZohoCrmOptionsExtension extension,
        Action<ZohoCrmDbContextOptionsBuilder>? zohoCrmOptionsAction)
    {
        ((IDbContextOptionsBuilderInfrastructure)optionsBuilder).AddOrUpdateExtension(extension);

        var coreOptions = optionsBuilder.Options.FindExtension<CoreOptionsExtension>() ?? new CoreOptionsExtension();
        ((IDbContextOptionsBuilderInfrastructure)optionsBuilder).AddOrUpdateExtension(
            RelationalOptionsExtension.WithDefaultWarningConfiguration(coreOptions));

        zohoCrmOptionsAction?.Invoke(new ZohoCrmDbContextOptionsBuilder(optionsBuilder));
        return optionsBuilder;
    }
}

using EFCore.ZohoCrm.Diagnostics.Internal;
using EFCore.ZohoCrm.Infrastructure;
using EFCore.ZohoCrm.Infrastructure.Internal;
using EFCore.ZohoCrm.Metadata.Conventions;
using EFCore.ZohoCrm.Metadata.Internal;
using EFCore.ZohoCrm.Migrations.Internal;
using EFCore.ZohoCrm.Query.Internal;
using EFCore.ZohoCrm.Storage.Internal;
using EFCore.ZohoCrm.Update.Internal;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata.Conventions.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Update;

// ReSharper disable once CheckNamespace
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Zoho CRM provider in a service collection.</summary>
public static class ZohoCrmServiceCollectionExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TContext"/> with Zoho CRM as its provider; a shortcut for
    /// <c>AddDbContext&lt;TContext&gt;(o =&gt; o.UseZohoCrm(connectionString))</c>. The connection string may be a
    /// name in the application's configuration (<c>Name=ConnectionStrings:Zoho</c>).
    /// </summary>
    public static IServiceCollection AddZohoCrm<TContext>(
        this IServiceCollection serviceCollection,
        string? connectionString,
        Action<ZohoCrmDbContextOptionsBuilder>? zohoCrmOptionsAction = null,
        Action<DbContextOptionsBuilder>? optionsAction = null)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(serviceCollection);
        return serviceCollection.AddDbContext<TContext>((_, options) =>
        {
            optionsAction?.Invoke(options);
            options.UseZohoCrm(connectionString, zohoCrmOptionsAction);
        });
    }

    /// <summary>
    /// Adds the services of the Zoho CRM provider to a service collection. Needed only when building EF's internal
    /// service provider by hand (<c>UseInternalServiceProvider</c>); <c>UseZohoCrm</c> does it otherwise.
    /// </summary>
    public static IServiceCollection AddEntityFrameworkZohoCrm(this IServiceCollection serviceCollection)
    {
        ArgumentNullException.ThrowIfNull(serviceCollection);

        new EntityFrameworkRelationalServicesBuilder(serviceCollection)
            .TryAdd<LoggingDefinitions, ZohoCrmLoggingDefinitions>()
            .TryAdd<IDatabaseProvider, DatabaseProvider<ZohoCrmOptionsExtension>>()
            .TryAdd<IRelationalTypeMappingSource, ZohoCrmTypeMappingSource>()
            .TryAdd<ISqlGenerationHelper, ZohoCrmSqlGenerationHelper>()
            .TryAdd<IModelValidator, ZohoCrmModelValidator>()
            .TryAdd<IProviderConventionSetBuilder, ZohoCrmConventionSetBuilder>()
            .TryAdd<IModelCustomizer, ZohoCrmModelCustomizer>()
            .TryAdd<IRelationalConnection, ZohoCrmRelationalConnection>()
            .TryAdd<IRelationalCommandBuilderFactory, ZohoCrmRelationalCommandBuilderFactory>()
            .TryAdd<IRelationalDatabaseCreator, ZohoCrmDatabaseCreator>()
            .TryAdd<IUpdateSqlGenerator, ZohoCrmUpdateSqlGenerator>()
            .TryAdd<IBatchExecutor, ZohoCrmBatchExecutor>()
            .TryAdd<IModificationCommandBatchFactory, ZohoCrmModificationCommandBatchFactory>()
            .TryAdd<IModificationCommandFactory, ZohoCrmModificationCommandFactory>()
            .TryAdd<IHistoryRepository, ZohoCrmHistoryRepository>()
            .TryAdd<IMigrator, ZohoCrmMigrator>()
            .TryAdd<IMigrationsModelDiffer, ZohoCrmMigrationsModelDiffer>()
            .TryAdd<IMigrationsSqlGenerator, ZohoCrmMigrationsSqlGenerator>()
            .TryAdd<IRelationalQueryStringFactory, ZohoCrmQueryStringFactory>()
            .TryAdd<IEvaluatableExpressionFilter, ZohoCrmEvaluatableExpressionFilter>()
            .TryAdd<IMethodCallTranslatorProvider, ZohoCrmMethodCallTranslatorProvider>()
            .TryAdd<IQuerySqlGeneratorFactory, ZohoCrmQuerySqlGeneratorFactory>()
            .TryAdd<IQueryableMethodTranslatingExpressionVisitorFactory, ZohoCrmQueryableMethodTranslatingExpressionVisitorFactory>()
            .TryAdd<IRelationalSqlTranslatingExpressionVisitorFactory, ZohoCrmSqlTranslatingExpressionVisitorFactory>()
            .TryAdd<IQueryTranslationPostprocessorFactory, ZohoCrmQueryTranslationPostprocessorFactory>()
            .TryAdd<IQueryCompilationContextFactory, ZohoCrmQueryCompilationContextFactory>()
            .TryAdd<IRelationalParameterBasedSqlProcessorFactory, ZohoCrmParameterBasedSqlProcessorFactory>()
            .TryAddProviderSpecificServices(services => services.TryAddSingleton<ZohoCrmSchemaDriftCheck, ZohoCrmSchemaDriftCheck>())
            .TryAddCoreServices();

        return serviceCollection;
    }
}

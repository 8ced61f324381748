using System.Data.Common;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using ZohoCrm.Data;
using ZohoCrm.Data.OAuth;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers a <see cref="ZohoCrmDataSource"/> (also as <see cref="DbDataSource"/>) with a service container.</summary>
public static class ZohoCrmServiceCollectionExtensions
{
    /// <summary>
    /// Registers one <see cref="ZohoCrmDataSource"/> singleton, built on first use from <paramref name="connectionString"/>
    /// with the container's <see cref="ILoggerFactory"/> and, when one is registered, the container's
    /// <see cref="IZohoCrmTokenStore"/> (your database or distributed cache). <paramref name="configure"/> runs after
    /// those, so what it sets wins. The same instance is registered as <see cref="DbDataSource"/> for code written against
    /// <c>System.Data.Common</c>. The container disposes the data source. A second registration is ignored, as the first data
    /// source is the one every consumer shares.
    /// </summary>
    /// <example>
    /// <code>
    /// builder.Services.AddSingleton&lt;IZohoCrmTokenStore, MyDatabaseTokenStore&gt;();
    /// builder.Services.AddZohoCrmDataSource(builder.Configuration.GetConnectionString("Zoho")!,
    ///     zoho =&gt; zoho.ConnectionStringBuilder.OAuthClientSecret = builder.Configuration["Zoho:ClientSecret"]);
    /// </code>
    /// </example>
    public static IServiceCollection AddZohoCrmDataSource(this IServiceCollection services, string connectionString,
        Action<ZohoCrmDataSourceBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(connectionString);
        return services.AddZohoCrmDataSource(_ => connectionString, configure);
    }

    /// <summary>
    /// As <see cref="AddZohoCrmDataSource(IServiceCollection, string, Action{ZohoCrmDataSourceBuilder})"/>, with the
    /// connection string read from the container when the data source is first needed (for example from
    /// <c>IConfiguration</c> or options).
    /// </summary>
    public static IServiceCollection AddZohoCrmDataSource(this IServiceCollection services, Func<IServiceProvider, string> connectionString,
        Action<ZohoCrmDataSourceBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(connectionString);

        // Registered through a factory, so the container owns the instance and disposes it with itself.
        services.TryAddSingleton(provider =>
        {
            var builder = new ZohoCrmDataSourceBuilder(connectionString(provider));
            builder.UseLoggerFactory(provider.GetService<ILoggerFactory>());
            if (provider.GetService<IZohoCrmTokenStore>() is { } store)
            {
                builder.UseTokenStore(store);
            }

            configure?.Invoke(builder);
            return builder.Build();
        });
        services.TryAddSingleton<DbDataSource>(static provider => provider.GetRequiredService<ZohoCrmDataSource>());
        return services;
    }
}

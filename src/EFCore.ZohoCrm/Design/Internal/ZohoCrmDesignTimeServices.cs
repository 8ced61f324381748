using EFCore.ZohoCrm.Design.Internal;
using EFCore.ZohoCrm.Scaffolding.Internal;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Scaffolding;
using Microsoft.EntityFrameworkCore.Scaffolding.Internal;
using Microsoft.Extensions.DependencyInjection;

#pragma warning disable EF1001 // The scaffolder's naming service and model factory are internal API.

[assembly: DesignTimeProviderServices("EFCore.ZohoCrm.Design.Internal.ZohoCrmDesignTimeServices")]

namespace EFCore.ZohoCrm.Design.Internal;

/// <summary>
/// The services <c>dotnet ef</c> uses for Zoho CRM: the runtime provider, the metadata reader behind
/// <c>dbcontext scaffold</c>, the <c>UseZohoCrm</c> and annotation code generators, and the naming of classes,
/// lookups and navigations. They are registered before EF's defaults, which therefore do not replace them; a
/// startup project's own <see cref="IDesignTimeServices"/> still can. Internal API.
/// </summary>
public class ZohoCrmDesignTimeServices : IDesignTimeServices
{
    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public virtual void ConfigureDesignTimeServices(IServiceCollection serviceCollection)
    {
        ArgumentNullException.ThrowIfNull(serviceCollection);
        serviceCollection.AddEntityFrameworkZohoCrm();
        serviceCollection.AddSingleton<ICandidateNamingService, ZohoCrmCandidateNamingService>();
        serviceCollection.AddTransient<IScaffoldingModelFactory, ZohoCrmScaffoldingModelFactory>();
        serviceCollection.AddSingleton<IModelCodeGeneratorSelector, ZohoCrmModelCodeGeneratorSelector>();
        new EntityFrameworkRelationalDesignServicesBuilder(serviceCollection)
            .TryAdd<IAnnotationCodeGenerator, ZohoCrmAnnotationCodeGenerator>()
            .TryAdd<IDatabaseModelFactory, ZohoCrmDatabaseModelFactory>()
            .TryAdd<IProviderConfigurationCodeGenerator, ZohoCrmCodeGenerator>()
            .TryAddCoreServices();
    }
}

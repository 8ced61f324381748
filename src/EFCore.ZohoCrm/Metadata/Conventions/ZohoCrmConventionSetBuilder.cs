using Microsoft.EntityFrameworkCore.Metadata.Conventions;
using Microsoft.EntityFrameworkCore.Metadata.Conventions.Infrastructure;

namespace EFCore.ZohoCrm.Metadata.Conventions;

/// <summary>The relational conventions plus <see cref="ZohoCrmFieldConvention"/> and <see cref="ZohoCrmUserLookupConvention"/>. Internal API.</summary>
public class ZohoCrmConventionSetBuilder : RelationalConventionSetBuilder
{
    /// <summary>Creates the builder; Entity Framework Core resolves it from the provider's services.</summary>
    /// <param name="dependencies">The services every provider's convention set builder needs.</param>
    /// <param name="relationalDependencies">The services the relational conventions need.</param>
    public ZohoCrmConventionSetBuilder(
        ProviderConventionSetBuilderDependencies dependencies,
        RelationalConventionSetBuilderDependencies relationalDependencies)
        : base(dependencies, relationalDependencies)
    {
    }

    /// <summary>
    /// Builds the relational conventions and puts the Zoho CRM field and user-lookup conventions first among the
    /// model-finalizing ones, so the column types and converters they set are in place when type mappings are chosen.
    /// </summary>
    /// <returns>The convention set for a Zoho CRM model.</returns>
    public override ConventionSet CreateConventionSet()
    {
        var conventionSet = base.CreateConventionSet();
        // First, so the converters and column types it sets are there when the type mappings are chosen.
        conventionSet.ModelFinalizingConventions.Insert(0, new ZohoCrmFieldConvention());
        conventionSet.ModelFinalizingConventions.Insert(1, new ZohoCrmUserLookupConvention());
        return conventionSet;
    }
}

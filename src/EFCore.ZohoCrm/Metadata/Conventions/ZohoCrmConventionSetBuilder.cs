using Microsoft.EntityFrameworkCore.Metadata.Conventions;
using Microsoft.EntityFrameworkCore.Metadata.Conventions.Infrastructure;

namespace EFCore.ZohoCrm.Metadata.Conventions;

/// <summary>The relational conventions plus <see cref="ZohoCrmFieldConvention"/> and <see cref="ZohoCrmUserLookupConvention"/>. Internal API.</summary>
public class ZohoCrmConventionSetBuilder : RelationalConventionSetBuilder
{
    public ZohoCrmConventionSetBuilder(
        ProviderConventionSetBuilderDependencies dependencies,
        RelationalConventionSetBuilderDependencies relationalDependencies)
        : base(dependencies, relationalDependencies)
    {
    }

    public override ConventionSet CreateConventionSet()
    {
        var conventionSet = base.CreateConventionSet();
        // First, so the converters and column types it sets are there when the type mappings are chosen.
        conventionSet.ModelFinalizingConventions.Insert(0, new ZohoCrmFieldConvention());
        conventionSet.ModelFinalizingConventions.Insert(1, new ZohoCrmUserLookupConvention());
        return conventionSet;
    }
}

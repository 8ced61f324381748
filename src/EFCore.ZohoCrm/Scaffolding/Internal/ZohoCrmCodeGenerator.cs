using System.Reflection;
using EFCore.ZohoCrm.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Scaffolding;

namespace EFCore.ZohoCrm.Scaffolding.Internal;

/// <summary>Writes the scaffolded context's <c>optionsBuilder.UseZohoCrm("...")</c>. Internal API.</summary>
public class ZohoCrmCodeGenerator : ProviderCodeGenerator
{
    private static readonly MethodInfo UseZohoCrmMethod = typeof(ZohoCrmDbContextOptionsBuilderExtensions).GetRuntimeMethod(
        nameof(ZohoCrmDbContextOptionsBuilderExtensions.UseZohoCrm),
        [typeof(DbContextOptionsBuilder), typeof(string), typeof(Action<ZohoCrmDbContextOptionsBuilder>)])!;

    public ZohoCrmCodeGenerator(ProviderCodeGeneratorDependencies dependencies)
        : base(dependencies)
    {
    }

    public override MethodCallCodeFragment GenerateUseProvider(string connectionString, MethodCallCodeFragment? providerOptions) =>
        providerOptions is null
            ? new MethodCallCodeFragment(UseZohoCrmMethod, connectionString)
            : new MethodCallCodeFragment(UseZohoCrmMethod, connectionString, new NestedClosureCodeFragment("zohoCrm", providerOptions));
}

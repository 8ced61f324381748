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

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public ZohoCrmCodeGenerator(ProviderCodeGeneratorDependencies dependencies)
        : base(dependencies)
    {
    }

    /// <inheritdoc />
    public override MethodCallCodeFragment GenerateUseProvider(string connectionString, MethodCallCodeFragment? providerOptions) =>
        providerOptions is null
            ? new MethodCallCodeFragment(UseZohoCrmMethod, connectionString)
            : new MethodCallCodeFragment(UseZohoCrmMethod, connectionString, new NestedClosureCodeFragment("zohoCrm", providerOptions));
}

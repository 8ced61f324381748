using EFCore.ZohoCrm.Design.Internal;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Design.Internal;
using Microsoft.EntityFrameworkCore.Scaffolding;
using Microsoft.Extensions.DependencyInjection;

#pragma warning disable EF1001 // IOperationReporter is EF's design-time reporter.

namespace EFCore.ZohoCrm.FunctionalTests.Scaffolding;

/// <summary>Runs EF's reverse engineering in-process with the provider's design-time services, as dotnet ef does.</summary>
public static class ScaffoldingRun
{
    public static (ScaffoldedModel Model, RecordingReporter Reporter) Scaffold(
        string connectionString, DatabaseModelFactoryOptions? databaseOptions = null, bool useDatabaseNames = false)
    {
        var reporter = new RecordingReporter();
        var services = new ServiceCollection();
        new ZohoCrmDesignTimeServices().ConfigureDesignTimeServices(services);
        services.AddEntityFrameworkDesignTimeServices(reporter);
        using var provider = services.BuildServiceProvider();
        var scaffolder = provider.GetRequiredService<IReverseEngineerScaffolder>();
        var model = scaffolder.ScaffoldModel(
            connectionString,
            databaseOptions ?? new DatabaseModelFactoryOptions(),
            new ModelReverseEngineerOptions { UseDatabaseNames = useDatabaseNames },
            new ModelCodeGenerationOptions
            {
                ContextName = "ZylkerContext",
                RootNamespace = "Zylker.Crm",
                ModelNamespace = "Zylker.Crm",
                ContextNamespace = "Zylker.Crm",
                UseNullableReferenceTypes = true,
                SuppressOnConfiguring = true,
                ProjectDir = Path.GetTempPath(),
                Language = "C#",
            });
        return (model, reporter);
    }
}

/// <summary>Collects what the design-time tools would print.</summary>
public sealed class RecordingReporter : IOperationReporter
{
    public List<string> Warnings { get; } = [];
    public List<string> Messages { get; } = [];

    public void WriteError(string message) => Messages.Add("error: " + message);
    public void WriteWarning(string message) => Warnings.Add(message);
    public void WriteInformation(string message) => Messages.Add(message);
    public void WriteVerbose(string message) => Messages.Add(message);
}

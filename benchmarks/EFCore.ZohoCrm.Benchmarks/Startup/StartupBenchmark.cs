using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using EFCore.ZohoCrm.Design.Internal;
using EFCore.ZohoCrm.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Design.Internal;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Scaffolding;
using Microsoft.Extensions.DependencyInjection;
using ZohoCrm.Emulator;
using ZohoCrm.Emulator.Domain.Seeding;

#pragma warning disable EF1001 // The design-time services builder and reporter are EF's internal API, as dotnet ef uses them.

namespace EFCore.ZohoCrm.Benchmarks.Startup;

/// <summary>
/// Start-up of a 100-module model (the emulator's modules but Price_Books, plus 88 extra custom modules): the time from a fresh
/// process's first line to its first query's rows, with the model built at run time from the scaffolded classes
/// against the compiled model <c>dotnet ef dbcontext optimize</c> makes of them. Each sample is its own process, so
/// JIT and model building are paid as an app pays them.
/// <list type="bullet">
/// <item><c>--generate-org100</c>: scaffolds the org into <c>Startup/Org100</c> (then build again).</item>
/// <item><c>--optimize-org100</c>: writes the compiled model into <c>Startup/Org100/CompiledModel</c> (then build again).</item>
/// <item><c>--startup [samples]</c>: starts the emulator, runs the probes alternately and prints the medians and ratio.</item>
/// </list>
/// </summary>
public static class StartupBenchmark
{
    private const int ExtraModules = 88;
    private const string Namespace = "EFCore.ZohoCrm.Benchmarks.Startup.Org100";
    private const string ContextName = "Org100Context";
    private const string ConnectionVariable = "ZOHOCRM_STARTUP_CONNECTION";

    public static async Task<int?> TryRunAsync(string[] args, Stopwatch sinceStart)
    {
        switch (args.FirstOrDefault())
        {
            case "--generate-org100":
                await GenerateAsync();
                return 0;
            case "--optimize-org100":
                Optimize();
                return 0;
            case "--startup-probe":
                Probe(args[1], sinceStart);
                return 0;
            case "--startup":
                await CompareAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 7);
                return 0;
            default:
                return null;
        }
    }

    private static string ProjectDirectory([System.Runtime.CompilerServices.CallerFilePath] string thisFile = "") =>
        Path.GetDirectoryName(Path.GetDirectoryName(thisFile)!)!;

    private static string OrgDirectory => Path.Combine(ProjectDirectory(), "Startup", "Org100");

    private static Task<ZohoCrmEmulator> StartOrgAsync() => ZohoCrmEmulator.StartAsync(new ZohoCrmEmulatorOptions
    {
        ExtraCustomModules = ExtraModules,
        SeedCounts = new SeedCounts
        {
            Vendors = 5, Products = 5, Campaigns = 5, Accounts = 20, Contacts = 20, Leads = 20, Deals = 5, Cases = 5, Projects = 5,
            Tasks = 5, Calls = 5, Events = 5,
        },
    });

    private static string ConnectionStringOf(ZohoCrmEmulator emulator) =>
        "InitiateOAuth=REFRESH;OAuthClientId=" + emulator.ClientId + ";OAuthClientSecret=" + emulator.ClientSecret
        + ";OAuthRefreshToken=" + emulator.RefreshToken + ";AccountsServer=" + emulator.BaseUrl + ";ApiDomain=" + emulator.BaseUrl;

    private static async Task GenerateAsync()
    {
        await using var emulator = await StartOrgAsync();
        var reporter = new ConsoleReporter();
        var services = new ServiceCollection();
        new ZohoCrmDesignTimeServices().ConfigureDesignTimeServices(services);
        services.AddEntityFrameworkDesignTimeServices(reporter);
        using var provider = services.BuildServiceProvider();
        var scaffolded = provider.GetRequiredService<IReverseEngineerScaffolder>().ScaffoldModel(
            ConnectionStringOf(emulator),
            new DatabaseModelFactoryOptions(),
            new ModelReverseEngineerOptions(),
            new ModelCodeGenerationOptions
            {
                ContextName = ContextName, RootNamespace = Namespace, ModelNamespace = Namespace, ContextNamespace = Namespace,
                UseNullableReferenceTypes = true, SuppressOnConfiguring = true, ProjectDir = OrgDirectory, Language = "C#",
            });
        if (Directory.Exists(OrgDirectory))
        {
            Directory.Delete(OrgDirectory, recursive: true);
        }

        Directory.CreateDirectory(OrgDirectory);
        foreach (var file in new[] { scaffolded.ContextFile }.Concat(scaffolded.AdditionalFiles))
        {
            await File.WriteAllTextAsync(Path.Combine(OrgDirectory, Path.GetFileName(file.Path)), file.Code);
        }

        // A second context type over the same classes, which no compiled model names: its model is built at run time.
        await File.WriteAllTextAsync(Path.Combine(OrgDirectory, "Org100RuntimeContext.cs"), $$"""
            using Microsoft.EntityFrameworkCore;

            namespace {{Namespace}};

            /// <summary>The scaffolded context without a compiled model: EF builds its model at run time.</summary>
            public class Org100RuntimeContext(DbContextOptions<{{ContextName}}> options) : {{ContextName}}(options);

            """);
        Console.WriteLine($"Scaffolded {scaffolded.AdditionalFiles.Count} entity types into {OrgDirectory}.");
    }

    private static Type ContextType(string name) =>
        typeof(StartupBenchmark).Assembly.GetType(Namespace + "." + name)
        ?? throw new InvalidOperationException($"{name} is not built: run --generate-org100, then build again.");

    private static DbContext CreateContext(string typeName, string connectionString)
    {
        var options = new DbContextOptionsBuilder()
            .UseZohoCrm(connectionString, o => o.SchemaCheck(ZohoCrmSchemaCheck.Off));
        var generic = (DbContextOptions)Activator.CreateInstance(
            typeof(DbContextOptions<>).MakeGenericType(ContextType(ContextName)),
            [options.Options.Extensions.ToDictionary(e => e.GetType(), e => e)])!;
        return (DbContext)Activator.CreateInstance(ContextType(typeName), generic)!;
    }

    private static void Optimize()
    {
        using var context = CreateContext(ContextName, "InitiateOAuth=REFRESH;OAuthClientId=unused;OAuthClientSecret=unused;OAuthRefreshToken=unused;AccountsServer=http://127.0.0.1:9;ApiDomain=http://127.0.0.1:9");
        var reporter = new ConsoleReporter();
        var assembly = typeof(StartupBenchmark).Assembly;
        using var services = (ServiceProvider)new DesignTimeServicesBuilder(assembly, assembly, reporter, []).Build(context);
        var outputDir = Path.Combine(OrgDirectory, "CompiledModel");
        if (Directory.Exists(outputDir))
        {
            Directory.Delete(outputDir, recursive: true);
        }

        var files = services.GetRequiredService<ICompiledModelScaffolder>().ScaffoldModel(
            context.GetService<IDesignTimeModel>().Model,
            outputDir,
            new CompiledModelCodeGenerationOptions
            {
                ContextType = context.GetType(), ModelNamespace = Namespace + ".CompiledModel", Language = "C#", UseNullableReferenceTypes = true,
            });
        Console.WriteLine($"Wrote {files.Count} compiled model files into {outputDir}.");
    }

    private static void Probe(string variant, Stopwatch sinceStart)
    {
        var connectionString = Environment.GetEnvironmentVariable(ConnectionVariable)
            ?? throw new InvalidOperationException(ConnectionVariable + " is not set: run --startup.");
        var typeName = variant == "compiled" ? ContextName : "Org100RuntimeContext";
        using var db = CreateContext(typeName, connectionString);
        var beforeModel = sinceStart.Elapsed;
        var model = db.Model;
        var modelTime = sinceStart.Elapsed - beforeModel;
        var leads = (IQueryable<object>)db.GetType().GetProperty("Leads")!.GetValue(db)!;
        var rows = leads.Take(1).ToList().Count;
        var total = sinceStart.Elapsed;
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            Variant = variant,
            EntityTypes = model.GetEntityTypes().Count(),
            CompiledModel = model.GetType().Namespace!.EndsWith(".CompiledModel", StringComparison.Ordinal),
            ModelMs = modelTime.TotalMilliseconds,
            FirstQueryMs = total.TotalMilliseconds,
            Rows = rows,
        }));
    }

    private sealed record ProbeResult(string Variant, int EntityTypes, bool CompiledModel, double ModelMs, double FirstQueryMs, int Rows);

    private static async Task CompareAsync(int samples)
    {
        await using var emulator = await StartOrgAsync();
        // The probes keep the access token in a token file, as an app does: Zoho mints about 10 tokens per 10 minutes.
        var tokenFile = Path.Combine(Directory.CreateTempSubdirectory("zohocrm-startup-").FullName, "oauth.json");
        var connectionString = ConnectionStringOf(emulator) + ";OAuthSettingsLocation=" + tokenFile;
        var results = new List<ProbeResult>();
        for (var i = 0; i < samples + 1; i++)
        {
            foreach (var variant in new[] { "runtime", "compiled" })
            {
                var result = await RunProbeAsync(variant, connectionString);
                if (i > 0)
                {
                    results.Add(result); // The first round warms the disk cache and the emulator.
                }
            }
        }

        Directory.Delete(Path.GetDirectoryName(tokenFile)!, recursive: true);
        Console.WriteLine($"Start-up of a {ExtraModules + 12}-module model, {samples} fresh processes per variant (medians):");
        Console.WriteLine("| Model | Entity types (modules and ZohoCrmUser) | Model ready (ms) | First query's rows (ms since process start) |");
        Console.WriteLine("|---|---:|---:|---:|");
        var medians = new Dictionary<string, (double Model, double First)>();
        foreach (var group in results.GroupBy(r => r.Variant))
        {
            var model = Median(group.Select(r => r.ModelMs));
            var first = Median(group.Select(r => r.FirstQueryMs));
            medians[group.Key] = (model, first);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {group.Key} (compiled model used: {group.All(r => r.CompiledModel)}) | {group.First().EntityTypes} | {model:F0} | {first:F0} |"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Ratio runtime/compiled: model {medians["runtime"].Model / medians["compiled"].Model:F1}x, first query {medians["runtime"].First / medians["compiled"].First:F2}x."));
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static async Task<ProbeResult> RunProbeAsync(string variant, string connectionString)
    {
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        }

        start.ArgumentList.Add("--startup-probe");
        start.ArgumentList.Add(variant);
        start.Environment[ConnectionVariable] = connectionString;
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"The {variant} probe failed ({process.ExitCode}): {output} {error}");
        }

        return JsonSerializer.Deserialize<ProbeResult>(output.Split('\n').Single(l => l.StartsWith('{')))!;
    }

    private sealed class ConsoleReporter : IOperationReporter
    {
        public void WriteError(string message) => Console.Error.WriteLine("error: " + message);
        public void WriteWarning(string message) => Console.Error.WriteLine("warning: " + message);
        public void WriteInformation(string message) { }
        public void WriteVerbose(string message) { }
    }
}

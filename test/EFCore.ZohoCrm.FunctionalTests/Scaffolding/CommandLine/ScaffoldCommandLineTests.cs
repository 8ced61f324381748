using System.Runtime.CompilerServices;
using System.Text.Json;

namespace EFCore.ZohoCrm.FunctionalTests.Scaffolding.CommandLine;

/// <summary>
/// The real command line end to end, in one throw-away project: <c>dotnet tool restore</c>, <c>dotnet ef dbcontext
/// scaffold Name=ConnectionStrings:Zoho EFCore.ZohoCrm</c> against the emulator, a build with nullable enabled and
/// warnings as errors, a query and a SaveChanges through the generated model (checked against the emulator's
/// records), <c>dotnet ef dbcontext optimize</c> and the same run on the compiled model, and <c>dotnet ef migrations
/// add</c> refused.
/// </summary>
[NonParallelizable]
public class ScaffoldCommandLineTests
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(4);

    [Test]
    public async Task Scaffold_build_query_save_optimize_and_refused_migration_through_dotnet_ef()
    {
        var emulator = EmulatorOrg.Emulator;
        var root = Directory.CreateTempSubdirectory("zohocrm-scaffold-").FullName;
        try
        {
            var app = Path.Combine(root, "ZylkerApp");
            Directory.CreateDirectory(app);
            Directory.CreateDirectory(Path.Combine(root, ".config"));
            File.Copy(Path.Combine(RepositoryRoot(), ".config", "dotnet-tools.json"), Path.Combine(root, ".config", "dotnet-tools.json"));
            File.WriteAllText(Path.Combine(app, "ZylkerApp.csproj"), ProjectFile());
            File.WriteAllText(Path.Combine(app, "Program.cs"), HostOnlyProgram);
            // The secret stays in the environment, as an app's configuration would hold it.
            // Its own refresh token and a token file, as an app has: the processes below share one access token.
            var connectionString = EmulatorOrg.ConnectionStringWithOwnRefreshToken() + ";OAuthSettingsLocation=" + Path.Combine(root, "oauth.json");
            var environment = new Dictionary<string, string> { ["ConnectionStrings__Zoho"] = connectionString };

            var restore = await DotnetProcess.RunAsync(root, environment, StepTimeout, "tool", "restore");
            Assert.That(restore.ExitCode, Is.Zero, restore.ToString());

            var hostBuild = await DotnetProcess.RunAsync(app, environment, StepTimeout, "build", "--configuration", "Release", "-nologo", "-clp:ErrorsOnly");
            Assert.That(hostBuild.ExitCode, Is.Zero, hostBuild.ToString());

            var scaffold = await DotnetProcess.RunAsync(app, environment, StepTimeout,
                "ef", "dbcontext", "scaffold", "Name=ConnectionStrings:Zoho", "EFCore.ZohoCrm",
                "--context", "ZylkerContext", "--output-dir", "Crm", "--namespace", "ZylkerApp.Crm", "--configuration", "Release", "--no-build");
            Assert.That(scaffold.ExitCode, Is.Zero, scaffold.ToString());
            var generated = Directory.EnumerateFiles(Path.Combine(app, "Crm")).Select(f => File.ReadAllText(f)).ToList();
            Assert.Multiple(() =>
            {
                var refreshToken = System.Text.RegularExpressions.Regex.Match(connectionString, "OAuthRefreshToken=([^;]+)").Groups[1].Value;
                Assert.That(refreshToken, Is.Not.Empty);
                foreach (var secret in new[] { emulator.ClientSecret, refreshToken })
                {
                    Assert.That(scaffold.Output, Does.Not.Contain(secret), "dotnet ef printed a secret.");
                    Assert.That(generated, Has.None.Contains(secret), "The generated code holds a secret.");
                }

                Assert.That(generated, Has.Some.Contains("optionsBuilder.UseZohoCrm(\"Name=ConnectionStrings:Zoho\")"));
                Assert.That(Path.Combine(app, "Crm", "CrmTask.cs"), Does.Exist);
                Assert.That(Path.Combine(app, "Crm", "ZohoCrmUser.cs"), Does.Not.Exist, "Users are the provider's ZohoCrmUser, not a scaffolded class.");
            });

            File.WriteAllText(Path.Combine(app, "Program.cs"), CheckingProgram);
            var build = await DotnetProcess.RunAsync(app, environment, StepTimeout, "build", "--configuration", "Release", "-nologo", "-clp:ErrorsOnly");
            Assert.That(build.ExitCode, Is.Zero, build.ToString());

            await RunChecksAsync(app, environment);

            var optimize = await DotnetProcess.RunAsync(app, environment, StepTimeout,
                "ef", "dbcontext", "optimize", "--output-dir", "CompiledModels", "--namespace", "ZylkerApp.CompiledModels", "--configuration", "Release");
            Assert.That(optimize.ExitCode, Is.Zero, optimize.ToString());
            var rebuild = await DotnetProcess.RunAsync(app, environment, StepTimeout, "build", "--configuration", "Release", "-nologo", "-clp:ErrorsOnly");
            Assert.That(rebuild.ExitCode, Is.Zero, rebuild.ToString());
            await RunChecksAsync(app, environment, expectCompiledModel: true);

            var migration = await DotnetProcess.RunAsync(app, environment, StepTimeout,
                "ef", "migrations", "add", "Initial", "--no-build", "--configuration", "Release");
            var update = await DotnetProcess.RunAsync(app, environment, StepTimeout,
                "ef", "database", "update", "--no-build", "--configuration", "Release");
            Assert.Multiple(() =>
            {
                foreach (var refused in new[] { migration, update })
                {
                    Assert.That(refused.ExitCode, Is.Not.Zero, refused.ToString());
                    Assert.That(refused.Output, Does.Contain("managed in Zoho CRM").And.Contain("dotnet ef dbcontext scaffold"), refused.ToString());
                }

                Assert.That(Path.Combine(app, "Migrations"), Does.Not.Exist);
            });
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task RunChecksAsync(string app, IReadOnlyDictionary<string, string> environment, bool expectCompiledModel = false)
    {
        var run = await DotnetProcess.RunAsync(app, environment, StepTimeout, "run", "--no-build", "--configuration", "Release", "--", "check");
        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        var json = run.Output.Split('\n').Single(l => l.StartsWith('{'));
        var result = JsonSerializer.Deserialize<CheckResult>(json)!;

        // The oracle: the emulator's own records.
        var records = EmulatorOrg.Emulator.Domain.Records;
        var accounts = records.Scan("Accounts").ToDictionary(r => r.Id);
        var expectedB = records.Scan("Contacts").Where(r => r["Last_Name"] is string name && name.StartsWith('B')).Select(r => r.Id).Order().ToList();
        var expectedAccounts = records.Scan("Contacts").Where(r => r["Account_Name"] is long)
            .OrderBy(r => r.Id).Take(20).Select(r => (string?)accounts[(long)r["Account_Name"]!]["Account_Name"]).ToList();
        var expectedOfOwner = records.Scan("Contacts").Where(r => Equals(r["Owner"], global::ZohoCrm.Emulator.Domain.Seeding.StandardOrg.CurrentUserId))
            .Select(r => r.Id).Order().ToList();
        Assert.That(expectedOfOwner, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            Assert.That(result.CompiledModel, Is.EqualTo(expectCompiledModel), "Whether the context ran on the compiled model.");
            Assert.That(result.ContactIdsB, Is.EqualTo(expectedB));
            Assert.That(result.AccountNames, Is.EqualTo(expectedAccounts));
            Assert.That(result.ContactIdsOfOwner, Is.EqualTo(expectedOfOwner));
            Assert.That(result.EarnedAfterInsert, Is.EqualTo(500m), "Zoho computed the formula of the inserted record.");
            Assert.That(result.EarnedAfterUpdate, Is.EqualTo(1000m), "The update (with a read-only field changed locally) was accepted.");
            Assert.That(result.ProjectCode, Does.StartWith("PRJ-"), "The auto-number was never overwritten.");
            Assert.That(records.Scan("Projects").Any(r => r.Id == result.ProjectId), Is.False, "The project was deleted again.");
        });
    }

    private sealed record CheckResult(
        bool CompiledModel, List<long> ContactIdsB, List<string?> AccountNames, List<long> ContactIdsOfOwner, long ProjectId, decimal? EarnedAfterInsert,
        decimal? EarnedAfterUpdate, string? ProjectCode);

    private static string ProjectFile() => $$"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
            <InvariantGlobalization>true</InvariantGlobalization>
          </PropertyGroup>
          <ItemGroup>
            <ProjectReference Include="{{Path.Combine(RepositoryRoot(), "src", "EFCore.ZohoCrm", "EFCore.ZohoCrm.csproj")}}" />
            <PackageReference Include="Microsoft.EntityFrameworkCore.Design" Version="10.0.15" PrivateAssets="all" />
            <PackageReference Include="Microsoft.Extensions.Hosting" Version="10.0.15" />
          </ItemGroup>
        </Project>
        """;

    // Before scaffolding: just the host, whose configuration resolves Name=ConnectionStrings:Zoho for dotnet ef.
    private const string HostOnlyProgram = """
        using Microsoft.Extensions.Hosting;

        using var host = Host.CreateApplicationBuilder(args).Build();
        """;

    private const string CheckingProgram = """
        using System.Text.Json;
        using Microsoft.EntityFrameworkCore;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Hosting;
        using ZylkerApp.Crm;

        var builder = Host.CreateApplicationBuilder(args);
        builder.Services.AddDbContext<ZylkerContext>();
        using var host = builder.Build();
        if (args is not ["check"])
        {
            return;
        }

        ZylkerContext NewContext() => host.Services.CreateScope().ServiceProvider.GetRequiredService<ZylkerContext>();

        using var db = NewContext();
        var compiledModel = db.Model.GetType().Name != "Model" && db.Model.GetType().Namespace == "ZylkerApp.CompiledModels";
        var contactIdsB = db.Contacts.Where(c => c.LastName.StartsWith("B")).OrderBy(c => c.Id).Select(c => c.Id).ToList();
        var accountNames = db.Contacts.Where(c => c.AccountId != null).OrderBy(c => c.Id).Take(20).Select(c => c.Account!.AccountName).ToList();
        var contactIdsOfOwner = db.Contacts.Where(c => c.Owner!.Email == "olivia.hart@zylker.example").OrderBy(c => c.Id).Select(c => c.Id).ToList();

        var project = new Project { Name = "Scaffolded " + Guid.NewGuid().ToString("N"), Budget = 1000m, Completion = 50m };
        db.Projects.Add(project);
        db.SaveChanges();
        using var reader = NewContext();
        var earnedAfterInsert = reader.Projects.AsNoTracking().Single(p => p.Id == project.Id).EarnedValue;

        project.Completion = 100m;
        project.ProjectCode = "CHANGED-LOCALLY";
        db.SaveChanges();

        var stored = reader.Projects.AsNoTracking().Single(p => p.Id == project.Id);
        db.Projects.Remove(project);
        db.SaveChanges();

        Console.WriteLine(JsonSerializer.Serialize(new
        {
            CompiledModel = compiledModel, ContactIdsB = contactIdsB, AccountNames = accountNames, ContactIdsOfOwner = contactIdsOfOwner, ProjectId = project.Id,
            EarnedAfterInsert = earnedAfterInsert, EarnedAfterUpdate = stored.EarnedValue, stored.ProjectCode,
        }));
        """;

    private static string RepositoryRoot([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "..", ".."));
}

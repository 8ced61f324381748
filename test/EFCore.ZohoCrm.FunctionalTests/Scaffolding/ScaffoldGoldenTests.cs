using System.Runtime.CompilerServices;

namespace EFCore.ZohoCrm.FunctionalTests.Scaffolding;

/// <summary>
/// The code <c>dotnet ef dbcontext scaffold</c> generates for the emulator's seeded org, compared with reviewed golden
/// files, so that any change to naming or types shows up in a diff. Set ZOHOCRM_UPDATE_GOLDEN=1 to rewrite them
/// after reviewing the change.
/// </summary>
public class ScaffoldGoldenTests
{
    [Test]
    public void Scaffolded_code_of_the_seeded_org_matches_the_golden_files()
    {
        var (model, _) = ScaffoldingRun.Scaffold(EmulatorOrg.ConnectionString);
        var files = new[] { model.ContextFile }.Concat(model.AdditionalFiles)
            .ToDictionary(f => Path.GetFileName(f.Path) + ".txt", f => f.Code.ReplaceLineEndings("\n"));
        var goldenDir = GoldenDirectory();
        if (Environment.GetEnvironmentVariable("ZOHOCRM_UPDATE_GOLDEN") == "1")
        {
            foreach (var stale in Directory.EnumerateFiles(goldenDir, "*.cs.txt"))
            {
                File.Delete(stale);
            }

            foreach (var (name, code) in files)
            {
                File.WriteAllText(Path.Combine(goldenDir, name), code);
            }
        }

        var golden = Directory.EnumerateFiles(goldenDir, "*.cs.txt").ToDictionary(f => Path.GetFileName(f), f => File.ReadAllText(f).ReplaceLineEndings("\n"));
        Assert.That(files.Keys.Order(), Is.EqualTo(golden.Keys.Order()), "The scaffolded files differ from the golden files.");
        Assert.Multiple(() =>
        {
            foreach (var (name, code) in files)
            {
                Assert.That(code, Is.EqualTo(golden[name]), name + " differs from its golden file.");
            }
        });
    }

    private static string GoldenDirectory([CallerFilePath] string thisFile = "") => Path.Combine(Path.GetDirectoryName(thisFile)!, "Golden");
}

using System.Diagnostics;
using System.Globalization;
using System.Text;
using ZohoCrm.Emulator.Domain.Faults;

namespace ZohoCrm.Reliability.Tests;

/// <summary>
/// Soak: 20 workers of mixed reads and writes through EF Core (a filtered page, a count, a collection Include, an
/// insert-update-delete cycle) in a process of their own (<c>ZohoCrm.Reliability.SoakProbe</c>), against the emulator
/// with faults on, sampling that process's managed memory, working set, handles and sockets. Flat means: after the
/// warm-up (a fifth of the run), the managed heap after a full collection grows by no more than a few megabytes, and the
/// handles and sockets of the second half stay at the first half's level; and no task exception goes unobserved. The
/// short form runs 40 seconds in CI; the long form (<c>ZOHOCRM_RELIABILITY_LONG=1</c>) the issue's 30 minutes. The
/// samples are written as CSV and plotted as SVG next to the test results.
/// </summary>
[NonParallelizable]
public class SoakTests
{
    private const int Workers = 20;

    [Test]
    public async Task Twenty_workers_of_mixed_reads_and_writes_under_faults_keep_memory_handles_and_sockets_flat()
    {
        var seconds = FaultyOrg.LongForm ? 1_800 : 40;
        var sampleSeconds = FaultyOrg.LongForm ? 10 : 1;
        var tag = "Soak-" + Guid.NewGuid().ToString("N")[..8];
        FaultyOrg.StartANewCreditDay();
        FaultyOrg.Emulator.Settings.CreditLimit = long.MaxValue / 2;
        FaultyOrg.Emulator.Settings.FaultSeed = 7;
        FaultyOrg.Emulator.Settings.Faults =
        [
            new FaultRule { Path = "/crm/v8/coql", ErrorRate = 0.05, DropRate = 0.05, TruncateRate = 0.05 },
            new FaultRule { Path = "/crm/v8/Leads", ErrorRate = 0.05, DropRate = 0.05, LostAnswerRate = 0.05 },
        ];
        List<string> lines;
        try
        {
            lines = await RunProbeAsync(FaultyOrg.ConnectionStringWith(FaultyOrg.NewRefreshToken()), seconds, sampleSeconds, tag);
        }
        finally
        {
            FaultyOrg.ClearFaults();
            RemoveLeadsTagged(tag);
        }

        var samples = lines.Where(l => l.StartsWith("sample ", StringComparison.Ordinal)).Select(Fields).ToList();
        var done = Fields(lines.Single(l => l.StartsWith("done ", StringComparison.Ordinal)));
        var warm = Number(Fields(lines.Single(l => l.StartsWith("gc phase=warm", StringComparison.Ordinal))), "managedMB");
        var end = Number(Fields(lines.Single(l => l.StartsWith("gc phase=end", StringComparison.Ordinal))), "managedMB");
        var afterWarmUp = samples.Where(s => Number(s, "t") > seconds / 5.0).ToList();
        var firstHalf = afterWarmUp.Where(s => Number(s, "t") <= seconds / 2.0).ToList();
        var secondHalf = afterWarmUp.Where(s => Number(s, "t") > seconds / 2.0).ToList();
        WriteReport(samples, tag);
        TestContext.Out.WriteLine(
            $"{seconds} s, {Workers} workers: {done["ops"]} operations, {done["expected"]} documented failures ({done["kinds"]}), "
            + $"{done["unexpected"]} unexpected, {done["unobserved"]} unobserved task exceptions; managed heap after a full collection "
            + $"{warm:F1} MB after the warm-up, {end:F1} MB at the end; handles {Max(firstHalf, "handles")} then {Max(secondHalf, "handles")}, "
            + $"sockets {Max(firstHalf, "sockets")} then {Max(secondHalf, "sockets")} (first and second half, highest sample)");

        Assert.Multiple(() =>
        {
            Assert.That(firstHalf, Is.Not.Empty);
            Assert.That(secondHalf, Is.Not.Empty);
            Assert.That(Number(done, "ops"), Is.GreaterThan(Workers), "the workers got work done");
            Assert.That(Number(done, "unexpected"), Is.Zero, string.Join(Environment.NewLine, lines.Where(l => l.StartsWith("unexpected", StringComparison.Ordinal))));
            Assert.That(Number(done, "unobserved"), Is.Zero, "unobserved task exceptions");
            Assert.That(end - warm, Is.LessThan(16), "managed megabytes grown after the warm-up");
            Assert.That(Max(secondHalf, "handles"), Is.LessThanOrEqualTo(Max(firstHalf, "handles") + 20), "handles");
            Assert.That(Max(secondHalf, "sockets"), Is.LessThanOrEqualTo(Max(firstHalf, "sockets") + 4), "sockets");
        });
    }

    private static async Task<List<string>> RunProbeAsync(string connectionString, int seconds, int sampleSeconds, string tag)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "ZohoCrm.Reliability.SoakProbe.dll");
        Assert.That(File.Exists(dll), Is.True, "the probe is built next to the tests: " + dll);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "exec", dll, connectionString, seconds.ToString(CultureInfo.InvariantCulture),
                     Workers.ToString(CultureInfo.InvariantCulture), sampleSeconds.ToString(CultureInfo.InvariantCulture), tag })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds + 180));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"the soak probe did not finish within {seconds + 180} s: {await output}");
        }

        Assert.That(process.ExitCode, Is.Zero, await errors);
        return (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
    }

    private static Dictionary<string, string> Fields(string line) =>
        line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(f => f.Split('=', 2)).Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => p[1]);

    private static double Number(Dictionary<string, string> fields, string name) => double.Parse(fields[name], CultureInfo.InvariantCulture);

    private static double Max(List<Dictionary<string, string>> samples, string name) => samples.Max(s => Number(s, name));

    private static void RemoveLeadsTagged(string tag)
    {
        var ids = FaultyOrg.Records("Leads", "Last_Name").Where(r => r.Value is string name && name.StartsWith(tag, StringComparison.Ordinal))
            .Select(r => r.Id.ToString(CultureInfo.InvariantCulture)).ToList();
        foreach (var chunk in ids.Chunk(100))
        {
            FaultyOrg.Emulator.Domain.Writer.Delete("Leads", chunk);
        }
    }

    // The samples as CSV, and a plot of each series over time (each scaled to its own maximum) as SVG.
    private static void WriteReport(List<Dictionary<string, string>> samples, string tag)
    {
        string[] series = ["managedMB", "workingSetMB", "handles", "sockets"];
        var directory = TestContext.CurrentContext.WorkDirectory;
        var csv = new StringBuilder("t," + string.Join(",", series) + "\n");
        foreach (var sample in samples)
        {
            csv.Append(sample["t"]).Append(',').AppendJoin(",", series.Select(s => sample[s])).Append('\n');
        }

        var csvPath = Path.Combine(directory, tag + ".csv");
        File.WriteAllText(csvPath, csv.ToString());
        const int width = 800, height = 300, margin = 40;
        var tMax = samples.Max(s => Number(s, "t"));
        var svg = new StringBuilder($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height + 60}\">");
        string[] colours = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728"];
        for (var i = 0; i < series.Length; i++)
        {
            var max = Math.Max(1, samples.Max(s => Number(s, series[i])));
            var points = string.Join(" ", samples.Select(s => string.Create(CultureInfo.InvariantCulture,
                $"{margin + (width - 2 * margin) * Number(s, "t") / tMax:F1},{height - margin - (height - 2 * margin) * Number(s, series[i]) / max:F1}")));
            svg.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"{colours[i]}\" points=\"{points}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{margin + i * 190}\" y=\"{height + 20}\" fill=\"{colours[i]}\">{series[i]} (max {max:F0})</text>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{margin}\" y=\"{height + 45}\">0 to {tMax:F0} s; each series scaled to its own maximum</text></svg>");
        var svgPath = Path.Combine(directory, tag + ".svg");
        File.WriteAllText(svgPath, svg.ToString());
        TestContext.AddTestAttachment(csvPath);
        TestContext.AddTestAttachment(svgPath);
    }
}

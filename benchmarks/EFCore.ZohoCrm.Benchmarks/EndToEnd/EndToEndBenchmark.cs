using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using ZohoCrm.Data;
using ZohoCrm.Data.OAuth;
using ZohoCrm.Emulator;
using ZohoCrm.Emulator.Domain.Faults;
using ZohoCrm.Emulator.Domain.Seeding;

namespace EFCore.ZohoCrm.Benchmarks.EndToEnd;

/// <summary>What one variant measured for one scenario (one JSON line of a variant process).</summary>
public sealed record E2eMeasurement(
    string Variant, string Scenario, int Rows, int Calls, int Credits, int TokenCalls, long BytesSent, long BytesReceived,
    double WallMs, long AllocatedBytes, long PeakWorkingSetBytes, IReadOnlyList<string> Endpoints);

/// <summary>
/// <c>--end-to-end</c>: starts the emulator in-process with <c>latencyMs</c> on every API call, then runs each variant
/// (EF, ADO.NET, hand-written) in its own process against it, so allocations and memory are the client's alone. Each
/// process runs every scenario once to warm up (JIT, metadata, connections) and once measured. The report prints the
/// table, writes it into benchmarks/README.md and draws the wall times as an SVG chart.
/// <list type="bullet">
/// <item><c>--latency n</c>: milliseconds added to every <c>/crm</c> call (default 200; token calls get none).</item>
/// <item><c>--repeat n</c>: measured passes after the warm-up (default 3); the table shows the median wall time and allocations.</item>
/// <item><c>--large</c>: seeds 150,000 Leads and adds the 150,000-row scenario (slow to seed).</item>
/// <item><c>--no-readme</c>: print the table and write the chart, but leave benchmarks/README.md alone.</item>
/// </list>
/// </summary>
public static class EndToEndBenchmark
{
    public const int DefaultLatencyMs = 200;
    private const string VariantArgument = "--end-to-end-variant";
    private const string SettingsVariable = "ZOHOCRM_E2E_SETTINGS";
    private static readonly string[] VariantNames = ["EF LINQ", "ADO.NET", "Hand-written"];

    public static async Task<int?> TryRunAsync(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "--end-to-end":
                await RunAsync(IntOption(args, "--latency", DefaultLatencyMs), IntOption(args, "--repeat", 3), args.Contains("--large"),
                    writeReadme: !args.Contains("--no-readme"));
                return 0;
            case VariantArgument:
                await RunVariantAsync(args[1]);
                return 0;
            default:
                return null;
        }
    }

    private static int IntOption(string[] args, string name, int defaultValue) =>
        args.SkipWhile(a => a != name).Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault(defaultValue);

    /// <summary>What the parent hands each variant process.</summary>
    private sealed record VariantSettings(
        int Repeat, string BaseUrl, string ClientId, string ClientSecret, string RefreshToken, bool Large, long LeadId, IReadOnlyList<long> UpdateIds, string ContactDescription);

    private static async Task RunAsync(int latencyMs, int repeat, bool large, bool writeReadme)
    {
        Console.WriteLine($"Starting the emulator ({(large ? "150,000" : "10,000")} Leads, {latencyMs} ms on every API call)...");
        await using var emulator = await ZohoCrmEmulator.StartAsync(new ZohoCrmEmulatorOptions
        {
            SeedCounts = large ? SeedCounts.For(150_000) : null,
            Settings = new()
            {
                SearchLagSeconds = 0,
                Faults = [new FaultRule { Path = "/crm", LatencyMs = latencyMs }],
            },
        });
        var leads = emulator.Domain.Records.Scan("Leads");
        var contacts = emulator.Domain.Records.Scan("Contacts");
        const string description = "Referred by a partner; high priority.";
        var org = new E2eOrgCounts(
            emulator.Domain.Records.Scan("Accounts").Count,
            contacts.Count(c => c["Account_Name"] is not null),
            contacts.Count(c => c["Description"] is string text && text.Contains(description, StringComparison.OrdinalIgnoreCase)));
        var settings = new VariantSettings(repeat, emulator.BaseUrl, emulator.ClientId, emulator.ClientSecret, emulator.RefreshToken, large,
            leads[4321].Id, leads.Skip(2000).Take(1000).Select(l => l.Id).ToList(), description);

        var measurements = new List<E2eMeasurement>();
        foreach (var variant in VariantNames)
        {
            Console.WriteLine($"Running {variant} (a warm-up pass, then {repeat} measured passes)...");
            measurements.AddRange((await RunVariantProcessAsync(variant, settings)).GroupBy(m => m.Scenario).Select(Median));
        }

        var scenarios = EndToEndScenarios.All.Where(s => large || !s.Large).ToList();
        var report = new EndToEndReport(scenarios, measurements, org, latencyMs, repeat);
        var table = report.Table();
        Console.WriteLine();
        Console.WriteLine(table);
        var benchmarksDirectory = Path.GetDirectoryName(ProjectDirectory())!;
        var chart = Path.Combine(benchmarksDirectory, "end-to-end.svg");
        await File.WriteAllTextAsync(chart, report.Chart());
        Console.WriteLine($"Wrote {chart}.");
        if (writeReadme)
        {
            var readme = Path.Combine(benchmarksDirectory, "README.md");
            await File.WriteAllTextAsync(readme, EndToEndReport.ReplaceSection(await File.ReadAllTextAsync(readme), table));
            Console.WriteLine($"Wrote the table into {readme}.");
        }
    }

    /// <summary>
    /// One row from a scenario's measured passes: the median wall time and allocations, the highest peak, and the calls,
    /// credits and bytes of the pass with the most calls (they are the same in every pass unless a plan changed).
    /// </summary>
    private static E2eMeasurement Median(IEnumerable<E2eMeasurement> passes)
    {
        var all = passes.ToList();
        static double MedianOf(IEnumerable<double> values)
        {
            var sorted = values.Order().ToList();
            return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
        }

        var most = all.MaxBy(m => m.Calls)!;
        return most with
        {
            WallMs = MedianOf(all.Select(m => m.WallMs)),
            AllocatedBytes = (long)MedianOf(all.Select(m => (double)m.AllocatedBytes)),
            PeakWorkingSetBytes = all.Max(m => m.PeakWorkingSetBytes),
        };
    }

    private static string ProjectDirectory([System.Runtime.CompilerServices.CallerFilePath] string thisFile = "") =>
        Path.GetDirectoryName(Path.GetDirectoryName(thisFile)!)!;

    private static async Task<List<E2eMeasurement>> RunVariantProcessAsync(string variant, VariantSettings settings)
    {
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        }

        start.ArgumentList.Add(VariantArgument);
        start.ArgumentList.Add(variant);
        start.Environment[SettingsVariable] = JsonSerializer.Serialize(settings);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"The {variant} process failed ({process.ExitCode}): {output} {await error}");
        }

        return output.Split('\n').Where(l => l.StartsWith('{')).Select(l => JsonSerializer.Deserialize<E2eMeasurement>(l)!).ToList();
    }

    private static async Task RunVariantAsync(string name)
    {
        var settings = JsonSerializer.Deserialize<VariantSettings>(Environment.GetEnvironmentVariable(SettingsVariable)
            ?? throw new InvalidOperationException(SettingsVariable + " is not set: run --end-to-end."))!;
        using var handler = new ByteCountingHandler();
        using var admin = new HttpClient(new SocketsHttpHandler { UseProxy = false });
        // The provider's variants keep as many pages of a read on the wire as MaxConcurrency lets them (EndToEndReport.ProviderSettings).
        var connectionString = "InitiateOAuth=REFRESH;OAuthClientId=" + settings.ClientId + ";OAuthClientSecret=" + settings.ClientSecret
            + ";OAuthRefreshToken=" + settings.RefreshToken + ";AccountsServer=" + settings.BaseUrl + ";ApiDomain=" + settings.BaseUrl + ";"
            + EndToEndReport.ProviderSettings;
        await using var dataSource = new ZohoCrmDataSourceBuilder(connectionString)
            .UseTokenStore(new ZohoCrmInMemoryTokenStore())
            .UseHttpMessageHandler(handler)
            .Build();
        await using E2eVariant variant = name switch
        {
            "EF LINQ" => new EfVariant(dataSource),
            "ADO.NET" => new AdoNetVariant(dataSource),
            _ => await HandWrittenVariant.ConnectAsync(handler, settings.BaseUrl, settings.ClientId, settings.ClientSecret, settings.RefreshToken),
        };
        var inputs = new E2eInputs(settings.LeadId, settings.UpdateIds, settings.ContactDescription);
        var scenarios = EndToEndScenarios.All.Where(s => settings.Large || !s.Large).ToList();
        long lastSeq = 0;
        foreach (var pass in Enumerable.Range(0, settings.Repeat + 1))
        {
            foreach (var scenario in scenarios)
            {
                var tag = name + " pass " + pass.ToString(CultureInfo.InvariantCulture);
                if (scenario.Prepare is { } prepare)
                {
                    await prepare(variant, inputs);
                }

                lastSeq = (await RequestsAfterAsync(admin, settings.BaseUrl, lastSeq)).Select(r => r.Seq).DefaultIfEmpty(lastSeq).Max();
                // Aggressive: the heap an earlier scenario grew is returned to the OS, so a scenario's peak starts from
                // what the process holds alive, not from what the previous scenario left committed.
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                handler.Reset();
                PeakWorkingSet.Reset();
                var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
                var clock = Stopwatch.StartNew();
                var rows = await scenario.Run(variant, inputs, tag);
                clock.Stop();
                var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
                var peak = PeakWorkingSet.Read();
                var sent = handler.Sent;
                var received = handler.Received;
                var requests = await RequestsAfterAsync(admin, settings.BaseUrl, lastSeq);
                var api = requests.Where(r => r.Path.StartsWith("/crm/", StringComparison.Ordinal)).ToList();
                if (pass > 0) // pass 0 warms up
                {
                    Console.WriteLine(JsonSerializer.Serialize(new E2eMeasurement(name, scenario.Name, rows, api.Count, api.Sum(r => r.Credits),
                        requests.Count(r => r.Path.StartsWith("/oauth/", StringComparison.Ordinal)), sent, received,
                        clock.Elapsed.TotalMilliseconds, allocated, peak, api.Select(r => r.Method + " " + r.Path).ToList())));
                }
            }
        }
    }

    private static async Task<List<LoggedRequest>> RequestsAfterAsync(HttpClient admin, string baseUrl, long seq) =>
        await admin.GetFromJsonAsync<List<LoggedRequest>>(
            new Uri(baseUrl + "/_emulator/requests?after=" + seq.ToString(CultureInfo.InvariantCulture))) ?? [];

    private sealed record LoggedRequest(
        [property: JsonPropertyName("seq")] long Seq,
        [property: JsonPropertyName("method")] string Method,
        [property: JsonPropertyName("path")] string Path,
        [property: JsonPropertyName("credits")] int Credits);

    /// <summary>
    /// The process's peak resident set over a scenario: Linux resets the high-water mark (VmHWM) when "5" is written to
    /// /proc/self/clear_refs, so no sampling thread allocates while the scenario runs. Elsewhere the process's lifetime peak.
    /// </summary>
    private static class PeakWorkingSet
    {
        public static void Reset()
        {
            if (OperatingSystem.IsLinux())
            {
                File.WriteAllText("/proc/self/clear_refs", "5");
            }
        }

        public static long Read()
        {
            if (!OperatingSystem.IsLinux())
            {
                using var process = Process.GetCurrentProcess();
                return process.PeakWorkingSet64;
            }

            var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return long.Parse(line["VmHWM:".Length..].Replace("kB", "", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture) * 1024;
        }
    }
}

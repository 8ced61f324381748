using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using ZohoCrm.Emulator;

namespace EFCore.ZohoCrm.FunctionalTests.Load;

/// <summary>
/// A burst of concurrent LINQ queries (ToListAsync, CountAsync) right after start-up, run in a fresh process
/// (<c>EFCore.ZohoCrm.LoadProbe</c>) with the default thread pool against an emulator on 127.0.0.1: what an ASP.NET Core
/// app meets when traffic arrives as it starts. No query may time out. And the synchronous API in parallel with the
/// pool held at four threads: no synchronous call may wait for the pool.
/// </summary>
[NonParallelizable]
public partial class ConcurrentBurstTests
{
    private const int ShapeCount = 8;
    private static readonly TimeSpan ProcessAllowance = TimeSpan.FromMinutes(3);
    private ZohoCrmEmulator _emulator = null!;

    [OneTimeSetUp]
    public async Task Start() => _emulator = await ZohoCrmEmulator.StartAsync(new ZohoCrmEmulatorOptions { LeadCount = 10_000 });

    [OneTimeTearDown]
    public async Task Stop() => await _emulator.DisposeAsync();

    [Test]
    public async Task Two_hundred_async_LINQ_queries_of_mixed_shapes_all_finish_in_a_fresh_process() =>
        await RunProbeAndCheckAsync(200, "200", EmulatorOrg.ConnectionStringOf(_emulator));

    [Test]
    public async Task Fifty_synchronous_CanConnect_calls_and_LINQ_queries_in_parallel_finish_with_the_thread_pool_held_at_four_threads() =>
        // A synchronous call that waited for a task would wait for one of four pool threads, or fail as a bug.
        await RunProbeAndCheckAsync(50, "50", EmulatorOrg.ConnectionStringOf(_emulator), "sync", "4");

    private static async Task RunProbeAndCheckAsync(int queries, params string[] arguments)
    {
        var probe = Path.Combine(AppContext.BaseDirectory, "EFCore.ZohoCrm.LoadProbe.dll");
        Assert.That(File.Exists(probe), Is.True, "the probe is built next to the tests: " + probe);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "exec", probe }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("DOTNET_ThreadPool_MinThreads");
        start.Environment.Remove("DOTNET_ThreadPool_ForceMinWorkerThreads");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var allowance = new CancellationTokenSource(ProcessAllowance);
        try
        {
            await process.WaitForExitAsync(allowance.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{queries} LINQ queries did not finish within {ProcessAllowance}.");
        }

        var text = await output + await error;
        Assert.That(process.ExitCode, Is.Zero, text);
        var summary = Summary().Match(text);
        Assert.That(summary.Success, Is.True, text);
        var answers = summary.Groups["answers"].Value.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(a => a.Split(':', 2)[1].Split(',')).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(int.Parse(summary.Groups["timeouts"].Value, CultureInfo.InvariantCulture), Is.Zero, text);
            Assert.That(int.Parse(summary.Groups["failures"].Value, CultureInfo.InvariantCulture), Is.Zero, text);
            Assert.That(int.Parse(summary.Groups["completed"].Value, CultureInfo.InvariantCulture), Is.EqualTo(queries), text);
            Assert.That(answers, Has.Count.EqualTo(ShapeCount), text);
            Assert.That(answers, Has.All.Length.EqualTo(1), "every repeat of a shape reads the same rows\n" + text);
        });
        TestContext.Out.WriteLine(text);
    }

    [GeneratedRegex(@"completed=(?<completed>\d+) timeouts=(?<timeouts>\d+) failures=(?<failures>\d+) elapsedMs=\d+ answers=(?<answers>\S*)")]
    private static partial Regex Summary();
}

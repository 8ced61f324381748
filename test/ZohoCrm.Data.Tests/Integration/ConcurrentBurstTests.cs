using System.Diagnostics;
using System.Text.RegularExpressions;

namespace ZohoCrm.Data.Tests.Integration;

/// <summary>
/// Bursts of concurrent queries on one data source, run in a fresh process (<c>ZohoCrm.Data.LoadProbe</c>) against an
/// emulator on 127.0.0.1. A fresh process has the default thread pool, which grows by about one thread a second once
/// its threads are blocked: code that blocks pool threads while waiting for Zoho stalls there, where a test process
/// whose pool earlier tests have grown would hide it.
/// </summary>
[NonParallelizable]
public partial class ConcurrentBurstTests
{
    private const int ShapeCount = 8;
    private static readonly TimeSpan ProcessAllowance = TimeSpan.FromMinutes(3);
    private EmulatorConnection _emulator = null!;

    [OneTimeSetUp]
    public async Task Start() => _emulator = await EmulatorConnection.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _emulator.DisposeAsync();

    [Test]
    public async Task Two_hundred_async_queries_of_mixed_shapes_all_finish_with_the_default_thread_pool()
    {
        var result = await RunProbeAsync("async", queries: 200, maxPoolThreads: 0);

        Assert.Multiple(() =>
        {
            Assert.That(result.Timeouts, Is.Zero, result.Output);
            Assert.That(result.Failures, Is.Zero, result.Output);
            Assert.That(result.Completed, Is.EqualTo(200), result.Output);
            Assert.That(result.AnswersByShape, Has.Count.EqualTo(ShapeCount), result.Output);
            Assert.That(result.AnswersByShape.Values, Has.All.Length.EqualTo(1), "every repeat of a shape reads the same rows\n" + result.Output);
        });
        TestContext.Out.WriteLine(result.Output);
    }

    [Test]
    public async Task Two_hundred_async_queries_of_mixed_shapes_all_finish_with_the_thread_pool_held_at_four_threads()
    {
        // Four threads are enough when nothing blocks one while waiting for Zoho; a blocked thread is one the others never get.
        var result = await RunProbeAsync("async", queries: 200, maxPoolThreads: 4);

        Assert.Multiple(() =>
        {
            Assert.That(result.Timeouts, Is.Zero, result.Output);
            Assert.That(result.Failures, Is.Zero, result.Output);
            Assert.That(result.Completed, Is.EqualTo(200), result.Output);
            Assert.That(result.AnswersByShape.Values, Has.All.Length.EqualTo(1), "every repeat of a shape reads the same rows\n" + result.Output);
        });
        TestContext.Out.WriteLine(result.Output);
    }

    [Test]
    public async Task Fifty_synchronous_queries_in_parallel_finish_with_the_thread_pool_held_at_four_threads()
    {
        var result = await RunProbeAsync("sync", queries: 50, maxPoolThreads: 4);

        Assert.Multiple(() =>
        {
            Assert.That(result.Timeouts, Is.Zero, result.Output);
            Assert.That(result.Failures, Is.Zero, result.Output);
            Assert.That(result.Completed, Is.EqualTo(50), result.Output);
            Assert.That(result.AnswersByShape.Values, Has.All.Length.EqualTo(1), "every repeat of a shape reads the same rows\n" + result.Output);
        });
        TestContext.Out.WriteLine(result.Output);
    }

    private async Task<ProbeResult> RunProbeAsync(string mode, int queries, int maxPoolThreads)
    {
        var probe = Path.Combine(AppContext.BaseDirectory, "ZohoCrm.Data.LoadProbe.dll");
        Assert.That(File.Exists(probe), Is.True, "the probe is built next to the tests: " + probe);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "exec", probe, mode, queries.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     maxPoolThreads.ToString(System.Globalization.CultureInfo.InvariantCulture), _emulator.ConnectionString })
        {
            start.ArgumentList.Add(argument);
        }

        // Nothing inherited may size the child's pool.
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
            Assert.Fail($"{queries} {mode} queries did not finish within {ProcessAllowance}.");
        }

        var text = await output + await error;
        Assert.That(process.ExitCode, Is.Zero, text);
        var summary = Summary().Match(text);
        Assert.That(summary.Success, Is.True, text);
        var answers = summary.Groups["answers"].Value.Split('|', StringSplitOptions.RemoveEmptyEntries)
            .Select(a => a.Split(':', 2))
            .ToDictionary(a => int.Parse(a[0], System.Globalization.CultureInfo.InvariantCulture), a => a[1].Split(','));
        return new ProbeResult(int.Parse(summary.Groups["completed"].Value, System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(summary.Groups["timeouts"].Value, System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(summary.Groups["failures"].Value, System.Globalization.CultureInfo.InvariantCulture),
            answers, text);
    }

    [GeneratedRegex(@"completed=(?<completed>\d+) timeouts=(?<timeouts>\d+) failures=(?<failures>\d+) elapsedMs=\d+ answers=(?<answers>\S*)")]
    private static partial Regex Summary();

    private sealed record ProbeResult(int Completed, int Timeouts, int Failures, IReadOnlyDictionary<int, string[]> AnswersByShape, string Output);
}

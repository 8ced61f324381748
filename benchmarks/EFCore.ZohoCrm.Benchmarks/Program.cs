using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// Start-up of a 100-module org, each sample a fresh process (see Startup/StartupBenchmark.cs and benchmarks/README.md):
//   dotnet run -c Release --project benchmarks/EFCore.ZohoCrm.Benchmarks -- --startup [samples]
var sinceStart = System.Diagnostics.Stopwatch.StartNew();
if (await EFCore.ZohoCrm.Benchmarks.Startup.StartupBenchmark.TryRunAsync(args, sinceStart) is { } exitCode)
{
    return exitCode;
}

// End-to-end: EF, ADO.NET and a hand-written client against the emulator with latency (see EndToEnd/EndToEndBenchmark.cs):
//   dotnet run -c Release --project benchmarks/EFCore.ZohoCrm.Benchmarks -- --end-to-end [--latency 200] [--large] [--no-readme]
if (await EFCore.ZohoCrm.Benchmarks.EndToEnd.EndToEndBenchmark.TryRunAsync(args) is { } endToEndExitCode)
{
    return endToEndExitCode;
}

// Usage: dotnet run -c Release --project benchmarks/EFCore.ZohoCrm.Benchmarks -- --filter '*Translation*' [--quick] [--inprocess]
//   --quick      a short job (1 warmup, 3 iterations) for a fast check; numbers are indicative only.
//   --inprocess  no separate build per run. All benchmarks of a class then share one process and its JIT: the first
//                one runs while shared code is still tiering up, so compare ratios from the default mode.
var quick = args.Contains("--quick");
var inProcess = args.Contains("--inprocess");
var job = quick
    ? Job.ShortRun.WithWarmupCount(1).WithIterationCount(3)
    : Job.Default.WithWarmupCount(5).WithIterationCount(20);
if (inProcess)
{
    job = job.WithToolchain(InProcessEmitToolchain.Instance);
}

var config = DefaultConfig.Instance
    .AddJob(job)
    .AddColumn(StatisticColumn.Median)
    .WithBuildTimeout(TimeSpan.FromMinutes(10))
    .WithOptions(ConfigOptions.DisableOptimizationsValidator);
var summaries = BenchmarkSwitcher.FromAssembly(typeof(EFCore.ZohoCrm.Benchmarks.TranslationBenchmarks).Assembly)
    .Run(args.Where(a => a is not "--quick" and not "--inprocess").ToArray(), config);
EFCore.ZohoCrm.Benchmarks.Translation.TranslationSummary.Print(summaries);
return 0;

using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// In-process: the store of 100,000 Leads is built once per run, and no second project build is needed.
// Usage: dotnet run -c Release --project benchmarks/ZohoCrm.Emulator.Benchmarks -- --filter '*'
var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(15))
    .WithOptions(ConfigOptions.DisableOptimizationsValidator);
BenchmarkSwitcher.FromAssembly(typeof(ZohoCrm.Emulator.Benchmarks.CoqlPageBenchmarks).Assembly).Run(args, config);

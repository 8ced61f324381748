using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// Usage: dotnet run -c Release --project benchmarks/ZohoCrm.Data.Benchmarks -- --filter '*'
//        dotnet run -c Release --project benchmarks/ZohoCrm.Data.Benchmarks -- --cost-report [--no-large]
if (args.Contains("--cost-report"))
{
    return await ZohoCrm.Data.Benchmarks.CallCost.CallCostReport.RunAsync(Console.Out, includeLarge: !args.Contains("--no-large"));
}

var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(10))
    .WithOptions(ConfigOptions.DisableOptimizationsValidator);
BenchmarkSwitcher.FromAssembly(typeof(ZohoCrm.Data.Benchmarks.ReaderThroughputBenchmarks).Assembly).Run(args, config);
return 0;

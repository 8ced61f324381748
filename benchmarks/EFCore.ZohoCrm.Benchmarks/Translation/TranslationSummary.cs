using System.Globalization;
using BenchmarkDotNet.Reports;

namespace EFCore.ZohoCrm.Benchmarks.Translation;

/// <summary>
/// The lines printed under the table of <see cref="TranslationBenchmarks"/>: translation's share of the Linq run,
/// measured, next to what LINQ costs beyond the precompiled query ((Linq - Compiled) / Linq of the means), so both
/// come from one run.
/// </summary>
public static class TranslationSummary
{
    /// <summary>Prints the lines for each summary of <see cref="TranslationBenchmarks"/> in <paramref name="summaries"/>.</summary>
    public static void Print(IEnumerable<Summary> summaries)
    {
        foreach (var summary in summaries)
        {
            var linq = Case(summary, nameof(TranslationBenchmarks.Linq));
            var compiled = Case(summary, nameof(TranslationBenchmarks.Compiled));
            if (linq is null || compiled is null
                || summary[linq]?.ResultStatistics is not { } linqStats
                || summary[compiled]?.ResultStatistics is not { } compiledStats
                || TranslationColumns.Run(summary, linq) is not { } run)
            {
                continue;
            }

            var meanMs = linqStats.Mean / 1e6;
            var executions = run["executions"];
            var translationMs = run["translationMs"];
            var frontEndMs = run["frontEndMs"] / executions;
            var linqBytes = summary[linq]!.GcStats.GetBytesAllocatedPerOperation(linq) ?? 0;
            var compiledBytes = summary[compiled]!.GcStats.GetBytesAllocatedPerOperation(compiled) ?? 0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""

                // Translation, measured: {translationMs:F3} ms in {run["compilations"]:N0} compilation(s) over a run of {executions:N0} Linq executions
                //   with new values = {translationMs / run["executionMs"]:P3} of the run's {run["executionMs"]:N0} ms; none after the first execution.
                //   Against a warm execution (Mean {meanMs:F3} ms) translation is under 5% of a run from {Math.Ceiling(19 * translationMs / meanMs):N0} executions on.
                // EF's front end per LINQ execution (QueryCompiler.ExecuteAsync less translation), measured: {frontEndMs * 1000:F1} us = {frontEndMs / meanMs:P2} of Mean(Linq),
                //   of which parameter extraction {run["parametersMs"] / executions * 1000:F1} us, in the provider's evaluatable-expression filter {run["filterMs"] / executions * 1000:F2} us ({run["filterCalls"] / executions:F1} calls).
                // Linq beyond the precompiled query, (Linq - Compiled) / Linq of the means: {(linqStats.Mean - compiledStats.Mean) / linqStats.Mean:P2}
                //   ({(linqStats.Mean - compiledStats.Mean) / 1000:F1} us, {linqBytes - compiledBytes:N0} B allocated per execution).
                """));
            if (TranslationColumns.ReadLine(summary, linq, TranslationBenchmarks.InterleavedPrefix) is { } interleaved)
            {
                var linqUs = interleaved["linqMedianUs"];
                var compiledUs = interleaved["compiledMedianUs"];
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
                    // Linq beyond the precompiled query, interleaved in one process (medians of {interleaved["rounds"]:N0} rounds): Linq {linqUs:F1} us,
                    //   Compiled {compiledUs:F1} us, (Linq - Compiled) / Linq = {(linqUs - compiledUs) / linqUs:P2} ({linqUs - compiledUs:F1} us), of which, measured per execution:
                    //   EF's front end {frontEndMs * 1000:F1} us, building the IQueryable (Where, OrderBy, Take) {run["buildQueryMs"] / executions * 1000:F1} us.
                    """));
            }
        }
    }

    private static BenchmarkDotNet.Running.BenchmarkCase? Case(Summary summary, string method) =>
        summary.BenchmarksCases.FirstOrDefault(c =>
            c.Descriptor.Type == typeof(TranslationBenchmarks) && c.Descriptor.WorkloadMethod.Name == method);
}

using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace EFCore.ZohoCrm.Benchmarks.Translation;

/// <summary>
/// Columns read from the line <see cref="TranslationClock.Report"/> prints in each benchmark process: how many
/// executions the run made, how many compilations they caused, and the share of the run's time spent in translation
/// and in EF's per-execution front end. A run starts with the cold first execution, so its one compilation counts.
/// </summary>
public sealed class TranslationColumns : IColumn
{
    private readonly string _key;

    private TranslationColumns(string columnName, string key, string legend)
    {
        ColumnName = columnName;
        _key = key;
        Legend = legend;
    }

    /// <summary>Adds the columns to the class it is applied to.</summary>
    public sealed class Config : ManualConfig
    {
        public Config() =>
            AddColumn(
                new TranslationColumns("Executions", "executions", "Executions in the run: every call of the method in its process, the cold first one included"),
                new TranslationColumns("Compilations", "compilations", "Query compilations during the run"),
                new TranslationColumns("Translation", "translationMs", "Share of the run's time spent translating: compilation, parameter-based processing, COQL generation"),
                new TranslationColumns("Front end", "frontEndMs", "Share of the run's time in EF's QueryCompiler.ExecuteAsync, less translation: parameter extraction, cache key, look-up"));
    }

    public string Id => nameof(TranslationColumns) + "." + _key;

    public string ColumnName { get; }

    public string Legend { get; }

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (Run(summary, benchmarkCase) is not { } run)
        {
            return "-";
        }

        return _key switch
        {
            "executions" or "compilations" => run[_key].ToString("N0", CultureInfo.InvariantCulture),
            _ => run["executionMs"] > 0 ? (run[_key] / run["executionMs"]).ToString("P2", CultureInfo.InvariantCulture) : "-",
        };
    }

    /// <summary>The counters of the run of <paramref name="benchmarkCase"/>'s method, from the last process that reported them.</summary>
    public static Dictionary<string, double>? Run(Summary summary, BenchmarkCase benchmarkCase) =>
        ReadLine(summary, benchmarkCase, TranslationClock.LinePrefix + benchmarkCase.Descriptor.WorkloadMethod.Name + ": ");

    /// <summary>The <c>name=value</c> pairs of the last line starting with <paramref name="prefix"/> that <paramref name="benchmarkCase"/>'s process printed.</summary>
    public static Dictionary<string, double>? ReadLine(Summary summary, BenchmarkCase benchmarkCase, string prefix)
    {
        var line = summary[benchmarkCase]?.ExecuteResults
            .SelectMany(result => result.StandardOutput ?? []) // none with the in-process toolchain
            .LastOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal));
        return line?[prefix.Length..]
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('='))
            .ToDictionary(pair => pair[0], pair => double.Parse(pair[1], CultureInfo.InvariantCulture));
    }
}

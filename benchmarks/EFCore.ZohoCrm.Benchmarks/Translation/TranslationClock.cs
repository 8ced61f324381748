using System.Diagnostics;
using System.Globalization;

namespace EFCore.ZohoCrm.Benchmarks.Translation;

/// <summary>
/// Where the time of a run of executions goes: each benchmark method is a run (<see cref="Execute"/>), and the timed
/// services of <see cref="TimedQueryServices"/> add the time EF spends translating (compiling the LINQ tree, then the
/// parameter-based processing and COQL generation of the relational command cache) and in its per-execution front
/// end (<c>QueryCompiler.ExecuteAsync</c>: parameter extraction, cache key, cache look-up) to the run under way.
/// The benchmarks run one execution at a time, so one current run is enough.
/// </summary>
public static class TranslationClock
{
    /// <summary>The prefix of the line <see cref="Report"/> prints, which <see cref="TranslationColumns"/> reads back.</summary>
    public const string LinePrefix = "// Translation run ";

    private static readonly Dictionary<string, TranslationRun> Runs = [];
    private static TranslationRun? _current;
    private static int _translationDepth;

    /// <summary>Starts one execution of the run named <paramref name="run"/>; dispose the scope when it ends.</summary>
    public static ExecutionScope Execute(string run)
    {
        if (!Runs.TryGetValue(run, out var counters))
        {
            Runs[run] = counters = new TranslationRun();
        }

        _current = counters;
        return new ExecutionScope(counters, Stopwatch.GetTimestamp());
    }

    /// <summary>Times a translation step; a step inside another (COQL generated while compiling) is counted once.</summary>
    public static TranslationScope Translate(bool isCompilation)
    {
        _translationDepth++;
        return new TranslationScope(isCompilation && _translationDepth == 1, Stopwatch.GetTimestamp());
    }

    /// <summary>Times EF's front end of one LINQ execution, less any translation it triggers.</summary>
    public static FrontEndScope FrontEnd() => new(Stopwatch.GetTimestamp(), _current?.TranslationTicks ?? 0);

    /// <summary>Times the caller building the LINQ query (Where, OrderBy, Take: expression trees), which a compiled query does once.</summary>
    public static QueryBuildScope BuildQuery() => new(Stopwatch.GetTimestamp());

    /// <summary>Times EF's parameter extraction (the funcletizer), a part of the front end.</summary>
    public static ParameterScope ExtractParameters() => new(Stopwatch.GetTimestamp());

    /// <summary>Starts the runs afresh: a process may set up more than one benchmark (in-process toolchain).</summary>
    public static void Reset()
    {
        Runs.Clear();
        _current = null;
    }

    /// <summary>Times one call of the provider's evaluatable-expression filter (its own check and the relational one under it).</summary>
    public static FilterScope Filter() => new(Stopwatch.GetTimestamp());

    /// <summary>Prints one line per run: executions, their time, and the translation and front-end time in them.</summary>
    public static void Report()
    {
        foreach (var (name, run) in Runs)
        {
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{LinePrefix}{name}: executions={run.Executions} executionMs={Ms(run.ExecutionTicks):F3} compilations={run.Compilations} " +
                $"translationMs={Ms(run.TranslationTicks):F3} frontEndMs={Ms(run.FrontEndTicks):F3} parametersMs={Ms(run.ParameterTicks):F3} buildQueryMs={Ms(run.QueryBuildTicks):F3} filterCalls={run.FilterCalls} filterMs={Ms(run.FilterTicks):F3}"));
        }
    }

    private static double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;

    /// <summary>One execution of a run.</summary>
    public readonly struct ExecutionScope(TranslationRun run, long start) : IDisposable
    {
        public void Dispose()
        {
            run.Executions++;
            run.ExecutionTicks += Stopwatch.GetTimestamp() - start;
        }
    }

    /// <summary>One translation step.</summary>
    public readonly struct TranslationScope(bool countsCompilation, long start) : IDisposable
    {
        public void Dispose()
        {
            if (--_translationDepth == 0 && _current is { } run)
            {
                run.TranslationTicks += Stopwatch.GetTimestamp() - start;
            }

            if (countsCompilation && _current is { } counted)
            {
                counted.Compilations++;
            }
        }
    }

    /// <summary>One building of the LINQ query.</summary>
    public readonly struct QueryBuildScope(long start) : IDisposable
    {
        public void Dispose()
        {
            if (_current is { } run)
            {
                run.QueryBuildTicks += Stopwatch.GetTimestamp() - start;
            }
        }
    }

    /// <summary>One call of the filter.</summary>
    public readonly struct FilterScope(long start) : IDisposable
    {
        public void Dispose()
        {
            if (_current is { } run)
            {
                run.FilterCalls++;
                run.FilterTicks += Stopwatch.GetTimestamp() - start;
            }
        }
    }

    /// <summary>One parameter extraction.</summary>
    public readonly struct ParameterScope(long start) : IDisposable
    {
        public void Dispose()
        {
            if (_current is { } run)
            {
                run.ParameterTicks += Stopwatch.GetTimestamp() - start;
            }
        }
    }

    /// <summary>One front-end call.</summary>
    public readonly struct FrontEndScope(long start, long translationTicksAtStart) : IDisposable
    {
        public void Dispose()
        {
            if (_current is { } run)
            {
                run.FrontEndTicks += Stopwatch.GetTimestamp() - start - (run.TranslationTicks - translationTicksAtStart);
            }
        }
    }
}

/// <summary>The counters of one run.</summary>
public sealed class TranslationRun
{
    public long Executions { get; set; }

    public long ExecutionTicks { get; set; }

    public long Compilations { get; set; }

    public long TranslationTicks { get; set; }

    public long FrontEndTicks { get; set; }

    public long ParameterTicks { get; set; }

    public long QueryBuildTicks { get; set; }

    public long FilterCalls { get; set; }

    public long FilterTicks { get; set; }
}

using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using EFCore.ZohoCrm.Benchmarks.Canned;
using EFCore.ZohoCrm.Benchmarks.Model;
using EFCore.ZohoCrm.Benchmarks.Translation;
using Microsoft.EntityFrameworkCore;
using ZohoCrm.Data;

namespace EFCore.ZohoCrm.Benchmarks;

/// <summary>
/// One LINQ shape run again and again with new parameter values, as an application runs its queries, against a
/// canned page of 20 Leads. Each method is a run of executions timed by <see cref="TranslationClock"/>, through
/// services (<see cref="TimedQueryServices"/>) that time translation itself (compilation, then the parameter-based
/// processing and COQL generation of the relational command cache) and EF's per-execution front end
/// (<c>QueryCompiler.ExecuteAsync</c>). The columns give translation's share of each run's time (target under 5%)
/// and the front end's; the summary adds (Linq - Compiled) / Linq, what LINQ costs beyond a precompiled query
/// (<see cref="EF.CompileAsyncQuery{TContext, TParam1, TParam2, TResult}(System.Linq.Expressions.Expression{Func{TContext, TParam1, TParam2, IQueryable{TResult}}})"/>)
/// of the same shape, from the means and from the two run in alternation in one process (<see cref="Interleave"/>). The ADO.NET row runs the COQL text EF generates through ZohoCrmCommand with a hand-written
/// mapper, the floor under both.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(TranslationColumns.Config))]
public class TranslationBenchmarks
{
    private const int Rows = 20;

    private static readonly Func<LeadContext, string, decimal, IAsyncEnumerable<Lead>> CompiledLeads =
        EF.CompileAsyncQuery((LeadContext db, string company, decimal min) =>
            db.Leads.Where(l => l.Company == company && l.Annual_Revenue > min).OrderBy(l => l.Last_Name).Take(20));

    private CannedZohoHandler _handler = null!;
    private ZohoCrmDataSource _dataSource = null!;
    private DbContextOptions<LeadContext> _options = null!;
    private string _coql = "";
    private (string Name, object? Value)[] _parameters = [];
    private int _next;

    /// <summary>The prefix of the line with the medians of <see cref="Interleave"/>, read by <see cref="TranslationSummary"/>.</summary>
    public const string InterleavedPrefix = "// Interleaved Linq and Compiled: ";

    [GlobalSetup]
    public void Setup()
    {
        TranslationClock.Reset();
        _handler = new CannedZohoHandler([LeadPages.Build(0, Rows, more: false)]);
        _dataSource = new ZohoCrmDataSourceBuilder("InitiateOAuth=OFF;OAuthAccessToken=bench;ApiDomain=http://zoho.bench")
            .UseHttpMessageHandler(_handler).Build();
        _options = TimedQueryServices.CreateOptions(_dataSource);

        // The ADO.NET row runs exactly the text EF sends; it must carry the values as parameters, so that a new
        // value is not a new text to parse and plan.
        using var db = new LeadContext(_options);
        using var command = Query(db.Leads, "Company 1", 0m).CreateDbCommand();
        _coql = command.CommandText;
        _parameters = command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value)).ToArray();
        if (_parameters is not [(_, "Company 1"), (_, 0m), (_, 20)] || _coql.Contains("Company 1", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("Expected the company, the threshold and the row count as parameters of: " + _coql);
        }

        // Warm every path once: metadata, EF's query cache, the statement cache of ZohoCrm.Data. Each call is the
        // first execution of its run (TranslationClock), so the compilation of the LINQ query (async, a cache entry
        // apart from the synchronous one CreateDbCommand compiled above) counts in the Linq run.
        Linq().GetAwaiter().GetResult();
        Compiled().GetAwaiter().GetResult();
        AdoNet().GetAwaiter().GetResult();
    }

    /// <summary>
    /// LINQ and the precompiled query in alternation, in one process under the same load: (Linq - Compiled) as a
    /// difference of medians, which the means of two processes are too noisy to give on a shared machine.
    /// </summary>
    private string Interleave()
    {
        const int WarmRounds = 100, Rounds = 400;
        var linq = new double[Rounds];
        var compiled = new double[Rounds];
        for (var round = -WarmRounds; round < Rounds; round++)
        {
            // Alternate which goes first, so neither always follows the other's garbage.
            var linqFirst = round % 2 == 0;
            var first = Time(linqFirst ? Linq : Compiled);
            var second = Time(linqFirst ? Compiled : Linq);
            if (round >= 0)
            {
                (linq[round], compiled[round]) = linqFirst ? (first, second) : (second, first);
            }
        }

        return string.Create(
            CultureInfo.InvariantCulture,
            $"{InterleavedPrefix}rounds={Rounds} linqMedianUs={Median(linq):F1} compiledMedianUs={Median(compiled):F1}");

        static double Time(Func<Task<int>> execution)
        {
            var start = Stopwatch.GetTimestamp();
            execution().GetAwaiter().GetResult();
            return Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }

        static double Median(double[] values)
        {
            Array.Sort(values);
            return (values[(values.Length - 1) / 2] + values[values.Length / 2]) / 2;
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        // After the measured iterations, when both paths run tiered-up code.
        var interleaved = Interleave();
        Console.WriteLine($"// COQL sent by EF: {_coql}");
        Console.WriteLine($"// Last COQL call: {_handler.LastCoqlBody} ({_handler.CoqlCalls} calls)");
        TranslationClock.Report();
        Console.WriteLine(interleaved);
        _dataSource.Dispose();
    }

    [Benchmark(Baseline = true)]
    public async Task<int> Linq()
    {
        using var run = TranslationClock.Execute(nameof(Linq));
        var (company, min) = NextValues();
        await using var db = new LeadContext(_options);
        var leads = db.Leads; // the context's services start here, as they do inside the compiled query's execution
        IQueryable<Lead> query;
        using (TranslationClock.BuildQuery())
        {
            query = Query(leads, company, min);
        }

        return Check(await query.ToListAsync());
    }

    [Benchmark]
    public async Task<int> Compiled()
    {
        using var run = TranslationClock.Execute(nameof(Compiled));
        var (company, min) = NextValues();
        await using var db = new LeadContext(_options);
        var leads = new List<Lead>(Rows);
        await foreach (var lead in CompiledLeads(db, company, min))
        {
            leads.Add(lead);
        }

        return Check(leads);
    }

    [Benchmark]
    public async Task<int> AdoNet()
    {
        using var run = TranslationClock.Execute(nameof(AdoNet));
        var (company, min) = NextValues();
        await using var connection = new ZohoCrmConnection(_dataSource);
        await connection.OpenAsync();
        await using var command = new ZohoCrmCommand(_coql, connection);
        command.Parameters.Add(new ZohoCrmParameter(_parameters[0].Name, company));
        command.Parameters.Add(new ZohoCrmParameter(_parameters[1].Name, min));
        command.Parameters.Add(new ZohoCrmParameter(_parameters[2].Name, _parameters[2].Value));
        await using var reader = await command.ExecuteReaderAsync();
        return Check(await LeadReader.ReadAllAsync(reader));
    }

    private static IQueryable<Lead> Query(IQueryable<Lead> leads, string company, decimal min) =>
        leads.Where(l => l.Company == company && l.Annual_Revenue > min).OrderBy(l => l.Last_Name).Take(20);

    // A new company and threshold on every call: what a real application's parameter values do.
    private (string Company, decimal Min) NextValues()
    {
        var n = _next++;
        return ("Company " + (n % 997), n % 1000 * 10.5m);
    }

    private static int Check(List<Lead> leads) =>
        leads.Count == Rows ? leads.Count : throw new InvalidOperationException($"Expected {Rows} leads, read {leads.Count}.");
}

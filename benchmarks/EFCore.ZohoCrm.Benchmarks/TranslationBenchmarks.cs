using System.Data.Common;
using BenchmarkDotNet.Attributes;
using EFCore.ZohoCrm.Benchmarks.Canned;
using EFCore.ZohoCrm.Benchmarks.Model;
using Microsoft.EntityFrameworkCore;
using ZohoCrm.Data;

namespace EFCore.ZohoCrm.Benchmarks;

/// <summary>
/// One LINQ shape run again and again with new parameter values, as an application runs its queries, against a
/// canned page of 20 Leads. The LINQ path against a precompiled query (<see cref="EF.CompileAsyncQuery{TContext, TParam1, TParam2, TResult}(System.Linq.Expressions.Expression{Func{TContext, TParam1, TParam2, IQueryable{TResult}}})"/>)
/// of the same shape gives what translation still costs once EF's query cache is warm:
/// share = (Linq - Compiled) / Linq, target under 5%. The ADO.NET row runs the COQL text EF generates through
/// ZohoCrmCommand with a hand-written mapper, the floor under both.
/// </summary>
[MemoryDiagnoser]
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

    [GlobalSetup]
    public void Setup()
    {
        _handler = new CannedZohoHandler([LeadPages.Build(0, Rows, more: false)]);
        _dataSource = new ZohoCrmDataSourceBuilder("InitiateOAuth=OFF;OAuthAccessToken=bench;ApiDomain=http://zoho.bench")
            .UseHttpMessageHandler(_handler).Build();
        _options = LeadContext.CreateOptions(_dataSource);

        // The ADO.NET row runs exactly the text EF sends; it must carry the values as parameters, so that a new
        // value is not a new text to parse and plan.
        using var db = new LeadContext(_options);
        using var command = Query(db, "Company 1", 0m).CreateDbCommand();
        _coql = command.CommandText;
        _parameters = command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value)).ToArray();
        if (_parameters is not [(_, "Company 1"), (_, 0m), (_, 20)] || _coql.Contains("Company 1", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("Expected the company, the threshold and the row count as parameters of: " + _coql);
        }

        // Warm every path once: metadata, EF's query cache, the statement cache of ZohoCrm.Data.
        Linq().GetAwaiter().GetResult();
        Compiled().GetAwaiter().GetResult();
        AdoNet().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Console.WriteLine($"// COQL sent by EF: {_coql}");
        Console.WriteLine($"// Last COQL call: {_handler.LastCoqlBody} ({_handler.CoqlCalls} calls)");
        _dataSource.Dispose();
    }

    [Benchmark(Baseline = true)]
    public async Task<int> Linq()
    {
        var (company, min) = NextValues();
        await using var db = new LeadContext(_options);
        return Check(await Query(db, company, min).ToListAsync());
    }

    [Benchmark]
    public async Task<int> Compiled()
    {
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

    private static IQueryable<Lead> Query(LeadContext db, string company, decimal min) =>
        db.Leads.Where(l => l.Company == company && l.Annual_Revenue > min).OrderBy(l => l.Last_Name).Take(20);

    // A new company and threshold on every call: what a real application's parameter values do.
    private (string Company, decimal Min) NextValues()
    {
        var n = _next++;
        return ("Company " + (n % 997), n % 1000 * 10.5m);
    }

    private static int Check(List<Lead> leads) =>
        leads.Count == Rows ? leads.Count : throw new InvalidOperationException($"Expected {Rows} leads, read {leads.Count}.");
}

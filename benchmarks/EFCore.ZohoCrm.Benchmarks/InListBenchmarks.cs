using System.Data.Common;
using BenchmarkDotNet.Attributes;
using EFCore.ZohoCrm.Benchmarks.Canned;
using EFCore.ZohoCrm.Benchmarks.Model;
using Microsoft.EntityFrameworkCore;
using ZohoCrm.Data;

namespace EFCore.ZohoCrm.Benchmarks;

/// <summary>
/// <c>db.Leads.Where(l =&gt; ids.Contains(l.OwnerId)).ToListAsync()</c> over N record ids of 19 digits, the shape of
/// EF's Contains over lookup ids and of a collection Include over N parents (<c>WHERE Account_Name IN (...)</c>),
/// against the same statement and values sent through ZohoCrmCommand, as a user of ZohoCrm.Data would write it.
/// The canned org answers every COQL call with the same page of 20 Leads, so what grows with N is the work of
/// building, planning and splitting the statement into calls of COQL's size (and IN) limits. Target: EF allocates
/// in proportion to N and at most 2x the ADO.NET row.
/// </summary>
[MemoryDiagnoser]
public class InListBenchmarks
{
    private const long FirstOwnerId = 6284150000000412001L;

    private CannedZohoHandler _handler = null!;
    private ZohoCrmDataSource _dataSource = null!;
    private DbContextOptions<LeadContext> _options = null!;
    private List<long> _ids = [];
    private string _coql = "";
    private (string Name, object? Value)[] _parameters = [];

    [Params(100, 500, 1_000, 2_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _handler = new CannedZohoHandler([LeadPages.Build(0, 20, more: false)]);
        _dataSource = new ZohoCrmDataSourceBuilder("InitiateOAuth=OFF;OAuthAccessToken=bench;ApiDomain=http://zoho.bench")
            .UseHttpMessageHandler(_handler).Build();
        _options = LeadContext.CreateOptions(_dataSource);
        _ids = Enumerable.Range(0, N).Select(i => FirstOwnerId + i * 1_000L).ToList();

        // The ADO.NET row runs exactly the text and values EF sends.
        using (var db = new LeadContext(_options))
        using (var command = Query(db).CreateDbCommand())
        {
            _coql = command.CommandText;
            _parameters = command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value)).ToArray();
        }

        if (_parameters.Length != N)
        {
            throw new InvalidOperationException($"Expected {N} parameters, EF sent {_parameters.Length}: {_coql}");
        }

        // Both paths send the same calls and read the same rows; checked once, which also warms every cache.
        var callsBefore = _handler.CoqlCalls;
        var efRows = EfContains().GetAwaiter().GetResult();
        var efCalls = _handler.CoqlCalls - callsBefore;
        var adoRows = AdoNet().GetAwaiter().GetResult();
        var adoCalls = _handler.CoqlCalls - callsBefore - efCalls;
        if (efRows != adoRows || efCalls != adoCalls)
        {
            throw new InvalidOperationException($"EF read {efRows} rows in {efCalls} calls, ADO.NET {adoRows} rows in {adoCalls} calls.");
        }

        Console.WriteLine($"// {N} ids: {efCalls} COQL calls, {efRows} rows, statement of {_coql.Length:N0} characters");
    }

    [GlobalCleanup]
    public void Cleanup() => _dataSource.Dispose();

    [Benchmark(Baseline = true)]
    public async Task<int> AdoNet()
    {
        await using var connection = new ZohoCrmConnection(_dataSource);
        await connection.OpenAsync();
        await using var command = new ZohoCrmCommand(_coql, connection);
        foreach (var (name, value) in _parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await using var reader = await command.ExecuteReaderAsync();
        var rows = 0;
        while (await reader.ReadAsync())
        {
            rows++;
        }

        return rows;
    }

    [Benchmark]
    public async Task<int> EfContains()
    {
        await using var db = new LeadContext(_options);
        return (await Query(db).ToListAsync()).Count;
    }

    private IQueryable<Lead> Query(LeadContext db) => db.Leads.AsNoTracking().Where(l => _ids.Contains(l.OwnerId));
}

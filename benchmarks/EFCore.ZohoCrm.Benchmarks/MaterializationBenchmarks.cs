using BenchmarkDotNet.Attributes;
using EFCore.ZohoCrm.Benchmarks.Canned;
using EFCore.ZohoCrm.Benchmarks.Model;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json;
using ZohoCrm.Data;

namespace EFCore.ZohoCrm.Benchmarks;

/// <summary>
/// N Leads with twelve typed fields from canned COQL pages of 2,000: <c>db.Leads.AsNoTracking().ToList()</c> (and the
/// tracking variant) against deserializing the same bytes into POCOs with Newtonsoft, as a user of the REST API
/// would. Target: EF without tracking at most 1.5x Newtonsoft. The ADO.NET row reads the same query through
/// ZohoCrmDataReader with a hand-written mapper, separating the provider's share from ZohoCrm.Data's.
/// </summary>
[MemoryDiagnoser]
public class MaterializationBenchmarks
{
    private static readonly JsonSerializer Newtonsoft = JsonSerializer.Create(new JsonSerializerSettings
    {
        DateParseHandling = DateParseHandling.None,
        FloatParseHandling = FloatParseHandling.Decimal,
    });

    private byte[][] _pages = [];
    private CannedZohoHandler _handler = null!;
    private ZohoCrmDataSource _dataSource = null!;
    private DbContextOptions<LeadContext> _options = null!;
    private string _coql = "";

    [Params(2_000, 20_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _pages = LeadPages.BuildAll(N);
        _handler = new CannedZohoHandler(_pages);
        _dataSource = new ZohoCrmDataSourceBuilder("InitiateOAuth=OFF;OAuthAccessToken=bench;ApiDomain=http://zoho.bench")
            .UseHttpMessageHandler(_handler).Build();
        _options = LeadContext.CreateOptions(_dataSource);
        using (var db = new LeadContext(_options))
        {
            _coql = db.Leads.AsNoTracking().ToQueryString();
        }

        // Every path reads the same N leads; checked once here, then the metadata and query caches are warm.
        Check(NewtonsoftPocos());
        Check(EfNoTracking());
        Check(EfTracking());
        Check(AdoNet());
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Console.WriteLine($"// COQL sent by EF: {_coql}");
        Console.WriteLine($"// Last COQL call: {_handler.LastCoqlBody} ({_handler.CoqlCalls} calls)");
        _dataSource.Dispose();
    }

    [Benchmark(Baseline = true)]
    public int NewtonsoftPocos()
    {
        var leads = new List<LeadPoco>(N);
        foreach (var page in _pages)
        {
            using var json = new JsonTextReader(new StreamReader(new MemoryStream(page)));
            leads.AddRange(Newtonsoft.Deserialize<CoqlResponse<LeadPoco>>(json)!.Data);
        }

        return leads.Count;
    }

    [Benchmark]
    public int EfNoTracking()
    {
        using var db = new LeadContext(_options);
        return db.Leads.AsNoTracking().ToList().Count;
    }

    [Benchmark]
    public int EfTracking()
    {
        using var db = new LeadContext(_options);
        return db.Leads.ToList().Count;
    }

    [Benchmark]
    public int AdoNet()
    {
        using var connection = new ZohoCrmConnection(_dataSource);
        connection.Open();
        using var command = new ZohoCrmCommand(_coql, connection);
        using var reader = command.ExecuteReader();
        return LeadReader.ReadAll(reader).Count;
    }

    private void Check(int count)
    {
        if (count != N)
        {
            throw new InvalidOperationException($"Expected {N} leads, read {count}.");
        }
    }
}

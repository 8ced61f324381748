using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using ZohoCrm.Emulator.Domain;
using ZohoCrm.Emulator.Domain.Coql;
using ZohoCrm.Emulator.Domain.Search;
using ZohoCrm.Emulator.Domain.Time;

namespace ZohoCrm.Emulator.Benchmarks;

/// <summary>
/// COQL page latency over the seeded org with 100,000 Leads: parse, bind, filter, page and render the JSON body,
/// as the endpoint does. Target: the 2,000-row, 10-column page with an equality filter in at most 50 ms median.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class CoqlPageBenchmarks
{
    private const string Columns = "Last_Name, First_Name, Email, Company, Lead_Source, Lead_Status, Annual_Revenue, No_of_Employees, Owner, Created_Time";

    private EmulatorDomain _domain = null!;
    private CoqlEngine _coql = null!;
    private SearchEngine _search = null!;
    private readonly ArrayBufferWriter<byte> _buffer = new(4 << 20);

    [GlobalSetup]
    public void CreateOrg()
    {
        _domain = EmulatorDomain.Create(new EmulatorDomainOptions { LeadCount = 100_000 }, new EmulatorClock());
        var settings = new EmulatorSettings();
        _coql = new CoqlEngine(_domain.Schema, _domain.Records, _domain.Wire, settings);
        _search = new SearchEngine(_domain.Schema, _domain.Records, _domain.Wire, settings);
        var rows = _coql.Execute($"select {Columns} from Leads where Lead_Source = 'Advertisement' limit 2000").Count;
        if (rows != 2000)
        {
            throw new InvalidOperationException($"The seeded org gave {rows} rows instead of a full 2,000-row page.");
        }
    }

    [GlobalCleanup]
    public void Dispose() => _domain.Dispose();

    /// <summary>The target case: equality filter, default id order, a full 2,000-row page of 10 columns.</summary>
    [Benchmark(Baseline = true)]
    public int Page_2000_rows_equality_filter() => Render(_coql.Execute($"select {Columns} from Leads where Lead_Source = 'Advertisement' limit 2000"));

    /// <summary>The same page when every record must be read and the matches sorted.</summary>
    [Benchmark]
    public int Page_2000_rows_equality_filter_ordered() =>
        Render(_coql.Execute($"select {Columns} from Leads where Lead_Source = 'Advertisement' order by Annual_Revenue desc limit 2000"));

    /// <summary>A page deep in the 100,000-record window: the scan cannot stop early.</summary>
    [Benchmark]
    public int Page_2000_rows_at_offset_96000() => Render(_coql.Execute($"select {Columns} from Leads where id is not null limit 96000, 2000"));

    /// <summary>An aggregate over every Lead.</summary>
    [Benchmark]
    public int Group_by_over_all_leads() =>
        Render(_coql.Execute("select Lead_Source, COUNT(Annual_Revenue), SUM(Annual_Revenue) from Leads where id is not null group by Lead_Source"));

    /// <summary>A Search page of full records with a contains-match on text.</summary>
    [Benchmark]
    public int Search_page_200_full_records()
    {
        var result = _search.Search("Leads", new SearchRequest { Criteria = "(Company:equals:Tech)" });
        _buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(_buffer, CoqlResult.WriterOptions))
        {
            result.WriteTo(writer);
        }

        return _buffer.WrittenCount;
    }

    private int Render(CoqlResult result)
    {
        _buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(_buffer, CoqlResult.WriterOptions))
        {
            result.WriteTo(writer);
        }

        return _buffer.WrittenCount;
    }
}

using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Newtonsoft.Json;

namespace ZohoCrm.Data.Benchmarks;

/// <summary>
/// Rows per second through <see cref="ZohoCrmDataReader"/> (planning, paging, streaming, typed getters) against a
/// hand-written Newtonsoft loop over the same bytes, 20,000 rows in 10 pages. The HTTP hop is an in-memory handler,
/// so both sides measure JSON work, not the network. Target: the reader at 0.8x the loop's rate or better. Each record
/// has ten keys; the main pair reads six of them (lookup included), the second pair three, to show what the reader's
/// fixed work (planning, paging, the lookup's display name) weighs when little is read.
/// </summary>
[MemoryDiagnoser]
// The reader's path has many methods called once per query (planning, paging, the HTTP pipeline): tiered compilation
// optimizes a method after 30 calls, so both sides warm up until every method of the measured path runs optimized.
[WarmupCount(15)]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public partial class ReaderThroughputBenchmarks
{
    private const int Pages = 10;
    private byte[][] _pages = [];
    private ZohoCrmDataSource _dataSource = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pages = Enumerable.Range(0, Pages).Select(p => LeadPages.Build(p, more: p < Pages - 1)).ToArray();
        _dataSource = new ZohoCrmDataSourceBuilder("InitiateOAuth=OFF;OAuthAccessToken=bench;ApiDomain=http://zoho.bench")
            .UseHttpMessageHandler(new PageHandler(_pages)).Build();
    }

    [GlobalCleanup]
    public void Cleanup() => _dataSource.Dispose();

    private const string SixColumns = "Six of ten columns";
    private const string ThreeColumns = "Three of ten columns";

    [Benchmark(Baseline = true)]
    [BenchmarkCategory(SixColumns)]
    public long HandWrittenNewtonsoftLoop()
    {
        long checksum = 0;
        foreach (var page in _pages)
        {
            using var json = OpenPage(page);
            while (json.Read())
            {
                if (json.TokenType != JsonToken.StartObject || json.Depth != 2)
                {
                    continue;
                }

                string? name = null;
                long id = 0, owner = 0;
                int employees = 0;
                decimal revenue = 0;
                DateTimeOffset created = default;
                while (json.Read() && json.TokenType == JsonToken.PropertyName)
                {
                    var key = (string)json.Value!;
                    json.Read();
                    switch (key)
                    {
                        case "Last_Name": name = (string?)json.Value; break;
                        case "No_of_Employees": employees = (int)(long)json.Value!; break;
                        case "Annual_Revenue": revenue = json.Value is decimal d ? d : (long)json.Value!; break;
                        case "Created_Time": created = DateTimeOffset.Parse((string)json.Value!, CultureInfo.InvariantCulture); break;
                        case "id": id = long.Parse((string)json.Value!, CultureInfo.InvariantCulture); break;
                        case "Owner": owner = ReadLookupId(json); break;
                        default:
                            json.Skip();
                            break;
                    }
                }

                checksum += id + owner + employees + (long)revenue + created.Second + (name?.Length ?? 0);
            }
        }

        return checksum;
    }

    [Benchmark]
    [BenchmarkCategory(SixColumns)]
    public async Task<long> ZohoCrmDataReaderAsync()
    {
        long checksum = 0;
        await using var connection = new ZohoCrmConnection(_dataSource);
        await connection.OpenAsync();
        await using var command = new ZohoCrmCommand("SELECT Last_Name, No_of_Employees, Annual_Revenue, Created_Time, Owner, id FROM Leads", connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var name = reader.GetString(0);
            var employees = reader.GetInt32(1);
            var revenue = reader.GetDecimal(2);
            var created = reader.GetFieldValue<DateTimeOffset>(3);
            var owner = reader.GetInt64(4);
            var id = reader.GetInt64(5);
            checksum += id + owner + employees + (long)revenue + created.Second + name.Length;
        }

        return checksum;
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory(ThreeColumns)]
    public long HandWrittenNewtonsoftLoopThreeColumns()
    {
        long checksum = 0;
        foreach (var page in _pages)
        {
            using var json = OpenPage(page);
            while (json.Read())
            {
                if (json.TokenType != JsonToken.StartObject || json.Depth != 2)
                {
                    continue;
                }

                string? name = null;
                long id = 0, owner = 0;
                while (json.Read() && json.TokenType == JsonToken.PropertyName)
                {
                    var key = (string)json.Value!;
                    json.Read();
                    switch (key)
                    {
                        case "Last_Name": name = (string?)json.Value; break;
                        case "id": id = long.Parse((string)json.Value!, CultureInfo.InvariantCulture); break;
                        case "Owner": owner = ReadLookupId(json); break;
                        default:
                            json.Skip();
                            break;
                    }
                }

                checksum += id + owner + (name?.Length ?? 0);
            }
        }

        return checksum;
    }

    [Benchmark]
    [BenchmarkCategory(ThreeColumns)]
    public async Task<long> ZohoCrmDataReaderThreeColumnsAsync()
    {
        long checksum = 0;
        await using var connection = new ZohoCrmConnection(_dataSource);
        await connection.OpenAsync();
        await using var command = new ZohoCrmCommand("SELECT Last_Name, Owner, id FROM Leads", connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var name = reader.GetString(0);
            var owner = reader.GetInt64(1);
            var id = reader.GetInt64(2);
            checksum += id + owner + name.Length;
        }

        return checksum;
    }

    // The hand-written side reads a page the way a careful user would: no date guessing, decimals kept exact.
    private static JsonTextReader OpenPage(byte[] page) => new(new StreamReader(new MemoryStream(page), Encoding.UTF8))
    {
        DateParseHandling = DateParseHandling.None,
        FloatParseHandling = FloatParseHandling.Decimal,
    };

    // A lookup is {"name": ..., "id": "..."}: reads up to its end and returns the id.
    private static long ReadLookupId(JsonTextReader json)
    {
        long id = 0;
        while (json.Read() && json.TokenType != JsonToken.EndObject)
        {
            if (json.TokenType == JsonToken.PropertyName && (string)json.Value! == "id")
            {
                json.Read();
                id = long.Parse((string)json.Value!, CultureInfo.InvariantCulture);
            }
        }

        return id;
    }

    /// <summary>Answers metadata calls and COQL pages by OFFSET from prepared bytes.</summary>
    private sealed partial class PageHandler(byte[][] pages) : HttpMessageHandler
    {
        private static readonly byte[] Modules = Encoding.UTF8.GetBytes("""{"modules":[{"api_name":"Leads","api_supported":true}]}""");
        private static readonly byte[] Fields = Encoding.UTF8.GetBytes("""
            {"fields":[{"api_name":"Last_Name","data_type":"text"},{"api_name":"Company","data_type":"text"},{"api_name":"Email","data_type":"email"},
            {"api_name":"Lead_Status","data_type":"picklist"},{"api_name":"No_of_Employees","data_type":"integer"},{"api_name":"Annual_Revenue","data_type":"currency"},
            {"api_name":"Email_Opt_Out","data_type":"boolean"},{"api_name":"Owner","data_type":"ownerlookup"},{"api_name":"Created_Time","data_type":"datetime"}]}
            """);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var path = request.RequestUri!.AbsolutePath;
            byte[] body;
            if (path.EndsWith("/settings/modules", StringComparison.Ordinal))
            {
                body = Modules;
            }
            else if (path.EndsWith("/settings/fields", StringComparison.Ordinal))
            {
                body = Fields;
            }
            else
            {
                var query = await request.Content!.ReadAsStringAsync(cancellationToken);
                // Pages follow by OFFSET or by keyset after the last id: either way, find the page that comes next.
                var offset = OffsetPattern().Match(query) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
                if (AfterIdPattern().Match(query) is { Success: true } after)
                {
                    offset += (int)(long.Parse(after.Groups[1].Value, CultureInfo.InvariantCulture) - LeadPages.FirstId + 1);
                }

                body = pages[offset / LeadPages.PageSize];
            }

            var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
        }

        [GeneratedRegex(@"offset (\d+)")]
        private static partial Regex OffsetPattern();

        [GeneratedRegex(@"id > '?(\d+)'?")]
        private static partial Regex AfterIdPattern();
    }
}

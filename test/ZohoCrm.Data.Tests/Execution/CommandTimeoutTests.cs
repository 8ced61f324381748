using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace ZohoCrm.Data.Tests.Execution;

/// <summary>
/// CommandTimeout bounds each Zoho call of a query (the wait for its next page), as SqlClient and Npgsql bound each
/// wait on the server: a long read whose calls each answer in time is never cut, and one call that does not answer
/// in time fails with a TimeoutException naming the setting, also after ExecuteReader has returned.
/// </summary>
public partial class CommandTimeoutTests
{
    private const int Total = 8001; // five COQL calls of up to 2,000 rows

    [Test]
    public async Task A_client_sorted_read_whose_calls_each_answer_in_time_is_not_cut_by_their_sum()
    {
        // Every page takes 0.4 s against a 1 s CommandTimeout; the five pages take 2 s, all before the first row.
        using var zoho = new FakeZohoApi(Leads(Total));
        var delays = new DelayingHandler(zoho.DataSource.HttpClient, _ => TimeSpan.FromMilliseconds(400));
        await using var dataSource = Through(delays, "UseServerSideFiltering=False");
        await using var connection = new ZohoCrmConnection(dataSource);
        await connection.OpenAsync();
        await using var command = new ZohoCrmCommand("SELECT Last_Name, id FROM Leads ORDER BY id DESC", connection) { CommandTimeout = 1 };

        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<long>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetInt64(1));
        }

        Assert.That(delays.CoqlCalls, Is.EqualTo(5));
        Assert.That(ids, Has.Count.EqualTo(Total));
        Assert.That(ids[0], Is.EqualTo(Total));
        Assert.That(ids, Is.Ordered.Descending);
    }

    [Test]
    public async Task A_call_that_does_not_answer_within_CommandTimeout_fails_the_read_with_a_timeout_naming_it()
    {
        // The first page is quick; the second call never answers.
        using var zoho = new FakeZohoApi(Leads(Total));
        var delays = new DelayingHandler(zoho.DataSource.HttpClient, call => call == 1 ? TimeSpan.Zero : Timeout.InfiniteTimeSpan);
        await using var dataSource = Through(delays);
        await using var connection = new ZohoCrmConnection(dataSource);
        await connection.OpenAsync();
        await using var command = new ZohoCrmCommand("SELECT Last_Name FROM Leads", connection) { CommandTimeout = 1 };

        await using var reader = await command.ExecuteReaderAsync();
        var rows = 0;
        var error = Assert.ThrowsAsync<TimeoutException>(async () =>
        {
            while (await reader.ReadAsync())
            {
                rows++;
            }
        });

        Assert.That(rows, Is.EqualTo(2000), "the first page is read whole before the wait for the second");
        Assert.That(error!.Message, Does.Contain("CommandTimeout=1 seconds").And.Contain("POST /crm/v8/coql"));
    }

    [Test]
    public async Task A_first_call_that_does_not_answer_fails_ExecuteReader_with_the_timeout()
    {
        using var zoho = new FakeZohoApi(Leads(Total));
        var delays = new DelayingHandler(zoho.DataSource.HttpClient, _ => Timeout.InfiniteTimeSpan);
        await using var dataSource = Through(delays);
        await using var connection = new ZohoCrmConnection(dataSource);
        await connection.OpenAsync();
        await using var command = new ZohoCrmCommand("SELECT Last_Name FROM Leads", connection) { CommandTimeout = 1 };

        var error = Assert.ThrowsAsync<TimeoutException>(() => command.ExecuteReaderAsync());
        Assert.That(error!.Message, Does.Contain("CommandTimeout=1 seconds"));
    }

    /// <summary>A data source whose calls go through <paramref name="handler"/> to the fake Zoho.</summary>
    private static ZohoCrmDataSource Through(HttpMessageHandler handler, string extraSettings = "") =>
        new ZohoCrmDataSourceBuilder("InitiateOAuth=OFF;OAuthAccessToken=test-token;ApiDomain=" + FakeZohoApi.Api + ";" + extraSettings)
            .UseHttpMessageHandler(handler).Build();

    /// <summary>Holds each COQL call for a delay chosen by its number (1, 2, ...) before passing it on; metadata calls pass at once.</summary>
    private sealed class DelayingHandler(HttpClient zoho, Func<int, TimeSpan> delayOfCall) : HttpMessageHandler
    {
        private int _coqlCalls;

        public int CoqlCalls => _coqlCalls;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri!.AbsolutePath.EndsWith("/coql", StringComparison.Ordinal))
            {
                await Task.Delay(delayOfCall(Interlocked.Increment(ref _coqlCalls)), cancellationToken);
            }

            var forward = new HttpRequestMessage(request.Method, request.RequestUri) { Content = request.Content };
            return await zoho.SendAsync(forward, cancellationToken);
        }
    }

    /// <summary>A Leads module of ids 1..total answering LIMIT/OFFSET and "id > n" keyset COQL the way Zoho does.</summary>
    private static Func<string, HttpResponseMessage> Leads(int total) => query =>
    {
        var limit = int.Parse(LimitPattern().Match(query).Groups[1].Value, CultureInfo.InvariantCulture);
        var offsetMatch = OffsetPattern().Match(query);
        var offset = offsetMatch.Success ? int.Parse(offsetMatch.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var afterMatch = AfterIdPattern().Match(query);
        var first = (afterMatch.Success ? long.Parse(afterMatch.Groups[1].Value, CultureInfo.InvariantCulture) + 1 : 1) + offset;
        var last = Math.Min(total, first + limit - 1);
        var rows = new List<JObject>();
        for (var id = first; id <= last; id++)
        {
            rows.Add(new JObject { ["Last_Name"] = "Lead " + id, ["id"] = id.ToString(CultureInfo.InvariantCulture) });
        }

        return FakeZohoApi.Page(rows, more: last < total);
    };

    [GeneratedRegex(@"limit (\d+)")]
    private static partial Regex LimitPattern();

    [GeneratedRegex(@"offset (\d+)")]
    private static partial Regex OffsetPattern();

    [GeneratedRegex(@"id > '?(\d+)'?")]
    private static partial Regex AfterIdPattern();
}

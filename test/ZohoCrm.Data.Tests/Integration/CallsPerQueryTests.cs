using System.Globalization;
using ZohoCrm.Data.Coql;
using ZohoCrm.Data.Execution;

namespace ZohoCrm.Data.Tests.Integration;

/// <summary>The calls each query shape makes, counted in the emulator's request log: never more than the minimum.</summary>
[NonParallelizable]
public class CallsPerQueryTests
{
    private EmulatorConnection _emulator = null!;

    [OneTimeSetUp]
    public async Task Start() => _emulator = await EmulatorConnection.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _emulator.DisposeAsync();

    private async Task<(int Rows, IReadOnlyList<EmulatorConnection.LoggedRequest> Calls)> RunAsync(ZohoCrmConnection connection, string text)
    {
        var before = await _emulator.LastRequestSeqAsync();
        var rows = 0;
        await using (var command = new ZohoCrmCommand(text, connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                rows++;
            }
        }

        return (rows, await _emulator.ApiCallsAfterAsync(before));
    }

    /// <summary>A connection whose metadata is already loaded, so only the query's own calls are counted.</summary>
    private async Task<ZohoCrmConnection> WarmConnectionAsync(string settings = "")
    {
        var connection = _emulator.Open(settings);
        await using var command = new ZohoCrmCommand("SELECT id FROM Leads LIMIT 1", connection);
        await command.ExecuteScalarAsync();
        return connection;
    }

    [Test]
    public async Task The_first_query_loads_metadata_once_then_queries_cost_only_their_calls()
    {
        await using var connection = _emulator.Open();
        var (_, first) = await RunAsync(connection, "SELECT Last_Name FROM Leads LIMIT 10");
        var (_, second) = await RunAsync(connection, "SELECT Company FROM Leads LIMIT 10");

        Assert.That(first.Select(c => c.Path), Is.EquivalentTo(new[] { "/crm/v8/settings/modules", "/crm/v8/settings/fields", "/crm/v8/coql" }));
        Assert.That(second.Select(c => c.Path), Is.EqualTo(new[] { "/crm/v8/coql" }));
    }

    [Test]
    public async Task Limit_5000_is_three_coql_calls_costing_eight_credits()
    {
        await using var connection = await WarmConnectionAsync();
        var (rows, calls) = await RunAsync(connection, "SELECT Last_Name FROM Leads LIMIT 5000");
        Assert.That(rows, Is.EqualTo(5000));
        Assert.That(calls.Select(c => c.Path), Is.EqualTo(Enumerable.Repeat("/crm/v8/coql", 3)));
        // 2,000 rows cost 3 credits, 1,000 cost 2.
        Assert.That(calls.Sum(c => c.Credits), Is.EqualTo(8));
    }

    [TestCase("SELECT Last_Name FROM Leads LIMIT 10", 1, 1)]
    [TestCase("SELECT Last_Name FROM Leads LIMIT 200", 1, 1)]
    [TestCase("SELECT Last_Name FROM Leads LIMIT 1000", 1, 2)]
    [TestCase("SELECT Last_Name FROM Leads LIMIT 2000", 1, 3)]
    [TestCase("SELECT Last_Name FROM Leads LIMIT 2001", 2, 4)]
    [TestCase("SELECT Last_Name FROM Leads WHERE Lead_Status = 'Contacted' LIMIT 50", 1, 1)]
    [TestCase("SELECT Last_Name FROM Leads ORDER BY id DESC LIMIT 20", 1, 1)]
    public async Task Calls_and_credits_per_query_shape(string text, int expectedCalls, int expectedCredits)
    {
        await using var connection = await WarmConnectionAsync();
        var (_, calls) = await RunAsync(connection, text);
        Assert.That(calls, Has.Count.EqualTo(expectedCalls));
        Assert.That(calls.Sum(c => c.Credits), Is.EqualTo(expectedCredits));
    }

    [Test]
    public async Task Explains_total_counts_the_coql_calls_that_read_the_columns_past_the_cap()
    {
        // A cap of 2 columns a call (Zoho's is 50; the seed has no module that wide): Company, City and Email are read by
        // id in two more COQL calls for each page of rows.
        const string Text = "SELECT Last_Name, First_Name, Company, City, Email FROM Leads LIMIT 2500";
        var options = new ZohoCrmQueryPlannerOptions { MaxSelectColumns = 2 };
        await using var connection = await WarmConnectionAsync();
        var context = connection.GetExecutionContext(nameof(Explains_total_counts_the_coql_calls_that_read_the_columns_past_the_cap));
        var parameters = new ZohoCrmCommand().Parameters;
        var explain = await context.ExplainAsync(Text, parameters, options, async: true, CancellationToken.None);
        var expected = System.Text.RegularExpressions.Regex.Match(explain, @"Expected: (\d+) call\(s\), (\d+) credit\(s\)");
        Assert.That(expected.Success, explain);
        var before = await _emulator.LastRequestSeqAsync();

        var read = new List<(string?, string?, string?, string?, string?)>();
        await using (var reader = await context.ExecuteAsync(Text, parameters, options, System.Data.CommandBehavior.Default, ZohoCrmCallTimeout.None,
            new CancellationTokenSource(), async: true, CancellationToken.None, onClose: null))
        {
            while (await reader.ReadAsync())
            {
                read.Add((Value(0), Value(1), Value(2), Value(3), Value(4)));
            }

            string? Value(int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
        }

        var calls = await _emulator.ApiCallsAfterAsync(before);
        var leads = _emulator.Records("Leads").Take(2500)
            .Select(r => (r["Last_Name"] as string, r["First_Name"] as string, r["Company"] as string, r["City"] as string, r["Email"] as string));
        Assert.That(read, Is.EquivalentTo(leads), "the stitched columns belong to their rows");
        Assert.That(calls.Select(c => c.Path), Is.All.EqualTo("/crm/v8/coql"));
        Assert.That(calls, Has.Count.GreaterThan(2), "the columns past the cap are read in calls of their own");
        Assert.That((calls.Count, calls.Sum(c => c.Credits)),
            Is.EqualTo((int.Parse(expected.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(expected.Groups[2].Value, CultureInfo.InvariantCulture))), explain);
    }

    [TestCase("SELECT COUNT(*) FROM Leads")]
    [TestCase("SELECT COUNT(*) FROM Leads WHERE Lead_Status = 'Contacted'")]
    public async Task An_aggregate_is_one_call(string text)
    {
        await using var connection = await WarmConnectionAsync();
        var (_, calls) = await RunAsync(connection, text);
        Assert.That(calls.Select(c => c.Path), Is.EqualTo(new[] { "/crm/v8/coql" }));
    }

    [Test]
    public async Task Every_matching_row_without_a_limit_is_one_call_per_2000()
    {
        await using var connection = await WarmConnectionAsync();
        var matching = _emulator.Records("Leads").Count(r => r["Lead_Status"] is "Contacted");
        var (rows, calls) = await RunAsync(connection, "SELECT id FROM Leads WHERE Lead_Status = 'Contacted'");
        Assert.That(rows, Is.EqualTo(matching));
        Assert.That(calls, Has.Count.EqualTo(matching / 2000 + 1));
    }

    [Test]
    public async Task A_full_scan_reads_the_module_in_pages_of_2000()
    {
        await using var connection = await WarmConnectionAsync("UseServerSideFiltering=False;");
        var total = _emulator.Records("Leads").Count;
        var (_, calls) = await RunAsync(connection, "SELECT Last_Name FROM Leads WHERE Lead_Status = 'Contacted'");
        Assert.That(calls.All(c => c.Path == "/crm/v8/coql"), Is.True);
        Assert.That(calls, Has.Count.EqualTo(total / 2000 + (total % 2000 == 0 ? 0 : 1)).Or.Count.EqualTo(total / 2000 + 1));
    }

    [Test]
    public async Task Multi_line_text_equality_is_one_search_call_per_200_matches()
    {
        const string Sentence = "Referred by a partner; high priority.";
        await using var connection = await WarmConnectionAsync();
        var (rows, calls) = await RunAsync(connection, "SELECT Last_Name FROM Leads WHERE Description = '" + Sentence + "'");
        var matches = _emulator.Records("Leads").Count(r => r["Description"] is Sentence);
        Assert.That(rows, Is.EqualTo(matches));
        Assert.That(calls.Select(c => c.Path), Is.EqualTo(Enumerable.Repeat("/crm/v8/Leads/search", (matches + 199) / 200)));
    }
}

using System.Text.RegularExpressions;
using ZohoCrm.Data.Execution;
using ZohoCrm.Emulator;

namespace ZohoCrm.Data.Tests.Integration;

/// <summary>
/// The Logfile: one line per query at Verbosity 1 (module, steps, calls, rows, time, never a value of the query), the
/// plan and request lines from Verbosity 2, and every line whole, however many queries run at once on a data source.
/// </summary>
[NonParallelizable]
public partial class QueryLogTests
{
    private EmulatorConnection _emulator = null!;
    private string _folder = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _emulator = await EmulatorConnection.StartAsync(new ZohoCrmEmulatorOptions { SeedCounts = new() { Leads = 300 } });
        _folder = Path.Combine(Path.GetTempPath(), "zohocrm-querylog-" + Guid.NewGuid().ToString("N"));
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _emulator.DisposeAsync();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    [GeneratedRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z \[(?<level>[1-5])\] (?:ERROR|WARN |INFO |DEBUG|TRACE) \S.*$")]
    private static partial Regex LogLine();

    [GeneratedRegex(@"\[1\] INFO  Query on module 'Leads': 1 step\(s\), (?<calls>\d+) call\(s\), (?<rows>\d+) row\(s\) in \d+ ms\.$")]
    private static partial Regex QueryLine();

    private string NewLogfile() => Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".log");

    /// <summary>Runs the two queries of these tests on one data source, closes it, and returns the values the queries used.</summary>
    private async Task<(string Name, string Company, int[] Rows)> RunTwoQueriesAsync(string logfile, int verbosity)
    {
        var leads = _emulator.Records("Leads");
        var name = (string)leads[7]["Last_Name"]!;
        var company = (string)leads[11]["Company"]!;
        var rows = new int[2];
        await using (var dataSource = new ZohoCrmDataSourceBuilder(_emulator.ConnectionString + $"Logfile={logfile};Verbosity={verbosity};").Build())
        await using (var connection = await dataSource.OpenConnectionAsync())
        {
            await using (var byParameter = new ZohoCrmCommand("SELECT Last_Name FROM Leads WHERE Last_Name = @name", connection))
            {
                byParameter.Parameters.Add(new ZohoCrmParameter("name", name));
                rows[0] = await CountAsync(byParameter);
            }

            await using (var byLiteral = new ZohoCrmCommand($"SELECT Last_Name, Company FROM Leads WHERE Company = '{company}' LIMIT 3", connection))
                rows[1] = await CountAsync(byLiteral);
        }

        return (name, company, rows);
    }

    private static async Task<int> CountAsync(ZohoCrmCommand command)
    {
        var rows = 0;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) rows++;
        return rows;
    }

    [Test]
    public async Task Verbosity_1_writes_one_line_per_query_with_no_value_of_the_query()
    {
        var logfile = NewLogfile();
        var (name, company, rows) = await RunTwoQueriesAsync(logfile, verbosity: 1);

        var lines = await File.ReadAllLinesAsync(logfile);
        Assert.That(lines, Has.Length.EqualTo(2), string.Join("\n", lines));
        for (var i = 0; i < 2; i++)
        {
            var match = QueryLine().Match(lines[i]);
            Assert.That(match.Success, Is.True, lines[i]);
            Assert.That(int.Parse(match.Groups["rows"].Value, System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(rows[i]));
            Assert.That(match.Groups["calls"].Value, Is.EqualTo("1"), "the query's own call: metadata loads are not the query's; " + lines[i]);
        }

        Assert.That(string.Join("\n", lines), Does.Not.Contain(name).And.Not.Contain(company));
    }

    [Test]
    public async Task Verbosity_2_adds_the_plan_and_the_request_lines()
    {
        var logfile = NewLogfile();
        var (name, _, _) = await RunTwoQueriesAsync(logfile, verbosity: 2);

        var text = await File.ReadAllTextAsync(logfile);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(lines.Count(l => QueryLine().IsMatch(l)), Is.EqualTo(2), "still one summary line per query");
            Assert.That(Regex.Matches(text, @"\[2\] DEBUG Query on Leads\n  POST /coql").Count, Is.EqualTo(2), "the plan of each query");
            Assert.That(text, Does.Contain("/crm/v8/coql"), "request lines");
            // The plan shows the query as Zoho gets it, values included: that is why it waits for Verbosity 2.
            Assert.That(text, Does.Contain("Last_Name = '" + name + "'"));
        });
    }

    [Test]
    public async Task Concurrent_queries_on_one_data_source_write_whole_lines()
    {
        const int Queries = 12;
        var logfile = NewLogfile();
        await using (var dataSource = new ZohoCrmDataSourceBuilder(_emulator.ConnectionString + $"Logfile={logfile};Verbosity=3;").Build())
        {
            await Task.WhenAll(Enumerable.Range(0, Queries).Select(async i =>
            {
                await using var connection = await dataSource.OpenConnectionAsync();
                await using var command = new ZohoCrmCommand("SELECT Last_Name, Company FROM Leads WHERE No_of_Employees > " + i, connection);
                await CountAsync(command);
            }));
        }

        // Multi-line messages (plans, bodies) continue on lines that do not start with a timestamp; every line that
        // does must be a whole entry, and each query's summary line must be there once.
        var lines = await File.ReadAllLinesAsync(logfile);
        var entries = lines.Where(l => char.IsAsciiDigit(l.FirstOrDefault()) && l.Length > 4 && l[4] == '-').ToList();
        Assert.Multiple(() =>
        {
            Assert.That(entries.Where(l => !LogLine().IsMatch(l)), Is.Empty);
            Assert.That(entries.Count(l => QueryLine().IsMatch(l)), Is.EqualTo(Queries));
            Assert.That(entries.Count(l => l.Contains("] DEBUG Query on Leads", StringComparison.Ordinal)), Is.EqualTo(Queries), "one plan per query");
        });
    }

    [Test]
    public async Task Commands_log_through_the_data_sources_own_log()
    {
        await using var dataSource = new ZohoCrmDataSourceBuilder(_emulator.ConnectionString + $"Logfile={NewLogfile()};").Build();
        Assert.That(dataSource.Execution.Log, Is.SameAs(dataSource.Log));
    }
}

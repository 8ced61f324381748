using System.Data;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace ZohoCrm.Data.Tests.Execution;

public partial class ZohoCrmExecutorTests
{
    /// <summary>A Leads module of ids 1..total answering LIMIT/OFFSET and "id > n" keyset COQL the way Zoho does.</summary>
    private static Func<string, HttpResponseMessage> Leads(int total) => query =>
    {
        var limit = int.Parse(LimitPattern().Match(query).Groups[1].Value);
        var offsetMatch = OffsetPattern().Match(query);
        var offset = offsetMatch.Success ? int.Parse(offsetMatch.Groups[1].Value) : 0;
        var afterMatch = AfterIdPattern().Match(query);
        var first = afterMatch.Success ? long.Parse(afterMatch.Groups[1].Value) + 1 : 1;
        first += offset;
        var last = Math.Min(total, first + limit - 1);
        var rows = new List<JObject>();
        for (var id = first; id <= last; id++)
        {
            rows.Add(new JObject
            {
                ["Last_Name"] = "Lead " + id,
                ["Owner"] = new JObject { ["name"] = "Hart", ["id"] = "900" },
                ["Annual_Revenue"] = id * 1.5m,
                ["id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
        }

        return FakeZohoApi.Page(rows, more: last < total);
    };

    [GeneratedRegex(@"limit (\d+)")]
    private static partial Regex LimitPattern();

    [GeneratedRegex(@"offset (\d+)")]
    private static partial Regex OffsetPattern();

    [GeneratedRegex(@"id > '?(\d+)'?")]
    private static partial Regex AfterIdPattern();

    [Test]
    public async Task Limit_5000_is_three_calls_of_2000_2000_and_1000()
    {
        using var zoho = new FakeZohoApi(Leads(10_000));
        await using var connection = zoho.OpenConnection();
        await using var command = new ZohoCrmCommand("SELECT Last_Name FROM Leads LIMIT 5000", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var count = 0;
        while (await reader.ReadAsync())
        {
            count++;
        }

        Assert.That(count, Is.EqualTo(5000));
        Assert.That(zoho.Queries.Select(q => LimitPattern().Match(q).Groups[1].Value), Is.EqualTo(new[] { "2000", "2000", "1000" }));
    }

    [Test]
    public async Task The_first_row_needs_one_call_and_the_next_page_is_fetched_ahead()
    {
        using var zoho = new FakeZohoApi(Leads(5000), holdQueries: true);
        var gate = zoho.Gate!;
        await using var connection = zoho.OpenConnection();
        await using var command = new ZohoCrmCommand("SELECT Last_Name FROM Leads", connection);
        var opening = command.ExecuteReaderAsync();
        var firstPage = await gate.NextAsync();
        var firstQuery = await firstPage.Request.Content!.ReadAsStringAsync();
        firstPage.Release();
        await using var reader = await opening;
        Assert.That(await reader.ReadAsync(), Is.True);
        Assert.That(reader.GetString(0), Is.EqualTo("Lead 1"));

        // The call for the second page arrives while the reader is on row 1 and has not asked for it.
        var secondPage = await gate.NextAsync();
        Assert.That(await secondPage.Request.Content!.ReadAsStringAsync(), Is.Not.EqualTo(firstQuery), "the next page's query, not the first again");

        // The first page is read to its end while that call is still unanswered, and no third call starts meanwhile.
        for (var row = 2; row <= 2000; row++)
        {
            Assert.That(await reader.ReadAsync(), Is.True);
        }

        Assert.That(reader.GetString(0), Is.EqualTo("Lead 2000"));
        Assert.That(gate.Held, Is.EqualTo(2), "one page ahead, no more");

        secondPage.Release();
        Assert.That(await reader.ReadAsync(), Is.True);
        Assert.That(reader.GetString(0), Is.EqualTo("Lead 2001"));
        var thirdPage = await gate.NextAsync();
        thirdPage.Release();
        var rows = 2001;
        while (await reader.ReadAsync())
        {
            rows++;
        }

        Assert.That(rows, Is.EqualTo(5000));
        Assert.That(zoho.Queries, Has.Count.EqualTo(3));
    }

    [Test]
    public async Task Lookups_read_as_ids_with_their_display_name_beside_them()
    {
        using var zoho = new FakeZohoApi(Leads(3));
        await using var connection = zoho.OpenConnection();
        await using var command = new ZohoCrmCommand("SELECT Last_Name, Owner, Annual_Revenue FROM Leads LIMIT 3", connection);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.That(reader.FieldCount, Is.EqualTo(4));
        Assert.That(Enumerable.Range(0, 4).Select(reader.GetName), Is.EqualTo(new[] { "Last_Name", "Owner", "Annual_Revenue", "Owner.name" }));
        Assert.That(await reader.ReadAsync(), Is.True);
        Assert.That(reader.GetInt64(1), Is.EqualTo(900L));
        Assert.That(reader.GetString(3), Is.EqualTo("Hart"));
        Assert.That(reader.GetDecimal(2), Is.EqualTo(1.5m));
        Assert.That(reader.GetDataTypeName(1), Is.EqualTo("ownerlookup"));
        Assert.That(zoho.Queries.Single(), Is.EqualTo("select Last_Name, Owner, Annual_Revenue from Leads where id is not null limit 3"));
    }

    [Test]
    public async Task Hostile_parameter_values_stay_literals()
    {
        using var zoho = new FakeZohoApi(_ => FakeZohoApi.Page([], more: false));
        await using var connection = zoho.OpenConnection();
        await using var command = new ZohoCrmCommand("SELECT Last_Name FROM Leads WHERE Company = @company", connection);
        command.Parameters.AddWithValue("@company", "x' or id is not null or Company = '");
        await using var reader = await command.ExecuteReaderAsync();
        Assert.That(await reader.ReadAsync(), Is.False);
        Assert.That(zoho.Queries.Single(), Does.Contain("Company = 'x'' or id is not null or Company = '''"));
    }

    [Test]
    public async Task No_match_is_an_empty_reader_after_one_call()
    {
        using var zoho = new FakeZohoApi(_ => FakeZohoApi.Page([], more: false));
        await using var connection = zoho.OpenConnection();
        await using var command = new ZohoCrmCommand("SELECT Last_Name FROM Leads WHERE Last_Name = 'nobody'", connection);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.That(reader.HasRows, Is.False);
        Assert.That(await reader.ReadAsync(), Is.False);
        Assert.That(zoho.Queries, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Count_star_over_no_records_is_one_row_of_zero()
    {
        using var zoho = new FakeZohoApi(_ => FakeZohoApi.Page([], more: false));
        await using var connection = zoho.OpenConnection();
        await using var command = new ZohoCrmCommand("SELECT COUNT(*) FROM Leads WHERE Company = 'none'", connection);
        Assert.That(await command.ExecuteScalarAsync(), Is.EqualTo(0L));
    }

    [Test]
    public async Task Metadata_is_fetched_once_per_data_source()
    {
        using var zoho = new FakeZohoApi(Leads(3));
        for (var i = 0; i < 3; i++)
        {
            await using var connection = zoho.OpenConnection();
            await using var command = new ZohoCrmCommand("SELECT Last_Name FROM Leads LIMIT 1", connection);
            await command.ExecuteScalarAsync();
        }

        Assert.That(zoho.MetadataCalls, Is.EqualTo(2), "the module list and the Leads fields");
        Assert.That(zoho.Queries, Has.Count.EqualTo(3));
    }

    [Test]
    public async Task An_unknown_field_fails_before_any_call_naming_the_closest_one()
    {
        using var zoho = new FakeZohoApi(Leads(3));
        await using var connection = zoho.OpenConnection();
        await using var command = new ZohoCrmCommand("SELECT Last_Nam FROM Leads", connection);
        var error = Assert.ThrowsAsync<ZohoCrmQueryException>(() => command.ExecuteReaderAsync());
        Assert.That(error!.Message, Does.Contain("Last_Nam").And.Contain("Last_Name"));
        Assert.That(zoho.Queries, Is.Empty);
    }

    [Test]
    public async Task Explain_shows_the_plan_without_calling_for_data()
    {
        using var zoho = new FakeZohoApi(Leads(3));
        await using var connection = zoho.OpenConnection();
        await using var command = new ZohoCrmCommand("SELECT Last_Name FROM Leads WHERE Annual_Revenue > @min LIMIT 5000", connection);
        command.Parameters.AddWithValue("min", 1000m);
        var plan = command.Explain();
        Assert.That(plan, Does.Contain("POST /coql").And.Contain("Annual_Revenue > 1000").And.Contain("3 call(s)"));
        Assert.That(zoho.Queries, Is.Empty);
    }

    [Test]
    public async Task A_connection_created_with_query_settings_plans_with_them_over_its_data_sources()
    {
        using var zoho = new FakeZohoApi(Leads(3));
        await using var plain = zoho.OpenConnection();
        await using var refused = new ZohoCrmCommand("SELECT Last_Name FROM Leads WHERE Last_Name > 'M'", plain);
        var refusal = Assert.ThrowsAsync<ZohoCrmQueryException>(() => refused.ExplainAsync());
        Assert.That(refusal!.Refusal, Is.Not.Null);

        await using var fullScan = new ZohoCrmConnection(zoho.DataSource, useServerSideFiltering: false, clientSideFilterLimit: null);
        await fullScan.OpenAsync();
        Assert.That(fullScan.UseServerSideFiltering, Is.False);
        Assert.That(fullScan.ClientSideFilterLimit, Is.Zero, "the data source's value where none is given");
        await using var command = new ZohoCrmCommand("SELECT Last_Name FROM Leads WHERE Last_Name > 'M'", fullScan);
        Assert.That(await command.ExplainAsync(), Does.Contain("UseServerSideFiltering=False"));
        Assert.That(zoho.Queries, Is.Empty);

        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new ZohoCrmConnection(zoho.DataSource, null, -1));
    }

    [Test]
    public async Task Multi_line_text_equality_goes_to_search_and_is_rechecked()
    {
        var records = new[]
        {
            new JObject { ["Last_Name"] = "A", ["Description"] = "urgent", ["id"] = "1" },
            new JObject { ["Last_Name"] = "B", ["Description"] = "urgent and more words", ["id"] = "2" },
        };
        using var zoho = new FakeZohoApi(_ => FakeZohoApi.Page([], more: false), _ => FakeZohoApi.Page(records, more: false));
        await using var connection = zoho.OpenConnection();
        await using var command = new ZohoCrmCommand("SELECT Last_Name FROM Leads WHERE Description = 'urgent'", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var names = new List<string>();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        Assert.That(names, Is.EqualTo(new[] { "A" }), "Search's word match 'urgent and more words' is dropped by the re-check");
        Assert.That(zoho.Searches.Single()["criteria"], Is.EqualTo("(Description:equals:urgent)"));
        Assert.That(zoho.Queries, Is.Empty);
    }

    [Test]
    public async Task Closing_the_reader_early_stops_paging()
    {
        using var zoho = new FakeZohoApi(Leads(20_000), holdQueries: true);
        var gate = zoho.Gate!;
        await using var connection = zoho.OpenConnection();
        // No command timeout: it would cancel the held call itself, and closing the reader is what must do that here.
        await using var command = new ZohoCrmCommand("SELECT Last_Name FROM Leads", connection) { CommandTimeout = 0 };
        var opening = command.ExecuteReaderAsync();
        (await gate.NextAsync()).Release();
        var reader = await opening;
        Assert.That(await reader.ReadAsync(), Is.True);
        var fetchAhead = await gate.NextAsync();

        // The fetch-ahead is held unanswered: closing can only finish by cancelling it (the bound turns a hang into a failure).
        await reader.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.That(fetchAhead.WasCancelled, Is.True, "closing the reader cancels the call fetching ahead");
        Assert.That(gate.Held, Is.EqualTo(2), "no call is made after the reader closed");
        Assert.That(zoho.Queries, Has.Count.EqualTo(1), "only the first page was answered");
    }

    [Test]
    public async Task SchemaOnly_describes_the_columns_without_data_calls()
    {
        using var zoho = new FakeZohoApi(Leads(3));
        await using var connection = zoho.OpenConnection();
        await using var command = new ZohoCrmCommand("SELECT Last_Name, Created_Time, Birthday, Languages FROM Leads", connection);
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SchemaOnly);
        Assert.That(reader.GetColumnSchema().Select(c => c.DataType), Is.EqualTo(new[] { typeof(string), typeof(DateTimeOffset), typeof(DateOnly), typeof(string[]) }));
        Assert.That(zoho.Queries, Is.Empty);
    }

    [Test]
    public async Task GetSchema_lists_modules_and_fields_with_zoho_types()
    {
        using var zoho = new FakeZohoApi(Leads(3));
        await using var connection = zoho.OpenConnection();
        var modules = await connection.GetSchemaAsync("Modules");
        Assert.That(modules.Rows.Cast<DataRow>().Select(r => r["ModuleName"]), Is.EqualTo(new[] { "Accounts", "Leads" }));
        var fields = connection.GetSchema("Fields", ["leads"]);
        var owner = fields.Rows.Cast<DataRow>().Single(r => (string)r["FieldName"] == "Owner");
        Assert.That(owner["DataType"], Is.EqualTo("ownerlookup"));
        Assert.That(owner["ClrType"], Is.EqualTo(typeof(long)));
        var error = Assert.Throws<ArgumentException>(() => connection.GetSchema("Fields", ["Leeds"]));
        Assert.That(error!.Message, Does.Contain("Leeds").And.Contain("Leads"));
        Assert.Throws<ArgumentException>(() => connection.GetSchema("Tables"));
    }

    [Test]
    public async Task The_plan_is_logged_at_Debug()
    {
        var log = new Support.RecordingLoggerFactory(Microsoft.Extensions.Logging.LogLevel.Debug);
        using var zoho = new FakeZohoApi(Leads(3), extraSettings: "Verbosity=2", loggerFactory: log);
        await using var connection = zoho.OpenConnection();
        await using var command = new ZohoCrmCommand("SELECT Last_Name FROM Leads WHERE No_of_Employees > 10 LIMIT 3", connection);
        await command.ExecuteScalarAsync();
        Assert.That(log.Entries.Select(e => e.Message), Has.Some.Contains("Pushed to Zoho: No_of_Employees > 10"));
    }

    [Test]
    public async Task The_plan_is_not_logged_at_Information()
    {
        var log = new Support.RecordingLoggerFactory(Microsoft.Extensions.Logging.LogLevel.Information);
        using var zoho = new FakeZohoApi(Leads(3), extraSettings: "Verbosity=1", loggerFactory: log);
        await using var connection = zoho.OpenConnection();
        await using var command = new ZohoCrmCommand("SELECT Last_Name FROM Leads WHERE No_of_Employees > 10 LIMIT 3", connection);
        await command.ExecuteScalarAsync();
        Assert.That(log.Entries.Select(e => e.Message), Has.None.Contains("Pushed to Zoho"));
        Assert.That(log.Entries.Select(e => e.Message), Has.Some.Contains("Query on module 'Leads'"));
    }

    [Test]
    public async Task Cancel_after_the_reader_closed_does_nothing()
    {
        using var zoho = new FakeZohoApi(Leads(3));
        await using var connection = zoho.OpenConnection();
        await using var command = new ZohoCrmCommand("SELECT Last_Name FROM Leads LIMIT 3", connection);
        await using (var reader = await command.ExecuteReaderAsync())
        {
            await reader.ReadAsync();
        }

        Assert.DoesNotThrow(command.Cancel);
        Assert.DoesNotThrow(new ZohoCrmCommand().Cancel);
    }

    [Test]
    public async Task CloseConnection_behavior_closes_the_connection_with_the_reader()
    {
        using var zoho = new FakeZohoApi(Leads(3));
        await using var connection = zoho.OpenConnection();
        await using var command = new ZohoCrmCommand("SELECT Last_Name FROM Leads LIMIT 3", connection);
        var reader = await command.ExecuteReaderAsync(CommandBehavior.CloseConnection);
        await reader.DisposeAsync();
        Assert.That(connection.State, Is.EqualTo(ConnectionState.Closed));
    }
}

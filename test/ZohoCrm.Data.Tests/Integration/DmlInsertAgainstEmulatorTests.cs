using System.Globalization;
using System.Text;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using ZohoCrm.Data.Api;
using ZohoCrm.Emulator;
using ZohoCrm.Emulator.Domain.Limits;

namespace ZohoCrm.Data.Tests.Integration;

/// <summary>
/// INSERT and UPSERT of the dialect, and DML from Dapper, against the emulator: state read back from its store, calls
/// from its request log.
/// </summary>
[NonParallelizable]
public class DmlInsertAgainstEmulatorTests
{
    private EmulatorConnection _emulator = null!;

    [OneTimeSetUp]
    public async Task Start() => _emulator = await EmulatorConnection.StartAsync(new ZohoCrmEmulatorOptions { SeedCounts = new() { Leads = 300 } });

    [OneTimeTearDown]
    public async Task Stop() => await _emulator.DisposeAsync();

    [TearDown]
    public void NoCreditLimit() => _emulator.Emulator.Settings.CreditLimit = null;

    private static string Tag() => "Dml " + Guid.NewGuid().ToString("N")[..10];

    private async Task<ZohoCrmConnection> WarmConnectionAsync(string extraSettings = "")
    {
        var connection = _emulator.Open(extraSettings);
        await using var command = new ZohoCrmCommand("SELECT id FROM Leads LIMIT 1", connection);
        await command.ExecuteScalarAsync();
        return connection;
    }

    private IReadOnlyList<IReadOnlyDictionary<string, object?>> LeadsOf(string company) =>
        _emulator.Records("Leads").Where(r => Equals(r.Values.GetValueOrDefault("Company"), company)).Select(r => r.Values).ToList();

    /// <summary>INSERT INTO Leads (Last_Name, Company, No_of_Employees) with one row per number, values as parameters.</summary>
    private static ZohoCrmCommand Insert(ZohoCrmConnection connection, string company, int rows)
    {
        var text = new StringBuilder("INSERT INTO Leads (Last_Name, Company, No_of_Employees) VALUES ");
        var command = new ZohoCrmCommand { Connection = connection };
        command.Parameters.AddWithValue("c", company);
        for (var i = 0; i < rows; i++)
        {
            text.Append(i == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture, $"(@n{i}, @c, {i})");
            command.Parameters.AddWithValue("n" + i, "L" + i);
        }

        command.CommandText = text.ToString();
        return command;
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task A_250_row_insert_is_3_calls(bool async)
    {
        await using var connection = await WarmConnectionAsync();
        var company = Tag();
        await using var command = Insert(connection, company, 250);
        var before = await _emulator.LastRequestSeqAsync();

        var rows = async ? await command.ExecuteNonQueryAsync() : command.ExecuteNonQuery();

        Assert.That(rows, Is.EqualTo(250));
        var calls = await _emulator.ApiCallsAfterAsync(before);
        Assert.That(calls.Select(c => c.Method + " " + c.Path), Is.EqualTo(Enumerable.Repeat("POST /crm/v8/Leads", 3)));
        var stored = LeadsOf(company);
        Assert.That(stored.Select(v => ((string)v["Last_Name"]!, (long)v["No_of_Employees"]!)),
            Is.EquivalentTo(Enumerable.Range(0, 250).Select(i => ("L" + i, (long)i))));
    }

    [Test]
    public async Task Every_writable_lead_type_round_trips_through_insert_and_update()
    {
        await using var connection = await WarmConnectionAsync();
        var company = Tag();
        var contact = _emulator.Records("Contacts")[3].Id;
        await using var insert = new ZohoCrmCommand(
            "INSERT INTO Leads (Last_Name, Company, Email, Phone, Website, Lead_Status, Languages_Spoken, No_of_Employees, Annual_Revenue, Discount_Rate, "
            + "Email_Opt_Out, Preferred_Contact_Date, Referred_By, Description) VALUES "
            + "(@name, @company, 'a.b@example.com', '+1 555 0100', 'https://example.com', 'Contacted', @languages, 42, 1234.5, 12.25, TRUE, '2024-02-29', @contact, @description)",
            connection);
        insert.Parameters.AddWithValue("name", "O'Brien -- \"quoted\"");
        insert.Parameters.AddWithValue("company", company);
        insert.Parameters.AddWithValue("languages", new[] { "English", "French" });
        insert.Parameters.AddWithValue("contact", contact);
        insert.Parameters.AddWithValue("description", "line one\nline two");
        Assert.That(await insert.ExecuteNonQueryAsync(), Is.EqualTo(1));

        var stored = LeadsOf(company).Single();
        Assert.That(stored["Last_Name"], Is.EqualTo("O'Brien -- \"quoted\""));
        Assert.That(stored["Email"], Is.EqualTo("a.b@example.com"));
        Assert.That(stored["Phone"], Is.EqualTo("+1 555 0100"));
        Assert.That(stored["Website"], Is.EqualTo("https://example.com"));
        Assert.That(stored["Lead_Status"], Is.EqualTo("Contacted"));
        Assert.That((string[])stored["Languages_Spoken"]!, Is.EquivalentTo(new[] { "English", "French" }));
        Assert.That(stored["No_of_Employees"], Is.EqualTo(42L));
        Assert.That(stored["Annual_Revenue"], Is.EqualTo(1234.5m));
        Assert.That(stored["Discount_Rate"], Is.EqualTo(12.25m));
        Assert.That(stored["Email_Opt_Out"], Is.EqualTo(true));
        Assert.That(stored["Preferred_Contact_Date"], Is.EqualTo(new DateOnly(2024, 2, 29)));
        Assert.That(stored["Referred_By"], Is.EqualTo(contact));
        Assert.That(stored["Description"], Is.EqualTo("line one\nline two"));

        await using var update = new ZohoCrmCommand(
            "UPDATE Leads SET Email_Opt_Out = @optOut, Preferred_Contact_Date = @date, Referred_By = NULL, Languages_Spoken = 'German;Hindi', Annual_Revenue = @revenue WHERE Company = @company",
            connection);
        update.Parameters.AddWithValue("optOut", false);
        update.Parameters.AddWithValue("date", new DateTime(2025, 1, 31));
        update.Parameters.AddWithValue("revenue", 99.95);
        update.Parameters.AddWithValue("company", company);
        Assert.That(update.ExecuteNonQuery(), Is.EqualTo(1));

        stored = LeadsOf(company).Single();
        Assert.That(stored["Email_Opt_Out"], Is.EqualTo(false));
        Assert.That(stored["Preferred_Contact_Date"], Is.EqualTo(new DateOnly(2025, 1, 31)));
        Assert.That(stored.GetValueOrDefault("Referred_By"), Is.Null);
        Assert.That((string[])stored["Languages_Spoken"]!, Is.EquivalentTo(new[] { "German", "Hindi" }));
        Assert.That(stored["Annual_Revenue"], Is.EqualTo(99.95m));
    }

    [Test]
    public async Task Read_only_fields_are_refused_before_any_call()
    {
        await using var connection = await WarmConnectionAsync();
        var before = await _emulator.LastRequestSeqAsync();
        foreach (var (text, field) in new[]
        {
            ("UPDATE Leads SET Created_Time = '2024-01-01T00:00:00Z' WHERE Company = 'x'", "Created_Time"),
            ("INSERT INTO Leads (Last_Name, Score_Formula) VALUES ('a', 1)", "Score_Formula"),
            ("UPSERT INTO Leads (Last_Name, Modified_By) VALUES ('a', 1)", "Modified_By"),
        })
        {
            await using var command = new ZohoCrmCommand(text, connection);
            var error = Assert.ThrowsAsync<ZohoCrmQueryException>(() => command.ExecuteNonQueryAsync());
            Assert.That(error!.Message, Does.Contain("'" + field + "'").And.Contain("read-only"), text);
        }

        Assert.That(await _emulator.ApiCallsAfterAsync(before), Is.Empty);
    }

    [Test]
    public async Task Upsert_inserts_then_updates_on_its_duplicate_check_field()
    {
        await using var connection = await WarmConnectionAsync();
        var (first, second) = (Tag(), Tag());
        var keys = new[] { Guid.NewGuid().ToString("N"), Guid.NewGuid().ToString("N") };
        const string Text = "UPSERT INTO Leads (Last_Name, Company, External_Lead_Id) VALUES (@a, @c, @k0), (@b, @c, @k1) DUPLICATE CHECK (External_Lead_Id)";
        async Task<int> RunAsync(string company)
        {
            await using var command = new ZohoCrmCommand(Text, connection);
            command.Parameters.AddWithValue("a", "A");
            command.Parameters.AddWithValue("b", "B");
            command.Parameters.AddWithValue("c", company);
            command.Parameters.AddWithValue("k0", keys[0]);
            command.Parameters.AddWithValue("k1", keys[1]);
            return await command.ExecuteNonQueryAsync();
        }

        var count = _emulator.Records("Leads").Count;
        Assert.That(await RunAsync(first), Is.EqualTo(2));
        Assert.That(_emulator.Records("Leads").Count, Is.EqualTo(count + 2));
        var ids = LeadsOf(first).Select(v => v["External_Lead_Id"]).ToList();
        Assert.That(ids, Is.EquivalentTo(keys));

        var before = await _emulator.LastRequestSeqAsync();
        Assert.That(await RunAsync(second), Is.EqualTo(2));
        Assert.That((await _emulator.ApiCallsAfterAsync(before)).Select(c => c.Method + " " + c.Path), Is.EqualTo(new[] { "POST /crm/v8/Leads/upsert" }));
        Assert.That(_emulator.Records("Leads").Count, Is.EqualTo(count + 2));
        Assert.That(LeadsOf(first), Is.Empty);
        Assert.That(LeadsOf(second).Select(v => v["External_Lead_Id"]), Is.EquivalentTo(keys));
    }

    [Test]
    public async Task Upsert_without_the_clause_uses_zohos_default_duplicate_check()
    {
        await using var connection = await WarmConnectionAsync();
        var existing = _emulator.Records("Leads").First(r => r.Values.GetValueOrDefault("Email") is string);
        var email = (string)existing["Email"]!;
        var company = Tag();
        await using var command = new ZohoCrmCommand("UPSERT INTO Leads (Last_Name, Email, Company) VALUES ('Upserted', @e, @c)", connection);
        command.Parameters.AddWithValue("e", email);
        command.Parameters.AddWithValue("c", company);
        var count = _emulator.Records("Leads").Count;

        Assert.That(command.ExecuteNonQuery(), Is.EqualTo(1));

        Assert.That(_emulator.Records("Leads").Count, Is.EqualTo(count));
        var updated = _emulator.Records("Leads").Single(r => r.Id == existing.Id);
        Assert.That((updated["Company"], updated["Last_Name"]), Is.EqualTo((company, "Upserted")));
    }

    [Test]
    public async Task An_insert_stopped_part_way_says_how_many_were_written_and_which_were_not()
    {
        // One call at a time, so "the second call" is well defined (asynchronously the calls go several at once).
        await using var connection = await WarmConnectionAsync("MaxConcurrency=1;");
        var company = Tag();
        await using var command = Insert(connection, company, 250);
        var limits = _emulator.Emulator.Services.GetRequiredService<ApiLimits>();
        // One more credit than spent: the first call is admitted, the second finds the budget spent.
        _emulator.Emulator.Settings.CreditLimit = limits.Credits.Spent(_emulator.Emulator.Clock.UtcNow) + 1;

        var error = Assert.ThrowsAsync<ZohoCrmWriteException>(() => command.ExecuteNonQueryAsync());

        Assert.That(LeadsOf(company).Select(v => (string)v["Last_Name"]!), Is.EquivalentTo(Enumerable.Range(0, 100).Select(i => "L" + i)));
        Assert.That(error!.Results.Select(r => r.Status),
            Is.EqualTo(Enumerable.Repeat(ZohoCrmWriteStatus.Success, 100).Concat(Enumerable.Repeat(ZohoCrmWriteStatus.NotWritten, 150))));
        Assert.That(error.Results.Select(r => r.Index), Is.EqualTo(Enumerable.Range(0, 250)));
        Assert.That(error.Message, Does.Contain("INSERT on Leads stopped at a failed call after writing 100 of 250 record(s)")
            .And.Contain("Not written (safe to run again): row 101, row 102").And.Contain("and 130 more").And.Contain("Unknown (the answer was lost; read them back first): none"));
    }

    [Test]
    public async Task Dapper_executes_an_update_by_condition_and_a_multi_row_insert()
    {
        await using var connection = await WarmConnectionAsync();
        var c = Tag();
        var inserted = await connection.ExecuteAsync("INSERT INTO Leads (Last_Name, Company, Lead_Status) VALUES (@a, @c, 'Not Contacted'), (@b, @c, 'Not Contacted'), (@d, @c, 'Junk Lead')",
            new { a = "Ann", b = "Bob", d = "Dee", c });
        Assert.That(inserted, Is.EqualTo(3));
        Assert.That(LeadsOf(c).Select(v => ((string)v["Last_Name"]!, (string)v["Lead_Status"]!)),
            Is.EquivalentTo(new[] { ("Ann", "Not Contacted"), ("Bob", "Not Contacted"), ("Dee", "Junk Lead") }));

        var s = "Contacted";
        var before = await _emulator.LastRequestSeqAsync();
        var updated = connection.Execute("UPDATE Leads SET Lead_Status = @s WHERE Company = @c", new { s, c });
        Assert.That(updated, Is.EqualTo(3));
        Assert.That((await _emulator.ApiCallsAfterAsync(before)).Select(call => call.Method + " " + call.Path),
            Is.EqualTo(new[] { "POST /crm/v8/coql", "PUT /crm/v8/Leads" }));
        Assert.That(LeadsOf(c).Select(v => v["Lead_Status"]), Is.All.EqualTo("Contacted"));

        // Dapper expands a list into id IN (@ids1, @ids2): named ids, no read.
        var ids = _emulator.Records("Leads").Where(r => Equals(r.Values.GetValueOrDefault("Company"), c)).Select(r => r.Id).Take(2).ToList();
        Assert.That(await connection.ExecuteAsync("DELETE FROM Leads WHERE id IN @ids", new { ids }), Is.EqualTo(2));
        Assert.That(LeadsOf(c), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Dapper_runs_a_statement_once_per_item_of_a_list()
    {
        await using var connection = await WarmConnectionAsync();
        var company = Tag();
        var leads = Enumerable.Range(0, 3).Select(i => new { Name = "P" + i, Company = company, Employees = i * 10 }).ToList();
        var rows = connection.Execute("INSERT INTO Leads (Last_Name, Company, No_of_Employees) VALUES (@Name, @Company, @Employees)", leads);
        Assert.That(rows, Is.EqualTo(3));
        Assert.That(LeadsOf(company).Select(v => ((string)v["Last_Name"]!, (long)v["No_of_Employees"]!)),
            Is.EquivalentTo(leads.Select(l => (l.Name, (long)l.Employees))));
    }
}

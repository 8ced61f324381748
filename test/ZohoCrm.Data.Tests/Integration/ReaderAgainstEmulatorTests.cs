using ZohoCrm.Emulator;
using ZohoCrm.Emulator.Domain;
using ZohoCrm.Emulator.Domain.Faults;

namespace ZohoCrm.Data.Tests.Integration;

/// <summary>The reader over real HTTP: typed values, cancellation mid-stream, and broken responses.</summary>
[NonParallelizable]
public class ReaderAgainstEmulatorTests
{
    private EmulatorConnection _emulator = null!;

    [OneTimeSetUp]
    public async Task Start() => _emulator = await EmulatorConnection.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _emulator.DisposeAsync();

    [Test]
    public async Task Values_come_typed_per_zoho_data_type()
    {
        await using var connection = _emulator.Open();
        await using var command = new ZohoCrmCommand(
            "SELECT id, Last_Name, No_of_Employees, Annual_Revenue, Email_Opt_Out, Preferred_Contact_Date, Created_Time, Languages_Spoken, Owner, Discount_Rate "
            + "FROM Leads WHERE Preferred_Contact_Date is not null AND Languages_Spoken is not null AND No_of_Employees is not null AND Annual_Revenue is not null AND Discount_Rate is not null LIMIT 20",
            connection);
        await using var reader = await command.ExecuteReaderAsync();
        var records = _emulator.Records("Leads").ToDictionary(r => r.Id);
        var rows = 0;
        while (await reader.ReadAsync())
        {
            var record = records[reader.GetInt64(0)];
            Assert.That(reader.GetString(1), Is.EqualTo(record["Last_Name"]));
            Assert.That(reader.GetInt32(2), Is.EqualTo((int)(long)record["No_of_Employees"]!));
            Assert.That(reader.GetDecimal(3), Is.EqualTo(record["Annual_Revenue"]));
            Assert.That(reader.GetBoolean(4), Is.EqualTo(record["Email_Opt_Out"]));
            Assert.That(reader.GetFieldValue<DateOnly>(5), Is.EqualTo(record["Preferred_Contact_Date"]));
            Assert.That(reader.GetFieldValue<DateTimeOffset>(6), Is.EqualTo(record["Created_Time"]));
            Assert.That(reader.GetFieldValue<string[]>(7), Is.EquivalentTo((string[])record["Languages_Spoken"]!));
            Assert.That(reader.GetInt64(8), Is.EqualTo(record["Owner"]));
            Assert.That(reader.GetString(reader.GetOrdinal("Owner.name")), Is.Not.Empty);
            Assert.That(reader.GetDecimal(9), Is.EqualTo(record["Discount_Rate"]));
            rows++;
        }

        Assert.That(rows, Is.EqualTo(20));
        Assert.That(reader.GetColumnSchema().Select(c => c.DataTypeName).Take(10), Is.EqualTo(new[]
        {
            "bigint", "text", "integer", "currency", "boolean", "date", "datetime", "multiselectpicklist", "ownerlookup", "percent",
        }));
    }

    [Test]
    public async Task Cancellation_stops_an_async_read_mid_stream()
    {
        await using var connection = _emulator.Open();
        await using var command = new ZohoCrmCommand("SELECT id, Last_Name FROM Leads", connection);
        using var cancel = new CancellationTokenSource();
        await using var reader = await command.ExecuteReaderAsync(cancel.Token);
        var rows = 0;
        Assert.That(async () =>
        {
            while (await reader.ReadAsync(cancel.Token))
            {
                if (++rows == 2500)
                {
                    await cancel.CancelAsync();
                }
            }
        }, Throws.InstanceOf<OperationCanceledException>());
        Assert.That(rows, Is.GreaterThanOrEqualTo(2500).And.LessThan(_emulator.Records("Leads").Count));
    }

    [Test]
    public async Task Command_Cancel_stops_a_sync_read_mid_stream()
    {
        await using var connection = _emulator.Open();
        using var command = new ZohoCrmCommand("SELECT id, Last_Name FROM Leads", connection);
        using var reader = command.ExecuteReader();
        var rows = 0;
        Assert.That(() =>
        {
            while (reader.Read())
            {
                if (++rows == 2500)
                {
                    command.Cancel();
                }
            }
        }, Throws.InstanceOf<OperationCanceledException>());
        Assert.That(rows, Is.LessThan(_emulator.Records("Leads").Count));
    }

    [Test]
    public async Task A_truncated_response_is_an_error_not_a_short_result()
    {
        await using var emulator = await EmulatorConnection.StartAsync(new ZohoCrmEmulatorOptions
        {
            Settings = new EmulatorSettings { Faults = [new FaultRule { Path = "/crm/v8/coql", TruncateRate = 1 }] },
        });
        await using var connection = emulator.Open();
        await using var command = new ZohoCrmCommand("SELECT id, Last_Name FROM Leads LIMIT 500", connection);
        var rows = 0;
        var error = Assert.ThrowsAsync<ZohoCrmException>(async () =>
        {
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows++;
            }
        });
        // The body is cut while it arrives (the transfer fails) or, if it arrived, it does not parse: never a short page.
        Assert.That(error!.Code, Is.AnyOf("CONNECTION_FAILED", "TRUNCATED_RESPONSE", "MALFORMED_RESPONSE"));
        Assert.That(rows, Is.Zero);
    }

    [Test]
    public async Task GetSchema_reads_the_emulated_orgs_metadata()
    {
        await using var connection = _emulator.Open();
        var modules = await connection.GetSchemaAsync("Modules");
        Assert.That(modules.Rows.Cast<System.Data.DataRow>().Select(r => (string)r["ModuleName"]), Does.Contain("Leads").And.Contain("Accounts"));
        var fields = await connection.GetSchemaAsync("Fields", ["Leads"]);
        var types = fields.Rows.Cast<System.Data.DataRow>().ToDictionary(r => (string)r["FieldName"], r => (string)r["DataType"]);
        Assert.That(types["Annual_Revenue"], Is.EqualTo("currency"));
        Assert.That(types["Languages_Spoken"], Is.EqualTo("multiselectpicklist"));
        Assert.That(types["Description"], Is.EqualTo("textarea"));
    }
}

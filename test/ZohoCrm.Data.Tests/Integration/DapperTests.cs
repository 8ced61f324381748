using Dapper;

namespace ZohoCrm.Data.Tests.Integration;

/// <summary>Plain ADO.NET consumers: Dapper maps rows onto POCOs and passes parameters through ZohoCrmParameter.</summary>
[NonParallelizable]
public class DapperTests
{
    private EmulatorConnection _emulator = null!;

    [OneTimeSetUp]
    public async Task Start() => _emulator = await EmulatorConnection.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _emulator.DisposeAsync();

    public sealed class Lead
    {
        public long Id { get; set; }
        public string Last_Name { get; set; } = "";
        public string? Company { get; set; }
        public decimal? Annual_Revenue { get; set; }
        public int? No_of_Employees { get; set; }
        public bool Email_Opt_Out { get; set; }
        public DateTimeOffset Created_Time { get; set; }
        public string[]? Languages_Spoken { get; set; }
        public long Owner { get; set; }
    }

    [Test]
    public async Task Dapper_maps_rows_into_a_poco_with_parameters()
    {
        await using var connection = _emulator.Open();
        var leads = (await connection.QueryAsync<Lead>(
            "SELECT id, Last_Name, Company, Annual_Revenue, No_of_Employees, Email_Opt_Out, Created_Time, Languages_Spoken, Owner FROM Leads "
            + "WHERE Lead_Status = @status AND No_of_Employees > @min ORDER BY id LIMIT 30",
            new { status = "Contacted", min = 1000 })).ToList();

        var expected = _emulator.Records("Leads")
            .Where(r => r["Lead_Status"] is "Contacted" && r["No_of_Employees"] is long n && n > 1000)
            .Take(30).ToList();
        Assert.That(leads.Select(l => l.Id), Is.EqualTo(expected.Select(r => r.Id)));
        for (var i = 0; i < leads.Count; i++)
        {
            var (lead, record) = (leads[i], expected[i]);
            Assert.That(lead.Last_Name, Is.EqualTo(record["Last_Name"]));
            Assert.That(lead.Company, Is.EqualTo(record["Company"]));
            Assert.That(lead.Annual_Revenue, Is.EqualTo(record["Annual_Revenue"]));
            Assert.That(lead.No_of_Employees, Is.EqualTo((int?)(long?)record["No_of_Employees"]));
            Assert.That(lead.Email_Opt_Out, Is.EqualTo(record["Email_Opt_Out"]));
            Assert.That(lead.Created_Time, Is.EqualTo(record["Created_Time"]));
            Assert.That(lead.Languages_Spoken ?? [], Is.EquivalentTo((string[]?)record["Languages_Spoken"] ?? []));
            Assert.That(lead.Owner, Is.EqualTo(record["Owner"]));
        }
    }

    [Test]
    public async Task Dapper_scalar_and_list_parameters_work()
    {
        await using var connection = _emulator.Open();
        var count = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM Leads WHERE Lead_Source = @source", new { source = "Chat" });
        Assert.That(count, Is.EqualTo(_emulator.Records("Leads").Count(r => r["Lead_Source"] is "Chat")));
    }
}

using System.Text.Json;
using EFCore.ZohoCrm.FunctionalTests.TestUtilities;
using Microsoft.EntityFrameworkCore;
using ZohoCrm.Emulator.Domain.Records;

namespace EFCore.ZohoCrm.FunctionalTests.Update;

/// <summary>
/// ExecuteUpdate/ExecuteDelete run as the dialect's UPDATE/DELETE: the matching ids read by COQL (2,000 a call),
/// written 100 a call. The org after the statement is compared with LINQ to Objects applied to the org before it,
/// both read from the emulator's store; the calls are counted from its request log. The records a test works on
/// carry a Company of their own, seeded through the emulator's domain and removed afterwards.
/// </summary>
[NonParallelizable]
public class ExecuteUpdateTests
{
    private readonly List<long> _seeded = [];

    [TearDown]
    public void RemoveSeededRecords()
    {
        var ids = _seeded.Where(id => EmulatorOrg.Emulator.Domain.Records.Find("Leads", id) is not null).Select(id => id.ToString()).ToList();
        foreach (var chunk in ids.Chunk(RecordWriteRequest.MaxRecords))
        {
            EmulatorOrg.Emulator.Domain.Writer.Delete("Leads", chunk);
        }

        _seeded.Clear();
    }

    [Test]
    public async Task ExecuteUpdate_over_5000_matching_leads_takes_3_reads_and_50_writes_and_changes_exactly_those()
    {
        var company = "ExecUpd-" + Guid.NewGuid().ToString("N")[..8];
        var done = company + "-done";
        Seed(5_000, i => new { Last_Name = $"{company}-{i}", Company = company, Lead_Status = "Not Contacted" });
        var before = EmulatorOrg.Expected<Lead>();
        await using var db = await WarmContextAsync();
        var seq = await EmulatorOrg.LastRequestSeqAsync();

        // The SET changes the field the WHERE reads: every matching record is still updated once.
        var affected = await db.Leads.Where(l => l.Company == company)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Company, done).SetProperty(l => l.Lead_Status, "Contacted"));

        var calls = await EmulatorOrg.ApiCallsAfterAsync(seq);
        var expected = before.Select(l => l.Company == company ? Changed(l, done, "Contacted") : l).ToList();
        Assert.That(affected, Is.EqualTo(before.Count(l => l.Company == company)).And.EqualTo(5_000));
        Assert.That(Rows(EmulatorOrg.Expected<Lead>()), Is.EqualTo(Rows(expected)));
        Assert.That(calls.Count(IsCoqlRead), Is.EqualTo(3), Describe(calls));
        Assert.That(calls.Count(c => c.Method == "PUT" && c.Path == "/crm/v8/Leads"), Is.EqualTo(50), Describe(calls));
        Assert.That(calls, Has.Count.EqualTo(53), Describe(calls));
    }

    [Test]
    public async Task ExecuteDelete_removes_exactly_the_matching_records_and_returns_their_count()
    {
        var company = "ExecDel-" + Guid.NewGuid().ToString("N")[..8];
        Seed(250, i => new { Last_Name = $"{company}-{i}", Company = company, No_of_Employees = i });
        var before = EmulatorOrg.Expected<Lead>();
        await using var db = await WarmContextAsync();
        var seq = await EmulatorOrg.LastRequestSeqAsync();

        var deleted = db.Leads.Where(l => l.Company == company && l.No_of_Employees >= 50).ExecuteDelete();

        var calls = await EmulatorOrg.ApiCallsAfterAsync(seq);
        var expected = before.Where(l => !(l.Company == company && l.No_of_Employees >= 50)).ToList();
        Assert.That(deleted, Is.EqualTo(before.Count - expected.Count).And.EqualTo(200));
        Assert.That(Rows(EmulatorOrg.Expected<Lead>()), Is.EqualTo(Rows(expected)));
        Assert.That(calls.Count(IsCoqlRead), Is.EqualTo(1), Describe(calls));
        Assert.That(calls.Count(c => c.Method == "DELETE" && c.Path == "/crm/v8/Leads"), Is.EqualTo(2), Describe(calls));
    }

    [Test]
    public async Task ExecuteDelete_on_the_id_makes_no_read()
    {
        var company = "ExecDelId-" + Guid.NewGuid().ToString("N")[..8];
        Seed(2, i => new { Last_Name = $"{company}-{i}", Company = company });
        var id = _seeded[0];
        var before = EmulatorOrg.Expected<Lead>();
        await using var db = await WarmContextAsync();
        var seq = await EmulatorOrg.LastRequestSeqAsync();

        var deleted = await db.Leads.Where(l => l.Id == id).ExecuteDeleteAsync();

        var calls = await EmulatorOrg.ApiCallsAfterAsync(seq);
        Assert.That(deleted, Is.EqualTo(1));
        Assert.That(Rows(EmulatorOrg.Expected<Lead>()), Is.EqualTo(Rows(before.Where(l => l.Id != id))));
        Assert.That(calls.Count(IsCoqlRead), Is.EqualTo(0), Describe(calls));
        Assert.That(calls.Count(c => c.Method == "DELETE"), Is.EqualTo(1), Describe(calls));
    }

    [Test]
    public async Task ExecuteUpdate_with_no_matching_record_writes_nothing()
    {
        var before = EmulatorOrg.Expected<Lead>();
        await using var db = await WarmContextAsync();
        var seq = await EmulatorOrg.LastRequestSeqAsync();
        var company = "NoSuchCompany-" + Guid.NewGuid().ToString("N")[..8];

        var affected = db.Leads.Where(l => l.Company == company).ExecuteUpdate(s => s.SetProperty(l => l.Lead_Status, "Junk Lead"));

        var calls = await EmulatorOrg.ApiCallsAfterAsync(seq);
        Assert.That(affected, Is.EqualTo(before.Count(l => l.Company == company)).And.EqualTo(0));
        Assert.That(Rows(EmulatorOrg.Expected<Lead>()), Is.EqualTo(Rows(before)));
        Assert.That(calls.Count(c => c.Method is "PUT" or "DELETE"), Is.EqualTo(0), Describe(calls));
    }

    [Test]
    public async Task Hostile_strings_in_the_condition_or_the_values_never_change_the_statement()
    {
        var company = "ExecHostile-" + Guid.NewGuid().ToString("N")[..8];
        Seed(3, i => new { Last_Name = $"{company}-{i}", Company = company });
        await using var db = await WarmContextAsync();

        // In the condition: as a parameter and as a literal, the whole string is one value that no record has.
        var before = EmulatorOrg.Expected<Lead>();
        var hostileCondition = company + "' OR Company != '";
        var byParameter = await db.Leads.Where(l => l.Company == hostileCondition)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Lead_Status, "Junk Lead"));
        var byLiteral = await db.Leads.Where(l => l.Company == "x' OR id IS NOT NULL OR Company = '")
            .ExecuteDeleteAsync();
        Assert.That(byParameter, Is.EqualTo(before.Count(l => l.Company == hostileCondition)).And.EqualTo(0));
        Assert.That(byLiteral, Is.EqualTo(0));
        Assert.That(Rows(EmulatorOrg.Expected<Lead>()), Is.EqualTo(Rows(before)));

        // In the values: stored exactly as given, in the matching records only.
        // (First_Name holds 40 characters.)
        var hostileValue = "o'; DELETE FROM Leads --, Company = 'x";
        var updated = await db.Leads.Where(l => l.Company == company)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.First_Name, hostileValue).SetProperty(l => l.Industry, l => "Storage Equipment"));
        var expected = before.Select(l => l.Company == company ? With(l, first: hostileValue, industry: "Storage Equipment") : l).ToList();
        Assert.That(updated, Is.EqualTo(3));
        Assert.That(Rows(EmulatorOrg.Expected<Lead>()), Is.EqualTo(Rows(expected)));
    }

    private void Seed<T>(int count, Func<int, T> record)
    {
        for (var start = 0; start < count; start += RecordWriteRequest.MaxRecords)
        {
            var records = Enumerable.Range(start, Math.Min(RecordWriteRequest.MaxRecords, count - start)).Select(i => (object?)record(i));
            var request = RecordWriteRequest.Parse(JsonSerializer.SerializeToUtf8Bytes(new { data = records }));
            var result = EmulatorOrg.Emulator.Domain.Writer.Insert("Leads", request);
            _seeded.AddRange(result.Results.Select(r => r.Id ?? throw new InvalidOperationException("The emulator refused a seeded record: " + r.Message)));
        }
    }

    // A context whose connection has its token and the module's metadata already, so the calls counted are the statement's.
    private static async Task<CrmContext> WarmContextAsync()
    {
        var db = EmulatorOrg.CreateContext();
        await db.Leads.Where(l => l.Company == "warm-up").Select(l => l.Id).ToListAsync();
        return db;
    }

    private static bool IsCoqlRead(EmulatorOrg.LoggedRequest call) => call.Method == "POST" && call.Path == "/crm/v8/coql";

    private static string Describe(IEnumerable<EmulatorOrg.LoggedRequest> calls) =>
        "calls: " + string.Join(", ", calls.GroupBy(c => c.Method + " " + c.Path).Select(g => $"{g.Key} x{g.Count()}"));

    private static Lead Changed(Lead lead, string company, string status) => With(lead, company: company, status: status);

    private static Lead With(Lead lead, string? company = null, string? status = null, string? first = null, string? industry = null) => new()
    {
        Id = lead.Id, First_Name = first ?? lead.First_Name, Last_Name = lead.Last_Name, Company = company ?? lead.Company,
        Lead_Status = status ?? lead.Lead_Status, Lead_Source = lead.Lead_Source, Industry = industry ?? lead.Industry,
        No_of_Employees = lead.No_of_Employees, Annual_Revenue = lead.Annual_Revenue, Email_Opt_Out = lead.Email_Opt_Out,
        Languages_Spoken = lead.Languages_Spoken, Preferred_Contact_Date = lead.Preferred_Contact_Date,
        Discount_Rate = lead.Discount_Rate, OwnerId = lead.OwnerId,
    };

    // Every mapped field of every record, in id order, as comparable text.
    private static List<string> Rows(IEnumerable<Lead> leads) => leads.OrderBy(l => l.Id).Select(l => string.Join("|",
        l.Id, l.First_Name, l.Last_Name, l.Company, l.Lead_Status, l.Lead_Source, l.Industry, l.No_of_Employees, l.Annual_Revenue,
        l.Email_Opt_Out, l.Languages_Spoken is null ? "" : string.Join(";", l.Languages_Spoken), l.Preferred_Contact_Date,
        l.Discount_Rate, l.OwnerId)).ToList();
}

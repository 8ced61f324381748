using System.ComponentModel.DataAnnotations.Schema;
using System.Text.Json;
using EFCore.ZohoCrm.FunctionalTests.TestUtilities;
using Microsoft.EntityFrameworkCore;
using ZohoCrm.Data.Api;
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
    private readonly List<(string Module, long Id)> _seeded = [];

    [TearDown]
    public void RemoveSeededRecords()
    {
        foreach (var module in _seeded.GroupBy(s => s.Module, s => s.Id))
        {
            var ids = module.Where(id => EmulatorOrg.Emulator.Domain.Records.Find(module.Key, id) is not null).Select(id => id.ToString()).ToList();
            foreach (var chunk in ids.Chunk(RecordWriteRequest.MaxRecords))
            {
                EmulatorOrg.Emulator.Domain.Writer.Delete(module.Key, chunk);
            }
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
        var id = Seed(2, i => new { Last_Name = $"{company}-{i}", Company = company })[0];
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

    [Test]
    public async Task ExecuteUpdate_writes_each_type_from_parameters_and_from_literals()
    {
        var company = "ExecTypes-" + Guid.NewGuid().ToString("N")[..8];
        var ids = Seed(4, i => new
        {
            Last_Name = $"{company}-{i}", Company = company, First_Name = "Before", Annual_Revenue = 10m, Email_Opt_Out = false,
            Lead_Source = "Advertisement", Languages_Spoken = new[] { "English" },
        });
        var owner = EmulatorOrg.Emulator.Domain.Schema.Users.Last(u => u.Status == "active").Id;
        await using var db = await WarmContextAsync();

        // Parameters: captured variables of every writable kind, one of them empty.
        var before = EmulatorOrg.Expected<Lead>();
        var (first, second) = (ids[0], ids[1]);
        var revenue = 1234.56m;
        var date = new DateOnly(2026, 2, 28);
        var languages = new List<string> { "French", "German" };
        string? firstName = null;
        var updated = await db.Leads.Where(l => l.Id == first || l.Id == second).ExecuteUpdateAsync(s => s
            .SetProperty(l => l.Annual_Revenue, revenue)
            .SetProperty(l => l.No_of_Employees, 17)
            .SetProperty(l => l.Email_Opt_Out, true)
            .SetProperty(l => l.Preferred_Contact_Date, date)
            .SetProperty(l => l.Languages_Spoken, languages)
            .SetProperty(l => l.Discount_Rate, 12.5m)
            .SetProperty(l => l.Lead_Status, "Pre-Qualified")
            .SetProperty(l => l.OwnerId, owner)
            .SetProperty(l => l.First_Name, firstName));
        Assert.That(updated, Is.EqualTo(2));
        var expected = before.Select(l => l.Id == first || l.Id == second
            ? With(l, first: "", revenue: revenue, employees: 17, optOut: true, date: date, languages: languages, discount: 12.5m,
                status: "Pre-Qualified", owner: owner)
            : l).ToList();
        Assert.That(Rows(EmulatorOrg.Expected<Lead>()), Is.EqualTo(Rows(expected)));

        // Literals: constant lambdas, written into the statement's text.
        var third = ids[2];
        updated = db.Leads.Where(l => l.Id == third).ExecuteUpdate(s => s
            .SetProperty(l => l.Annual_Revenue, l => 99.5m)
            .SetProperty(l => l.Email_Opt_Out, l => true)
            .SetProperty(l => l.Preferred_Contact_Date, l => new DateOnly(2025, 12, 31))
            .SetProperty(l => l.Lead_Source, l => "Cold Call")
            .SetProperty(l => l.First_Name, l => null));
        Assert.That(updated, Is.EqualTo(1));
        expected = expected.Select(l => l.Id == third
            ? With(l, first: "", revenue: 99.5m, optOut: true, date: new DateOnly(2025, 12, 31), source: "Cold Call")
            : l).ToList();
        Assert.That(Rows(EmulatorOrg.Expected<Lead>()), Is.EqualTo(Rows(expected)));
    }

    [Test]
    public async Task Conditions_through_a_lookup_and_a_user_lookup_select_the_records_as_a_query_does()
    {
        var tag = "ExecPath-" + Guid.NewGuid().ToString("N")[..8];
        var accounts = EmulatorOrg.Expected<Account>();
        var industry = accounts.Where(a => a.Industry is not null).GroupBy(a => a.Industry).OrderByDescending(g => g.Count()).First().Key!;
        var picked = accounts.Where(a => a.Industry == industry).Take(2).Select(a => a.Id)
            .Concat(accounts.Where(a => a.Industry != industry).Take(2).Select(a => a.Id)).ToList();
        Seed("Contacts", 8, i => new { Last_Name = $"{tag}-{i}", Account_Name = (object?)(i < 6 ? new { id = picked[i % 4].ToString() } : null) });
        await using var db = await WarmContextAsync();

        var before = EmulatorOrg.Expected<Contact>();
        var updated = await db.Contacts.Where(c => c.Last_Name.StartsWith(tag) && c.Account!.Industry == industry)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.First_Name, "Matched"));
        var accountIndustry = accounts.ToDictionary(a => a.Id, a => a.Industry);
        bool Matches(Contact c) => c.Last_Name.StartsWith(tag, StringComparison.Ordinal) && c.AccountId is { } a && accountIndustry[a] == industry;
        Assert.That(updated, Is.EqualTo(before.Count(Matches)).And.GreaterThan(0));
        Assert.That(EmulatorOrg.Expected<Contact>().OrderBy(c => c.Id).Select(c => (c.Id, c.First_Name)),
            Is.EqualTo(before.OrderBy(c => c.Id).Select(c => (c.Id, Matches(c) ? "Matched" : c.First_Name))));

        // Seeded records are owned by the connection's user; the condition reads the owner's email through the lookup.
        var company = tag + "-owner";
        Seed(3, i => new { Last_Name = $"{company}-{i}", Company = company });
        var leadsBefore = EmulatorOrg.Expected<Lead>();
        var users = EmulatorOrg.Emulator.Domain.Schema.Users.ToDictionary(u => u.Id, u => u.Email);
        var email = users[leadsBefore.First(l => l.Company == company).OwnerId!.Value];
        var deleted = await db.Leads.Where(l => l.Company == company && l.Owner!.Email == email).ExecuteDeleteAsync();
        Assert.That(deleted, Is.EqualTo(leadsBefore.Count(l => l.Company == company && users[l.OwnerId!.Value] == email)).And.EqualTo(3));
        Assert.That(EmulatorOrg.Expected<Lead>().Count(l => l.Company == company), Is.EqualTo(0));
    }

    [Test]
    public async Task A_statement_that_is_refused_part_way_is_not_atomic_and_names_what_was_not_written()
    {
        var company = "ExecPartial-" + Guid.NewGuid().ToString("N")[..8];
        var ids = Seed(3, i => new { Last_Name = $"{company}-{i}", Company = company });
        var externalId = "ext-" + Guid.NewGuid().ToString("N")[..12];
        await using var db = new UniqueLeadContext(EmulatorOrg.ConnectionString);

        // External_Lead_Id is unique: the first record takes the value, Zoho refuses it for the other two.
        var exception = Assert.ThrowsAsync<ZohoCrmWriteException>(() => db.Leads.Where(l => l.Company == company)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.External_Lead_Id, externalId)));

        var stored = ids.Select(id => EmulatorOrg.Emulator.Domain.Records.Find("Leads", id)!["External_Lead_Id"]).ToList();
        Assert.That(stored.Count(v => Equals(v, externalId)), Is.EqualTo(1));
        Assert.That(stored.Count(v => v is null), Is.EqualTo(2));
        Assert.That(exception!.Message, Does.Contain("wrote 1 of 3").And.Contain("not atomic"));
        Assert.That(exception.Results.Count(r => r.IsSuccess), Is.EqualTo(1));
        Assert.That(exception.Results.Where(r => !r.IsSuccess).Select(r => r.Code), Is.EqualTo(new[] { "DUPLICATE_DATA", "DUPLICATE_DATA" }));
    }

    [Test]
    public async Task ExecuteUpdate_under_faults_run_again_as_advised_leaves_every_matching_record_updated_once_and_nothing_else_changed(
        [Values(1, 3, 4, 5)] int seed)
    {
        var company = "ExecUpdFault-" + Guid.NewGuid().ToString("N")[..8];
        var done = company + "-done";
        Seed(500, i => new { Last_Name = $"{company}-{i}", Company = company, Lead_Status = "Not Contacted" });
        var before = EmulatorOrg.Expected<Lead>();
        await using var db = await WarmContextAsync();
        var seq = await EmulatorOrg.LastRequestSeqAsync();
        // Reads (COQL) and writes (PUT) meet 500s, dropped connections, cut bodies and, for writes, answers lost after
        // Zoho applied them.
        await EmulatorOrg.SetFaultsAsync("""
            [{"path":"/crm/v8/coql","method":"POST","errorRate":0.1,"dropRate":0.1,"truncateRate":0.1},
             {"path":"/crm/v8/Leads","method":"PUT","errorRate":0.1,"dropRate":0.1,"truncateRate":0.05,"lostAnswerRate":0.1}]
            """, seed);
        var attempts = 0;
        try
        {
            // What the not-atomic documentation says to do: an update can simply be run again. After the first
            // attempt the records already updated no longer match, so each run writes only what is left.
            while (true)
            {
                attempts++;
                try
                {
                    await db.Leads.Where(l => l.Company == company)
                        .ExecuteUpdateAsync(s => s.SetProperty(l => l.Company, done).SetProperty(l => l.Lead_Status, "Contacted"));
                    break;
                }
                catch (ZohoCrmWriteException) when (attempts < 10)
                {
                }
            }
        }
        finally
        {
            await EmulatorOrg.SetFaultsAsync("[]");
        }

        var faulted = (await EmulatorOrg.ApiCallsAfterAsync(seq)).Count(c => c.Status is 0 or >= 500);
        var expected = before.Select(l => l.Company == company ? Changed(l, done, "Contacted") : l).ToList();
        Assert.That(faulted, Is.GreaterThan(0), "the run met faults");
        Assert.That(Rows(EmulatorOrg.Expected<Lead>()), Is.EqualTo(Rows(expected)), $"after {attempts} attempt(s)");
        TestContext.Out.WriteLine($"seed {seed}: 500 records updated exactly as LINQ to Objects says after {attempts} attempt(s), {faulted} call(s) faulted");
    }

    [Test]
    public async Task SaveChanges_of_1000_new_leads_takes_10_insert_calls()
    {
        var company = "Bulk1000-" + Guid.NewGuid().ToString("N")[..8];
        await using var db = await WarmContextAsync();
        db.Leads.AddRange(Enumerable.Range(0, 1_000).Select(i => new Lead { Last_Name = $"{company}-{i}", Company = company }));
        var seq = await EmulatorOrg.LastRequestSeqAsync();

        var saved = await db.SaveChangesAsync();

        var calls = await EmulatorOrg.ApiCallsAfterAsync(seq);
        var stored = EmulatorOrg.Expected<Lead>().Where(l => l.Company == company).ToList();
        _seeded.AddRange(stored.Select(l => ("Leads", l.Id)));
        Assert.That(saved, Is.EqualTo(1_000));
        Assert.That(stored.Select(l => l.Id).Order(), Is.EqualTo(db.Leads.Local.Select(l => l.Id).Order()), "every id Zoho gave is on its entity");
        Assert.That(calls.Select(c => (c.Method, c.Path)), Is.EqualTo(Enumerable.Repeat(("POST", "/crm/v8/Leads"), 10)), Describe(calls));
    }

    private List<long> Seed<T>(int count, Func<int, T> record) => Seed("Leads", count, record);

    private List<long> Seed<T>(string module, int count, Func<int, T> record)
    {
        var ids = new List<long>();
        for (var start = 0; start < count; start += RecordWriteRequest.MaxRecords)
        {
            var records = Enumerable.Range(start, Math.Min(RecordWriteRequest.MaxRecords, count - start)).Select(i => (object?)record(i));
            var request = RecordWriteRequest.Parse(JsonSerializer.SerializeToUtf8Bytes(new { data = records }));
            var result = EmulatorOrg.Emulator.Domain.Writer.Insert(module, request);
            ids.AddRange(result.Results.Select(r => r.Id ?? throw new InvalidOperationException("The emulator refused a seeded record: " + r.Message)));
        }

        _seeded.AddRange(ids.Select(id => (module, id)));
        return ids;
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

    // A copy of a lead with the given fields changed ("" for a field made empty).
    private static Lead With(
        Lead lead, string? company = null, string? status = null, string? first = null, string? industry = null, decimal? revenue = null,
        int? employees = null, bool? optOut = null, DateOnly? date = null, List<string>? languages = null, decimal? discount = null,
        long? owner = null, string? source = null) => new()
    {
        Id = lead.Id, First_Name = first is null ? lead.First_Name : first.Length == 0 ? null : first, Last_Name = lead.Last_Name,
        Company = company ?? lead.Company, Lead_Status = status ?? lead.Lead_Status, Lead_Source = source ?? lead.Lead_Source,
        Industry = industry ?? lead.Industry, No_of_Employees = employees ?? lead.No_of_Employees, Annual_Revenue = revenue ?? lead.Annual_Revenue,
        Email_Opt_Out = optOut ?? lead.Email_Opt_Out, Languages_Spoken = languages ?? lead.Languages_Spoken,
        Preferred_Contact_Date = date ?? lead.Preferred_Contact_Date, Discount_Rate = discount ?? lead.Discount_Rate, OwnerId = owner ?? lead.OwnerId,
    };

    // Every mapped field of every record, in id order, as comparable text.
    private static List<string> Rows(IEnumerable<Lead> leads) => leads.OrderBy(l => l.Id).Select(l => string.Join("|",
        l.Id, l.First_Name, l.Last_Name, l.Company, l.Lead_Status, l.Lead_Source, l.Industry, l.No_of_Employees, l.Annual_Revenue,
        l.Email_Opt_Out, l.Languages_Spoken is null ? "" : string.Join(";", l.Languages_Spoken), l.Preferred_Contact_Date,
        l.Discount_Rate, l.OwnerId)).ToList();
}

/// <summary>Leads with their unique External_Lead_Id, for a write Zoho refuses for some records only.</summary>
[Table("Leads")]
public class UniqueLead
{
    public long Id { get; set; }

    public string Last_Name { get; set; } = "";

    public string? Company { get; set; }

    public string? External_Lead_Id { get; set; }
}

public class UniqueLeadContext(string connectionString) : DbContext
{
    public DbSet<UniqueLead> Leads => Set<UniqueLead>();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseZohoCrm(connectionString);
}

using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using ZohoCrm.Data.Api;
using ZohoCrm.Data.Metadata;
using ZohoCrm.Emulator;
using ZohoCrm.Emulator.Domain.Limits;
using ZohoCrm.Emulator.Domain.Seeding;

namespace ZohoCrm.Data.Tests.Integration;

/// <summary>The typed write API against the emulator over HTTP: state read back from its store, calls from its request log.</summary>
[NonParallelizable]
public class WriteApiTests
{
    private EmulatorConnection _emulator = null!;
    private ZohoCrmConnection _connection = null!;
    private ZohoCrmApiClient _api = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _emulator = await EmulatorConnection.StartAsync(new ZohoCrmEmulatorOptions { SeedCounts = new() { Leads = 20 } });
        _connection = _emulator.Open();
        _api = await _connection.GetApiClientAsync();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _connection.DisposeAsync();
        await _emulator.DisposeAsync();
    }

    [SetUp]
    public void NoFaultsNoLimit()
    {
        _emulator.Emulator.Settings.Faults = [];
        _emulator.Emulator.Settings.CreditLimit = null;
    }

    private static string Tag() => Guid.NewGuid().ToString("N")[..10];

    [Test]
    public void Every_writable_type_round_trips_through_a_synchronous_insert()
    {
        var account = _emulator.Records("Accounts")[0].Id;
        var deal = _emulator.Records("Deals")[0].Id;
        var name = "Types " + Tag();
        var kickoff = new DateTimeOffset(2026, 3, 4, 5, 6, 7, TimeSpan.FromHours(2));
        var record = new ZohoCrmRecordValues()
            .Add("Name", ZohoCrmFieldType.Text, name)
            .Add("Summary", ZohoCrmFieldType.Textarea, "line one\nline two")
            .Add("Contact_Email", ZohoCrmFieldType.Email, "types@example.com")
            .Add("Contact_Phone", ZohoCrmFieldType.Phone, "+1 555 0100")
            .Add("Project_Site", ZohoCrmFieldType.Website, "https://example.com/types")
            .Add("Project_Status", ZohoCrmFieldType.Picklist, "In Progress")
            .Add("Technologies", ZohoCrmFieldType.MultiSelectPicklist, new[] { ".NET", "PostgreSQL" })
            .Add("Team_Size", ZohoCrmFieldType.Integer, 7)
            .Add("External_Ref", ZohoCrmFieldType.BigInt, 9007199254740993L)
            .Add("Estimated_Hours", ZohoCrmFieldType.Double, 12.5m)
            .Add("Budget", ZohoCrmFieldType.Currency, 1234.56m)
            .Add("Completion", ZohoCrmFieldType.Percent, 42.5m)
            .Add("Is_Billable", ZohoCrmFieldType.Boolean, true)
            .Add("Start_Date", ZohoCrmFieldType.Date, new DateOnly(2026, 2, 28))
            .Add("Kickoff_Time", ZohoCrmFieldType.DateTime, kickoff)
            .Add("Account", ZohoCrmFieldType.Lookup, account)
            .Add("Deal", ZohoCrmFieldType.Lookup, deal.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Add("Project_Manager", ZohoCrmFieldType.UserLookup, StandardOrg.CurrentUserId)
            .Add("Owner", ZohoCrmFieldType.OwnerLookup, StandardOrg.CurrentUserId);

        var result = _api.Insert("Projects", [record]).Single();

        Assert.That(result.Status, Is.EqualTo(ZohoCrmWriteStatus.Success), result.Message);
        var stored = _emulator.Records("Projects").Single(r => Equals(r["Name"], name));
        Assert.That(result.Id, Is.EqualTo(stored.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Multiple(() =>
        {
            Assert.That(stored["Summary"], Is.EqualTo("line one\nline two"));
            Assert.That(stored["Contact_Email"], Is.EqualTo("types@example.com"));
            Assert.That(stored["Contact_Phone"], Is.EqualTo("+1 555 0100"));
            Assert.That(stored["Project_Site"], Is.EqualTo("https://example.com/types"));
            Assert.That(stored["Project_Status"], Is.EqualTo("In Progress"));
            Assert.That(stored["Technologies"], Is.EqualTo(new[] { ".NET", "PostgreSQL" }));
            Assert.That(stored["Team_Size"], Is.EqualTo(7L));
            Assert.That(stored["External_Ref"], Is.EqualTo(9007199254740993L));
            Assert.That(stored["Estimated_Hours"], Is.EqualTo(12.5m));
            Assert.That(stored["Budget"], Is.EqualTo(1234.56m));
            Assert.That(stored["Completion"], Is.EqualTo(42.5m));
            Assert.That(stored["Is_Billable"], Is.EqualTo(true));
            Assert.That(stored["Start_Date"], Is.EqualTo(new DateOnly(2026, 2, 28)));
            Assert.That(stored["Kickoff_Time"], Is.EqualTo(kickoff));
            Assert.That(stored["Account"], Is.EqualTo(account));
            Assert.That(stored["Deal"], Is.EqualTo(deal));
            Assert.That(stored["Project_Manager"], Is.EqualTo(StandardOrg.CurrentUserId));
            Assert.That(stored["Owner"], Is.EqualTo(StandardOrg.CurrentUserId));
            // The system fields come back typed through the field-type table.
            Assert.That(result.GetValue<DateTimeOffset>("Created_Time", ZohoCrmFieldType.DateTime), Is.EqualTo(stored["Created_Time"]));
            Assert.That(result.GetValue<DateTime>("Modified_Time", ZohoCrmFieldType.DateTime), Is.EqualTo(((DateTimeOffset)stored["Modified_Time"]!).UtcDateTime));
            Assert.That(result.GetValue<long>("Created_By", ZohoCrmFieldType.OwnerLookup), Is.EqualTo(stored["Created_By"]));
            Assert.That(result.GetValue<string>("Created_By", ZohoCrmFieldType.OwnerLookup), Is.EqualTo(stored["Created_By"]!.ToString()));
            Assert.That(result.GetValue<DateTimeOffset?>("No_Such_Field", ZohoCrmFieldType.DateTime), Is.Null);
        });
    }

    [Test]
    public async Task Two_hundred_and_fifty_records_take_three_calls_with_one_result_each_in_order()
    {
        var tag = Tag();
        var records = Enumerable.Range(0, 250).Select(i => Lead(tag, i)).ToList();
        var before = await _emulator.LastRequestSeqAsync();

        var results = await _api.InsertAsync("Leads", records);

        var calls = await _emulator.ApiCallsAfterAsync(before);
        Assert.That(calls.Select(c => (c.Method, c.Path)), Is.EqualTo(Enumerable.Repeat(("POST", "/crm/v8/Leads"), 3)));
        var stored = _emulator.Records("Leads").Where(r => Equals(r["Company"], tag)).ToDictionary(r => (string)r["Last_Name"]!, r => r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.That(stored, Has.Count.EqualTo(250));
        Assert.That(results.Select(r => r.Index), Is.EqualTo(Enumerable.Range(0, 250)));
        Assert.That(results.Select(r => r.Status), Is.All.EqualTo(ZohoCrmWriteStatus.Success));
        Assert.That(results.Select(r => r.Id), Is.EqualTo(Enumerable.Range(0, 250).Select(i => stored["L" + i])));
    }

    [Test]
    public async Task Refused_not_found_and_success_are_told_apart_per_record_sync_and_async()
    {
        var tag = Tag();
        var inserted = _api.Insert("Leads", [Lead(tag, 0), new ZohoCrmRecordValues().Add("Company", ZohoCrmFieldType.Text, tag)]);
        Assert.That(inserted.Select(r => r.Status), Is.EqualTo(new[] { ZohoCrmWriteStatus.Success, ZohoCrmWriteStatus.Refused }));
        Assert.That((inserted[1].Code, inserted[1].Field), Is.EqualTo(("MANDATORY_NOT_FOUND", "Last_Name")));
        var id = inserted[0].Id!;
        const string missing = "9999999999999999";

        var updated = await _api.UpdateAsync("Leads", [
            new ZohoCrmRecordValues { Id = id }.Add("Designation", ZohoCrmFieldType.Text, "Updated"),
            new ZohoCrmRecordValues { Id = missing }.Add("Designation", ZohoCrmFieldType.Text, "Nobody"),
            new ZohoCrmRecordValues { Id = id }.Add("No_of_Employees", ZohoCrmFieldType.Integer, "many"),
        ]);

        Assert.That(updated.Select(r => r.Status), Is.EqualTo(new[] { ZohoCrmWriteStatus.Success, ZohoCrmWriteStatus.NotFound, ZohoCrmWriteStatus.Refused }));
        Assert.That(updated[2].Field, Is.EqualTo("No_of_Employees"));
        Assert.That(_emulator.Records("Leads").Single(r => r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == id)["Designation"], Is.EqualTo("Updated"));

        var deleted = _api.Delete("Leads", [id, missing]);
        Assert.That(deleted.Select(r => r.Status), Is.EqualTo(new[] { ZohoCrmWriteStatus.Success, ZohoCrmWriteStatus.NotFound }));
        Assert.That(_emulator.Records("Leads").Any(r => Equals(r["Company"], tag)), Is.False);
    }

    [Test]
    public async Task An_insert_with_duplicate_check_fields_never_overwrites_a_record_that_holds_the_value()
    {
        var tag = Tag();
        var existing = (await _api.InsertAsync("Leads", [Lead(tag, 0).Add("External_Lead_Id", ZohoCrmFieldType.Text, tag + "-0")])).Single();

        var results = await _api.InsertAsync("Leads", [Lead(tag, 10).Add("External_Lead_Id", ZohoCrmFieldType.Text, tag + "-0")],
            new ZohoCrmWriteOptions { DuplicateCheckFields = ["External_Lead_Id"] });

        // Sent as an insert: Zoho refuses the duplicate of a unique field, and the record that held it keeps its values.
        Assert.That((results.Single().Status, results.Single().Code, results.Single().Field),
            Is.EqualTo((ZohoCrmWriteStatus.Refused, "DUPLICATE_DATA", (string?)"External_Lead_Id")));
        var stored = _emulator.Records("Leads").Where(r => Equals(r["Company"], tag)).Select(r => (r.Id.ToString(CultureInfo.InvariantCulture), (string?)r["Last_Name"]));
        Assert.That(stored, Is.EqualTo(new[] { (existing.Id!, (string?)"L0") }));
    }

    [Test]
    public async Task Upsert_reports_inserted_and_updated_records()
    {
        var tag = Tag();
        var existing = (await _api.InsertAsync("Leads", [Lead(tag, 0).Add("External_Lead_Id", ZohoCrmFieldType.Text, tag + "-0")])).Single();
        var options = new ZohoCrmWriteOptions { DuplicateCheckFields = ["External_Lead_Id"] };

        var results = _api.Upsert("Leads", [
            Lead(tag, 10).Add("External_Lead_Id", ZohoCrmFieldType.Text, tag + "-0"),
            Lead(tag, 11).Add("External_Lead_Id", ZohoCrmFieldType.Text, tag + "-1"),
        ], options);

        Assert.That(results.Select(r => (r.Status, r.Action)), Is.EqualTo(new[] { (ZohoCrmWriteStatus.Success, "update"), (ZohoCrmWriteStatus.Success, (string?)"insert") }));
        Assert.That(results[0].Id, Is.EqualTo(existing.Id));
        var stored = _emulator.Records("Leads").Where(r => Equals(r["Company"], tag)).OrderBy(r => r.Id).Select(r => ((string?)r["Last_Name"], (string?)r["External_Lead_Id"]));
        Assert.That(stored, Is.EqualTo(new[] { ("L10", tag + "-0"), ("L11", tag + "-1") }));
    }

    [Test]
    public async Task A_conditional_update_goes_alone_with_its_header_and_a_later_change_is_a_conflict()
    {
        var tag = Tag();
        var ids = (await _api.InsertAsync("Leads", [Lead(tag, 0), Lead(tag, 1), Lead(tag, 2)])).Select(r => r.Id!).ToList();
        var created = _emulator.Records("Leads").Where(r => Equals(r["Company"], tag)).Select(r => (DateTimeOffset)r["Created_Time"]!).Max();
        var before = await _emulator.LastRequestSeqAsync();

        var results = await _api.UpdateAsync("Leads", [
            new ZohoCrmRecordValues { Id = ids[0], IfUnmodifiedSince = created.AddHours(-1) }.Add("Designation", ZohoCrmFieldType.Text, "stale"),
            new ZohoCrmRecordValues { Id = ids[1], IfUnmodifiedSince = created.AddHours(1) }.Add("Designation", ZohoCrmFieldType.Text, "fresh"),
            new ZohoCrmRecordValues { Id = ids[2] }.Add("Designation", ZohoCrmFieldType.Text, "plain"),
        ]);

        Assert.That(results.Select(r => r.Status), Is.EqualTo(new[] { ZohoCrmWriteStatus.Conflict, ZohoCrmWriteStatus.Success, ZohoCrmWriteStatus.Success }));
        Assert.That(results[0].Code, Is.EqualTo("ALREADY_MODIFIED"));
        var calls = await _emulator.ApiCallsAfterAsync(before);
        Assert.That(calls.Select(c => (c.Method, c.Status)), Is.EqualTo(new[] { ("PUT", 412), ("PUT", 200), ("PUT", 200) }));
        var stored = _emulator.Records("Leads").Where(r => Equals(r["Company"], tag)).OrderBy(r => r.Id).Select(r => r["Designation"]);
        Assert.That(stored, Is.EqualTo(new object?[] { null, "fresh", "plain" }));
    }

    [Test]
    public void A_call_failing_part_way_names_exactly_the_records_written()
    {
        var tag = Tag();
        var records = Enumerable.Range(0, 250).Select(i => Lead(tag, i)).ToList();
        var limits = _emulator.Emulator.Services.GetRequiredService<ApiLimits>();
        // One more credit than spent: the first call is admitted, the second finds the budget spent (429). Synchronous:
        // the calls go one after another (asynchronously they go together; see ConcurrentWriteTests).
        _emulator.Emulator.Settings.CreditLimit = limits.Credits.Spent(_emulator.Emulator.Clock.UtcNow) + 1;

        var error = Assert.Throws<ZohoCrmWriteException>(() => _api.Insert("Leads", records));

        var written = _emulator.Records("Leads").Where(r => Equals(r["Company"], tag)).Select(r => (string)r["Last_Name"]!).ToHashSet();
        Assert.That(written, Is.EquivalentTo(Enumerable.Range(0, 100).Select(i => "L" + i)));
        Assert.That(error!.Results.Select(r => r.Status),
            Is.EqualTo(Enumerable.Repeat(ZohoCrmWriteStatus.Success, 100).Concat(Enumerable.Repeat(ZohoCrmWriteStatus.NotWritten, 150))));
        Assert.That(error.Code, Is.EqualTo("TOO_MANY_REQUESTS"));
        Assert.That(error.Message, Does.Contain("; 100 were written").And.Contain("Not written (safe to send again): 100-249").And.Contain("Unknown (the answer was lost; read them back first): none"));
    }

    private static ZohoCrmRecordValues Lead(string company, int number) =>
        new ZohoCrmRecordValues().Add("Last_Name", ZohoCrmFieldType.Text, "L" + number).Add("Company", ZohoCrmFieldType.Text, company);
}

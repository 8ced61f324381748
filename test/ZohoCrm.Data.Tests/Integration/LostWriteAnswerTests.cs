using ZohoCrm.Data.Api;
using ZohoCrm.Data.Metadata;
using ZohoCrm.Emulator;
using ZohoCrm.Emulator.Domain;
using ZohoCrm.Emulator.Domain.Faults;
using ZohoCrm.Emulator.Http.Faults;

namespace ZohoCrm.Data.Tests.Integration;

/// <summary>
/// Writes whose answer is lost (the emulator ran the call and dropped the connection, or dropped it before running):
/// updates, deletes and upserts are sent again; inserts are reconciled from the records created since they were sent.
/// State is read back from the emulator's store, calls from its request log.
/// </summary>
[NonParallelizable]
public class LostWriteAnswerTests
{
    private EmulatorConnection _emulator = null!;

    [OneTimeSetUp]
    public async Task Start() => _emulator = await EmulatorConnection.StartAsync(new ZohoCrmEmulatorOptions { SeedCounts = new() { Leads = 20 } });

    [OneTimeTearDown]
    public async Task Stop() => await _emulator.DisposeAsync();

    [SetUp]
    public void NoFaults() => _emulator.Emulator.Settings.Faults = [];

    // Starts with a letter: a tag of hex digits only (about 1 in 100) equals its upper-cased copy, which one test stores
    // as another record's near-match.
    private static string Tag() => "t" + Guid.NewGuid().ToString("N")[..9];

    private static ZohoCrmRecordValues Lead(string company, string lastName) =>
        new ZohoCrmRecordValues().Add("Last_Name", ZohoCrmFieldType.Text, lastName).Add("Company", ZohoCrmFieldType.Text, company);

    private void FaultPosts(FaultRule rule) => _emulator.Emulator.Settings.Faults = [rule];

    private List<Emulator.Domain.Records.StoredRecord> Stored(string company) =>
        _emulator.Records("Leads").Where(r => Equals(r["Company"], company)).ToList();

    private static string IdText(Emulator.Domain.Records.StoredRecord record) => record.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Test]
    public async Task A_lost_insert_answer_is_reconciled_to_the_records_Zoho_created_with_one_read()
    {
        await using var connection = _emulator.Open();
        var api = await connection.GetApiClientAsync();
        var tag = Tag();
        FaultPosts(new FaultRule { Path = "/crm/v8/Leads", Method = "POST", LostAnswerRate = 1 });
        var before = await _emulator.LastRequestSeqAsync();

        var results = await api.InsertAsync("Leads", [Lead(tag, "A"), Lead(tag, "B")]);

        var stored = Stored(tag);
        Assert.That(stored.Select(r => r["Last_Name"]), Is.EquivalentTo(new[] { "A", "B" }), "the call ran once and was not sent again");
        Assert.That(results.Select(r => r.Status), Is.All.EqualTo(ZohoCrmWriteStatus.Success));
        Assert.That(results.Select(r => r.Id), Is.EqualTo(new[] { IdText(stored.Single(r => Equals(r["Last_Name"], "A"))), IdText(stored.Single(r => Equals(r["Last_Name"], "B"))) }));
        Assert.That(results[0].GetValue<DateTimeOffset>("Created_Time", ZohoCrmFieldType.DateTime), Is.EqualTo(stored.Single(r => Equals(r["Last_Name"], "A"))["Created_Time"]));
        var calls = await _emulator.ApiCallsAfterAsync(before);
        // The insert (its answer lost), the token's user (once per client), one page of the records list.
        Assert.That(calls.Select(c => (c.Method, c.Path, c.Status)), Is.EqualTo(new[] { ("POST", "/crm/v8/Leads", 0), ("GET", "/crm/v8/users", 200), ("GET", "/crm/v8/Leads", 200) }));
        Assert.That(calls[2].Query, Does.Contain("sort_by=Created_Time").And.Contain("sort_order=desc"));

        // The client remembers its user: the next lost insert costs one read.
        var again = Tag();
        before = await _emulator.LastRequestSeqAsync();
        var second = api.Insert("Leads", [Lead(again, "C")]);
        Assert.That(second.Single().Id, Is.EqualTo(IdText(Stored(again).Single())));
        Assert.That((await _emulator.ApiCallsAfterAsync(before)).Select(c => c.Method), Is.EqualTo(new[] { "POST", "GET" }));
    }

    [Test]
    public async Task An_insert_dropped_before_it_ran_is_reported_not_written_and_nothing_is_created()
    {
        await using var connection = _emulator.Open();
        var api = await connection.GetApiClientAsync();
        var tag = Tag();
        FaultPosts(new FaultRule { Path = "/crm/v8/Leads", Method = "POST", DropRate = 1 });
        var before = await _emulator.LastRequestSeqAsync();

        var results = await api.InsertAsync("Leads", [Lead(tag, "A"), Lead(tag, "B")]);

        Assert.That(Stored(tag), Is.Empty);
        Assert.That(results.Select(r => r.Status), Is.All.EqualTo(ZohoCrmWriteStatus.NotWritten));
        Assert.That(results[0].Message, Does.Contain("sending it again is safe"));
        var calls = await _emulator.ApiCallsAfterAsync(before);
        Assert.That(calls.Count(c => c.Method == "POST"), Is.EqualTo(1));
        Assert.That(calls.Count(c => c.Path == "/crm/v8/Leads" && c.Method == "GET"), Is.EqualTo(1));
    }

    [Test]
    public async Task A_lost_insert_whose_values_match_more_records_than_it_sent_is_unknown()
    {
        await using var connection = _emulator.Open();
        var api = await connection.GetApiClientAsync();
        var tag = Tag();
        await api.InsertAsync("Leads", [Lead(tag, "Twin"), Lead(tag, "Twin")]);
        FaultPosts(new FaultRule { Path = "/crm/v8/Leads", Method = "POST", LostAnswerRate = 1 });
        var before = await _emulator.LastRequestSeqAsync();

        var results = await api.InsertAsync("Leads", [Lead(tag, "Twin"), Lead(tag, "Single")]);

        // The user is known from the first insert's answer: the lost call costs one read.
        Assert.That((await _emulator.ApiCallsAfterAsync(before)).Select(c => (c.Method, c.Path)), Is.EqualTo(new[] { ("POST", "/crm/v8/Leads"), ("GET", "/crm/v8/Leads") }));
        Assert.That(Stored(tag).Count(r => Equals(r["Last_Name"], "Twin")), Is.EqualTo(3));
        Assert.That(results.Select(r => r.Status), Is.EqualTo(new[] { ZohoCrmWriteStatus.Unknown, ZohoCrmWriteStatus.Success }));
        Assert.That(results[0].Message, Does.Contain("3 records created since it was sent hold these values"));
        Assert.That(results[1].Id, Is.EqualTo(IdText(Stored(tag).Single(r => Equals(r["Last_Name"], "Single")))));
    }

    [Test]
    public async Task A_dropped_insert_is_unknown_rather_than_not_written_when_a_new_record_holds_nearly_its_values()
    {
        await using var connection = _emulator.Open();
        var api = await connection.GetApiClientAsync();
        var tag = Tag();
        // As Zoho might store a value it was sent: another case, other punctuation, a rounded amount.
        await api.InsertAsync("Leads", [Lead(tag.ToUpperInvariant(), "O'Brien").Add("Annual_Revenue", ZohoCrmFieldType.Currency, 1000.00m)]);
        FaultPosts(new FaultRule { Path = "/crm/v8/Leads", Method = "POST", DropRate = 1 });

        var results = await api.InsertAsync("Leads", [Lead(tag, "OBrien").Add("Annual_Revenue", ZohoCrmFieldType.Currency, 1000.004m), Lead(tag, "Other")]);

        Assert.That(Stored(tag).Select(r => r["Last_Name"]), Is.Empty, "the drop came before the call ran");
        Assert.That(results.Select(r => r.Status), Is.EqualTo(new[] { ZohoCrmWriteStatus.Unknown, ZohoCrmWriteStatus.NotWritten }));
        Assert.That(results[0].Message, Does.Contain("1 hold nearly them"));
    }

    [Test]
    public async Task An_insert_with_duplicate_check_fields_whose_answer_is_lost_is_resent_as_an_upsert_on_them()
    {
        await using var connection = _emulator.Open();
        var api = await connection.GetApiClientAsync();
        var tag = Tag();
        var rule = new FaultRule { Path = "/crm/v8/Leads", Method = "POST", LostAnswerRate = 0.5 };
        _emulator.Emulator.Settings.FaultSeed = SeedWhere(rule, "POST", "/crm/v8/Leads", FaultKind.LoseAnswer, FaultKind.None);
        FaultPosts(rule);
        var before = await _emulator.LastRequestSeqAsync();
        try
        {
            var results = await api.InsertAsync("Leads", [Lead(tag, "U").Add("External_Lead_Id", ZohoCrmFieldType.Text, tag)],
                new ZohoCrmWriteOptions { DuplicateCheckFields = ["External_Lead_Id"] });

            Assert.That(results.Single().Status, Is.EqualTo(ZohoCrmWriteStatus.Success));
            Assert.That(results.Single().Id, Is.EqualTo(IdText(Stored(tag).Single())), "one copy, though the call ran twice");
            var calls = await _emulator.ApiCallsAfterAsync(before);
            Assert.That(calls.Select(c => (c.Method, c.Path, c.Status)), Is.EqualTo(new[] { ("POST", "/crm/v8/Leads", 0), ("POST", "/crm/v8/Leads/upsert", 200) }));
        }
        finally
        {
            _emulator.Emulator.Settings.FaultSeed = null;
        }
    }

    [Test]
    public async Task Updates_and_deletes_are_resent_after_a_lost_answer_and_a_delete_resent_finds_its_record_gone()
    {
        await using var connection = _emulator.Open();
        var api = await connection.GetApiClientAsync();
        var tag = Tag();
        var id = (await api.InsertAsync("Leads", [Lead(tag, "Before")])).Single().Id!;
        try
        {
            var update = new FaultRule { Path = "/crm/v8/Leads", Method = "PUT", LostAnswerRate = 0.5 };
            _emulator.Emulator.Settings.FaultSeed = SeedWhere(update, "PUT", "/crm/v8/Leads", FaultKind.LoseAnswer, FaultKind.None);
            _emulator.Emulator.Settings.Faults = [update];
            var before = await _emulator.LastRequestSeqAsync();

            var updated = api.Update("Leads", [new ZohoCrmRecordValues { Id = id }.Add("Last_Name", ZohoCrmFieldType.Text, "After")]);

            Assert.That(updated.Single().Status, Is.EqualTo(ZohoCrmWriteStatus.Success));
            Assert.That(Stored(tag).Single()["Last_Name"], Is.EqualTo("After"));
            Assert.That((await _emulator.ApiCallsAfterAsync(before)).Select(c => c.Status), Is.EqualTo(new[] { 0, 200 }));

            var delete = new FaultRule { Path = "/crm/v8/Leads", Method = "DELETE", LostAnswerRate = 0.5 };
            _emulator.Emulator.Settings.FaultSeed = SeedWhere(delete, "DELETE", "/crm/v8/Leads", FaultKind.LoseAnswer, FaultKind.None);
            _emulator.Emulator.Settings.Faults = [delete];
            before = await _emulator.LastRequestSeqAsync();

            var deleted = await api.DeleteAsync("Leads", [id]);

            Assert.That(deleted.Single().Status, Is.EqualTo(ZohoCrmWriteStatus.Success), deleted.Single().Message);
            Assert.That(Stored(tag), Is.Empty);
            Assert.That((await _emulator.ApiCallsAfterAsync(before)).Select(c => c.Status), Is.EqualTo(new[] { 0, 400 }), "the resend found the record gone");
        }
        finally
        {
            _emulator.Emulator.Settings.FaultSeed = null;
        }
    }

    /// <summary>A fault seed under which the rule's first calls get exactly <paramref name="kinds"/>, found with the emulator's own injector.</summary>
    [Test]
    public async Task Identical_records_of_two_lost_calls_in_flight_together_one_written_one_not_are_each_decided()
    {
        await using var connection = _emulator.Open();
        var api = await connection.GetApiClientAsync();
        var tag = Tag();
        // Two calls of 100 identical records, in flight together: one runs and loses its answer, the other is answered
        // 500 without running (which one is which does not matter: their records are alike).
        var rule = new FaultRule { Path = "/crm/v8/Leads", Method = "POST", ErrorRate = 0.5, LostAnswerRate = 0.5, LatencyMs = 50 };
        _emulator.Emulator.Settings.FaultSeed = SeedWhere(rule, "POST", "/crm/v8/Leads", FaultKind.LoseAnswer, FaultKind.Error);
        FaultPosts(rule);

        var results = await api.InsertAsync("Leads", Enumerable.Range(0, 200).Select(_ => Lead(tag, "Twin")).ToList());

        _emulator.Emulator.Settings.Faults = [];
        var stored = Stored(tag);
        Assert.That(stored, Has.Count.EqualTo(100), "one call ran");
        Assert.That(results.Where(r => r.IsSuccess).Select(r => r.Id), Is.EquivalentTo(stored.Select(IdText)), "each stored record is one record's, once");
        Assert.That(results.Count(r => r.Status == ZohoCrmWriteStatus.NotWritten), Is.EqualTo(100), "the others were not written: sending them again is safe");
    }

    private static int SeedWhere(FaultRule rule, string method, string path, params FaultKind[] kinds)
    {
        for (var seed = 1; seed < 100_000; seed++)
        {
            var injector = new FaultInjector(new EmulatorSettings { Faults = [rule], FaultSeed = seed });
            if (kinds.All(kind => injector.Decide(method, path, null).Kind == kind))
            {
                return seed;
            }
        }

        throw new InvalidOperationException("No seed gives " + string.Join(", ", kinds));
    }
}

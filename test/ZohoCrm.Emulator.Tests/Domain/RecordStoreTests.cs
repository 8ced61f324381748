using ZohoCrm.Emulator.Domain.Records;
using ZohoCrm.Emulator.Domain.Time;

namespace ZohoCrm.Emulator.Tests.Domain;

public class RecordStoreTests
{
    private EmulatorClock _clock = null!;
    private RecordStore _store = null!;

    [SetUp]
    public void CreateStore()
    {
        _clock = new EmulatorClock();
        _store = new RecordStore(TinyOrg.Build(), _clock);
    }

    [Test]
    public void Scan_returns_records_in_ascending_id_order()
    {
        _store.Put(Contact(30, "Carter"));
        _store.Put(Contact(10, "Abbott"));
        _store.Put(Contact(20, "Baker"));

        Assert.That(_store.Scan("Contacts").Select(r => r.Id), Is.EqualTo(new long[] { 10, 20, 30 }));
        Assert.That(_store.Scan("contacts"), Has.Count.EqualTo(3), "module names are case-insensitive");
    }

    [Test]
    public void Filter_sees_the_previous_version_until_the_lag_has_passed()
    {
        _store.Put(Contact(10, "Abbott"), _clock.UtcNow.AddDays(-1));
        _store.Put(Contact(10, "Zimmer"));
        var lag = TimeSpan.FromSeconds(210);

        var seen = _store.ScanForFilter("Contacts", lag).Single();
        Assert.That(seen.Indexed["Last_Name"], Is.EqualTo("Abbott"));
        Assert.That(seen.Current["Last_Name"], Is.EqualTo("Zimmer"));

        _clock.Advance(TimeSpan.FromSeconds(211));
        seen = _store.ScanForFilter("Contacts", lag).Single();
        Assert.That(seen.Indexed["Last_Name"], Is.EqualTo("Zimmer"));
    }

    [Test]
    public void Filter_does_not_see_a_record_created_within_the_lag()
    {
        _store.Put(Contact(10, "Abbott"));

        Assert.That(_store.ScanForFilter("Contacts", TimeSpan.FromSeconds(60)), Is.Empty);
        Assert.That(_store.ScanForFilter("Contacts", TimeSpan.Zero).Count(), Is.EqualTo(1));
    }

    [Test]
    public void Removed_records_are_gone_from_reads_and_scans()
    {
        _store.Put(Contact(10, "Abbott"));
        var snapshot = _store.Scan("Contacts");

        Assert.That(_store.Remove("Contacts", 10), Is.True);
        Assert.That(_store.Find("Contacts", 10), Is.Null);
        Assert.That(_store.Scan("Contacts"), Is.Empty);
        Assert.That(snapshot, Has.Count.EqualTo(1), "a snapshot taken before the delete is stable");
    }

    private static StoredRecord Contact(long id, string lastName) =>
        new("Contacts", id, new Dictionary<string, object?> { ["Last_Name"] = lastName });
}

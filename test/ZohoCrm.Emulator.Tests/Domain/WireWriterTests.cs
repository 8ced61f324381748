using ZohoCrm.Emulator.Domain.Metadata;
using ZohoCrm.Emulator.Domain.Records;
using ZohoCrm.Emulator.Domain.Time;
using ZohoCrm.Emulator.Domain.Wire;

namespace ZohoCrm.Emulator.Tests.Domain;

public class WireWriterTests
{
    private OrgSchema _schema = null!;
    private RecordStore _store = null!;
    private WireWriter _writer = null!;

    [SetUp]
    public void Create()
    {
        _schema = TinyOrg.Build();
        _store = new RecordStore(_schema, new EmulatorClock());
        _store.Put(new StoredRecord("Accounts", TinyOrg.AccountId, new Dictionary<string, object?> { ["Account_Name"] = "Zylker" }));
        _writer = new WireWriter(_schema, _store);
    }

    [Test]
    public void Datetimes_are_in_the_users_offset_without_milliseconds()
    {
        var instant = new DateTimeOffset(2025, 6, 18, 8, 32, 11, 123, TimeSpan.Zero);
        Assert.That(_writer.FormatDateTime(instant), Is.EqualTo("2025-06-18T14:02:11+05:30"));
    }

    [Test]
    public void Lookups_carry_the_display_name_and_the_id_as_a_string()
    {
        var field = _schema.FindModule("Contacts")!.FindField("Account_Name")!;
        var json = _writer.ToJson(field, TinyOrg.AccountId)!.ToJsonString();
        Assert.That(json, Is.EqualTo("""{"name":"Zylker","id":"1000000000000000100"}"""));
    }

    [Test]
    public void Owner_lookups_differ_between_record_apis_and_coql()
    {
        var field = _schema.FindModule("Accounts")!.FindField("Owner")!;
        Assert.That(_writer.ToJson(field, TinyOrg.OwnerId, LookupStyle.Records)!.ToJsonString(),
            Is.EqualTo("""{"name":"Olivia Hart","id":"1000000000000000001","email":"olivia.hart@tiny.example"}"""));
        Assert.That(_writer.ToJson(field, TinyOrg.OwnerId, LookupStyle.Coql)!.ToJsonString(),
            Is.EqualTo("""{"name":"Hart","id":"1000000000000000001"}"""));
    }

    [Test]
    public void Empty_multiselect_is_an_empty_array_in_records_and_null_in_coql()
    {
        var field = _schema.FindModule("Contacts")!.FindField("Languages")!;
        Assert.That(_writer.ToJson(field, null, LookupStyle.Records)!.ToJsonString(), Is.EqualTo("[]"));
        Assert.That(_writer.ToJson(field, null, LookupStyle.Coql), Is.Null);
        Assert.That(_writer.ToJson(field, new[] { "English", "German" })!.ToJsonString(), Is.EqualTo("""["English","German"]"""));
    }

    [Test]
    public void Bigints_are_strings_and_integers_are_numbers()
    {
        Assert.That(_writer.ToJson(FieldDataType.BigInt, 12345600012L, null)!.ToJsonString(), Is.EqualTo("\"12345600012\""));
        Assert.That(_writer.ToJson(FieldDataType.Integer, 250L, null)!.ToJsonString(), Is.EqualTo("250"));
        Assert.That(_writer.ToJson(FieldDataType.Date, new DateOnly(2017, 8, 16), null)!.ToJsonString(), Is.EqualTo("\"2017-08-16\""));
    }
}

using ZohoCrm.Emulator.Domain;

namespace ZohoCrm.Emulator.Tests.Records;

public class UniqueValueTests
{
    private EmulatorDomain _org = null!;

    [SetUp]
    public void CreateOrg() => _org = SmallOrg.Create();

    [TearDown]
    public void DisposeOrg() => _org.Dispose();

    [Test]
    public void A_unique_value_written_in_one_call_is_a_duplicate_in_the_next()
    {
        Assert.That(Insert("U-1").Succeeded, Is.True);

        Assert.That(Insert("u-1").Error!.Code, Is.EqualTo("DUPLICATE_DATA"));
    }

    [Test]
    public void A_value_freed_by_an_update_or_a_delete_can_be_taken_again()
    {
        var first = Insert("U-2").Id!.Value;
        var second = Insert("U-3").Id!.Value;

        _org.Writer.Update("Leads", SmallOrg.Records(new { External_Lead_Id = "U-2b" }), first.ToString());
        _org.Writer.Delete("Leads", [second.ToString()]);

        Assert.That(Insert("U-2").Succeeded, Is.True);
        Assert.That(Insert("U-3").Succeeded, Is.True);
        Assert.That(Insert("U-2B").Error!.Code, Is.EqualTo("DUPLICATE_DATA"));
    }

    [Test]
    public void Upsert_finds_the_record_after_its_duplicate_check_value_changed()
    {
        var lead = _org.Writer.Insert("Leads", SmallOrg.Records(new { Last_Name = "Mover", Email = "old@example.com" })).Results[0].Id!.Value;
        _org.Writer.Upsert("Leads", SmallOrg.Records(new { Last_Name = "Probe", Email = "old@example.com" }));
        _org.Writer.Update("Leads", SmallOrg.Records(new { Email = "new@example.com" }), lead.ToString());

        var matched = _org.Writer.Upsert("Leads", SmallOrg.Records(new { Last_Name = "Again", Email = "NEW@example.com" })).Results[0];
        var fresh = _org.Writer.Upsert("Leads", SmallOrg.Records(new { Last_Name = "Fresh", Email = "old@example.com" })).Results[0];

        Assert.That(matched.Action, Is.EqualTo("update"));
        Assert.That(matched.Id, Is.EqualTo(lead));
        Assert.That(fresh.Action, Is.EqualTo("insert"));
    }

    private ZohoCrm.Emulator.Domain.Records.RecordWriteResult Insert(string externalId) =>
        _org.Writer.Insert("Leads", SmallOrg.Records(new { Last_Name = "U", External_Lead_Id = externalId })).Results[0];
}

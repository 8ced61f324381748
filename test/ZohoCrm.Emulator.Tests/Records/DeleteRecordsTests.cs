using ZohoCrm.Emulator.Domain;
using ZohoCrm.Emulator.Domain.Errors;

namespace ZohoCrm.Emulator.Tests.Records;

public class DeleteRecordsTests
{
    private EmulatorDomain _org = null!;

    [SetUp]
    public void CreateOrg() => _org = SmallOrg.Create();

    [TearDown]
    public void DisposeOrg() => _org.Dispose();

    [Test]
    public void Delete_removes_the_record_and_reports_its_id()
    {
        var lead = _org.Records.Scan("Leads")[0].Id;

        var result = _org.Writer.Delete("Leads", [lead.ToString()]);

        Assert.That(result.HttpStatus, Is.EqualTo(200));
        Assert.That(result.ToJson().ToJsonString(), Is.EqualTo($$"""{"data":[{"code":"SUCCESS","details":{"id":"{{lead}}"},"message":"record deleted","status":"success"}]}"""));
        Assert.That(_org.Records.Find("Leads", lead), Is.Null);
        Assert.That(_org.Writer.IsDeleted(lead), Is.True);
    }

    [Test]
    public void Unknown_and_already_deleted_ids_fail_individually()
    {
        var lead = _org.Records.Scan("Leads")[0].Id;
        _org.Writer.Delete("Leads", [lead.ToString()]);
        var other = _org.Records.Scan("Leads")[0].Id;

        var result = _org.Writer.Delete("Leads", [other.ToString(), "6284150000099999999", lead.ToString(), other.ToString()]);

        Assert.That(result.HttpStatus, Is.EqualTo(207));
        Assert.That(result.Results.Select(r => r.Error?.Message), Is.EqualTo(new[]
        {
            null, "the id given seems to be invalid", "record not deleted", "record not deleted",
        }));
    }

    [Test]
    public void Missing_ids_and_too_many_ids_are_request_errors()
    {
        Assert.That(Assert.Throws<ZohoApiException>(() => _org.Writer.Delete("Leads", []))!.Code, Is.EqualTo("REQUIRED_PARAM_MISSING"));
        var many = Enumerable.Range(0, 101).Select(i => (6284150000000000000L + i).ToString()).ToList();
        Assert.That(Assert.Throws<ZohoApiException>(() => _org.Writer.Delete("Leads", many))!.Code, Is.EqualTo("LIMIT_EXCEEDED"));
    }

    [Test]
    public void Reset_brings_deleted_records_back_and_restarts_the_id_sequence()
    {
        var lead = _org.Records.Scan("Leads")[0].Id;
        _org.Writer.Delete("Leads", [lead.ToString()]);
        var inserted = _org.Writer.Insert("Leads", SmallOrg.Records(new { Last_Name = "X" })).Results[0].Id;

        _org.Reset();

        Assert.That(_org.Records.Find("Leads", lead), Is.Not.Null);
        Assert.That(_org.Writer.IsDeleted(lead), Is.False);
        Assert.That(_org.Writer.Insert("Leads", SmallOrg.Records(new { Last_Name = "Y" })).Results[0].Id, Is.EqualTo(inserted));
    }
}

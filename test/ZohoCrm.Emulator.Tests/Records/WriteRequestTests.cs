using ZohoCrm.Emulator.Domain.Errors;

namespace ZohoCrm.Emulator.Tests.Records;

public class WriteRequestTests
{
    [TestCase("{not json", "INVALID_DATA")]
    [TestCase("""{"data":[{"Last_Name":"A","Last_Name":"B"}]}""", "INVALID_DATA")]
    [TestCase("", "MANDATORY_NOT_FOUND")]
    [TestCase("{}", "MANDATORY_NOT_FOUND")]
    [TestCase("[1,2]", "INVALID_DATA")]
    [TestCase("""{"data":{"Last_Name":"A"}}""", "INVALID_DATA")]
    [TestCase("""{"data":[]}""", "INVALID_DATA")]
    [TestCase("""{"data":[{}],"duplicate_check_fields":"Email"}""", "INVALID_DATA")]
    public void Malformed_bodies_are_request_level_400s(string body, string code)
    {
        var error = Assert.Throws<ZohoApiException>(() => SmallOrg.Body(body))!;

        Assert.That(error.Code, Is.EqualTo(code));
        Assert.That(error.HttpStatus, Is.EqualTo(400));
    }

    [Test]
    public void Records_that_are_not_objects_fail_individually()
    {
        using var org = SmallOrg.Create();

        var result = org.Writer.Insert("Leads", SmallOrg.Body("""{"data":[42,{"Last_Name":"A"}]}"""));

        Assert.That(result.Results[0].Error!.Details["json_path"]!.GetValue<string>(), Is.EqualTo("$.data[0]"));
        Assert.That(result.Results[1].Succeeded, Is.True);
        Assert.That(result.HttpStatus, Is.EqualTo(207));
    }
}

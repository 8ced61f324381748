using ZohoCrm.Data.Coql;
using static ZohoCrm.Data.Tests.Coql.PlanTestHelpers;

namespace ZohoCrm.Data.Tests.Coql;

/// <summary>
/// ZohoCrmQueryPlanner.Check: the one judge of what Zoho can run, with structured reasons and the settings that
/// would allow the client to do the rest; Plan refuses with the same refusal.
/// </summary>
public class CoqlCapabilityCheckTests
{
    private static ZohoCrmCapabilityRefusal? Check(string where, ZohoCrmQueryPlannerOptions? options = null) =>
        Planner.Check("select Last_Name from Leads where " + where, TestSchema.Schema, null, options);

    [TestCase("Last_Name = 'x'")]
    [TestCase("Last_Name like 'x%' and No_of_Employees > 3")]
    [TestCase("UPPER(Last_Name) = 'X'")]
    public void What_Zoho_can_narrow_passes(string where) => Assert.That(Check(where), Is.Null);

    [TestCase("Last_Name > 'M'", "Last_Name")]
    [TestCase("Last_Name not like 'K%'", "NOT LIKE")]
    [TestCase("Company = Last_Name", "fields")]
    public void What_Zoho_cannot_do_is_refused_with_the_reason_and_the_settings_that_allow_it(string where, string reason)
    {
        var refusal = Check(where);
        Assert.That(refusal, Is.Not.Null);
        Assert.That(refusal!.Reasons, Has.Some.Contains(reason));
        Assert.That(refusal.AllowedBy, Is.EqualTo(ZohoCrmQuerySettings.ClientSideFilterLimit | ZohoCrmQuerySettings.UseServerSideFiltering));

        var planned = Assert.Throws<ZohoCrmQueryException>(() => Plan("select Last_Name from Leads where " + where));
        Assert.That(planned!.Refusal!.Reasons, Is.EqualTo(refusal.Reasons));
    }

    [Test]
    public void Either_setting_allows_the_client_side_work()
    {
        Assert.That(Check("Last_Name > 'M'", new ZohoCrmQueryPlannerOptions { ClientSideFilterLimit = 100 }), Is.Null);
        Assert.That(Check("Last_Name > 'M'", new ZohoCrmQueryPlannerOptions { UseServerSideFiltering = false }), Is.Null);
    }

    [Test]
    public void Aggregates_Zoho_lacks_are_judged_here_too()
    {
        var refusal = Planner.Check("select MAX(Created_Time) from Leads", TestSchema.Schema);
        Assert.That(refusal!.Reasons, Has.Some.Contains("MAX(Created_Time)"));
    }
}

using static ZohoCrm.Data.Tests.Coql.PlanTestHelpers;

namespace ZohoCrm.Data.Tests.Coql;

/// <summary>AND-ed bounds on one number, date or datetime field that leave no value between them need no call.</summary>
public class CoqlEmptyRangeTests
{
    [TestCase("No_of_Employees > 100 and No_of_Employees < 50")]
    [TestCase("No_of_Employees > 5 and No_of_Employees <= 5")]
    [TestCase("No_of_Employees = 1 and No_of_Employees = 2")]
    [TestCase("Annual_Revenue >= 10.5 and Company = 'a' and Annual_Revenue < 10.5")]
    [TestCase("Birth_Date between '2024-01-01' and '2024-12-31' and Birth_Date < '2023-06-01'")]
    [TestCase("Created_Time > '2024-01-01T10:00:00+02:00' and Created_Time < '2024-01-01T07:30:00Z'")]
    [TestCase("No_of_Employees < 2.5 and No_of_Employees > 2")]
    public void A_range_with_no_value_in_it_makes_no_call(string where)
    {
        var plan = Plan("select Last_Name from Leads where " + where);
        Assert.That(plan.Steps, Is.Empty, plan.Explain());
        Assert.That(plan.ProcessRows([]), Is.Empty);
    }

    [TestCase("No_of_Employees >= 5 and No_of_Employees <= 5", "No_of_Employees >= 5 and No_of_Employees <= 5")]
    [TestCase("No_of_Employees > 100 and Annual_Revenue < 50", "No_of_Employees > 100 and Annual_Revenue < 50")]
    [TestCase("(No_of_Employees > 100 or Company = 'a') and No_of_Employees < 50", "(No_of_Employees > 100 or Company = 'a') and No_of_Employees < 50")]
    [TestCase("Created_Time > '2024-01-01T10:00:00+02:00' and Created_Time < '2024-01-01T08:30:00+00:00'", "Created_Time > '2024-01-01T10:00:00+02:00' and Created_Time < '2024-01-01T08:30:00+00:00'")]
    public void A_range_that_can_hold_a_value_is_sent(string where, string sent)
    {
        Assert.That(Where(where), Is.EqualTo("(" + sent + ")"));
    }

    [Test]
    public void An_aggregate_over_an_empty_range_still_answers_its_row_without_a_call()
    {
        var plan = Plan("select COUNT(*) from Leads where No_of_Employees > 100 and No_of_Employees < 50");
        Assert.That(plan.Steps, Is.Empty);
        Assert.That(plan.ProcessRows([]).Single(), Is.EqualTo(new object?[] { 0L }));
    }
}

namespace ZohoCrm.Emulator.Tests.Coql;

/// <summary>COUNT, SUM, MIN, MAX, AVG with and without GROUP BY.</summary>
public class CoqlAggregateTests
{
    private QueryTestOrg _org = null!;

    [SetUp]
    public void Create() => _org = new QueryTestOrg();

    [Test]
    public void Group_by_returns_one_row_per_value_keyed_by_the_expression_text()
    {
        var body = _org.Query("select COUNT(Annual_Revenue), SUM(Annual_Revenue), Lead_Source from Leads where Annual_Revenue is not null group by Lead_Source")!;

        Assert.That(QueryTestOrg.Text(body), Is.EqualTo(
            """{"data":[{"COUNT(Annual_Revenue)":1,"SUM(Annual_Revenue)":10,"Lead_Source":null},""" +
            """{"COUNT(Annual_Revenue)":3,"SUM(Annual_Revenue)":450000,"Lead_Source":"Advertisement"},""" +
            """{"COUNT(Annual_Revenue)":2,"SUM(Annual_Revenue)":330000.5,"Lead_Source":"Trade Show"},""" +
            """{"COUNT(Annual_Revenue)":1,"SUM(Annual_Revenue)":1200000,"Lead_Source":"Web"}],""" +
            "\"info\":{\"count\":4,\"more_records\":false}}"));
    }

    [Test]
    public void Aggregates_without_group_by_return_one_row_without_id()
    {
        var row = _org.Rows("select MIN(No_of_Employees), MAX(Created_Time), AVG(No_of_Employees) as average, COUNT(Lead_Source) from Leads where id is not null").Single()!;

        Assert.That(QueryTestOrg.Text(row), Is.EqualTo(
            """{"MIN(No_of_Employees)":10,"MAX(Created_Time)":"2025-01-08T01:00:00+01:00","average":45,"COUNT(Lead_Source)":6}"""));
    }

    [Test]
    public void Groups_can_be_ordered_by_an_aggregate_and_paged()
    {
        var rows = _org.Rows("select Lead_Source, COUNT(No_of_Employees) from Leads where id is not null group by Lead_Source order by COUNT(No_of_Employees) desc limit 1");

        Assert.That(QueryTestOrg.Text(rows.Single()!), Is.EqualTo("""{"Lead_Source":"Advertisement","COUNT(No_of_Employees)":3}"""));
    }

    [Test]
    public void Group_by_a_lookup_renders_the_lookup()
    {
        var rows = _org.Rows("select Owner, COUNT(No_of_Employees) from Leads where id is not null group by Owner");

        Assert.That(rows.Select(r => r!["Owner"]!["name"]!.GetValue<string>()), Is.EqualTo(new[] { "Hart", "Reed" }));
    }
}

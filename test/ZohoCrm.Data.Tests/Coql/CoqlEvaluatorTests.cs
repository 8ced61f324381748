using ZohoCrm.Data.Coql;
using static ZohoCrm.Data.Tests.Coql.PlanTestHelpers;

namespace ZohoCrm.Data.Tests.Coql;

public class CoqlEvaluatorTests
{
    private static readonly ZohoCrmQueryPlannerOptions InProcess = new() { UseServerSideFiltering = false };

    private static bool Passes(string condition, params (string Path, object? Value)[] values) =>
        Plan("select id from Leads where " + condition, InProcess).ProcessRows([CoqlPlannerRoutingTests.Row(1, values)]).Any();

    [TestCase("Company LIKE 'ab%'", "ABC", true)]
    [TestCase("Company LIKE 'a_c'", "abc", true)]
    [TestCase("Company LIKE 'a_c'", "abbc", false)]
    [TestCase("Company LIKE '%b%'", "abc", true)]
    [TestCase("Company LIKE '%'", "", true)]
    [TestCase("Company LIKE 'a%c%e'", "abcde", true)]
    [TestCase("Company LIKE 'a%c%e'", "abcdef", false)]
    [TestCase("Company LIKE '50!%%' ESCAPE '!'", "50% off", true)]
    [TestCase("Company LIKE '50!%%' ESCAPE '!'", "500 off", false)]
    [TestCase("Company NOT LIKE '%x%'", "abc", true)]
    public void Like_matches_sql_wildcards_case_insensitively(string condition, string value, bool expected) =>
        Assert.That(Passes(condition, ("Company", value)), Is.EqualTo(expected));

    [TestCase("Company = 'a'")]
    [TestCase("Company != 'a'")]
    [TestCase("NOT (Company = 'a')")]
    [TestCase("Company IN ('a', 'b')")]
    [TestCase("Company NOT IN ('a', 'b')")]
    [TestCase("Company LIKE '%'")]
    [TestCase("No_of_Employees BETWEEN 1 AND 5")]
    [TestCase("No_of_Employees NOT BETWEEN 1 AND 5")]
    [TestCase("No_of_Employees < 5 OR NOT (No_of_Employees < 5)")]
    public void Null_values_never_pass_a_comparison_or_its_negation(string condition) =>
        Assert.That(Passes(condition, ("Company", null), ("No_of_Employees", null)), Is.False);

    [TestCase("Company IS NULL", true)]
    [TestCase("Company IS NOT NULL", false)]
    [TestCase("Company = 'a' OR Company IS NULL", true)]
    [TestCase("NOT (Company = 'a' AND No_of_Employees = 1)", true)]
    public void Null_checks_and_three_valued_logic(string condition, bool expected) =>
        Assert.That(Passes(condition, ("Company", null), ("No_of_Employees", 2)), Is.EqualTo(expected));

    [Test]
    public void Numbers_compare_by_value_whatever_their_clr_type()
    {
        Assert.That(Passes("No_of_Employees = 5", ("No_of_Employees", 5)));
        Assert.That(Passes("Annual_Revenue = 5", ("Annual_Revenue", 5.0m)));
        Assert.That(Passes("Annual_Revenue > 4.99", ("Annual_Revenue", 5m)));
    }

    [Test]
    public void Datetimes_compare_as_instants_across_offsets() =>
        Assert.That(Passes("Created_Time = '2024-01-01T10:00:00+02:00'", ("Created_Time", new DateTimeOffset(2024, 1, 1, 8, 0, 0, TimeSpan.Zero))));

    [Test]
    public void Lookups_compare_by_id() =>
        Assert.That(Passes("Account_Name IN ('5725767000003464060', '1')", ("Account_Name", 5725767000003464060L)));

    [Test]
    public void Client_functions_evaluate_in_process()
    {
        Assert.That(Passes("LOWER(Company) = 'abc'", ("Company", "AbC")));
        Assert.That(Passes("LENGTH(TRIM(Company)) = 3", ("Company", " abc ")));
    }

    [Test]
    public void Order_puts_nulls_first_ascending_and_last_descending()
    {
        var rows = new[]
        {
            CoqlPlannerRoutingTests.Row(1, ("No_of_Employees", 5)), CoqlPlannerRoutingTests.Row(2, ("No_of_Employees", null)),
            CoqlPlannerRoutingTests.Row(3, ("No_of_Employees", 1)),
        };
        Assert.That(Plan("select id from Leads order by No_of_Employees", InProcess).ProcessRows(rows).Select(r => r[0]), Is.EqualTo(new object[] { 2L, 3L, 1L }));
        Assert.That(Plan("select id from Leads order by No_of_Employees desc", InProcess).ProcessRows(rows).Select(r => r[0]), Is.EqualTo(new object[] { 1L, 3L, 2L }));
    }

    [Test]
    public void Processing_is_lazy_so_a_reader_stops_fetching_once_it_has_its_rows()
    {
        var pulled = 0;
        IEnumerable<IZohoCrmRow> Rows()
        {
            for (var i = 1; ; i++)
            {
                pulled++;
                yield return CoqlPlannerRoutingTests.Row(i, ("Company", i % 2 == 0 ? "50% off" : "500"));
            }
        }

        var plan = Plan("select id from Leads where Company like @p escape '\\' limit 3", ("p", "50\\%%"));
        Assert.That(plan.ProcessRows(Rows()).Select(r => r[0]), Is.EqualTo(new object[] { 2L, 4L, 6L }));
        Assert.That(pulled, Is.EqualTo(6));
    }
}

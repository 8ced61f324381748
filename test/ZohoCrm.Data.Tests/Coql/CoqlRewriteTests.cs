using ZohoCrm.Data.Coql;
using static ZohoCrm.Data.Tests.Coql.PlanTestHelpers;

namespace ZohoCrm.Data.Tests.Coql;

public class CoqlRewriteTests
{
    [Test]
    public void A_query_without_where_gets_id_is_not_null() =>
        Assert.That(FirstCoql("SELECT Last_Name, Company FROM Leads LIMIT 10"), Is.EqualTo("select Last_Name, Company from Leads where id is not null limit 10"));

    [TestCase("Last_Name = 'Boyle'", "Last_Name = 'Boyle'")]
    [TestCase("Last_Name <> 'Boyle'", "(Last_Name != 'Boyle' and Last_Name is not null)")]
    [TestCase("Last_Name = 'O''Brien'", "Last_Name = 'O''Brien'")]
    [TestCase("No_of_Employees >= 10", "No_of_Employees >= 10")]
    [TestCase("Big_Number = 12345678901234", "Big_Number = 12345678901234")]
    [TestCase("Annual_Revenue < 1000.50", "Annual_Revenue < 1000.50")]
    [TestCase("Email_Opt_Out = TRUE", "Email_Opt_Out = 'true'")]
    [TestCase("Email_Opt_Out", "Email_Opt_Out = 'true'")]
    [TestCase("NOT Email_Opt_Out", "Email_Opt_Out = 'false'")]
    [TestCase("Email_Opt_Out != false", "Email_Opt_Out = 'true'")]
    [TestCase("Birth_Date = '2024-02-29'", "Birth_Date = '2024-02-29'")]
    [TestCase("Created_Time > '2023-05-28T04:25:36-07:00'", "Created_Time > '2023-05-28T04:25:36-07:00'")]
    [TestCase("Account_Name = '5725767000003464060'", "Account_Name = '5725767000003464060'")]
    [TestCase("Account_Name = 5725767000003464060", "Account_Name = '5725767000003464060'")]
    [TestCase("id = 5725767000003464060", "id = '5725767000003464060'")]
    [TestCase("Owner.email = 'p@x.com'", "Owner.email = 'p@x.com'")]
    [TestCase("Account_Name.Parent_Account.Account_Name = 'Zylker'", "Account_Name.Parent_Account.Account_Name = 'Zylker'")]
    [TestCase("Lead_Status = 'Hot'", "Lead_Status = 'Hot'")]
    [TestCase("\"Order\" = 'x'", "'Order' = 'x'")]
    [TestCase("Company IS NULL", "Company is null")]
    [TestCase("NOT Company IS NULL", "Company is not null")]
    [TestCase("10 < No_of_Employees", "No_of_Employees > 10")]
    public void Predicates_and_literals_are_written_in_zohos_form(string condition, string expected) =>
        Assert.That(Where(condition), Is.EqualTo(expected));

    [TestCase("Lead_Status IN ('Hot', 'Warm')", "Lead_Status in ('Hot', 'Warm')")]
    [TestCase("Lead_Status NOT IN ('Hot', 'Warm')", "(Lead_Status not in ('Hot', 'Warm') and Lead_Status is not null)")]
    [TestCase("Lead_Status IN ('Hot')", "Lead_Status = 'Hot'")]
    [TestCase("No_of_Employees BETWEEN 1 AND 10", "No_of_Employees between 1 and 10")]
    [TestCase("No_of_Employees NOT BETWEEN 1 AND 10", "(No_of_Employees not between 1 and 10 and No_of_Employees is not null)")]
    [TestCase("Company LIKE 'Zyl%'", "Company like 'Zyl%'")]
    [TestCase("Company LIKE '%ker'", "Company like '%ker'")]
    [TestCase("Company LIKE '%yl%'", "Company like '%yl%'")]
    [TestCase("Company LIKE 'Zylker'", "Company = 'Zylker'")]
    [TestCase("Company LIKE '%'", "Company is not null")]
    [TestCase("Company NOT LIKE '%yl%'", "(Company not like '%yl%' and Company is not null)")]
    [TestCase("Company NOT LIKE '%'", "Company is null")]
    [TestCase("Email_Opt_Out IN (TRUE, FALSE)", "(Email_Opt_Out = 'true' or Email_Opt_Out = 'false')")]
    [TestCase("Email_Opt_Out NOT IN (TRUE)", "Email_Opt_Out = 'false'")]
    public void In_between_like_and_null_checks_are_written_in_zohos_form(string condition, string expected) =>
        Assert.That(Where(condition), Is.EqualTo(expected));

    [TestCase("NOT (Company = 'a' AND No_of_Employees > 5)", "((Company != 'a' and Company is not null) or No_of_Employees <= 5)")]
    [TestCase("NOT (Company = 'a' OR No_of_Employees > 5)", "((Company != 'a' and Company is not null) and No_of_Employees <= 5)")]
    [TestCase("NOT NOT Company = 'a'", "Company = 'a'")]
    [TestCase("NOT No_of_Employees < 5", "No_of_Employees >= 5")]
    [TestCase("NOT No_of_Employees IN (1, 2)", "(No_of_Employees not in (1, 2) and No_of_Employees is not null)")]
    [TestCase("NOT (No_of_Employees BETWEEN 1 AND 2)", "(No_of_Employees not between 1 and 2 and No_of_Employees is not null)")]
    [TestCase("NOT Company LIKE '%a%'", "(Company not like '%a%' and Company is not null)")]
    public void Not_is_pushed_into_the_operators(string condition, string expected) =>
        Assert.That(Where(condition), Is.EqualTo(expected));

    [Test]
    public void Every_and_or_is_binary_and_parenthesised()
    {
        Assert.That(Where("a1 = 1 and b = 2 and c = 3".Replace("a1", "No_of_Employees").Replace("b =", "Rating_Score =").Replace("c =", "Annual_Revenue =")),
            Is.EqualTo("((No_of_Employees = 1 and Rating_Score = 2) and Annual_Revenue = 3)"));
        Assert.That(Where("Company = 'a' or Company = 'b' or Company = 'c' or Company = 'd'"),
            Is.EqualTo("((Company = 'a' or Company = 'b') or (Company = 'c' or Company = 'd'))"));
        Assert.That(Where("(Company = 'a' or Company = 'b') and (No_of_Employees = 1 or No_of_Employees = 2) and Lead_Status = 'Hot'"),
            Is.EqualTo("(((Company = 'a' or Company = 'b') and (No_of_Employees = 1 or No_of_Employees = 2)) and Lead_Status = 'Hot')"));
    }

    [Test]
    public void Deep_nesting_stays_binary_at_every_level()
    {
        var condition = string.Join(" and ", Enumerable.Range(1, 8).Select(i => "No_of_Employees != " + i));
        var text = Where("Company = 'x' or (" + condition + ")");
        Assert.That(IsBinaryEverywhere(text), text);
        Assert.That(text.Count(c => c == '('), Is.EqualTo(text.Count(c => c == ')')));
        Assert.That(CountCriteria(text), Is.EqualTo(10), text);
    }

    [Test]
    public void In_lists_over_100_values_are_split_into_an_or_of_ins()
    {
        var ids = Enumerable.Range(1, 250).ToArray();
        var text = Where("No_of_Employees IN @ids", ("ids", ids));
        Assert.That(text, Does.StartWith("((No_of_Employees in (1, 2, ").And.Contain("100) or No_of_Employees in (101, ").And.Contain(" or No_of_Employees in (201, "));
        Assert.That(text.Split(" in (").Length - 1, Is.EqualTo(3));
        var negated = Where("No_of_Employees NOT IN @ids", ("ids", ids));
        Assert.That(negated.Split(" not in (").Length - 1, Is.EqualTo(3));
        Assert.That(negated, Does.Contain(") and No_of_Employees not in (").And.Contain("No_of_Employees is not null"));
    }

    [Test]
    public void In_lists_drop_nulls_and_duplicates()
    {
        Assert.That(Where("Company IN ('a', NULL, 'a', 'b')"), Is.EqualTo("Company in ('a', 'b')"));
        Assert.That(Plan("select Last_Name from Leads where Company NOT IN ('a', NULL)").Steps, Is.Empty, "NOT IN with a NULL never holds");
    }

    [TestCase("No_of_Employees > 2.5", "No_of_Employees >= 3")]
    [TestCase("No_of_Employees < 2.5", "No_of_Employees <= 2")]
    [TestCase("No_of_Employees != 2.5", "No_of_Employees is not null")]
    [TestCase("No_of_Employees BETWEEN 1.5 AND 4.5", "No_of_Employees between 2 and 4")]
    [TestCase("Created_Time >= '2024-01-01T10:00:00.500+00:00'", "Created_Time >= '2024-01-01T10:00:01+00:00'")]
    [TestCase("Created_Time <= '2024-01-01T10:00:00.500+05:30'", "Created_Time <= '2024-01-01T10:00:00+05:30'")]
    public void Values_a_field_cannot_hold_become_exact_comparisons(string condition, string expected) =>
        Assert.That(Where(condition), Is.EqualTo(expected));

    [Test]
    public void Datetime_parameters_keep_their_offset_and_lose_no_whole_seconds()
    {
        Assert.That(Where("Created_Time > @t", ("t", new DateTimeOffset(2023, 5, 28, 4, 25, 36, TimeSpan.FromHours(-7)))),
            Is.EqualTo("Created_Time > '2023-05-28T04:25:36-07:00'"));
        Assert.That(Where("Created_Time > @t", ("t", new DateTime(2023, 5, 28, 4, 25, 36, DateTimeKind.Utc))),
            Is.EqualTo("Created_Time > '2023-05-28T04:25:36+00:00'"));
        Assert.That(Where("Birth_Date >= @d", ("d", new DateOnly(2001, 9, 9))), Is.EqualTo("Birth_Date >= '2001-09-09'"));
        Assert.That(Where("Birth_Date > @d", ("d", new DateTime(2001, 9, 9, 12, 0, 0))), Is.EqualTo("Birth_Date >= '2001-09-10'"));
    }

    [Test]
    public void Constant_conditions_fold()
    {
        Assert.That(Where("1 = 1 AND Company = 'a'"), Is.EqualTo("Company = 'a'"));
        Assert.That(Plan("select Last_Name from Leads where 1 = 0").Steps, Is.Empty);
        Assert.That(Plan("select Last_Name from Leads where Company = NULL").Steps, Is.Empty, "= NULL is never true");
        Assert.That(Plan("select Last_Name from Leads where No_of_Employees = 2.5").Steps, Is.Empty);
        Assert.That(Where("Company = 'a' OR 1 = 0"), Is.EqualTo("Company = 'a'"));
    }

    [Test]
    public void Aliases_are_not_sent_to_zoho_and_duplicate_columns_are_sent_once()
    {
        var plan = Plan("select Last_Name as Name, Last_Name, Company as 'Firm name' from Leads limit 5");
        Assert.That(((ZohoCrmCoqlStep)plan.Steps[0]).FirstQuery, Is.EqualTo("select Last_Name, Company from Leads where id is not null limit 5"));
        Assert.That(plan.Columns.Select(c => c.Name), Is.EqualTo(new[] { "Name", "Last_Name", "Firm name" }));
    }

    [Test]
    public void Reserved_word_fields_are_quoted() =>
        Assert.That(FirstCoql("select \"Order\" from Leads where \"Order\" = 'x' order by \"Order\" limit 5"),
            Is.EqualTo("select 'Order' from Leads where 'Order' = 'x' order by 'Order' asc limit 5"));

    [Test]
    public void Repeated_order_and_group_columns_are_sent_once()
    {
        Assert.That(FirstCoql("select Last_Name from Leads order by Last_Name, last_name desc, Company limit 5"),
            Is.EqualTo("select Last_Name, Company from Leads where id is not null order by Last_Name asc, Company asc limit 5"));
        Assert.That(FirstCoql("select Lead_Status, COUNT(*) from Leads group by Lead_Status, lead_status"),
            Is.EqualTo("select Lead_Status, COUNT(id) from Leads where id is not null group by Lead_Status limit 2000"));
    }

    [Test]
    public void Select_lists_lookup_paths_and_aggregates_as_zoho_keys_them()
    {
        var plan = Plan("select Account_Name, Account_Name.Account_Name, Owner.email, MAX(No_of_Employees) as biggest from Leads " +
                        "group by Account_Name, Account_Name.Account_Name, Owner.email limit 10");
        Assert.That(((ZohoCrmCoqlStep)plan.Steps.Single()).FirstQuery,
            Is.EqualTo("select Account_Name, Account_Name.Account_Name, Owner.email, MAX(No_of_Employees) from Leads where id is not null " +
                        "group by Account_Name, Account_Name.Account_Name, Owner.email limit 10"));
        Assert.That(plan.Columns.Select(c => (c.Name, c.ClrType)), Is.EqualTo(new[]
        {
            ("Account_Name", typeof(long)), ("Account_Name.Account_Name", typeof(string)), ("Owner.email", typeof(string)), ("biggest", typeof(long)),
        }));
    }

    /// <summary>No parenthesis group (outside quotes) holds more than one and/or.</summary>
    internal static bool IsBinaryEverywhere(string where)
    {
        var connectives = new Stack<int>();
        connectives.Push(0);
        var inQuote = false;
        for (var i = 0; i < where.Length; i++)
        {
            var c = where[i];
            if (c == '\'') { inQuote = !inQuote; continue; }
            if (inQuote) continue;
            if (c == '(') connectives.Push(0);
            else if (c == ')') connectives.Pop();
            else if (where.AsSpan(i).StartsWith(" and ") || where.AsSpan(i).StartsWith(" or "))
            {
                var count = connectives.Pop() + 1;
                if (count > 1) return false;
                connectives.Push(count);
            }
        }

        return true;
    }

    internal static int CountCriteria(string where) =>
        System.Text.RegularExpressions.Regex.Matches(where,
            @" (=|!=|<|<=|>|>=) | (not )?in \(| (not )?like '| (not )?between | is (not )?null").Count;
}

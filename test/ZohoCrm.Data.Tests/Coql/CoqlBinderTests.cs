using ZohoCrm.Data.Coql.Binding;
using ZohoCrm.Data.Coql.Parsing;
using ZohoCrm.Data.Coql.Syntax;

namespace ZohoCrm.Data.Tests.Coql;

public class CoqlBinderTests
{
    private static CoqlBoundQuery Bind(string text, params (string Name, object? Value)[] parameters) =>
        CoqlBinder.Bind(CoqlParser.Parse(text), TestSchema.Schema, parameters.ToDictionary(p => p.Name, p => p.Value));

    private static object? RightValue(string text, params (string, object?)[] parameters) =>
        ((CoqlLiteral)((CoqlComparison)Bind(text, parameters).Where!).Right).Value;

    [Test]
    public void Names_resolve_case_insensitively_to_the_metadata_spelling()
    {
        var query = Bind("select last_name, account_name.parent_account.account_name from leads");
        Assert.That(query.Module.ApiName, Is.EqualTo("Leads"));
        Assert.That(query.Outputs.Select(o => ((CoqlColumn)o.Expression).ApiPath),
            Is.EqualTo(new[] { "Last_Name", "Account_Name.Parent_Account.Account_Name" }));
    }

    [Test]
    public void Owner_paths_reach_user_fields_without_users_metadata()
    {
        var column = (CoqlColumn)Bind("select Owner.email, Owner.role.name from Leads").Outputs[0].Expression;
        Assert.That(column.ApiPath, Is.EqualTo("Owner.email"));
        Assert.That(column.Binding!.JoinPrefix, Is.EqualTo("Owner"));
    }

    [TestCase("select Last_Nme from Leads", "no field 'Last_Nme'", "Did you mean 'Last_Name'?")]
    [TestCase("select id from Lead", "module 'Lead' does not exist", "Did you mean 'Leads'?")]
    [TestCase("select Account_Name.Industri from Leads", "'Accounts' has no field 'Industri'", "Did you mean 'Industry'?")]
    [TestCase("select Company.Name from Leads", "'Company' of module 'Leads' is not a lookup", "")]
    [TestCase("select Account_Name.Parent_Account.Parent_Account.Account_Name from Leads", "more than two lookups", "")]
    [TestCase("select Attachments_Field from Leads", "cannot read", "")]
    [TestCase("select id from Leads where Company = @missing", "no value was given", "@missing")]
    [TestCase("select id from Leads where COUNT(id) > 1", "cannot be used in WHERE", "")]
    [TestCase("select SUM(Last_Name) from Leads", "needs a number field", "")]
    [TestCase("select Last_Name, COUNT(*) from Leads", "not in GROUP BY", "Last_Name")]
    [TestCase("select id from Leads where SOUNDEX(Last_Name) = 'x'", "SOUNDEX is not supported", "")]
    [TestCase("select id from Leads where No_of_Employees = 'many'", "cannot be compared with field 'No_of_Employees'", "whole number")]
    [TestCase("select id from Leads where Account_Name = 'abc'", "record id", "")]
    [TestCase("select id from Leads order by 3", "has 1 columns", "")]
    [TestCase("select id from Leads limit -1", "whole number", "")]
    public void Bad_names_and_values_are_errors_that_say_what_to_do(string text, string fragment, string secondFragment)
    {
        var error = Assert.Throws<ZohoCrmQueryException>(() => Bind(text));
        Assert.That(error!.Message, Does.Contain(fragment).And.Contain(secondFragment));
    }

    [Test]
    public void A_type_mismatch_does_not_echo_the_parameter_value()
    {
        var error = Assert.Throws<ZohoCrmQueryException>(() => Bind("select id from Leads where Birth_Date = @d", ("d", "secret-value")));
        Assert.That(error!.Message, Does.Contain("@d").And.Not.Contain("secret-value"));
    }

    [Test]
    public void Parameters_become_literals_of_the_field_type()
    {
        Assert.That(RightValue("select id from Leads where No_of_Employees = @n", ("@n", 5)), Is.EqualTo(5L));
        Assert.That(RightValue("select id from Leads where Annual_Revenue = @n", ("n", 5.25)), Is.EqualTo(5.25m));
        Assert.That(RightValue("select id from Leads where Birth_Date = @d", ("d", new DateTime(2024, 2, 29))), Is.EqualTo(new DateOnly(2024, 2, 29)));
        Assert.That(RightValue("select id from Leads where Birth_Date = '2024-02-29'"), Is.EqualTo(new DateOnly(2024, 2, 29)));
        Assert.That(RightValue("select id from Leads where Created_Time = @t", ("t", new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc))),
            Is.EqualTo(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero)));
        Assert.That(RightValue("select id from Leads where Account_Name = @a", ("a", "5725767000003464060")), Is.EqualTo(5725767000003464060L));
        Assert.That(RightValue("select id from Leads where Email_Opt_Out = @b", ("b", "true")), Is.EqualTo(true));
        Assert.That(RightValue("select id from Leads where Lead_Status = @s", ("s", DayOfWeek.Monday)), Is.EqualTo("Monday"));
        Assert.That(RightValue("select id from Leads where Company = @c", ("c", DBNull.Value)), Is.Null);
        Assert.That(RightValue("select id from Leads where Languages = @l", ("l", new[] { "English", "German" })), Is.EqualTo(new[] { "English", "German" }));
    }

    [Test]
    public void A_literal_on_the_left_is_moved_to_the_right()
    {
        var comparison = (CoqlComparison)Bind("select id from Leads where 5 < No_of_Employees").Where!;
        Assert.That(((CoqlColumn)comparison.Left).ApiPath, Is.EqualTo("No_of_Employees"));
        Assert.That(comparison.Operator, Is.EqualTo(CoqlComparisonOperator.Greater));
    }

    [Test]
    public void A_list_parameter_expands_into_the_in_list()
    {
        var @in = (CoqlIn)Bind("select id from Leads where No_of_Employees in @ids", ("ids", new[] { 1, 2, 3 })).Where!;
        Assert.That(@in.Values.Select(v => ((CoqlLiteral)v).Value), Is.EqualTo(new object[] { 1L, 2L, 3L }));
        var mixed = (CoqlIn)Bind("select id from Leads where No_of_Employees in (@ids, 9)", ("ids", new List<long> { 1, 2 })).Where!;
        Assert.That(mixed.Values, Has.Count.EqualTo(3));
    }

    [Test]
    public void Order_by_resolves_aliases_and_positions()
    {
        var query = Bind("select Last_Name as n, COUNT(*) as c from Leads group by Last_Name order by c desc, 1");
        Assert.That(query.OrderBy[0].Expression, Is.TypeOf<CoqlAggregate>());
        Assert.That(((CoqlColumn)query.OrderBy[1].Expression).ApiPath, Is.EqualTo("Last_Name"));
    }

    [Test]
    public void Select_star_lists_every_readable_field()
    {
        var names = Bind("select * from Leads").Outputs.Select(o => o.Name).ToList();
        Assert.That(names[0], Is.EqualTo("id"));
        Assert.That(names, Does.Contain("Description").And.Not.Contain("Attachments_Field"));
    }

    [Test]
    public void Limit_and_offset_take_parameter_values()
    {
        var query = Bind("select id from Leads limit @take offset @skip", ("take", 10), ("skip", 20L));
        Assert.That((query.Limit, query.Offset), Is.EqualTo(((long?)10, 20L)));
    }
}

using ZohoCrm.Data.Coql.Parsing;
using ZohoCrm.Data.Coql.Syntax;

namespace ZohoCrm.Data.Tests.Coql;

public class CoqlParserTests
{
    [Test]
    public void Parses_every_clause_of_the_dialect()
    {
        var statement = CoqlParser.Parse(
            "SELECT Last_Name, Account_Name.Parent_Account.Account_Name AS Parent, COUNT(*) FROM Leads " +
            "WHERE Company = @company GROUP BY Last_Name ORDER BY Last_Name DESC, id LIMIT 10 OFFSET 20");

        Assert.That(statement.Select.Select(s => s.Alias), Is.EqualTo(new string?[] { null, "Parent", null }));
        Assert.That(((CoqlColumn)statement.Select[1].Expression).Path, Is.EqualTo("Account_Name.Parent_Account.Account_Name"));
        Assert.That(statement.Select[2].Expression, Is.EqualTo(new CoqlAggregate(CoqlAggregateFunction.Count, null)).Using<CoqlExpression>((a, b) => a is CoqlAggregate x && b is CoqlAggregate y && x.Function == y.Function && x.Argument == y.Argument));
        Assert.That(statement.Module, Is.EqualTo("Leads"));
        Assert.That(statement.GroupBy.Single().Path, Is.EqualTo("Last_Name"));
        Assert.That(statement.OrderBy.Select(o => o.Descending), Is.EqualTo(new[] { true, false }));
        Assert.That(((CoqlLiteral)statement.Limit!).Value, Is.EqualTo(10L));
        Assert.That(((CoqlLiteral)statement.Offset!).Value, Is.EqualTo(20L));
        Assert.That(statement.ParameterNames, Is.EquivalentTo(new[] { "company" }));
    }

    [Test]
    public void Mysql_limit_form_reads_offset_first()
    {
        var statement = CoqlParser.Parse("select id from Leads limit 400, 200");
        Assert.That(((CoqlLiteral)statement.Limit!).Value, Is.EqualTo(200L));
        Assert.That(((CoqlLiteral)statement.Offset!).Value, Is.EqualTo(400L));
    }

    [Test]
    public void Limit_and_offset_may_be_parameters()
    {
        var statement = CoqlParser.Parse("select id from Leads limit @take offset @skip");
        Assert.That(statement.Limit, Is.TypeOf<CoqlParameter>());
        Assert.That(statement.ParameterNames, Is.EquivalentTo(new[] { "take", "skip" }));
    }

    [Test]
    public void And_binds_tighter_than_or_and_not_tighter_than_and()
    {
        var where = CoqlParser.Parse("select id from Leads where a = 1 or not b = 2 and c = 3").Where;
        var or = (CoqlOr)where!;
        Assert.That(or.Operands, Has.Count.EqualTo(2));
        var and = (CoqlAnd)or.Operands[1];
        Assert.That(and.Operands[0], Is.TypeOf<CoqlNot>());
        Assert.That(and.Operands[1], Is.TypeOf<CoqlComparison>());
    }

    [Test]
    public void Parentheses_group_conditions()
    {
        var where = CoqlParser.Parse("select id from Leads where (a = 1 or b = 2) and c = 3").Where;
        Assert.That(((CoqlAnd)where!).Operands[0], Is.TypeOf<CoqlOr>());
    }

    [TestCase("select id from Leads where Last_Name = 'O''Brien'", "O'Brien")]
    [TestCase("select id from Leads where Last_Name = 'back\\slash'", "back\\slash")]
    [TestCase("select id from Leads where Last_Name = ''", "")]
    [TestCase("select id from Leads where Last_Name = 'line\nbreak'", "line\nbreak")]
    public void String_literals_double_their_quotes(string text, string expected)
    {
        var comparison = (CoqlComparison)CoqlParser.Parse(text).Where!;
        Assert.That(((CoqlLiteral)comparison.Right).Value, Is.EqualTo(expected));
    }

    [TestCase("a = 5", 5L)]
    [TestCase("a = -5", -5L)]
    [TestCase("a = 2.50", 2.50)]
    [TestCase("a = TRUE", true)]
    [TestCase("a = false", false)]
    public void Literals_have_their_types(string condition, object expected)
    {
        var comparison = (CoqlComparison)CoqlParser.Parse("select id from Leads where " + condition).Where!;
        var value = ((CoqlLiteral)comparison.Right).Value;
        Assert.That(value, Is.EqualTo(expected is double d ? (decimal)d : expected));
    }

    [TestCase("a <> 1", "NotEqual")]
    [TestCase("a != 1", "NotEqual")]
    [TestCase("a <= 1", "LessOrEqual")]
    [TestCase("a >= 1", "GreaterOrEqual")]
    [TestCase("a < 1", "Less")]
    [TestCase("a > 1", "Greater")]
    public void Comparison_operators(string condition, string expected) =>
        Assert.That(((CoqlComparison)CoqlParser.Parse("select id from Leads where " + condition).Where!).Operator.ToString(), Is.EqualTo(expected));

    [Test]
    public void Negated_forms_of_in_between_like_and_is_null()
    {
        var and = (CoqlAnd)CoqlParser.Parse(
            "select id from Leads where a not in (1, 2) and b not between 1 and 5 and c not like 'x%' escape '\\' and d is not null").Where!;
        Assert.That(((CoqlIn)and.Operands[0]).Negated);
        Assert.That(((CoqlIn)and.Operands[0]).Values, Has.Count.EqualTo(2));
        Assert.That(((CoqlBetween)and.Operands[1]).Negated);
        Assert.That(((CoqlLike)and.Operands[2]).Negated);
        Assert.That(((CoqlLike)and.Operands[2]).Escape, Is.Not.Null);
        Assert.That(((CoqlIsNull)and.Operands[3]).Negated);
    }

    [Test]
    public void A_bare_boolean_field_is_a_predicate()
    {
        var comparison = (CoqlComparison)CoqlParser.Parse("select id from Leads where Email_Opt_Out").Where!;
        Assert.That(comparison.Right, Is.EqualTo(CoqlLiteral.True).Using<CoqlExpression>((a, b) => ((CoqlLiteral)a).Value!.Equals(((CoqlLiteral)b).Value)));
    }

    [Test]
    public void Delimited_names_allow_reserved_words()
    {
        var statement = CoqlParser.Parse("select \"Order\", [Select].x from \"Limit\"");
        Assert.That(statement.Module, Is.EqualTo("Limit"));
        Assert.That(((CoqlColumn)statement.Select[0].Expression).Path, Is.EqualTo("Order"));
        Assert.That(((CoqlColumn)statement.Select[1].Expression).Path, Is.EqualTo("Select.x"));
    }

    [Test]
    public void Comments_and_a_trailing_semicolon_are_ignored()
    {
        var statement = CoqlParser.Parse("select id -- ids only\nfrom /* the module */ Leads;");
        Assert.That(statement.Module, Is.EqualTo("Leads"));
    }

    [Test]
    public void Select_star_reads_every_field() => Assert.That(CoqlParser.Parse("SELECT * FROM Leads").SelectAll);

    [TestCase("", "empty")]
    [TestCase("merge into Leads", "not a statement of the dialect")]
    [TestCase("select from Leads", "SELECT list is empty")]
    [TestCase("select id Leads", "FROM")]
    [TestCase("select id from", "module API name")]
    [TestCase("select id from Leads where", "ends too early")]
    [TestCase("select id from Leads where a = 'open", "no closing quote")]
    [TestCase("select id from Leads where a =", "ends too early")]
    [TestCase("select id from Leads where (a = 1", "Expected ')'")]
    [TestCase("select id from Leads where a + 1 = 2", "no arithmetic")]
    [TestCase("select id from Leads where a in (select id from Accounts)", "Subqueries")]
    [TestCase("select id from Leads, Accounts", "no joins")]
    [TestCase("select id from Leads l join Accounts a", "no joins")]
    [TestCase("select distinct id from Leads", "GROUP BY")]
    [TestCase("select id from Leads group by a having count(*) > 1", "HAVING")]
    [TestCase("select id from Leads limit 'x'", "whole number")]
    [TestCase("select id from Leads limit 10 union select id from Leads", "set operations")]
    [TestCase("select id from Leads where a not = 1", "after NOT")]
    [TestCase("select id from Leads where a is 5", "NOT NULL")]
    [TestCase("select order from Leads", "reserved word")]
    [TestCase("select id from Leads where a = 1 order id", "Expected BY after ORDER")]
    [TestCase("select id from Leads where a = 1 limit 5 where b = 1", "Unexpected")]
    [TestCase("select id from Leads l where l.a = 1", "aliases")]
    [TestCase("select id from Leads where a = #", "not part of the COQL dialect")]
    [TestCase("select id as '' from Leads", "alias cannot be empty")]
    public void Syntax_errors_say_what_to_write(string text, string expectedFragment)
    {
        var error = Assert.Throws<ZohoCrmQueryException>(() => CoqlParser.Parse(text));
        Assert.That(error!.Message, Does.Contain(expectedFragment));
    }

    [Test]
    public void Syntax_errors_carry_the_position()
    {
        var error = Assert.Throws<ZohoCrmQueryException>(() => CoqlParser.Parse("select id\nfrom Leads\nwhere a = = 1"));
        Assert.That(error!.Position, Is.EqualTo(31));
        Assert.That(error.Message, Does.Contain("line 3, column 11"));
    }

    [Test]
    public void The_cache_parses_each_distinct_text_once()
    {
        var cache = new CoqlStatementCache(capacity: 4);
        var first = cache.GetOrParse("select id from Leads");
        Assert.That(cache.GetOrParse("select id from Leads"), Is.SameAs(first));
        for (var i = 0; i < 10; i++) cache.GetOrParse("select id from Leads limit " + (i + 1));
        Assert.That(cache.Count, Is.LessThanOrEqualTo(4));
    }

    [Test]
    public void The_cache_is_safe_across_threads()
    {
        var cache = new CoqlStatementCache(capacity: 64);
        Parallel.For(0, 2000, i => Assert.That(cache.GetOrParse("select id from Leads limit " + (i % 100 + 1)).Module, Is.EqualTo("Leads")));
        Assert.That(cache.Count, Is.LessThanOrEqualTo(64));
    }
}

using ZohoCrm.Data.Coql;
using ZohoCrm.Data.Coql.Parsing;
using ZohoCrm.Data.Coql.Search;
using ZohoCrm.Data.Coql.Syntax;
using static ZohoCrm.Data.Tests.Coql.PlanTestHelpers;

namespace ZohoCrm.Data.Tests.Coql;

public class CoqlHostileValueTests
{
    public static readonly string[] HostileValues =
    [
        "O'Brien",
        "' or id is not null",
        "') or (id is not null",
        "'' or ''='",
        "x'; select id from Users --",
        "a) or (b",
        "100%",
        "under_score",
        "back\\slash",
        "trailing\\",
        "\\' or id is not null or '\\",
        "line\nbreak\r\n",
        "tab\there",
        "unicode ✓ ümlaut 日本語 🙂",
        "\"double\" quotes",
        "semi;colon, comma",
        "limit 1",
        "%' or '%'='",
        new string('x', 20_000),
        new string('\'', 50),
    ];

    public static readonly string[] Shapes =
    [
        "Company = @v",
        "Company != @v",
        "Company IN (@v, 'plain')",
        "Company NOT IN (@v, 'plain')",
        "Company LIKE @v",
        "Company NOT LIKE @v",
        "(Company = @v OR Last_Name = @v) AND No_of_Employees > 1",
    ];

    /// <summary>The same value with every character that could matter to the structure replaced by 'a'.</summary>
    private static string Benign(string value) => new(value.Select(c => c is '\\' or '%' or '_' ? c : 'a').ToArray());

    /// <summary>The token stream of Zoho COQL with the contents of text literals hidden.</summary>
    private static string Skeleton(string coql) => string.Join(" ", CoqlLexerAccess.Tokens(coql).Select(t => t.Kind == CoqlTokenKind.String ? "<text>" : t.Kind + ":" + t.Text.ToLowerInvariant()));

    private static string? Query(string shape, string value)
    {
        var options = new ZohoCrmQueryPlannerOptions { ClientSideFilterLimit = 1000 };
        var plan = Plan("select Last_Name from Leads where " + shape + " limit 10", options, ("v", value));
        return plan.Steps.Count == 0 ? null : ((ZohoCrmCoqlStep)plan.Steps.Single()).FirstQuery;
    }

    [Test]
    public void Hostile_values_never_change_the_structure_of_the_coql_sent(
        [ValueSource(nameof(HostileValues))] string value, [ValueSource(nameof(Shapes))] string shape)
    {
        var hostile = Query(shape, value);
        var benign = Query(shape, Benign(value));
        Assert.That(hostile is null, Is.EqualTo(benign is null));
        if (hostile is null) return;
        Assert.That(Skeleton(hostile), Is.EqualTo(Skeleton(benign!)));
        Assert.That(EF(hostile), Is.True, "the produced COQL parses back as one SELECT");
        Assert.That(RewriteChecks.IsBinaryEverywhere(hostile[hostile.IndexOf(" where ", StringComparison.Ordinal)..]), hostile);
    }

    [Test]
    public void No_backslash_is_ever_sent_inside_coql_quotes([ValueSource(nameof(HostileValues))] string value, [ValueSource(nameof(Shapes))] string shape)
    {
        var query = Query(shape, value);
        if (query is null) return;
        foreach (var token in CoqlLexerAccess.Tokens(query).Where(t => t.Kind == CoqlTokenKind.String))
            Assert.That(token.Text, Does.Not.Contain("\\"));
    }

    [Test]
    public void Hostile_values_still_match_exactly_after_the_client_recheck([ValueSource(nameof(HostileValues))] string value)
    {
        var plan = Plan("select Last_Name from Leads where Company = @v", new ZohoCrmQueryPlannerOptions { ClientSideFilterLimit = 1000 }, ("v", value));
        var rows = new[]
        {
            CoqlPlannerRoutingTests.Row(1, ("Last_Name", "hit"), ("Company", value)),
            CoqlPlannerRoutingTests.Row(2, ("Last_Name", "miss"), ("Company", value + "x")),
            CoqlPlannerRoutingTests.Row(3, ("Last_Name", "miss"), ("Company", "plain")),
        };
        // Zoho returns rows per the pushed filter; simulate it returning everything and check the client's part.
        var kept = plan.ClientFilter is null ? rows.Where(r => (string?)r.GetValue("Company") == value) : rows;
        Assert.That(plan.ProcessRows(kept).Select(r => r[0]), Is.EqualTo(new[] { "hit" }));
    }

    // Defect 3: a value with a backslash is narrowed by its plain text (LIKE), never sent, and re-checked on the client.
    [TestCase("\\'", "Company like '%'''")]
    [TestCase("a\\b", "(Company like 'a%' and Company like '%b')")]
    [TestCase("\\mid\\", "Company like '%mid%'")]
    [TestCase("\\x%y", "Company like '%y'")]
    public void Equality_with_a_backslash_is_narrowed_by_its_plain_text_without_client_side_permission(string value, string expected)
    {
        var plan = Plan("select Last_Name from Leads where Company = @v limit 10", ("v", value));
        Assert.That(plan.PushedFilter, Is.EqualTo(expected));
        Assert.That(plan.ClientFilter, Is.Not.Null, "re-checked on the client");
        Assert.That(plan.MaxRowsRead, Is.Null, "Zoho narrows: no ClientSideFilterLimit needed");
    }

    [Test]
    public void One_hostile_value_in_an_IN_list_narrows_by_its_plain_text_and_keeps_the_others_exact()
    {
        var plan = Plan("select Last_Name from Leads where Company in ('Zylker', @v, 'Acme') limit 10", ("v", "\\'"));
        Assert.That(plan.PushedFilter, Is.EqualTo("(Company in ('Zylker', 'Acme') or Company like '%''')"));
        Assert.That(plan.ClientFilter, Is.Not.Null);

        var negated = Plan("select Last_Name from Leads where Company not in ('Zylker', @v) limit 10", ("v", "\\'"));
        Assert.That(negated.PushedFilter, Is.EqualTo("(Company != 'Zylker' and Company is not null)"));
        Assert.That(negated.ClientFilter, Is.Not.Null);
    }

    [TestCase("\\")]
    [TestCase("\\\\")]
    [TestCase("\\%_")]
    public void A_value_without_plain_text_is_refused_alike_as_a_literal_or_a_parameter(string value)
    {
        var literal = "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
        foreach (var shape in new[] { "Company = {0}", "Company in ('Zylker', {0})" })
        {
            var fromLiteral = Assert.Throws<ZohoCrmQueryException>(() => Plan("select Last_Name from Leads where " + string.Format(shape, literal)));
            var fromParameter = Assert.Throws<ZohoCrmQueryException>(() => Plan("select Last_Name from Leads where " + string.Format(shape, "@v"), ("v", value)));
            Assert.That(fromLiteral!.Refusal, Is.Not.Null);
            Assert.That(fromParameter!.Refusal, Is.Not.Null);
            Assert.That(fromParameter.Refusal!.AllowedBy, Is.EqualTo(fromLiteral.Refusal!.AllowedBy));
            Assert.That(fromParameter.Refusal.Reasons, Has.Count.EqualTo(fromLiteral.Refusal.Reasons.Count));
            Assert.That(fromParameter.Message, Does.Contain("no plain text"));
        }
    }

    [Test]
    public void Hostile_values_never_change_the_structure_of_search_criteria([ValueSource(nameof(HostileValues))] string value)
    {
        var plan = Plan("select Last_Name from Leads where Description = @v and Company = @v", ("v", value));
        if (plan.Steps.Single() is not ZohoCrmSearchStep search)
        {
            Assert.That(value.Trim().Length, Is.LessThan(2), "only values Search rejects stay off Search");
            return;
        }

        var criteria = SearchCriteriaParser.Parse(search.Criteria);
        Assert.That(criteria.Select(c => (c.Field, c.Operator)), Is.EqualTo(new[] { ("Description", "equals"), ("Company", "equals") }));
        Assert.That(criteria.Select(c => c.Value), Is.All.EqualTo(value));
    }

    [TestCase("Burns,B", "Burns\\,B")]
    [TestCase("(a)", "\\(a\\)")]
    [TestCase("ends\\", "ends\\\\")]
    [TestCase("a\\(b", "a\\\\\\(b")]
    [TestCase("mid\\dle", "mid\\dle")]
    [TestCase("two\\\\", "two\\\\\\\\")]
    [TestCase("plain text", "plain text")]
    public void Search_values_are_escaped_as_zoho_documents(string value, string expected)
    {
        Assert.That(SearchCriteria.Escape(value), Is.EqualTo(expected));
        Assert.That(SearchCriteriaParser.Unescape(expected), Is.EqualTo(value));
    }

    [Test]
    public void Search_criteria_carry_typed_values_and_nest_and_or()
    {
        var plan = Plan("select Last_Name from Leads where Description = 'vip' and (Created_Time > @t or No_of_Employees between 1 and 5) and Lead_Status in ('Hot', 'Warm')",
            ("t", new DateTimeOffset(2024, 2, 1, 18, 52, 56, TimeSpan.Zero)));
        Assert.That(((ZohoCrmSearchStep)plan.Steps.Single()).Criteria, Is.EqualTo(
            "((Description:equals:vip)and((Created_Time:greater_than:2024-02-01T18:52:56+00:00)or(No_of_Employees:between:1,5))and(Lead_Status:in:Hot,Warm))"));
    }

    [Test]
    public void Search_keeps_at_most_ten_criteria_dropping_others_before_the_multiline_one()
    {
        var others = string.Join(" and ", Enumerable.Range(1, 12).Select(i => "No_of_Employees > " + i));
        var plan = Plan("select Last_Name from Leads where " + others + " and Description = 'vip'");
        var criteria = SearchCriteriaParser.Parse(((ZohoCrmSearchStep)plan.Steps.Single()).Criteria);
        Assert.That(criteria, Has.Count.EqualTo(10));
        Assert.That(criteria[0].Field, Is.EqualTo("Description"));
    }

    private static bool EF(string coql)
    {
        // Our parser reads Zoho's output too: a single SELECT with everything after WHERE consumed.
        var statement = CoqlParser.Parse(coql.Replace("'Order'", "\"Order\"", StringComparison.Ordinal));
        return statement.Module == "Leads";
    }

    private static class RewriteChecks
    {
        public static bool IsBinaryEverywhere(string where) => CoqlRewriteTests.IsBinaryEverywhere(where);
    }
}

internal static class CoqlLexerAccess
{
    public static IReadOnlyList<CoqlToken> Tokens(string text) => CoqlLexer.Tokenize(text);
}

/// <summary>An independent reader of Search criteria: splits on unescaped parentheses and colons, undoes the escapes.</summary>
internal static class SearchCriteriaParser
{
    public static List<(string Field, string Operator, string Value)> Parse(string criteria)
    {
        var result = new List<(string, string, string)>();
        var depth = 0;
        var current = new System.Text.StringBuilder();
        for (var i = 0; i < criteria.Length; i++)
        {
            var c = criteria[i];
            if (c == '\\' && i + 1 < criteria.Length)
            {
                current.Append(c).Append(criteria[++i]);
                continue;
            }

            if (c == '(') { depth++; current.Clear(); continue; }
            if (c == ')')
            {
                depth--;
                if (current.Length > 0)
                {
                    var text = current.ToString();
                    var first = text.IndexOf(':', StringComparison.Ordinal);
                    var second = text.IndexOf(':', first + 1);
                    result.Add((text[..first], text[(first + 1)..second], Unescape(text[(second + 1)..])));
                }

                current.Clear();
                continue;
            }

            current.Append(c);
        }

        Assert.That(depth, Is.Zero, "balanced parentheses in " + criteria);
        return result;
    }

    public static string Unescape(string value)
    {
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length && value[i + 1] is '(' or ')' or ',' or '\\') builder.Append(value[++i]);
            else builder.Append(value[i]);
        }

        return builder.ToString();
    }
}

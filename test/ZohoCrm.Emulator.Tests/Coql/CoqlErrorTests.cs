using System.Text.Json;
using ZohoCrm.Emulator.Domain;
using ZohoCrm.Emulator.Domain.Errors;

namespace ZohoCrm.Emulator.Tests.Coql;

/// <summary>Every COQL error of api.md §3.3, with its code, message and detail shape.</summary>
public class CoqlErrorTests
{
    private QueryTestOrg _org = null!;

    [SetUp]
    public void Create() => _org = new QueryTestOrg();

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Details(ZohoApiException error) => JsonSerializer.Serialize(error.Details, Relaxed);

    private void AssertError(string query, string code, string message, string details)
    {
        var error = _org.Error(query);
        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(code), query);
            Assert.That(error.Message, Is.EqualTo(message), query);
            Assert.That(Details(error), Is.EqualTo(details), query);
            Assert.That(error.HttpStatus, Is.EqualTo(400));
        });
    }

    [Test]
    public void Missing_where_is_a_missing_clause() =>
        AssertError("select Last_Name from Leads", "SYNTAX_ERROR", "missing clause", """{"clause":"where"}""");

    [Test]
    public void Missing_where_is_rejected_even_with_limit_and_order() =>
        AssertError("select Last_Name from Leads order by Last_Name limit 5", "SYNTAX_ERROR", "missing clause", """{"clause":"where"}""");

    [Test]
    public void Three_conditions_without_binary_parentheses_are_a_syntax_error()
    {
        var error = _org.Error("select Last_Name from Leads where Last_Name = 'a' and Company = 'b' and Email = 'c'");
        Assert.That(error.Code, Is.EqualTo("SYNTAX_ERROR"));
        Assert.That(error.Details["near"], Is.EqualTo("and"));

        Assert.That(_org.Error("select Last_Name from Leads where Last_Name = 'a' and Company = 'b' or Email = 'c'").Code, Is.EqualTo("SYNTAX_ERROR"));
    }

    [Test]
    public void Standalone_not_is_an_unsupported_operator() =>
        AssertError("select Last_Name from Leads where not Last_Name = 'a'", "SYNTAX_ERROR", "operator not supported", """{"operator":"not"}""");

    [Test]
    public void An_unexpected_token_names_its_line_column_and_text() =>
        AssertError("select Last_Name Leads where id is not null", "SYNTAX_ERROR", "unexpected token", """{"line":1,"column":18,"near":"Leads"}""");

    [Test]
    public void A_query_that_stops_short_names_where_it_stopped() =>
        AssertError("select Last_Name from Leads where", "SYNTAX_ERROR", "error occured while parsing the query", """{"near":"where"}""");

    [TestCase("delete from Leads where id = 1")]
    [TestCase("update Leads set Last_Name = 'x'")]
    [TestCase("")]
    public void Statements_other_than_select_are_not_supported(string query) =>
        AssertError(query, "SYNTAX_ERROR", "given coql query not supported", "{}");

    [Test]
    public void An_unknown_column_is_invalid() =>
        AssertError("select Testing from Leads where id is not null", "INVALID_QUERY", "column given seems to be invalid", """{"column_name":"Testing"}""");

    [Test]
    public void A_path_deeper_than_two_relations_is_invalid() =>
        AssertError("select Account_Name.Parent_Account.Parent_Account.Account_Name from Contacts where id is not null",
            "INVALID_QUERY", "column given seems to be invalid", """{"column_name":"Account_Name.Parent_Account.Parent_Account.Account_Name"}""");

    [Test]
    public void An_operator_the_type_does_not_take_is_invalid() =>
        AssertError("select Last_Name from Leads where Last_Name > 'x'", "INVALID_QUERY", "Invalid query formed",
            """{"reason":"invalid operator found","column_name":"Last_Name","operator":">"}""");

    [TestCase("Lead_Source between 'a' and 'b'", "Lead_Source", "between")]
    [TestCase("Owner like '1%'", "Owner", "like")]
    [TestCase("No_of_Employees like '1%'", "No_of_Employees", "like")]
    public void Operators_follow_the_type_table(string where, string column, string op)
    {
        var error = _org.Error($"select Last_Name from Leads where {where}");
        Assert.That(error.Details["column_name"], Is.EqualTo(column));
        Assert.That(error.Details["operator"], Is.EqualTo(op));
    }

    [Test]
    public void Booleans_take_only_equality() =>
        AssertError("select Last_Name from Contacts where Email_Opt_Out != 'true'", "INVALID_QUERY", "Invalid query formed",
            """{"reason":"invalid operator found","column_name":"Email_Opt_Out","operator":"!="}""");

    [Test]
    public void Multi_line_text_cannot_be_filtered() =>
        AssertError("select Last_Name from Leads where Description = 'x'", "INVALID_QUERY", "unsupported column in criteria",
            """{"cv_criteria":false,"column_name":"Description","value":"x","operator":"="}""");

    [TestCase("No_of_Employees = 'ten'")]
    [TestCase("Annual_Revenue = '100'")]
    [TestCase("Created_Time > '2025-01-01'")]
    [TestCase("Created_Time > '2025-01-01T00:00:00Z'")]
    [TestCase("Owner = 'Hart'")]
    [TestCase("Last_Name = Hale")]
    public void A_value_of_the_wrong_type_is_invalid_for_the_column(string where)
    {
        var error = _org.Error($"select Last_Name from Leads where {where}");
        Assert.That(error.Code, Is.EqualTo("INVALID_QUERY"));
        Assert.That(error.Message, Is.EqualTo("value given seems to be invalid for the column"));
    }

    [Test]
    public void Unknown_modules_are_not_supported() =>
        AssertError("select Last_Name from Nothing where id is not null", "INVALID_MODULE", "the given module is not supported in api", "{}");

    [Test]
    public void Modules_the_api_does_not_support_are_refused() =>
        AssertError("select Note_Title from Notes where id is not null", "INVALID_MODULE", "the given module is not supported in api", "{}");

    [Test]
    public void Limit_zero_is_invalid_data() =>
        AssertError("select Last_Name from Leads where id is not null limit 0", "INVALID_DATA", "limit should be greater than 0", "{}");

    [Test]
    public void A_non_numeric_limit_is_an_invalid_limit() =>
        AssertError("select Last_Name from Leads where id is not null limit s", "INVALID_QUERY", "limit given seems to be invalid", """{"limit":"s"}""");

    [Test]
    public void Limit_over_2000_is_exceeded() =>
        AssertError("select Last_Name from Leads where id is not null limit 5000", "LIMIT_EXCEEDED", "limit exceeded", """{"limit":2000}""");

    [Test]
    public void Limit_plus_offset_over_100000_is_exceeded()
    {
        Assert.That(_org.Error("select Last_Name from Leads where id is not null limit 2000 offset 98001").Code, Is.EqualTo("LIMIT_EXCEEDED"));
        Assert.That(_org.Coql.Execute("select Last_Name from Leads where id is not null limit 2000 offset 98000").IsEmpty, Is.True);
    }

    [Test]
    public void More_columns_than_the_cap_are_exceeded()
    {
        var org = new QueryTestOrg(new EmulatorSettings { SelectColumnCap = 2 });
        var error = org.Error("select Last_Name, Company, Email from Leads where id is not null");
        Assert.That(error.Code, Is.EqualTo("LIMIT_EXCEEDED"));
        Assert.That(error.Details["select_columns"], Is.EqualTo(2));
    }

    [Test]
    public void More_than_100_in_values_are_exceeded()
    {
        var values = string.Join(",", Enumerable.Range(0, 101).Select(i => $"'v{i}'"));
        Assert.That(_org.Error($"select Last_Name from Leads where Last_Name in ({values})").Code, Is.EqualTo("LIMIT_EXCEEDED"));
    }

    [Test]
    public void More_than_25_criteria_are_exceeded()
    {
        var where = "Last_Name = 'x0'";
        for (var i = 1; i < 26; i++)
        {
            where = $"({where}) or Last_Name = 'x{i}'";
        }

        var error = _org.Error($"select Last_Name from Leads where {where}");
        Assert.That(error.Code, Is.EqualTo("LIMIT_EXCEEDED"));
        Assert.That(error.Details["criteria"], Is.EqualTo(25));
    }

    [Test]
    public void More_than_10_order_by_columns_are_exceeded()
    {
        var columns = "Last_Name, Company, Email, Lead_Source, Annual_Revenue, No_of_Employees, Rating, Owner, Website, Created_Time, id";
        Assert.That(_org.Error($"select Last_Name from Leads where id is not null order by {columns}").Details["order_by"], Is.EqualTo(10));
    }

    [Test]
    public void More_than_5_aggregates_or_4_group_by_columns_are_exceeded()
    {
        Assert.That(_org.Error("select COUNT(No_of_Employees), SUM(No_of_Employees), MIN(No_of_Employees), MAX(No_of_Employees), AVG(No_of_Employees), SUM(Annual_Revenue) from Leads where id is not null")
            .Details["aggregate_functions"], Is.EqualTo(5));
        Assert.That(_org.Error("select COUNT(No_of_Employees) from Leads where id is not null group by Last_Name, Company, Email, Lead_Source, Website")
            .Details["group_by"], Is.EqualTo(4));
    }

    [Test]
    public void Duplicate_columns_and_aggregates_are_duplicate_data()
    {
        AssertError("select Last_Name, last_name from Leads where id is not null", "DUPLICATE_DATA", "duplicate select column", """{"column_name":"last_name"}""");
        AssertError("select MAX(Annual_Revenue), MAX(Annual_Revenue) as top from Leads where id is not null", "DUPLICATE_DATA",
            "duplicate aggregate function", """{"column_name":"Annual_Revenue","aggregate":"MAX"}""");
        Assert.That(_org.Error("select Last_Name from Leads where id is not null order by Last_Name, Last_Name desc").Code, Is.EqualTo("DUPLICATE_DATA"));
    }

    [Test]
    public void More_than_five_lookup_relations_in_where_are_exceeded()
    {
        var five = "((Account_Name.Account_Name = 'a' or Owner.email = 'b') or (Account_Name.Parent_Account.Account_Name = 'c' or Owner.role.name = 'd'))";
        Assert.That(_org.Rows($"select Last_Name from Contacts where {five} or Owner.profile.name = 'e'"), Is.Empty);

        var error = _org.Error($"select Last_Name from Contacts where ({five} or Owner.profile.name = 'e') or Account_Name.Owner.email = 'f'");
        Assert.That(error.Code, Is.EqualTo("LIMIT_EXCEEDED"));
        Assert.That(error.Details["where_joins"], Is.EqualTo(5));
    }

    [Test]
    public void An_empty_alias_is_invalid() =>
        AssertError("select First_Name as '' from Leads where id is not null", "INVALID_ALIAS", "alias name cannot be an empty string",
            """{"column_name":"First_Name","alias":""}""");

    [Test]
    public void One_alias_for_two_columns_is_a_duplicate_alias() =>
        AssertError("select Last_Name as Name, Company as Name from Leads where id is not null", "DUPLICATE_ALIAS",
            "same alias cannot refer more than one column", """{"referred_columns":["Last_Name","Company"],"alias":"Name"}""");

    [Test]
    public void An_alias_may_not_take_the_name_of_another_unaliased_column()
    {
        var error = _org.Error("select Company as Last_Name, Last_Name from Leads where id is not null");
        Assert.That(error.Code, Is.EqualTo("INVALID_QUERY"));
        Assert.That(error.Message, Does.StartWith("column name or property name given in select columns without alias name"));
    }

    [Test]
    public void Unknown_functions_are_unsupported_aggregates() =>
        AssertError("select TestFunction(Last_Name) from Leads where id is not null", "INVALID_DATA", "invalid data",
            """{"reason":"unsupported aggregate function","column":"TestFunction(Last_Name)"}""");

    [Test]
    public void Aggregate_functions_are_case_sensitive_in_strict_mode()
    {
        Assert.That(_org.Error("select count(No_of_Employees) from Leads where id is not null").Code, Is.EqualTo("INVALID_DATA"));
        var lenient = new QueryTestOrg(new EmulatorSettings { Strict = false });
        Assert.That(lenient.Rows("select count(No_of_Employees) from Leads where id is not null"), Has.Count.EqualTo(1));
    }

    [Test]
    public void Sum_of_text_is_a_data_type_not_supported() =>
        Assert.That(_org.Error("select SUM(Last_Name) from Leads where id is not null").Message, Is.EqualTo("data type not supported"));

    [Test]
    public void A_plain_column_beside_aggregates_must_be_grouped() =>
        Assert.That(_org.Error("select Last_Name, COUNT(No_of_Employees) from Leads where id is not null").Details["column_name"], Is.EqualTo("Last_Name"));

    [Test]
    public void A_subquery_must_select_one_column_and_its_errors_say_which_subquery()
    {
        AssertError("select Last_Name from Contacts where Account_Name in (select id, Account_Name from Accounts where id is not null)",
            "INVALID_QUERY", "subquery should contains only one column", """{"sub_query_sequence":0,"column_name":["id","Account_Name"]}""");

        var error = _org.Error("select Last_Name from Contacts where (Account_Name in (select id from Accounts where id is not null)) and (Owner in (select Nope from Accounts where id is not null))");
        Assert.That(error.Details["sub_query_sequence"], Is.EqualTo(1), "subqueries are numbered from 0");
        Assert.That(error.Details["column_name"], Is.EqualTo("Nope"));
    }

    [Test]
    public void More_than_five_subqueries_are_exceeded()
    {
        var sub = "Account_Name in (select id from Accounts where id is not null)";
        var where = sub;
        for (var i = 0; i < 5; i++)
        {
            where = $"({where}) and {sub}";
        }

        var error = _org.Error($"select Last_Name from Contacts where {where}");
        Assert.That(error.Code, Is.EqualTo("LIMIT_EXCEEDED"));
        Assert.That(error.Details["sub_query"], Is.EqualTo(5));
    }

    [Test]
    public void A_custom_view_the_org_does_not_have_is_invalid() =>
        Assert.That(_org.Error("select Last_Name from Leads#12345 where id is not null").Details["cvid"], Is.EqualTo("12345"));

    [Test]
    public void An_unterminated_string_is_a_syntax_error() =>
        Assert.That(_org.Error("select Last_Name from Leads where Last_Name = 'abc").Code, Is.EqualTo("SYNTAX_ERROR"));

    [Test]
    public void Deep_nesting_fails_cleanly_instead_of_exhausting_the_stack()
    {
        var where = new string('(', 5000) + "Last_Name = 'a'" + new string(')', 5000);
        Assert.That(_org.Error($"select Last_Name from Leads where {where}").Code, Is.EqualTo("SYNTAX_ERROR"));
    }
}

using ZohoCrm.Data.Coql;
using static ZohoCrm.Data.Tests.Coql.PlanTestHelpers;

namespace ZohoCrm.Data.Tests.Coql;

public class CoqlPlannerRoutingTests
{
    private static readonly ZohoCrmQueryPlannerOptions ClientAllowed = new() { ClientSideFilterLimit = 5000 };
    private static readonly ZohoCrmQueryPlannerOptions NoServerFiltering = new() { UseServerSideFiltering = false };

    [Test]
    public void Everything_zoho_can_evaluate_is_pushed_in_one_call()
    {
        var plan = Plan("select Last_Name from Leads where Company = 'a' and No_of_Employees > 5 order by Created_Time desc limit 50");
        var step = (ZohoCrmCoqlStep)plan.Steps.Single();
        Assert.That(step.FirstQuery, Is.EqualTo("select Last_Name, Created_Time from Leads where (Company = 'a' and No_of_Employees > 5) order by Created_Time desc limit 50"));
        Assert.That(plan.ClientFilter, Is.Null);
        Assert.That(plan.ReadsAllRowsFirst, Is.False);
        Assert.That(plan.MaxRowsRead, Is.Null);
        Assert.That(plan.ExpectedCalls, Is.EqualTo(1));
        Assert.That(plan.IsPassThrough);
        Assert.That(plan.Columns.Single().SourcePath, Is.EqualTo("Last_Name"));
    }

    [Test]
    public void Where_on_multiline_field_goes_to_search_and_is_rechecked()
    {
        var plan = Plan("select Last_Name, Description from Leads where Description = 'call me back' and Company = 'Zylker' limit 5");
        var search = (ZohoCrmSearchStep)plan.Steps.Single();
        Assert.That(search.Endpoint, Is.EqualTo("GET /Leads/search"));
        Assert.That(search.Criteria, Is.EqualTo("((Description:equals:call me back)and(Company:equals:Zylker))"));
        Assert.That(search.Fields, Is.EquivalentTo(new[] { "Last_Name", "Description", "Company" }));
        Assert.That(plan.ClientFilter, Is.EqualTo("(Description = 'call me back' AND Company = 'Zylker')"));
        Assert.That(plan.Explain(), Does.Contain("re-checked"));

        var rows = new[]
        {
            Row(1, ("Last_Name", "A"), ("Description", "call me back"), ("Company", "Zylker")),
            Row(2, ("Last_Name", "B"), ("Description", "please call me back tomorrow"), ("Company", "Zylker")),
            Row(3, ("Last_Name", "C"), ("Description", "call me back"), ("Company", "Zylker Inc")),
        };
        Assert.That(plan.ProcessRows(rows).Select(r => r[0]), Is.EqualTo(new[] { "A" }), "Search's word matches are re-checked");
    }

    [Test]
    public void Startswith_on_multiline_field_uses_search_starts_with()
    {
        var plan = Plan("select Last_Name from Leads where Description like 'Urgent(1)%'");
        Assert.That(((ZohoCrmSearchStep)plan.Steps.Single()).Criteria, Is.EqualTo("(Description:starts_with:Urgent\\(1\\))"));
    }

    [Test]
    public void Search_rows_get_lookup_paths_by_id_with_coql()
    {
        var plan = Plan("select Last_Name, Account_Name.Industry from Leads where Description = 'vip'");
        Assert.That(plan.Steps.Single(), Is.TypeOf<ZohoCrmSearchStep>());
        var group = plan.StitchedColumnGroups.Single();
        Assert.That(group.Columns, Is.EqualTo(new[] { "Account_Name.Industry" }));
        Assert.That(group.BuildQueries([11, 12]).Single(), Is.EqualTo("select Account_Name.Industry from Leads where id in ('11', '12') limit 2"));
    }

    [Test]
    public void Contains_on_multiline_field_is_an_error_naming_it_unless_client_filtering_is_allowed()
    {
        var error = Assert.Throws<ZohoCrmQueryException>(() => Plan("select Last_Name from Leads where Description like '%vip%'"));
        Assert.That(error!.Message, Does.Contain("Description LIKE '%vip%'").And.Contain("multi-line").And.Contain("ClientSideFilterLimit"));

        var plan = Plan("select Last_Name from Leads where Description like '%vip%' and Company = 'a' limit 3", ClientAllowed);
        Assert.That(((ZohoCrmCoqlStep)plan.Steps.Single()).FirstQuery, Is.EqualTo("select Last_Name, Description from Leads where Company = 'a' order by id asc limit 2000"));
        Assert.That(plan.ClientFilter, Is.EqualTo("Description LIKE '%vip%'"));
        Assert.That(plan.MaxRowsRead, Is.EqualTo(5000));
    }

    [TestCase("Last_Name > 'M'", "no <, <=, >, >= or BETWEEN on text")]
    [TestCase("Lead_Status BETWEEN 'A' AND 'C'", "no <, <=, >, >= or BETWEEN on text")]
    [TestCase("TRIM(Last_Name) = 'x'", "no functions")]
    [TestCase("Last_Name = First_Name", "never with other fields")]
    [TestCase("Company NOT LIKE 'a%'", "not-contains")]
    [TestCase("No_of_Employees LIKE '1%'", "only on text fields")]
    [TestCase("Company LIKE '_'", "no plain text")]
    [TestCase("Email_Opt_Out IS NULL", "only with =")]
    [TestCase("Account_Name > 5", "no <, <=, >, >= or BETWEEN on text, picklist and lookup")]
    public void Predicates_zoho_cannot_evaluate_are_errors_that_say_why(string condition, string why)
    {
        var error = Assert.Throws<ZohoCrmQueryException>(() => Plan("select Last_Name from Leads where " + condition));
        Assert.That(error!.Message, Does.Contain(why).And.Contain("ClientSideFilterLimit"));
        Assert.That(Plan("select Last_Name from Leads where " + condition, ClientAllowed).MaxRowsRead, Is.EqualTo(5000));
    }

    [Test]
    public void The_client_side_row_cap_is_enforced_while_reading()
    {
        var plan = Plan("select Last_Name from Leads where TRIM(Last_Name) = 'x'", new ZohoCrmQueryPlannerOptions { ClientSideFilterLimit = 3 });
        var rows = Enumerable.Range(1, 10).Select(i => Row(i, ("Last_Name", "y")));
        var error = Assert.Throws<ZohoCrmQueryException>(() => plan.ProcessRows(rows).ToList());
        Assert.That(error!.Message, Does.Contain("ClientSideFilterLimit=3"));
    }

    [Test]
    public void An_or_with_one_client_only_branch_is_client_only()
    {
        var plan = Plan("select Last_Name from Leads where Company = 'a' or TRIM(Last_Name) = 'x'", ClientAllowed);
        Assert.That(((ZohoCrmCoqlStep)plan.Steps.Single()).FirstQuery, Does.Contain("where id is not null"));
        Assert.That(plan.ClientFilter, Is.EqualTo("(Company = 'a' OR TRIM(Last_Name) = 'x')"));
    }

    [Test]
    public void Only_the_conjuncts_zoho_cannot_answer_exactly_are_rechecked()
    {
        var plan = Plan("select Last_Name from Leads where Company = 'a' and TRIM(Last_Name) = 'x' limit 10", ClientAllowed);
        Assert.That(plan.PushedFilter, Is.EqualTo("Company = 'a'"));
        Assert.That(plan.ClientFilter, Is.EqualTo("TRIM(Last_Name) = 'x'"));
        var rows = new[] { Row(1, ("Last_Name", "X"), ("Company", "a")), Row(2, ("Last_Name", "y"), ("Company", "a")) };
        Assert.That(plan.ProcessRows(rows).Select(r => r[0]), Is.EqualTo(new[] { "X" }));
    }

    [Test]
    public void Server_side_filtering_off_reads_the_whole_module_by_id_keyset()
    {
        var plan = Plan("select Last_Name from Leads where Company = 'a' order by Last_Name desc limit 2", NoServerFiltering);
        var step = (ZohoCrmCoqlStep)plan.Steps.Single();
        Assert.That(step.IsFullScan);
        Assert.That(step.FirstQuery, Is.EqualTo("select Last_Name, Company from Leads where id is not null order by id asc limit 2000"));
        Assert.That(plan.PushedFilter, Is.Null);
        Assert.That(plan.ReadsAllRowsFirst);
        Assert.That(plan.IsPassThrough, Is.False);
        var rows = new[]
        {
            Row(1, ("Last_Name", "b"), ("Company", "a")), Row(2, ("Last_Name", "c"), ("Company", "a")),
            Row(3, ("Last_Name", "z"), ("Company", "b")), Row(4, ("Last_Name", "a"), ("Company", "a")),
        };
        Assert.That(plan.ProcessRows(rows).Select(r => r[0]), Is.EqualTo(new[] { "c", "b" }));
        Assert.That(plan.Explain(), Does.Contain("full scan").And.Contain("UseServerSideFiltering=False"));
    }

    [Test]
    public void Server_side_filtering_off_evaluates_even_what_zoho_cannot()
    {
        var plan = Plan("select COUNT(*) from Leads where Description like '%x%'", NoServerFiltering);
        Assert.That(plan.MaxRowsRead, Is.Null);
        var rows = new[] { Row(1, ("Description", "axb")), Row(2, ("Description", "ab")), Row(3, ("Description", "x")) };
        Assert.That(plan.ProcessRows(rows).Single()[0], Is.EqualTo(2L));
    }

    [Test]
    public void A_condition_that_never_holds_makes_no_call()
    {
        var plan = Plan("select COUNT(*) from Leads where Company in ()".Replace("in ()", "in (@empty)"), ("empty", Array.Empty<string>()));
        Assert.That(plan.Steps, Is.Empty);
        Assert.That(plan.ExpectedCalls, Is.EqualTo(0));
        Assert.That(plan.ProcessRows([]).Single()[0], Is.EqualTo(0L), "COUNT over no rows is 0");
        Assert.That(Plan("select Last_Name from Leads limit 0").Steps, Is.Empty);
    }

    [Test]
    public void Aggregates_zoho_has_are_pushed_with_count_star_as_count_id()
    {
        var plan = Plan("select Lead_Status, COUNT(*), SUM(Annual_Revenue) as total from Leads where Company = 'a' group by Lead_Status order by Lead_Status");
        var step = (ZohoCrmCoqlStep)plan.Steps.Single();
        Assert.That(step.FirstQuery, Is.EqualTo(
            "select Lead_Status, COUNT(id), SUM(Annual_Revenue) from Leads where Company = 'a' group by Lead_Status order by Lead_Status asc limit 2000"));
        var zohoRows = new[]
        {
            new ZohoCrmDictionaryRow([new("Lead_Status", "Hot"), new("COUNT(id)", 3L), new("SUM(Annual_Revenue)", 30m)]),
        };
        Assert.That(plan.ProcessRows(zohoRows).Single(), Is.EqualTo(new object?[] { "Hot", 3L, 30m }));
        Assert.That(plan.Columns.Select(c => c.ClrType), Is.EqualTo(new[] { typeof(string), typeof(long), typeof(decimal) }));
        Assert.That(plan.Columns.Select(c => c.SourcePath), Is.EqualTo(new[] { "Lead_Status", "COUNT(id)", "SUM(Annual_Revenue)" }));
        Assert.That(plan.IsPassThrough, Is.False, "COUNT over no records must still answer a row");
    }

    [Test]
    public void An_aggregate_over_no_records_still_answers_one_row()
    {
        var plan = Plan("select COUNT(*), MAX(No_of_Employees) from Leads where Company = 'a'");
        Assert.That(plan.ProcessRows([]).Single(), Is.EqualTo(new object?[] { 0L, null }));
    }

    [Test]
    public void Ordering_groups_by_an_aggregate_happens_on_the_client()
    {
        var plan = Plan("select Lead_Status, COUNT(*) as n from Leads group by Lead_Status order by n desc limit 1");
        Assert.That(((ZohoCrmCoqlStep)plan.Steps.Single()).FirstQuery, Is.EqualTo("select Lead_Status, COUNT(id) from Leads where id is not null group by Lead_Status limit 2000"));
        var rows = new[]
        {
            new ZohoCrmDictionaryRow([new("Lead_Status", "Hot"), new("COUNT(id)", 3L)]),
            new ZohoCrmDictionaryRow([new("Lead_Status", "Cold"), new("COUNT(id)", 7L)]),
        };
        Assert.That(plan.ProcessRows(rows).Single(), Is.EqualTo(new object?[] { "Cold", 7L }));
    }

    [Test]
    public void An_aggregate_zoho_lacks_is_an_error_unless_client_evaluation_is_allowed()
    {
        var error = Assert.Throws<ZohoCrmQueryException>(() => Plan("select COUNT(Last_Name) from Leads"));
        Assert.That(error!.Message, Does.Contain("COUNT(Last_Name)").And.Contain("number, lookup and picklist"));
        var plan = Plan("select COUNT(Last_Name) from Leads", ClientAllowed);
        Assert.That(((ZohoCrmCoqlStep)plan.Steps.Single()).FirstQuery, Is.EqualTo("select Last_Name from Leads where id is not null order by id asc limit 2000"));
        var rows = new[] { Row(1, ("Last_Name", "a")), Row(2, ("Last_Name", null)), Row(3, ("Last_Name", "c")) };
        Assert.That(plan.ProcessRows(rows).Single()[0], Is.EqualTo(2L));
    }

    [Test]
    public void Ordering_by_a_multiline_field_needs_client_evaluation()
    {
        Assert.Throws<ZohoCrmQueryException>(() => Plan("select Last_Name from Leads order by Description"));
        var plan = Plan("select Last_Name from Leads order by Description limit 1", ClientAllowed);
        Assert.That(plan.ReadsAllRowsFirst);
        Assert.That(plan.Explain(), Does.Contain("Ordered on the client after every matching row is read: Description"));
        var rows = new[] { Row(1, ("Last_Name", "a"), ("Description", "z")), Row(2, ("Last_Name", "b"), ("Description", "m")) };
        Assert.That(plan.ProcessRows(rows).Single()[0], Is.EqualTo("b"));
    }

    [Test]
    public void A_like_value_with_a_percent_sign_is_narrowed_and_rechecked()
    {
        // Contains("50%") from the EF layer: LIKE with ESCAPE.
        var plan = Plan("select Last_Name from Leads where Company like @p escape '\\' limit 10", ("p", "%50\\%%"));
        Assert.That(((ZohoCrmCoqlStep)plan.Steps.Single()).FirstQuery, Does.Contain("where Company like '%50%'"));
        Assert.That(plan.ClientFilter, Is.Not.Null);
        Assert.That(plan.MaxRowsRead, Is.Null, "a re-check of a narrowed set needs no permission");
        Assert.That(plan.Explain(), Does.Contain("LIMIT 10 applied on the client; reading stops once it has its rows."));
        var rows = new[] { Row(1, ("Last_Name", "a"), ("Company", "50% off")), Row(2, ("Last_Name", "b"), ("Company", "500 Inc")) };
        Assert.That(plan.ProcessRows(rows).Select(r => r[0]), Is.EqualTo(new[] { "a" }));
    }

    [TestCase("Company like @p escape '\\'", "Zy\\_ker%", "Company like 'Zy%'")]
    [TestCase("Company like @p", "Zy_ker%", "Company like 'Zy%'")]
    [TestCase("Company like @p", "%a%b%", "Company like '%a%'")]
    [TestCase("Company like @p", "ab%cd", "(Company like 'ab%' and Company like '%cd')")]
    [TestCase("Company like @p", "%ab_d", "Company like '%d'")]
    [TestCase("Company = @p", "back\\slash", "(Company like 'back%' and Company like '%slash')")]
    public void Like_patterns_zoho_cannot_express_are_narrowed_by_plain_text(string condition, string value, string pushed)
    {
        var plan = Plan("select Last_Name from Leads where " + condition, ("p", value));
        Assert.That(plan.PushedFilter, Is.EqualTo(pushed));
        Assert.That(plan.ClientFilter, Is.Not.Null);
    }

    [Test]
    public void A_multiselect_equality_is_pushed_and_rechecked_as_a_set()
    {
        var plan = Plan("select Last_Name from Leads where Languages = @l", ("l", new[] { "German", "English" }));
        Assert.That(plan.PushedFilter, Is.EqualTo("Languages = 'German;English'"));
        var rows = new[]
        {
            Row(1, ("Last_Name", "a"), ("Languages", new[] { "English", "German" })),
            Row(2, ("Last_Name", "b"), ("Languages", new[] { "English" })),
        };
        Assert.That(plan.ProcessRows(rows).Select(r => r[0]), Is.EqualTo(new[] { "a" }));
    }

    [Test]
    public void More_than_25_criteria_in_a_big_or_are_split_into_calls_merged_by_id()
    {
        var ids = Enumerable.Range(1, 3000).Select(i => (long)i).ToArray();
        var plan = Plan("select Last_Name from Leads where Company = 'a' and Account_Name in @ids order by Last_Name limit 20", ("ids", ids));
        Assert.That(plan.Steps, Has.Count.EqualTo(2));
        Assert.That(plan.MergesStepsById);
        foreach (var step in plan.Steps.Cast<ZohoCrmCoqlStep>())
        {
            var text = step.FirstQuery;
            Assert.That(CoqlRewriteTests.CountCriteria(text), Is.LessThanOrEqualTo(25), text);
            Assert.That(text, Does.Contain("Company = 'a'").And.Contain("order by Last_Name asc").And.EndWith("limit 20"));
        }

        var rows = new[] { Row(5, ("Last_Name", "b")), Row(5, ("Last_Name", "b")), Row(7, ("Last_Name", "a")) };
        Assert.That(plan.ProcessRows(rows).Select(r => r[0]), Is.EqualTo(new[] { "a", "b" }), "merged by id, ordered on the client");
    }

    [Test]
    public void More_than_25_and_criteria_push_what_fits_and_recheck_the_rest()
    {
        var condition = string.Join(" and ", Enumerable.Range(1, 30).Select(i => "No_of_Employees != " + i));
        var plan = Plan("select Last_Name from Leads where " + condition + " limit 5");
        var text = ((ZohoCrmCoqlStep)plan.Steps.Single()).FirstQuery;
        Assert.That(CoqlRewriteTests.CountCriteria(text), Is.LessThanOrEqualTo(25), text);
        Assert.That(plan.ClientFilter, Is.Not.Null);
        Assert.That(plan.MaxRowsRead, Is.Null);
        var rows = new[] { Row(1, ("Last_Name", "a"), ("No_of_Employees", 29)), Row(2, ("Last_Name", "b"), ("No_of_Employees", 31)) };
        Assert.That(plan.ProcessRows(rows).Select(r => r[0]), Is.EqualTo(new[] { "b" }));
    }

    [Test]
    public void More_than_five_lookups_in_where_stay_within_zohos_join_limit()
    {
        var plan = Plan("select Last_Name from Leads where Account_Name.Account_Name = 'a' and Account_Name.Parent_Account.Account_Name = 'b' and Owner.email = 'c' " +
            "and Owner.role.name = 'd' and Account_Name.Owner.email = 'e' and Owner.profile.name = 'f' limit 5");
        var text = ((ZohoCrmCoqlStep)plan.Steps.Single()).FirstQuery;
        var joins = new[] { "Account_Name.Account_Name", "Account_Name.Parent_Account.Account_Name", "Owner.email", "Owner.role.name", "Account_Name.Owner.email", "Owner.profile.name" }
            .Count(p => text.Contains("where", StringComparison.Ordinal) && text[text.IndexOf("where", StringComparison.Ordinal)..].Contains(p + " =", StringComparison.Ordinal));
        Assert.That(joins, Is.LessThanOrEqualTo(5));
        Assert.That(plan.ClientFilter, Is.Not.Null);
    }

    [Test]
    public void More_columns_than_the_cap_are_read_by_id_and_stitched()
    {
        var plan = Plan("select * from Wide where F001 = 'x' limit 10");
        var step = (ZohoCrmCoqlStep)plan.Steps.Single();
        Assert.That(step.Columns, Has.Count.EqualTo(50));
        Assert.That(plan.StitchedColumnGroups.Select(g => g.Columns.Count), Is.EqualTo(new[] { 50, 20 }));
        var ids = Enumerable.Range(1, 2500).Select(i => (long)i).ToList();
        var queries = plan.StitchedColumnGroups[0].BuildQueries(ids);
        Assert.That(queries, Has.Count.EqualTo(2));
        Assert.That(queries[0], Does.StartWith("select F051, F052").And.EndWith("limit 2000"));
        Assert.That(CoqlRewriteTests.CountCriteria(queries[0]), Is.EqualTo(20));
        Assert.That(plan.Columns, Has.Count.EqualTo(121));
    }

    [Test]
    public void Expected_calls_and_credits_count_the_calls_that_read_stitched_columns_for_each_page()
    {
        // LIMIT 2500 is pages of 2,000 (3 credits) and 500 (2 credits); for each page, the 70 columns past the cap are two
        // COQL calls by id (50 and 20 columns) priced by the page's rows: 2 + 2 * 2 calls, 5 + 2 * (3 + 2) credits.
        var plan = Plan("select * from Wide where F001 = 'x' limit 2500");
        Assert.That((plan.ExpectedCalls, plan.ExpectedCredits), Is.EqualTo(((int?)6, (int?)15)));
        Assert.That(plan.Explain(), Does.Contain("Expected: 6 call(s), 15 credit(s)"));
    }

    [Test]
    public void The_column_cap_is_an_option()
    {
        var plan = Plan("select F001, F002, F003 from Wide limit 1", new ZohoCrmQueryPlannerOptions { MaxSelectColumns = 2 });
        Assert.That(((ZohoCrmCoqlStep)plan.Steps.Single()).Columns, Is.EqualTo(new[] { "F001", "F002" }));
        Assert.That(plan.StitchedColumnGroups.Single().Columns, Is.EqualTo(new[] { "F003" }));
    }

    [Test]
    public void Explain_shows_endpoints_filters_calls_and_credits()
    {
        var explain = Plan("select Last_Name from Leads where Company = 'a' limit 5000").Explain();
        Assert.That(explain, Does.Contain("POST /coql").And.Contain("3 call(s), 8 credit(s): 2000 + 2000 + 1000")
            .And.Contain("Pushed to Zoho: Company = 'a'").And.Contain("Expected: 3 call(s), 8 credit(s)"));
        var unbounded = Plan("select Last_Name from Leads").Explain();
        Assert.That(unbounded, Does.Contain("each page after the last id").And.Contain("depends on the number of matching records"));
    }

    [Test]
    public void Formula_fields_are_filtered_by_their_return_type() =>
        Assert.That(PlanTestHelpers.Where("Score > 2.5"), Is.EqualTo("Score > 2.5"));

    [Test]
    public void A_field_zoho_marks_unfilterable_is_named_in_the_error()
    {
        var error = Assert.Throws<ZohoCrmQueryException>(() => Plan("select Last_Name from Leads where Hidden_Text = 'x'"));
        Assert.That(error!.Message, Does.Contain("'Hidden_Text' as not filterable"));
    }

    [Test]
    public void Planning_is_safe_across_threads()
    {
        var results = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, 400, i => results.Add(((ZohoCrmCoqlStep)Plan("select Last_Name from Leads where No_of_Employees = @n limit 5", ("n", i % 7)).Steps[0]).FirstQuery));
        Assert.That(results.Distinct().Order(), Is.EqualTo(Enumerable.Range(0, 7).Select(n => $"select Last_Name from Leads where No_of_Employees = {n} limit 5").Order()));
    }

    [Test]
    public void Prepare_checks_syntax_and_lists_parameters()
    {
        Assert.That(PlanTestHelpers.Planner.Prepare("select id from Leads where a = @x and b in @ys limit @n"), Is.EquivalentTo(new[] { "x", "ys", "n" }));
        Assert.Throws<ZohoCrmQueryException>(() => PlanTestHelpers.Planner.Prepare("select id from Leads where"));
    }

    internal static ZohoCrmDictionaryRow Row(long id, params (string Path, object? Value)[] values) =>
        new(values.Select(v => new KeyValuePair<string, object?>(v.Path, v.Value)).Append(new("id", id)));
}

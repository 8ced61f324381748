using ZohoCrm.Emulator.Domain;
using ZohoCrm.Emulator.Domain.Errors;
using ZohoCrm.Emulator.Domain.Records;
using ZohoCrm.Emulator.Domain.Search;
using ZohoCrm.Emulator.Tests.Coql;

namespace ZohoCrm.Emulator.Tests.Search;

/// <summary>Search criteria: syntax, escaping, operators per type and Zoho's loose text matching.</summary>
public class SearchCriteriaTests
{
    private QueryTestOrg _org = null!;

    [SetUp]
    public void Create() => _org = new QueryTestOrg();

    /// <summary>Matching ids in ascending order (the default sort is id desc; tests read easier ascending).</summary>
    private string[] Find(string module, string criteria) =>
        _org.Search.Search(module, new SearchRequest { Criteria = criteria, SortOrder = "asc" }).Ids.Select(QueryTestOrg.Id).ToArray();

    private string[] Leads(string criteria) => Find("Leads", criteria);

    private string[] Contacts(string criteria) => Find("Contacts", criteria);

    private ZohoApiException Error(string criteria, string module = "Leads") =>
        Assert.Throws<ZohoApiException>(() => _org.Search.Search(module, new SearchRequest { Criteria = criteria }))!;

    private static string[] L(params int[] n) => n.Select(QueryTestOrg.Lead).ToArray();

    private static string[] C(params int[] n) => n.Select(QueryTestOrg.Contact).ToArray();

    [Test]
    public void Equals_on_text_is_a_case_insensitive_contains_match()
    {
        Assert.That(Leads("(Company:equals:abc)"), Is.EqualTo(L(1, 7)));
        Assert.That(Leads("(Company:equals:ABC Inc)"), Is.EqualTo(L(1)));
    }

    [Test]
    public void Equals_treats_listed_punctuation_and_spaces_alike()
    {
        Assert.That(Contacts("(Email:equals:sales_team@ng.example)"), Is.EqualTo(C(4)));
        Assert.That(Contacts("(Email:equals:sales team)"), Is.EqualTo(C(4)));
    }

    [Test]
    public void Equals_on_a_picklist_compares_whole_values()
    {
        Assert.That(Leads("(Lead_Source:equals:Trade Show)"), Is.EqualTo(L(2, 6)));
        Assert.That(Leads("(Lead_Source:equals:Trade)"), Is.Empty);
    }

    [Test]
    public void Not_equal_and_starts_with_on_text()
    {
        Assert.That(Contacts("(Last_Name:starts_with:ha)"), Is.EqualTo(C(1, 2, 5)));
        Assert.That(Contacts("(Last_Name:not_equal:Hale)"), Is.EqualTo(C(2, 3, 4)));
    }

    [Test]
    public void In_takes_a_comma_list()
    {
        Assert.That(Leads("(Lead_Source:in:Web,Trade Show)"), Is.EqualTo(L(2, 5, 6)));
        Assert.That(Leads("(No_of_Employees:in:10,30)"), Is.EqualTo(L(1, 3)));
    }

    [Test]
    public void Escaped_parentheses_and_commas_stay_in_the_value()
    {
        Assert.That(Leads(@"(Company:equals:Acme \(Europe\)\, Ltd)"), Is.EqualTo(L(4)));
        Assert.That(Leads(@"(Company:in:Acme \(Europe\)\, Ltd,Globex)"), Is.EqualTo(L(4, 5)));
    }

    [Test]
    public void A_trailing_backslash_is_doubled()
    {
        _org.Store.Put(new StoredRecord("Leads", QueryTestOrg.LeadBase + 50, new Dictionary<string, object?> { ["Last_Name"] = @"Back\" }), _org.Clock.UtcNow.AddDays(-1));

        Assert.That(Leads(@"(Last_Name:equals:Back\\)"), Is.EqualTo(L(50)));
        Assert.That(Error(@"(Last_Name:equals:Back\)").Code, Is.EqualTo("INVALID_QUERY"));
    }

    [Test]
    public void Numbers_take_comparisons_between_and_in()
    {
        Assert.That(Leads("(Annual_Revenue:greater_equal:250000.5)"), Is.EqualTo(L(2, 5, 7)));
        Assert.That(Leads("(No_of_Employees:less_than:30)"), Is.EqualTo(L(1, 2)));
        Assert.That(Leads("(No_of_Employees:between:20,40)"), Is.EqualTo(L(2, 3, 4)));
        Assert.That(Leads("(No_of_Employees:equals:40)"), Is.EqualTo(L(4)));
    }

    [Test]
    public void Datetimes_compare_instants_and_tolerate_an_unencoded_plus()
    {
        Assert.That(Contacts("(Created_Time:between:2025-03-02T00:00:00+00:00,2025-03-03T12:00:00+01:00)"), Is.EqualTo(C(2, 3)));
        Assert.That(Contacts("(Created_Time:greater_than:2025-03-04T12:00:00 00:00)"), Is.EqualTo(C(5)));
    }

    [Test]
    public void A_date_on_a_datetime_field_means_that_whole_day_in_the_org_time_zone()
    {
        // Zoho's record-count examples filter datetimes by date: (Created_Time:between:2024-01-01,2024-12-31).
        Assert.That(Contacts("(Created_Time:between:2025-03-02,2025-03-03)"), Is.EqualTo(C(2, 3)));
        Assert.That(Contacts("(Created_Time:equals:2025-03-02)"), Is.EqualTo(C(2)));
        Assert.That(Contacts("(Created_Time:not_equal:2025-03-02)"), Is.EqualTo(C(1, 3, 4, 5)));
        Assert.That(Contacts("(Created_Time:greater_than:2025-03-04)"), Is.EqualTo(C(5)));
        Assert.That(Contacts("(Created_Time:greater_equal:2025-03-04)"), Is.EqualTo(C(4, 5)));
        Assert.That(Contacts("(Created_Time:less_than:2025-03-02)"), Is.EqualTo(C(1)));
        Assert.That(Contacts("(Created_Time:less_equal:2025-03-02)"), Is.EqualTo(C(1, 2)));
        Assert.That(Contacts("(Created_Time:in:2025-03-01,2025-03-05)"), Is.EqualTo(C(1, 5)));
    }

    [Test]
    public void Dates_and_booleans()
    {
        Assert.That(Contacts("(Date_of_Birth:equals:1980-05-17)"), Is.EqualTo(C(1, 5)));
        Assert.That(Contacts("(Email_Opt_Out:equals:true)"), Is.EqualTo(C(2)));
        Assert.That(Contacts("(Email_Opt_Out:not_equal:true)"), Is.EqualTo(C(1, 3, 4, 5)));
    }

    [Test]
    public void Lookups_match_an_id_or_a_name()
    {
        Assert.That(Contacts($"(Account_Name:equals:{QueryTestOrg.Zylker})"), Is.EqualTo(C(3, 5)));
        Assert.That(Contacts("(Account_Name:equals:Northwind)"), Is.EqualTo(C(1)));
        Assert.That(Contacts($"(Owner:in:{QueryTestOrg.Marcus})"), Is.EqualTo(C(2, 4)));
        Assert.That(Contacts("(Owner:equals:olivia.hart@query.example)"), Is.EqualTo(C(1, 3, 5)));
    }

    [Test]
    public void Multiselect_equals_asks_for_a_chosen_value()
    {
        Assert.That(Contacts("(Languages:equals:German)"), Is.EqualTo(C(1, 4)));
        Assert.That(Contacts("(Languages:in:French,German)"), Is.EqualTo(C(1, 2, 4)));
    }

    [Test]
    public void Textarea_takes_equals_and_starts_with()
    {
        Assert.That(Contacts("(Description:equals:vip)"), Is.EqualTo(C(3)));
    }

    [Test]
    public void And_or_combine_with_parentheses_and_spaces()
    {
        Assert.That(Leads("((Lead_Source:equals:Advertisement)and(No_of_Employees:greater_than:30))"), Is.EqualTo(L(4, 7)));
        Assert.That(Leads("((Lead_Source:equals:Web) or (Company:equals:Initech))"), Is.EqualTo(L(5, 6)));
        Assert.That(Leads("(((Lead_Source:equals:Web) or (Company:equals:Initech)) and (No_of_Employees:greater_than:55))"), Is.EqualTo(L(6)));
    }

    [Test]
    public void Filters_see_the_previous_version_during_the_search_lag()
    {
        var old = _org.Store.Find("Leads", QueryTestOrg.LeadBase + 5)!;
        _org.Store.Put(new StoredRecord("Leads", old.Id, new Dictionary<string, object?>(old.Values) { ["Company"] = "Renamed Corp" }));

        Assert.That(Leads("(Company:equals:Globex)"), Is.EqualTo(L(5)));
        Assert.That(Leads("(Company:equals:Renamed)"), Is.Empty);
        _org.Clock.Advance(TimeSpan.FromSeconds(_org.Settings.SearchLagSeconds + 1));
        Assert.That(Leads("(Company:equals:Renamed)"), Is.EqualTo(L(5)));
    }

    [Test]
    public void An_unknown_field_names_the_api_name()
    {
        var error = Error("(Nope:equals:x)");
        Assert.That(error.Code, Is.EqualTo("INVALID_QUERY"));
        Assert.That(error.Message, Is.EqualTo("invalid query formed"));
        Assert.That(error.Details["api_name"], Is.EqualTo("Nope"));
    }

    [TestCase("(Lead_Source:starts_with:Tr)", "Lead_Source", "starts_with")]
    [TestCase("(No_of_Employees:starts_with:1)", "No_of_Employees", "starts_with")]
    [TestCase("(Owner:greater_than:1)", "Owner", "greater_than")]
    [TestCase("(Company:contains:x)", "Company", "contains")]
    public void An_operator_the_type_does_not_take_names_field_and_operator(string criteria, string field, string op)
    {
        var error = Error(criteria);
        Assert.That(error.Code, Is.EqualTo("INVALID_QUERY"));
        Assert.That(error.Details["api_name"], Is.EqualTo(field));
        Assert.That(error.Details["operator"], Is.EqualTo(op));
    }

    [TestCase("(Company:equals:x")]
    [TestCase("Company:equals:x")]
    [TestCase("(Company:equals:x) xor (Company:equals:y)")]
    [TestCase("(Company equals x)")]
    [TestCase("(Company:equals:a(b)")]
    [TestCase("(No_of_Employees:equals:ten)")]
    [TestCase("(No_of_Employees:between:1)")]
    public void Malformed_criteria_are_invalid_queries(string criteria) =>
        Assert.That(Error(criteria).Code, Is.EqualTo("INVALID_QUERY"));

    [Test]
    public void More_than_ten_criteria_are_refused()
    {
        var criteria = "(Company:equals:a0)";
        for (var i = 1; i < 11; i++)
        {
            criteria = $"({criteria}or(Company:equals:a{i}))";
        }

        Assert.That(Error(criteria).Code, Is.EqualTo("CRITERIA_LIMIT_EXCEEDED"));
    }

    [Test]
    public void More_than_100_in_values_are_refused() =>
        Assert.That(Error($"(Company:in:{string.Join(",", Enumerable.Range(0, 101))})").Code, Is.EqualTo("INVALID_QUERY"));
}

using ZohoCrm.Emulator.Domain;
using ZohoCrm.Emulator.Domain.Records;

namespace ZohoCrm.Emulator.Tests.Coql;

/// <summary>WHERE: every documented operator per field type, literals, grouping and subqueries.</summary>
public class CoqlFilterTests
{
    private QueryTestOrg _org = null!;

    [SetUp]
    public void Create() => _org = new QueryTestOrg();

    private string[] Contacts(string where) => _org.Ids($"select Last_Name from Contacts where {where}");

    private string[] Leads(string where) => _org.Ids($"select Last_Name from Leads where {where}");

    private static string[] C(params int[] n) => n.Select(QueryTestOrg.Contact).ToArray();

    private static string[] L(params int[] n) => n.Select(QueryTestOrg.Lead).ToArray();

    [Test]
    public void Text_equality_ignores_case()
    {
        Assert.That(Contacts("Last_Name = 'hale'"), Is.EqualTo(C(1, 5)));
        Assert.That(Contacts("Last_Name != 'Hale'"), Is.EqualTo(C(2, 3, 4)));
    }

    [Test]
    public void String_literals_escape_a_quote_by_doubling_it()
    {
        Assert.That(Contacts("Last_Name = 'O''Brien'"), Is.EqualTo(C(3)));
        Assert.That(Contacts("Last_Name = \"O'Brien\""), Is.EqualTo(C(3)));
    }

    [Test]
    public void Like_matches_prefix_suffix_and_contains()
    {
        Assert.That(Contacts("Last_Name like 'Ha%'"), Is.EqualTo(C(1, 2, 5)));
        Assert.That(Contacts("Email like '%zylker.example'"), Is.EqualTo(C(3, 5)));
        Assert.That(Contacts("Email like '%arp%'"), Is.EqualTo(C(2)));
        Assert.That(Contacts("Email not like '%zylker%'"), Is.EqualTo(C(1, 2, 4)));
    }

    [Test]
    public void In_and_not_in_take_lists()
    {
        Assert.That(Contacts("Last_Name in ('Hale', 'Ng')"), Is.EqualTo(C(1, 4, 5)));
        Assert.That(Contacts("Last_Name not in ('Hale', 'Ng')"), Is.EqualTo(C(2, 3)));
    }

    [Test]
    public void Null_checks_treat_empty_fields_as_null()
    {
        Assert.That(Contacts("First_Name is null"), Is.EqualTo(C(4)));
        Assert.That(Contacts("Languages is not null"), Is.EqualTo(C(1, 2, 4)));
    }

    [Test]
    public void An_unquoted_picklist_value_works_in_strict_mode_as_in_Zohos_documented_sample()
    {
        // "Get Records through COQL" shows where Lead_Source = Advertisement: strict mode may not refuse it.
        Assert.That(Leads("Lead_Source = Advertisement"), Is.EqualTo(L(1, 4, 7)));
        Assert.That(Leads("Lead_Source in (Advertisement, Web)"), Is.EqualTo(L(1, 4, 5, 7)));
    }

    [Test]
    public void An_unquoted_value_for_a_text_field_stays_refused_in_strict_mode_and_works_in_lenient_mode()
    {
        // Zoho documents unquoted values only for picklists; for text the documented form is quoted.
        var error = _org.Error("select Last_Name from Contacts where Last_Name = Hale");
        Assert.That((error.Code, error.Message), Is.EqualTo(("INVALID_QUERY", "value given seems to be invalid for the column")));
        var lenient = new QueryTestOrg(new EmulatorSettings { Strict = false });
        Assert.That(lenient.Ids("select Last_Name from Contacts where Last_Name = Hale"), Is.EqualTo(C(1, 5)));
    }

    [Test]
    public void Comparisons_with_an_empty_field_are_false()
    {
        Assert.That(Leads("Lead_Source != 'Advertisement'"), Is.EqualTo(L(2, 5, 6)));
    }

    [Test]
    public void Numbers_compare_numerically_with_every_range_operator()
    {
        Assert.That(Leads("Annual_Revenue >= 250000.5"), Is.EqualTo(L(2, 5, 7)));
        Assert.That(Leads("Annual_Revenue > 250000.5"), Is.EqualTo(L(5, 7)));
        Assert.That(Leads("No_of_Employees < 30"), Is.EqualTo(L(1, 2)));
        Assert.That(Leads("No_of_Employees <= 30"), Is.EqualTo(L(1, 2, 3)));
        Assert.That(Leads("No_of_Employees = 40"), Is.EqualTo(L(4)));
        Assert.That(Leads("No_of_Employees in (10, 80)"), Is.EqualTo(L(1, 8)));
        Assert.That(Leads("Rating = -0"), Is.EqualTo(L(1)));
    }

    [Test]
    public void Between_is_inclusive_and_not_between_excludes_the_range()
    {
        Assert.That(Leads("No_of_Employees between 20 and 40"), Is.EqualTo(L(2, 3, 4)));
        Assert.That(Leads("No_of_Employees not between 20 and 70"), Is.EqualTo(L(1, 8)));
    }

    [Test]
    public void Datetimes_compare_instants_whatever_the_offset()
    {
        // 2025-03-02T10:00Z is 2025-03-02T15:30+05:30.
        Assert.That(Contacts("Created_Time = '2025-03-02T15:30:00+05:30'"), Is.EqualTo(C(2)));
        Assert.That(Contacts("Created_Time >= '2025-03-03T06:00:00-05:00'"), Is.EqualTo(C(3, 4, 5)));
        Assert.That(Contacts("Created_Time between '2025-03-02T00:00:00+00:00' and '2025-03-03T11:00:00+00:00'"), Is.EqualTo(C(2, 3)));
    }

    [Test]
    public void Dates_compare_as_calendar_days()
    {
        Assert.That(Contacts("Date_of_Birth = '1980-05-17'"), Is.EqualTo(C(1, 5)));
        Assert.That(Contacts("Date_of_Birth > '1985-01-01'"), Is.EqualTo(C(2)));
    }

    [Test]
    public void Booleans_take_quoted_true_and_false()
    {
        Assert.That(Contacts("Email_Opt_Out = 'true'"), Is.EqualTo(C(2)));
        Assert.That(Contacts("Email_Opt_Out = 'false'"), Is.EqualTo(C(1, 3, 4, 5)));
    }

    [Test]
    public void Lookups_compare_against_the_id_quoted_or_not()
    {
        var zylker = QueryTestOrg.Id(QueryTestOrg.Zylker);
        Assert.That(Contacts($"Account_Name = '{zylker}'"), Is.EqualTo(C(3, 5)));
        Assert.That(Contacts($"Account_Name = {zylker}"), Is.EqualTo(C(3, 5)));
        Assert.That(Contacts($"Account_Name != '{zylker}'"), Is.EqualTo(C(1, 2)));
        Assert.That(Contacts($"Owner in ('{QueryTestOrg.Id(QueryTestOrg.Marcus)}')"), Is.EqualTo(C(2, 4)));
    }

    [Test]
    public void Filters_may_follow_lookup_paths()
    {
        Assert.That(Contacts("Account_Name.Account_Name = 'Zylker'"), Is.EqualTo(C(3, 5)));
        Assert.That(Contacts("Account_Name.Parent_Account.Account_Name like 'Zyl%'"), Is.EqualTo(C(1)));
        Assert.That(Contacts("Owner.email = 'marcus.reed@query.example'"), Is.EqualTo(C(2, 4)));
        Assert.That(Contacts("Owner.role.name = 'CEO'"), Is.EqualTo(C(1, 3, 5)));
    }

    [Test]
    public void Ids_compare_numerically_for_keyset_paging()
    {
        Assert.That(Contacts($"id > '{QueryTestOrg.Contact(3)}'"), Is.EqualTo(C(4, 5)));
        Assert.That(Contacts($"id = {QueryTestOrg.Contact(2)}"), Is.EqualTo(C(2)));
    }

    [Test]
    public void Multiselect_equality_compares_the_semicolon_joined_set_in_any_order()
    {
        Assert.That(Contacts("Languages = 'English;German'"), Is.EqualTo(C(1, 4)));
        Assert.That(Contacts("Languages = 'French'"), Is.EqualTo(C(2)));
        Assert.That(Contacts("Languages like '%German%'"), Is.EqualTo(C(1, 4)));
    }

    [Test]
    public void Two_conditions_need_no_parentheses_and_more_must_be_grouped_binary()
    {
        Assert.That(Contacts("Last_Name = 'Hale' and First_Name = 'Ann'"), Is.EqualTo(C(5)));
        Assert.That(Contacts("(Last_Name = 'Hale' and First_Name = 'Ann') or Last_Name = 'Ng'"), Is.EqualTo(C(4, 5)));
        Assert.That(Contacts("Last_Name = 'Ng' or (Last_Name = 'Hale' and (First_Name = 'Ann' or First_Name = 'Marcus'))"), Is.EqualTo(C(1, 4, 5)));
        Assert.That(Contacts("((Last_Name = 'Hale'))"), Is.EqualTo(C(1, 5)));
    }

    [Test]
    public void Lenient_mode_reads_unparenthesised_chains_with_and_before_or()
    {
        var org = new QueryTestOrg(new EmulatorSettings { Strict = false });

        Assert.That(org.Ids("select Last_Name from Contacts where Last_Name = 'Ng' or Last_Name = 'Hale' and First_Name = 'Ann'"),
            Is.EqualTo(C(4, 5)));
        Assert.That(org.Ids("select Last_Name from Contacts limit 2"), Is.EqualTo(C(1, 2)), "lenient mode allows no WHERE");
    }

    [Test]
    public void Subqueries_in_IN_select_ids_of_another_module()
    {
        var ids = Contacts("Account_Name in (select id from Accounts where Industry = 'Technology')");
        Assert.That(ids, Is.EqualTo(C(3, 5)));

        var notIn = Contacts("Account_Name not in (select id from Accounts where Parent_Account is not null)");
        Assert.That(notIn, Is.EqualTo(C(3, 5)));
    }

    [Test]
    public void An_equality_subquery_must_return_one_value()
    {
        Assert.That(Contacts("Account_Name = (select id from Accounts where Account_Name = 'Zylker')"), Is.EqualTo(C(3, 5)));

        var error = _org.Error("select Last_Name from Contacts where Account_Name = (select id from Accounts where Annual_Revenue > 1)");
        Assert.That(error.Code, Is.EqualTo("INVALID_QUERY"));
        // Zoho's example: the first subquery is sequence 0, and the operator it cannot take is named.
        Assert.That(Details(error), Is.EqualTo("""{"sub_query_sequence":0,"operator":"="}"""));
    }

    private static string Details(ZohoCrm.Emulator.Domain.Errors.ZohoApiException error) => System.Text.Json.JsonSerializer.Serialize(error.Details);

    [Test]
    public void Filters_see_the_indexed_version_during_the_coql_lag()
    {
        var org = new QueryTestOrg(new EmulatorSettings { CoqlLagSeconds = 60 });
        var old = org.Store.Find("Contacts", QueryTestOrg.ContactBase + 2)!;
        var values = new Dictionary<string, object?>(old.Values) { ["Last_Name"] = "Renamed" };
        org.Store.Put(new StoredRecord("Contacts", old.Id, values));

        var rows = org.Rows("select Last_Name from Contacts where Last_Name = 'Harper'");
        Assert.That((string)rows.Single()!["Last_Name"]!, Is.EqualTo("Renamed"), "matched on the old value, rendered with the new");
        org.Clock.Advance(TimeSpan.FromSeconds(61));
        Assert.That(org.Rows("select Last_Name from Contacts where Last_Name = 'Harper'"), Is.Empty);
    }
}

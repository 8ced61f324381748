using System.Text.Json.Nodes;
using ZohoCrm.Emulator.Domain.Errors;
using ZohoCrm.Emulator.Domain.Search;
using ZohoCrm.Emulator.Tests.Coql;

namespace ZohoCrm.Emulator.Tests.Search;

/// <summary>Search parameters: email/phone/word, paging, sorting, fields, the 2,000-record cap, and record count.</summary>
public class SearchRequestTests
{
    private QueryTestOrg _org = null!;

    [SetUp]
    public void Create() => _org = new QueryTestOrg();

    private SearchResult Search(SearchRequest request, string module = "Leads") => _org.Search.Search(module, request);

    private ZohoApiException Error(SearchRequest request, string module = "Leads") =>
        Assert.Throws<ZohoApiException>(() => _org.Search.Search(module, request))!;

    [Test]
    public void Results_are_full_records_with_info_and_default_id_descending()
    {
        var body = JsonNode.Parse(Search(new SearchRequest { Criteria = "(Company:equals:abc)" }).ToJsonString())!;

        Assert.That(body["data"]!.AsArray().Select(r => (string)r!["id"]!), Is.EqualTo(new[] { QueryTestOrg.Lead(7), QueryTestOrg.Lead(1) }));
        var first = body["data"]![0]!;
        Assert.That((string)first["Owner"]!["name"]!, Is.EqualTo("Olivia Hart"));
        Assert.That((string)first["Owner"]!["email"]!, Is.EqualTo("olivia.hart@query.example"));
        Assert.That(first.AsObject().ContainsKey("Description"), Is.True, "all fields when fields is absent");
        Assert.That(QueryTestOrg.Text(body["info"]), Is.EqualTo(
            """{"per_page":200,"count":2,"page":1,"sort_by":"id","sort_order":"desc","more_records":false}"""));
    }

    [Test]
    public void Fields_limits_the_keys_and_id_is_always_present()
    {
        var body = JsonNode.Parse(Search(new SearchRequest { Criteria = "(Company:equals:Globex)", Fields = "Company,Email" }).ToJsonString())!;

        Assert.That(body["data"]![0]!.AsObject().Select(p => p.Key), Is.EqualTo(new[] { "Company", "Email", "id" }));
    }

    [Test]
    public void Email_matches_email_fields_exactly()
    {
        Assert.That(Search(new SearchRequest { Email = "LEAD3@leads.example" }).Ids, Is.EqualTo(new[] { QueryTestOrg.LeadBase + 3 }));
    }

    [Test]
    public void Phone_matches_digits_whatever_the_formatting()
    {
        Assert.That(Search(new SearchRequest { Phone = "555-0102" }, "Contacts").Ids, Is.EqualTo(new[] { QueryTestOrg.ContactBase + 2 }));
        Assert.That(Error(new SearchRequest { Phone = "55" }, "Contacts").Code, Is.EqualTo("INVALID_DATA"));
    }

    [Test]
    public void Word_searches_every_text_field_and_needs_two_characters()
    {
        Assert.That(Search(new SearchRequest { Word = "holdings", SortOrder = "asc" }).Ids, Is.EqualTo(new[] { QueryTestOrg.LeadBase + 7 }));
        Assert.That(Error(new SearchRequest { Word = "a" }).Code, Is.EqualTo("INVALID_DATA"));
        Assert.That(Error(new SearchRequest { Word = "-*" }).Code, Is.EqualTo("INVALID_DATA"));
    }

    [Test]
    public void Criteria_wins_over_email_phone_and_word()
    {
        var result = Search(new SearchRequest { Criteria = "(Company:equals:Globex)", Email = "lead1@leads.example", Word = "Initech" });
        Assert.That(result.Ids, Is.EqualTo(new[] { QueryTestOrg.LeadBase + 5 }));
    }

    [Test]
    public void No_search_parameter_is_a_missing_param()
    {
        var error = Error(new SearchRequest { Page = "1" });
        Assert.That(error.Code, Is.EqualTo("EXPECTED_PARAM_MISSING"));
        Assert.That(error.Message, Is.EqualTo("mandatory param missing"));
    }

    [Test]
    public void Paging_and_sorting()
    {
        var request = new SearchRequest { Criteria = "(No_of_Employees:greater_than:0)", PerPage = "3", Page = "2", SortBy = "Annual_Revenue", SortOrder = "asc" };
        var result = Search(request);

        // Ascending revenue with nulls first: 3(null), 8(10), 4, 6, 1, 2, 7, 5.
        Assert.That(result.Ids, Is.EqualTo(new[] { 306L, 301L, 302L }.Select(i => QueryTestOrg.LeadBase + i - 300)));
        Assert.That(result.MoreRecords, Is.True);
        Assert.That(result.SortBy, Is.EqualTo("Annual_Revenue"));
    }

    [Test]
    public void Nothing_found_is_empty_for_the_204_answer()
    {
        Assert.That(Search(new SearchRequest { Criteria = "(Company:equals:Nobody)" }).IsEmpty, Is.True);
    }

    [TestCase("10", "200", false)]
    [TestCase("11", "200", true)]
    [TestCase("21", "100", true)]
    public void Only_the_first_2000_records_are_reachable(string page, string perPage, bool refused)
    {
        var request = new SearchRequest { Criteria = "(Company:equals:abc)", Page = page, PerPage = perPage };
        if (refused)
        {
            var error = Error(request);
            Assert.That(error.Code, Is.EqualTo("LIMIT_REACHED"));
            Assert.That(error.Message, Is.EqualTo("Maximum response iteration limit reached"));
        }
        else
        {
            Assert.That(Search(request).IsEmpty, Is.True);
        }
    }

    [TestCase("201", null, null, null, "per_page")]
    [TestCase("0", null, null, null, "per_page")]
    [TestCase(null, "x", null, null, "page")]
    [TestCase(null, null, "Nope", null, "sort_by")]
    [TestCase(null, null, null, "up", "sort_order")]
    public void Bad_paging_or_sorting_names_the_parameter(string? perPage, string? page, string? sortBy, string? sortOrder, string param)
    {
        var error = Error(new SearchRequest { Criteria = "(Company:equals:abc)", PerPage = perPage, Page = page, SortBy = sortBy, SortOrder = sortOrder });
        Assert.That(error.Code, Is.EqualTo("INVALID_DATA"));
        Assert.That(error.Details["param_name"], Is.EqualTo(param));
    }

    [Test]
    public void Unknown_fields_in_the_fields_param_are_named() =>
        Assert.That(Error(new SearchRequest { Criteria = "(Company:equals:abc)", Fields = "Company,Nope" }).Details["api_name"], Is.EqualTo("Nope"));

    [Test]
    public void Unknown_and_unsupported_modules_are_refused()
    {
        Assert.That(Error(new SearchRequest { Word = "abc" }, "Nothing").Code, Is.EqualTo("INVALID_MODULE"));
        Assert.That(Error(new SearchRequest { Word = "abc" }, "Notes").Code, Is.EqualTo("NOT_SUPPORTED"));
    }

    [Test]
    public void Count_reports_all_records_or_the_matching_ones()
    {
        Assert.That(_org.Search.Count("Leads", new SearchRequest()), Is.EqualTo(8));
        Assert.That(_org.Search.Count("Leads", new SearchRequest { Criteria = "(Lead_Source:equals:Advertisement)" }), Is.EqualTo(3));
        Assert.That(_org.Search.Count("Leads", new SearchRequest { Word = "abc" }), Is.EqualTo(2));
    }

    [Test]
    public void Count_with_both_a_custom_view_and_criteria_is_ambiguous()
    {
        var error = Assert.Throws<ZohoApiException>(() => _org.Search.Count("Leads", new SearchRequest { Criteria = "(Company:equals:abc)", CustomViewId = "123" }))!;
        Assert.That(error.Code, Is.EqualTo("AMBIGUITY_DURING_PROCESSING"));
    }
}

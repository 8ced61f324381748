using ZohoCrm.Emulator.Domain.Errors;
using ZohoCrm.Emulator.Domain.Search;
using ZohoCrm.Emulator.Tests.Coql;

namespace ZohoCrm.Emulator.Tests.Search;

/// <summary>
/// The codes and detail keys of Zoho's own v8 examples for <c>GET {module}/actions/count</c> (zoho/crm-oas,
/// record_count getRecordCount examples); the search API shares the criteria engine, so it answers alike.
/// </summary>
public class RecordCountErrorShapeTests
{
    private QueryTestOrg _org = null!;

    [SetUp]
    public void Create() => _org = new QueryTestOrg();

    private ZohoApiException CountError(SearchRequest request, string module = "Leads") =>
        Assert.Throws<ZohoApiException>(() => _org.Search.Count(module, request))!;

    private ZohoApiException CriteriaError(string criteria, string module = "Leads") => CountError(new SearchRequest { Criteria = criteria }, module);

    private static void AssertShape(ZohoApiException error, string code, params string[] detailKeys)
    {
        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(code));
            Assert.That(error.HttpStatus, Is.EqualTo(400));
            Assert.That(error.Details.Keys, Is.SupersetOf(detailKeys), $"details of {error.Code}: {string.Join(", ", error.Details.Keys)}");
        });
    }

    [Test]
    public void More_than_ten_criteria_exceed_the_criteria_limit_with_empty_details()
    {
        var criteria = "(Company:equals:a0)";
        for (var i = 1; i < 11; i++)
        {
            criteria = $"({criteria}or(Company:equals:a{i}))";
        }

        var error = CriteriaError(criteria);
        Assert.That(error.Code, Is.EqualTo("CRITERIA_LIMIT_EXCEEDED"));
        Assert.That(error.Details, Is.Empty);
    }

    [Test]
    public void A_custom_view_with_criteria_is_ambiguous_and_names_each_parameter_in_an_object()
    {
        var error = CountError(new SearchRequest { Criteria = "(Company:equals:abc)", CustomViewId = "123" });
        Assert.That(error.Code, Is.EqualTo("AMBIGUITY_DURING_PROCESSING"));
        var causes = (IEnumerable<object?>)error.Details["ambiguity_due_to"]!;
        Assert.That(causes.Select(c => ((IReadOnlyDictionary<string, object?>)c!)["param_name"]), Is.EqualTo(new[] { "cvid", "criteria" }));
    }

    [Test]
    public void A_datetime_value_that_is_not_one_is_invalid_data_naming_the_expected_type()
    {
        var error = CriteriaError("(Created_Time:equals:invalid-date)");
        AssertShape(error, "INVALID_DATA", "expected_data_type", "reason", "api_name", "value");
        Assert.That(error.Details["expected_data_type"], Is.EqualTo("datetime"));
    }

    [Test]
    public void A_date_value_that_is_not_one_is_an_invalid_query_naming_the_expected_type() =>
        AssertShape(CriteriaError("(Date_of_Birth:equals:asadsa)", "Contacts"), "INVALID_QUERY", "expected_data_type", "reason", "api_name", "value");

    [TestCase("(No_of_Employees:equals:ten)", "integer")]
    [TestCase("(Annual_Revenue:greater_than:lots)", "currency")]
    [TestCase("(External_Id:equals:x1)", "bigint")]
    public void A_number_value_that_is_not_one_names_the_expected_type(string criteria, string expected)
    {
        var error = CriteriaError(criteria, criteria.Contains("External_Id") ? "Contacts" : "Leads");
        AssertShape(error, "INVALID_QUERY", "expected_data_type", "reason", "api_name");
        Assert.That(error.Details["expected_data_type"], Is.EqualTo(expected));
    }

    [TestCase("(Phone:equals:ABC123)")]
    [TestCase("(Phone:in:5550101,12AB)")]
    [TestCase("(Phone:starts_with:x55)")]
    public void A_phone_value_with_letters_is_refused(string criteria)
    {
        var error = CriteriaError(criteria, "Contacts");
        AssertShape(error, "INVALID_QUERY", "reason", "api_name", "value");
        Assert.That(error.Details["api_name"], Is.EqualTo("Phone"));
    }

    [Test]
    public void A_phone_value_of_digits_and_punctuation_is_accepted() =>
        Assert.That(_org.Search.Count("Contacts", new SearchRequest { Criteria = "(Phone:equals:+1 555-0101)" }), Is.EqualTo(1));

    [Test]
    public void More_than_100_in_values_are_an_invalid_query_naming_the_field()
    {
        var error = CriteriaError($"(Company:in:{string.Join(",", Enumerable.Range(0, 101))})");
        AssertShape(error, "INVALID_QUERY", "api_name");
        Assert.That(error.Message, Is.EqualTo("Only 100 values are allowed in \"IN\" criteria"));
    }

    [Test]
    public void An_operator_the_type_does_not_take_names_operator_reason_and_field() =>
        AssertShape(CriteriaError("(Email:greater_than:abc)"), "INVALID_QUERY", "operator", "reason", "api_name");

    [Test]
    public void A_module_the_api_does_not_support_names_the_module()
    {
        var error = CountError(new SearchRequest(), "Notes");
        AssertShape(error, "NOT_SUPPORTED", "module");
        Assert.That(error.Details["module"], Is.EqualTo("Notes"));
    }
}

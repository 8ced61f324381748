using ZohoCrm.Data.Coql;
using static ZohoCrm.Data.Tests.Coql.PlanTestHelpers;

namespace ZohoCrm.Data.Tests.Coql;

/// <summary>
/// UPPER/LOWER of a text field compared with values: Zoho compares text ignoring case, so the plain comparison is
/// pushed (a superset) and the client re-checks the function's result with its exact case, as C# compares it.
/// </summary>
public class CoqlCaseFunctionTests
{
    private static readonly string[] Names = ["McDonald", "mcdonald", "MCDONALD", "Smith"];

    private static List<string> Run(string condition, params (string Name, object? Value)[] parameters)
    {
        var plan = Plan("select Last_Name from Leads where " + condition, parameters);
        // Zoho answers its pushed filter; here every row, so the client's part decides.
        var rows = Names.Select((n, i) => CoqlPlannerRoutingTests.Row(i + 1, ("Last_Name", n), ("Company", n + " Ltd")));
        return plan.ProcessRows(rows).Select(r => (string)r[0]!).ToList();
    }

    [TestCase("UPPER(Last_Name) = 'MCDONALD'", "Last_Name = 'MCDONALD'")]
    [TestCase("LOWER(Last_Name) in ('mcdonald', 'smith')", "Last_Name in ('mcdonald', 'smith')")]
    [TestCase("LOWER(Company) like '%donald%'", "Company like '%donald%'")]
    [TestCase("UPPER(Last_Name) = 'McDonald'", "Last_Name = 'McDonald'")]
    [TestCase("'MCDONALD' = UPPER(Last_Name)", "Last_Name = 'MCDONALD'")]
    [TestCase("EXACT(Last_Name) = 'McDonald'", "Last_Name = 'McDonald'")]
    [TestCase("EXACT(Company) like 'Mc%'", "Company like 'Mc%'")]
    public void The_plain_comparison_is_pushed_and_the_function_re_checked_without_client_side_permission(string condition, string pushed)
    {
        var plan = Plan("select Last_Name from Leads where " + condition);
        Assert.That(plan.PushedFilter, Is.EqualTo(pushed));
        Assert.That(plan.ClientFilter, Is.Not.Null);
        Assert.That(plan.MaxRowsRead, Is.Null);
    }

    [Test]
    public void The_re_check_compares_the_functions_result_with_its_exact_case()
    {
        Assert.That(Run("UPPER(Last_Name) = 'MCDONALD'"), Is.EqualTo(new[] { "McDonald", "mcdonald", "MCDONALD" }));
        Assert.That(Run("UPPER(Last_Name) = @v", ("v", "McDonald")), Is.Empty, "as C#'s ToUpper() == \"McDonald\"");
        Assert.That(Run("LOWER(Last_Name) in ('mcdonald', 'SMITH')"), Is.EqualTo(new[] { "McDonald", "mcdonald", "MCDONALD" }));
        Assert.That(Run("LOWER(Company) like '%DONALD%'"), Is.Empty);
        Assert.That(Run("LOWER(Company) like '%donald%'"), Has.Count.EqualTo(3));
        Assert.That(Plan("select Last_Name from Leads where Last_Name = 'mcdonald'").ClientFilter, Is.Null,
            "a plain '=' keeps Zoho's meaning (case ignored) and is left to Zoho");
    }

    [Test]
    public void EXACT_is_the_text_itself_re_checked_with_exact_case_as_an_ordinal_comparison()
    {
        Assert.That(Run("EXACT(Last_Name) = 'McDonald'"), Is.EqualTo(new[] { "McDonald" }));
        Assert.That(Run("EXACT(Last_Name) = @v", ("v", "MCDONALD")), Is.EqualTo(new[] { "MCDONALD" }));
        Assert.That(Run("EXACT(Last_Name) = 'MCDonald'"), Is.Empty);
        Assert.That(Run("EXACT(Company) like 'mc%'"), Is.EqualTo(new[] { "mcdonald" }));
    }

    [Test]
    public void A_negated_case_function_stays_client_side_work()
    {
        var exception = Assert.Throws<ZohoCrmQueryException>(() => Plan("select Last_Name from Leads where UPPER(Last_Name) != 'X'"));
        Assert.That(exception!.Refusal, Is.Not.Null);
    }
}

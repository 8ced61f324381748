using EFCore.ZohoCrm.Properties;
using EFCore.ZohoCrm.Tests.TestUtilities;
using Microsoft.EntityFrameworkCore;

namespace EFCore.ZohoCrm.Tests.Query;

/// <summary>What COQL cannot run fails at translation with a sentence saying what Zoho cannot do.</summary>
public class TranslationFailureTests
{
    private static void AssertFails(Func<string> translate, string expectedDetail)
    {
        var exception = Assert.Throws<InvalidOperationException>(() => translate());
        Assert.That(exception!.Message, Does.Contain(expectedDetail));
    }

    [Test]
    public void Join_on_a_field_that_is_not_a_lookup_fails_with_the_lookup_sentence()
    {
        using var db = new CrmContext();
        AssertFails(
            () => db.Contacts.Join(db.Leads, c => c.LastName, l => l.Last_Name, (c, l) => new { c.Id, Lead = l.Id }).ToQueryString(),
            ZohoCrmStrings.JoinNotLookup);
    }

    [Test]
    public void Union_fails_with_the_set_operation_sentence()
    {
        using var db = new CrmContext();
        AssertFails(
            () => db.Leads.Select(l => l.Last_Name).Union(db.Contacts.Select(c => c.LastName)).ToQueryString(),
            ZohoCrmStrings.SetOperationsNotSupported("Union"));
    }

    [Test]
    public void Subquery_in_a_predicate_fails_with_the_subquery_sentence()
    {
        using var db = new CrmContext();
        AssertFails(
            () => db.Accounts.Where(a => db.Contacts.Any(c => c.AccountId == a.Id)).Select(a => a.Id).ToQueryString(),
            ZohoCrmStrings.SubqueriesNotSupported);
    }

    [Test]
    public void Server_side_string_function_in_where_fails_and_names_the_method_with_a_Zoho_sentence()
    {
        using var db = new CrmContext();
        var exception = Assert.Throws<InvalidOperationException>(
            () => db.Leads.Where(l => l.Company!.Substring(1) == "ylker").Select(l => l.Id).ToQueryString());
        Assert.That(exception!.Message, Does.Contain("could not be translated").And.Contain("Substring")
            .And.Contain(ZohoCrmStrings.MethodNotSupported("String.Substring")));

        var member = Assert.Throws<InvalidOperationException>(
            () => db.Leads.Where(l => l.Company!.Length > 3).Select(l => l.Id).ToQueryString());
        Assert.That(member!.Message, Does.Contain(ZohoCrmStrings.MethodNotSupported("String.Length")));

        var caseSensitive = Assert.Throws<InvalidOperationException>(
            () => db.Leads.Where(l => l.Company!.Contains("Zyl", StringComparison.InvariantCulture)).Select(l => l.Id).ToQueryString());
        Assert.That(caseSensitive!.Message, Does.Contain(ZohoCrmStrings.CaseSensitiveComparisonNotSupported("Contains")));
    }

    [Test]
    public void Case_insensitive_idioms_become_the_dialects_case_functions_or_Zohos_own_comparisons()
    {
        using var db = new CrmContext();
        var name = "zylker";
        Assert.That(db.Leads.Where(l => l.Company!.ToUpper() == "ZYLKER").Select(l => l.Id).ToQueryString(),
            Is.EqualTo("SELECT id FROM Leads WHERE UPPER(Company) = 'ZYLKER'"));
        Assert.That(db.Leads.Where(l => l.Company!.ToLowerInvariant().StartsWith("zyl")).Select(l => l.Id).ToQueryString(),
            Is.EqualTo("SELECT id FROM Leads WHERE LOWER(Company) LIKE 'zyl%'"));
        Assert.That(db.Leads.Where(l => string.Equals(l.Company, "Zylker", StringComparison.OrdinalIgnoreCase)).Select(l => l.Id).ToQueryString(),
            Is.EqualTo("SELECT id FROM Leads WHERE Company = 'Zylker'"));
        Assert.That(db.Leads.Where(l => l.Company!.Equals(name, StringComparison.CurrentCultureIgnoreCase)).Select(l => l.Id).ToQueryString(),
            Is.EqualTo("-- @name='zylker'\n\nSELECT id FROM Leads WHERE Company = @name".ReplaceLineEndings()));
        Assert.That(db.Leads.Where(l => l.Company!.Contains("lk", StringComparison.OrdinalIgnoreCase)).Select(l => l.Id).ToQueryString(),
            Is.EqualTo("SELECT id FROM Leads WHERE Company LIKE '%lk%'"));
        Assert.That(db.Leads.Where(l => EF.Functions.Like(l.Company!, "zy%er")).Select(l => l.Id).ToQueryString(),
            Is.EqualTo("SELECT id FROM Leads WHERE Company LIKE 'zy%er'"));
    }

    [Test]
    public void Ordinal_comparisons_become_the_dialects_EXACT_which_ZohoCrm_Data_sends_ignoring_case_and_rechecks()
    {
        using var db = new CrmContext();
        var name = "Zylker";
        Assert.That(db.Leads.Where(l => string.Equals(l.Company, "Zylker", StringComparison.Ordinal)).Select(l => l.Id).ToQueryString(),
            Is.EqualTo("SELECT id FROM Leads WHERE EXACT(Company) = 'Zylker'"));
        Assert.That(db.Leads.Where(l => string.Equals(name, l.Company, StringComparison.Ordinal)).Select(l => l.Id).ToQueryString(),
            Is.EqualTo("-- @name='Zylker'\n\nSELECT id FROM Leads WHERE EXACT(Company) = @name".ReplaceLineEndings()));
        Assert.That(db.Leads.Where(l => l.Company!.StartsWith("Zy", StringComparison.Ordinal)).Select(l => l.Id).ToQueryString(),
            Is.EqualTo("SELECT id FROM Leads WHERE EXACT(Company) LIKE 'Zy%'"));
    }

    [Test]
    public void Arithmetic_in_where_fails_with_the_computation_sentence()
    {
        using var db = new CrmContext();
        AssertFails(
            () => db.Leads.Where(l => l.No_of_Employees + 10 > 100).Select(l => l.Id).ToQueryString(),
            "COQL can only compare a field with a value");
    }

    [Test]
    public void Comparing_two_fields_and_ordering_by_a_case_function_translate_for_ZohoCrm_Data_to_judge()
    {
        using var db = new CrmContext();
        Assert.That(db.Leads.Where(l => l.Company == l.Last_Name).Select(l => l.Id).ToQueryString(), Does.StartWith("SELECT id FROM Leads WHERE "));
        Assert.That(db.Leads.OrderBy(l => l.Company!.ToUpper()).Select(l => l.Id).ToQueryString(),
            Is.EqualTo("SELECT id FROM Leads ORDER BY UPPER(Company) ASC"));
    }

    [Test]
    public void Range_comparison_on_text_translates_for_ZohoCrm_Data_to_judge()
    {
        using var db = new CrmContext();
        Assert.That(db.Leads.Where(l => string.Compare(l.Last_Name, "M") > 0).Select(l => l.Id).ToQueryString(),
            Is.EqualTo("SELECT id FROM Leads WHERE Last_Name > 'M'"));
    }

    [Test]
    public void Distinct_fails_with_a_group_by_suggestion()
    {
        using var db = new CrmContext();
        AssertFails(() => db.Leads.Select(l => l.Company).Distinct().ToQueryString(), ZohoCrmStrings.DistinctNotSupported);
    }

    [Test]
    public void Collection_navigation_in_a_projection_fails_with_the_include_and_explicit_loading_suggestions()
    {
        using var db = new CrmContext();
        AssertFails(() => db.Accounts.Select(a => new { a.Id, a.Contacts }).ToQueryString(), ZohoCrmStrings.CollectionJoinNotSupported);
    }

    [Test]
    public void Conditional_in_where_fails_but_runs_on_the_client_in_the_final_select()
    {
        using var db = new CrmContext();
        AssertFails(
            () => db.Leads.Where(l => (l.No_of_Employees > 10 ? "big" : "small") == "big").Select(l => l.Id).ToQueryString(),
            "COQL can only compare a field with a value");
        Assert.That(db.Leads.Select(l => l.No_of_Employees > 10 ? "big" : "small").ToQueryString(),
            Is.EqualTo("SELECT No_of_Employees FROM Leads"));
    }

    [Test]
    public void Filter_after_Take_needs_a_subquery_and_fails()
    {
        using var db = new CrmContext();
        AssertFails(
            () => db.Leads.OrderBy(l => l.Id).Take(10).Where(l => l.Company == "Zylker").Select(l => l.Id).ToQueryString(),
            ZohoCrmStrings.SubqueriesNotSupported);
    }

    [Test]
    public void Hostile_constant_stays_a_single_literal()
    {
        using var db = new CrmContext();
        Assert.That(db.Leads.Where(l => l.Company == "x') OR (id IS NOT NULL").Select(l => l.Id).ToQueryString(),
            Is.EqualTo("SELECT id FROM Leads WHERE Company = 'x'') OR (id IS NOT NULL'"));
    }
}

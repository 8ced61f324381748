using EFCore.ZohoCrm.Properties;
using EFCore.ZohoCrm.Tests.TestUtilities;
using Microsoft.EntityFrameworkCore;

namespace EFCore.ZohoCrm.Tests.Query;

/// <summary>
/// Shapes the functional tests found mistranslated: refused when the query is compiled, with the reason, translated
/// for ZohoCrm.Data to judge, or, for lookups followed after Take/Skip, translated as one query.
/// </summary>
public class LinqGapTranslationTests
{
    // Whether Zoho can run these (or the client may do the work) is ZohoCrm.Data's decision when the command is
    // planned, with the connection's settings; the EF layer translates them (EffectiveQuerySettingsTests).
    [Test]
    public void Aggregates_Zoho_lacks_and_negated_StartsWith_translate_and_are_left_to_ZohoCrm_Data()
    {
        using var db = new CrmContext();
        Assert.That(ZohoCrmQueryText.Of(db, () => db.Leads.Max(l => l.Modified_Time)), Is.EqualTo("SELECT MAX(Modified_Time) FROM Leads"));
        Assert.That(ZohoCrmQueryText.Of(db, () => db.Contacts.Sum(c => c.Account!.Annual_Revenue)),
            Is.EqualTo("SELECT SUM(Account_Name.Annual_Revenue) FROM Contacts"));
        Assert.That(db.Leads.Where(l => !(l.Email_Opt_Out || l.Last_Name.StartsWith("K"))).Select(l => l.Id).ToQueryString(),
            Is.EqualTo("SELECT id FROM Leads WHERE Email_Opt_Out = 'false' AND NOT (Last_Name LIKE 'K%')"));
        Assert.That(db.Leads.Where(l => !l.Last_Name.EndsWith("son")).Select(l => l.Id).ToQueryString(),
            Is.EqualTo("SELECT id FROM Leads WHERE NOT (Last_Name LIKE '%son')"));

        var part = "son";
        Assert.That(db.Leads.Where(l => !l.Last_Name.Contains(part)).Select(l => l.Id).ToQueryString(),
            Is.EqualTo("-- @part_contains='%son%'\n\nSELECT id FROM Leads WHERE NOT (Last_Name LIKE @part_contains ESCAPE '\\')".ReplaceLineEndings()));
    }

    [Test]
    public void Subquery_in_the_projection_is_refused_with_the_subquery_sentence()
    {
        using var db = new CrmContext();
        var exception = Assert.Throws<InvalidOperationException>(
            () => db.Accounts.Select(a => new { a.Id, Contacts = db.Contacts.Count(c => c.AccountId == a.Id) }).ToQueryString());
        Assert.That(exception!.Message, Does.Contain(ZohoCrmStrings.SubqueriesNotSupported).And.Contain("could not be translated"));
    }

    [Test]
    public void FromSql_with_a_projection_of_some_columns_is_refused()
    {
        using var db = new CrmContext();
        var exception = Assert.Throws<InvalidOperationException>(
            () => db.Leads.FromSqlRaw("SELECT Company, id FROM Leads").Select(l => new { l.Company, l.Id }).ToQueryString());
        Assert.That(exception!.Message, Does.Contain(ZohoCrmStrings.FromSqlNotComposable).And.Contain("could not be translated"));
    }

    [Test]
    public void Reference_Include_after_Take_follows_the_lookup_inside_the_paged_query()
    {
        using var db = new CrmContext();
        Assert.That(db.Contacts.Include(c => c.Account).OrderBy(c => c.Id).Take(5).ToQueryString(), Is.EqualTo(
            "-- @p=5\n\nSELECT id, Account_Name, Created_Time, Date_of_Birth, Email, Email_Opt_Out, First_Name, Last_Name, Account_Name.id, Account_Name.Account_Name, Account_Name.Annual_Revenue, Account_Name.Industry, Account_Name.Parent_Account FROM Contacts ORDER BY id ASC LIMIT @p"
                .ReplaceLineEndings()));
    }

    [Test]
    public void Lookup_path_in_a_Select_after_Skip_and_Take_stays_one_query()
    {
        using var db = new CrmContext();
        Assert.That(
            db.Contacts.Where(c => c.Email_Opt_Out).OrderBy(c => c.LastName).Skip(10).Take(5)
                .Select(c => new { c.Id, Parent = c.Account!.ParentAccount!.Account_Name }).ToQueryString(),
            Is.EqualTo("-- @p1=5\n-- @p=10\n\nSELECT id, Account_Name.Parent_Account.Account_Name FROM Contacts WHERE Email_Opt_Out = 'true' ORDER BY Last_Name ASC LIMIT @p1 OFFSET @p"
                .ReplaceLineEndings()));
    }

    [Test]
    public void Ordering_changed_after_Take_with_a_lookup_still_needs_a_subquery()
    {
        using var db = new CrmContext();
        var exception = Assert.Throws<InvalidOperationException>(
            () => db.Contacts.OrderBy(c => c.Id).Take(5).OrderBy(c => c.LastName).Select(c => c.Account!.Account_Name).ToQueryString());
        Assert.That(exception!.Message, Does.Contain(ZohoCrmStrings.SubqueriesNotSupported).And.Contain("could not be translated"));
    }
}

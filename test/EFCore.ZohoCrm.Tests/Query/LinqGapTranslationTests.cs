using EFCore.ZohoCrm.Properties;
using EFCore.ZohoCrm.Tests.TestUtilities;
using Microsoft.EntityFrameworkCore;

namespace EFCore.ZohoCrm.Tests.Query;

/// <summary>
/// Shapes the functional tests found mistranslated: refused when the query is compiled, with the reason (unless the
/// context allows client-side work), or, for lookups followed after Take/Skip, translated as one query.
/// </summary>
public class LinqGapTranslationTests
{
    [Test]
    public void Max_of_a_datetime_is_refused_unless_client_side_work_is_allowed()
    {
        using (var db = new CrmContext())
        {
            var exception = Assert.Throws<InvalidOperationException>(() => ZohoCrmQueryText.Of(db, () => db.Leads.Max(l => l.Modified_Time)));
            Assert.That(exception!.Message, Does.Contain(ZohoCrmStrings.AggregateNotSupported("MAX", "Modified_Time")).And.Contain("could not be translated"));
        }

        using (var db = new CrmContext(o => o.UseServerSideFiltering(false)))
        {
            Assert.That(ZohoCrmQueryText.Of(db, () => db.Leads.Max(l => l.Modified_Time)), Is.EqualTo("SELECT MAX(Modified_Time) FROM Leads"));
        }
    }

    [Test]
    public void Sum_of_a_field_reached_through_a_lookup_is_refused()
    {
        using var db = new CrmContext();
        var exception = Assert.Throws<InvalidOperationException>(() => ZohoCrmQueryText.Of(db, () => db.Contacts.Sum(c => c.Account!.Annual_Revenue)));
        Assert.That(exception!.Message, Does.Contain(ZohoCrmStrings.AggregateNotSupported("SUM", "Annual_Revenue")).And.Contain("could not be translated"));
    }

    [Test]
    public void Negated_StartsWith_is_refused_and_negated_Contains_is_sent()
    {
        using var db = new CrmContext();
        var exception = Assert.Throws<InvalidOperationException>(
            () => db.Leads.Where(l => !(l.Email_Opt_Out || l.Last_Name.StartsWith("K"))).Select(l => l.Id).ToQueryString());
        Assert.That(exception!.Message, Does.Contain(ZohoCrmStrings.NegatedLikeNotSupported("Last_Name")).And.Contain("could not be translated"));

        var part = "son";
        Assert.That(db.Leads.Where(l => !l.Last_Name.Contains(part)).Select(l => l.Id).ToQueryString(),
            Is.EqualTo("-- @part_contains='%son%'\n\nSELECT id FROM Leads WHERE NOT (Last_Name LIKE @part_contains ESCAPE '\\')".ReplaceLineEndings()));
    }

    [Test]
    public void Negated_EndsWith_is_sent_when_client_side_filtering_is_allowed()
    {
        using var db = new CrmContext(o => o.UseServerSideFiltering(false));
        Assert.That(db.Leads.Where(l => !l.Last_Name.EndsWith("son")).Select(l => l.Id).ToQueryString(),
            Is.EqualTo("SELECT id FROM Leads WHERE NOT (Last_Name LIKE '%son')"));
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

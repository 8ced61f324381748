using EFCore.ZohoCrm.Properties;
using EFCore.ZohoCrm.Tests.TestUtilities;
using Microsoft.EntityFrameworkCore;

namespace EFCore.ZohoCrm.Tests.Query;

/// <summary>
/// Shapes the functional tests found reaching ZohoCrm.Data or EF's projection code: refused when the query is
/// compiled, with the reason, unless the context allows client-side work.
/// </summary>
public class LinqGapTranslationTests
{
    [Test]
    public void Max_of_a_datetime_is_refused_unless_client_side_work_is_allowed()
    {
        using (var db = new CrmContext())
        {
            var exception = Assert.Throws<InvalidOperationException>(() => ZohoCrmQueryText.Of(db, () => db.Leads.Max(l => l.Modified_Time)));
            Assert.That(exception!.Message, Is.EqualTo(ZohoCrmStrings.AggregateNotSupported("MAX", "Modified_Time")));
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
        Assert.That(exception!.Message, Is.EqualTo(ZohoCrmStrings.AggregateNotSupported("SUM", "Annual_Revenue")));
    }

    [Test]
    public void Negated_StartsWith_is_refused_and_negated_Contains_is_sent()
    {
        using var db = new CrmContext();
        var exception = Assert.Throws<InvalidOperationException>(
            () => db.Leads.Where(l => !(l.Email_Opt_Out || l.Last_Name.StartsWith("K"))).Select(l => l.Id).ToQueryString());
        Assert.That(exception!.Message, Is.EqualTo(ZohoCrmStrings.NegatedLikeNotSupported("Last_Name")));

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
        Assert.That(exception!.Message, Is.EqualTo(ZohoCrmStrings.SubqueriesNotSupported));
    }

    [Test]
    public void FromSql_with_a_projection_of_some_columns_is_refused()
    {
        using var db = new CrmContext();
        var exception = Assert.Throws<InvalidOperationException>(
            () => db.Leads.FromSqlRaw("SELECT Company, id FROM Leads").Select(l => new { l.Company, l.Id }).ToQueryString());
        Assert.That(exception!.Message, Is.EqualTo(ZohoCrmStrings.FromSqlNotComposable));
    }
}

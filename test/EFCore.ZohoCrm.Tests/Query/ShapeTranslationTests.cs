using EFCore.ZohoCrm.Tests.TestUtilities;
using Microsoft.EntityFrameworkCore;

namespace EFCore.ZohoCrm.Tests.Query;

/// <summary>Ordering, paging, projections, lists, lookups and aggregates in the dialect.</summary>
public class ShapeTranslationTests
{
    [Test]
    public void OrderBy_ThenByDescending_and_Take()
    {
        using var db = new CrmContext();
        Assert.That(
            db.Leads.OrderBy(l => l.Last_Name).ThenByDescending(l => l.Annual_Revenue).Take(50).Select(l => l.Id).ToQueryString(),
            Is.EqualTo("-- @p=50\n\nSELECT id FROM Leads ORDER BY Last_Name ASC, Annual_Revenue DESC LIMIT @p".ReplaceLineEndings()));
    }

    [Test]
    public void Skip_and_Take_become_limit_and_offset()
    {
        using var db = new CrmContext();
        Assert.That(db.Leads.OrderBy(l => l.Id).Skip(100_000).Take(10).Select(l => l.Id).ToQueryString(),
            Is.EqualTo("-- @p1=10\n-- @p=100000\n\nSELECT id FROM Leads ORDER BY id ASC LIMIT @p1 OFFSET @p".ReplaceLineEndings()));
    }

    [Test]
    public void Projection_requests_only_the_columns_used()
    {
        using var db = new CrmContext();
        Assert.That(db.Leads.Select(l => new { l.Last_Name, l.Company }).ToQueryString(),
            Is.EqualTo("SELECT Last_Name, Company FROM Leads"));
    }

    [Test]
    public void Computation_in_the_final_projection_runs_on_the_client()
    {
        using var db = new CrmContext();
        Assert.That(db.Leads.Select(l => l.Last_Name + " at " + l.Company).ToQueryString(),
            Is.EqualTo("SELECT Last_Name, Company FROM Leads"));
    }

    [Test]
    public void List_Contains_becomes_in_with_a_parameter_per_value()
    {
        using var db = new CrmContext();
        var statuses = new List<string> { "Hot", "Warm" };
        Assert.That(db.Leads.Where(l => statuses.Contains(l.Lead_Status!)).Select(l => l.Id).ToQueryString(),
            Is.EqualTo("-- @statuses1='Hot'\n-- @statuses2='Warm'\n\nSELECT id FROM Leads WHERE Lead_Status IN (@statuses1, @statuses2)".ReplaceLineEndings()));
    }

    [Test]
    public void Navigation_in_where_becomes_a_lookup_dot_path()
    {
        using var db = new CrmContext();
        Assert.That(db.Contacts.Where(c => c.Account!.Industry == "Technology").Select(c => c.LastName).ToQueryString(),
            Is.EqualTo("SELECT Last_Name FROM Contacts WHERE Account_Name.Industry = 'Technology'"));
    }

    [Test]
    public void Navigation_two_levels_deep_in_where_orderby_and_select()
    {
        using var db = new CrmContext();
        Assert.That(
            db.Contacts.Where(c => c.Account!.ParentAccount!.Account_Name == "Zylker Group")
                .OrderBy(c => c.Account!.Account_Name)
                .Select(c => new { c.LastName, Parent = c.Account!.ParentAccount!.Account_Name })
                .ToQueryString(),
            Is.EqualTo("SELECT Last_Name, Account_Name.Parent_Account.Account_Name FROM Contacts WHERE Account_Name.Parent_Account.Account_Name = 'Zylker Group' ORDER BY Account_Name.Account_Name ASC"));
    }

    [Test]
    public void Include_of_a_reference_selects_the_lookup_fields_as_paths()
    {
        using var db = new CrmContext();
        Assert.That(db.Contacts.Include(c => c.Account).Select(c => c.Account).ToQueryString(),
            Is.EqualTo("SELECT Account_Name.id, Account_Name.Account_Name, Account_Name.Annual_Revenue, Account_Name.Industry, Account_Name.Parent_Account FROM Contacts"));
    }

    [Test]
    public void Count_is_count_of_id()
    {
        using var db = new CrmContext();
        var query = db.Leads.Where(l => l.Lead_Status == "Hot");
        Assert.That(query.Select(l => l.Id).ToQueryString(), Does.StartWith("SELECT id FROM Leads WHERE"));
        Assert.That(ZohoCrmQueryText.Of(db, () => query.Count()),
            Is.EqualTo("SELECT COUNT(id) FROM Leads WHERE Lead_Status = 'Hot'"));
    }

    [Test]
    public void GroupBy_with_aggregates()
    {
        using var db = new CrmContext();
        Assert.That(
            db.Leads.GroupBy(l => l.Lead_Status)
                .Select(g => new { Status = g.Key, Count = g.Count(), Total = g.Sum(l => l.Annual_Revenue), Largest = g.Max(l => l.No_of_Employees) })
                .ToQueryString(),
            Is.EqualTo("SELECT Lead_Status, COUNT(id), SUM(Annual_Revenue), MAX(No_of_Employees) FROM Leads GROUP BY Lead_Status"));
    }
}

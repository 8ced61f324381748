using EFCore.ZohoCrm.Tests.TestUtilities;
using Microsoft.EntityFrameworkCore;

namespace EFCore.ZohoCrm.Tests.Query;

/// <summary>Operators that end a query (Count, Any, All, First, Sum ...) are single COQL queries.</summary>
public class ScalarOperatorTranslationTests
{
    [Test]
    public void Any_with_a_predicate_is_a_count()
    {
        using var db = new CrmContext();
        Assert.That(ZohoCrmQueryText.Of(db, () => db.Leads.Any(l => l.Company == "Zylker")),
            Is.EqualTo("SELECT COUNT(id) FROM Leads WHERE Company = 'Zylker'"));
    }

    [Test]
    public void All_counts_the_records_that_break_the_predicate()
    {
        using var db = new CrmContext();
        Assert.That(ZohoCrmQueryText.Of(db, () => db.Leads.All(l => l.No_of_Employees > 10)),
            Is.EqualTo("SELECT COUNT(id) FROM Leads WHERE No_of_Employees <= 10 OR No_of_Employees IS NULL"));
    }

    [Test]
    public void FirstOrDefault_is_limit_one()
    {
        using var db = new CrmContext();
        Assert.That(ZohoCrmQueryText.Of(db, () => db.Leads.Where(l => l.Company == "Zylker").Select(l => l.Id).FirstOrDefault()),
            Is.EqualTo("SELECT id FROM Leads WHERE Company = 'Zylker' LIMIT 1"));
    }

    [Test]
    public void SingleOrDefault_reads_two_rows_to_detect_duplicates()
    {
        using var db = new CrmContext();
        Assert.That(ZohoCrmQueryText.Of(db, () => db.Leads.Where(l => l.Company == "Zylker").Select(l => l.Id).SingleOrDefault()),
            Is.EqualTo("SELECT id FROM Leads WHERE Company = 'Zylker' LIMIT 2"));
    }

    [Test]
    public void Sum_min_max_average_and_long_count_without_grouping()
    {
        using var db = new CrmContext();
        Assert.That(ZohoCrmQueryText.Of(db, () => db.Leads.Sum(l => l.Annual_Revenue)), Is.EqualTo("SELECT SUM(Annual_Revenue) FROM Leads"));
        Assert.That(ZohoCrmQueryText.Of(db, () => db.Leads.Min(l => l.No_of_Employees)), Is.EqualTo("SELECT MIN(No_of_Employees) FROM Leads"));
        Assert.That(ZohoCrmQueryText.Of(db, () => db.Leads.Max(l => l.Annual_Revenue)), Is.EqualTo("SELECT MAX(Annual_Revenue) FROM Leads"));
        Assert.That(ZohoCrmQueryText.Of(db, () => db.Leads.Average(l => l.Annual_Revenue)), Is.EqualTo("SELECT AVG(Annual_Revenue) FROM Leads"));
        Assert.That(ZohoCrmQueryText.Of(db, () => db.Leads.LongCount()), Is.EqualTo("SELECT COUNT(id) FROM Leads"));
    }

    [Test]
    public void Condition_settled_at_translation_keeps_all_rows_or_none()
    {
        using var db = new CrmContext();
        Assert.That(ZohoCrmQueryText.Of(db, () => db.Leads.All(l => l.Last_Name != null)),
            Is.EqualTo("SELECT COUNT(id) FROM Leads WHERE id IS NULL"));
        Assert.That(db.Leads.Where(l => l.Last_Name != null).Select(l => l.Id).ToQueryString(),
            Is.EqualTo("SELECT id FROM Leads"));
    }
}

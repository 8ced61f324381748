using EFCore.ZohoCrm.Tests.TestUtilities;
using Microsoft.EntityFrameworkCore;

namespace EFCore.ZohoCrm.Tests.Query;

/// <summary>StartsWith, EndsWith and Contains become LIKE with the value's wildcards escaped.</summary>
public class StringMatchingTranslationTests
{
    [Test]
    public void StartsWith_constant_is_a_prefix_pattern()
    {
        using var db = new CrmContext();
        Assert.That(db.Leads.Where(l => l.Company!.StartsWith("Zyl")).Select(l => l.Id).ToQueryString(),
            Is.EqualTo("SELECT id FROM Leads WHERE Company LIKE 'Zyl%'"));
    }

    [Test]
    public void EndsWith_and_Contains_constants_put_the_wildcard_on_the_open_sides()
    {
        using var db = new CrmContext();
        Assert.That(db.Leads.Where(l => l.Company!.EndsWith("Inc")).Select(l => l.Id).ToQueryString(),
            Is.EqualTo("SELECT id FROM Leads WHERE Company LIKE '%Inc'"));
        Assert.That(db.Leads.Where(l => l.Company!.Contains("tech")).Select(l => l.Id).ToQueryString(),
            Is.EqualTo("SELECT id FROM Leads WHERE Company LIKE '%tech%'"));
    }

    [Test]
    public void Wildcards_inside_a_constant_are_escaped()
    {
        using var db = new CrmContext();
        Assert.That(db.Leads.Where(l => l.Company!.StartsWith("50%_off\\")).Select(l => l.Id).ToQueryString(),
            Is.EqualTo("SELECT id FROM Leads WHERE Company LIKE '50\\%\\_off\\\\%' ESCAPE '\\'"));
    }

    [Test]
    public void Parameter_pattern_is_built_when_the_query_runs_with_wildcards_escaped()
    {
        using var db = new CrmContext();
        var prefix = "10%";
        Assert.That(db.Leads.Where(l => l.Company!.StartsWith(prefix)).Select(l => l.Id).ToQueryString(),
            Is.EqualTo("-- @prefix_startswith='10\\%%'\n\nSELECT id FROM Leads WHERE Company LIKE @prefix_startswith ESCAPE '\\'".ReplaceLineEndings()));
    }
}

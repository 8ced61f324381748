using Microsoft.EntityFrameworkCore;

namespace EFCore.ZohoCrm.FunctionalTests.Query;

/// <summary>
/// Select into anonymous types, DTOs and records asks Zoho only for the fields used; what COQL cannot compute runs
/// on the client in the final projection.
/// </summary>
public class ProjectionTests
{
    public sealed class LeadSummary
    {
        public long Id { get; init; }

        public string Name { get; init; } = "";

        public string? Company { get; init; }

        public bool IsLarge { get; init; }
    }

    public sealed record DealLine(string Name, decimal? Amount, string? Account);

    [Test]
    public async Task Anonymous_type_requests_only_the_fields_it_uses()
    {
        using var capture = CoqlCapture.Start();
        await using var db = CrmQueryContext.Create();
        var actual = await db.Leads.Where(l => l.Lead_Status == "Contacted").Select(l => new { l.Id, l.Last_Name, l.Annual_Revenue }).ToListAsync();
        var expected = Oracle.Leads.Where(l => l.Lead_Status == "Contacted").Select(l => new { l.Id, l.Last_Name, l.Annual_Revenue }).ToList();

        Assert.That(actual, Is.EquivalentTo(expected));
        Assert.That(capture.Commands, Is.EqualTo(new[] { "SELECT id, Last_Name, Annual_Revenue FROM Leads WHERE Lead_Status = 'Contacted'" }));
    }

    [Test]
    public async Task DTO_with_client_evaluated_members_requests_the_fields_they_read()
    {
        using var capture = CoqlCapture.Start();
        await using var db = CrmQueryContext.Create();
        var actual = await db.Leads.Where(l => l.Industry == "Large Enterprise").OrderBy(l => l.Id)
            .Select(l => new LeadSummary
            {
                Id = l.Id,
                Name = (l.First_Name + " " + l.Last_Name).Trim().ToUpperInvariant(),
                Company = l.Company,
                IsLarge = l.No_of_Employees > 1_000 ? true : Describe(l.Annual_Revenue) == "big",
            }).ToListAsync();
        var expected = Oracle.Leads.Where(l => l.Industry == "Large Enterprise").OrderBy(l => l.Id)
            .Select(l => new LeadSummary
            {
                Id = l.Id,
                Name = (l.First_Name + " " + l.Last_Name).Trim().ToUpperInvariant(),
                Company = l.Company,
                IsLarge = l.No_of_Employees > 1_000 ? true : Describe(l.Annual_Revenue) == "big",
            }).ToList();

        Assert.That(actual.Select(a => (a.Id, a.Name, a.Company, a.IsLarge)), Is.EqualTo(expected.Select(e => (e.Id, e.Name, e.Company, e.IsLarge))));
        Assert.That(capture.Commands, Has.Count.EqualTo(1));
        Assert.That(Columns(capture.Commands[0]), Is.EquivalentTo(new[] { "id", "First_Name", "Last_Name", "Company", "No_of_Employees", "Annual_Revenue" }));
    }

    [Test]
    public async Task Record_constructor_with_a_lookup_path_and_a_scalar_projection()
    {
        using var capture = CoqlCapture.Start();
        await using var db = CrmQueryContext.Create();
        var actual = await db.Deals.Where(d => d.Stage == "Closed Won").Select(d => new DealLine(d.Deal_Name, d.Amount, d.Account!.Account_Name)).ToListAsync();
        var names = await db.Deals.Where(d => d.Stage == "Closed Won").Select(d => d.Deal_Name).ToListAsync();
        var deals = Oracle.DealsWithAccounts.Where(d => d.Stage == "Closed Won").ToList();

        Assert.That(actual, Is.EquivalentTo(deals.Select(d => new DealLine(d.Deal_Name, d.Amount, d.Account?.Account_Name))));
        Assert.That(names, Is.EquivalentTo(deals.Select(d => d.Deal_Name)));
        Assert.That(capture.Commands, Is.EqualTo(new[]
        {
            "SELECT Deal_Name, Amount, Account_Name.Account_Name FROM Deals WHERE Stage = 'Closed Won'",
            "SELECT Deal_Name FROM Deals WHERE Stage = 'Closed Won'",
        }));
    }

    [Test]
    public async Task Ordering_by_a_field_that_is_not_projected()
    {
        await using var db = CrmQueryContext.Create();
        var actual = await db.Leads.Where(l => l.Annual_Revenue != null).OrderByDescending(l => l.Annual_Revenue).ThenBy(l => l.Id)
            .Select(l => l.Last_Name).Take(100).ToListAsync();
        Assert.That(actual, Is.EqualTo(Oracle.Leads.Where(l => l.Annual_Revenue != null).OrderByDescending(l => l.Annual_Revenue).ThenBy(l => l.Id)
            .Select(l => l.Last_Name).Take(100)));
    }

    [Test]
    public async Task Multi_select_picklist_values_and_client_concatenation_in_the_final_projection()
    {
        await using var db = CrmQueryContext.Create();
        var actual = await db.Leads.Where(l => l.Languages_Spoken != null).OrderBy(l => l.Id).Take(50)
            .Select(l => new { Name = l.Last_Name + ", " + l.First_Name, l.Languages_Spoken }).ToListAsync();
        var expected = Oracle.Leads.Where(l => l.Languages_Spoken != null).OrderBy(l => l.Id).Take(50)
            .Select(l => new { Name = l.Last_Name + ", " + l.First_Name, l.Languages_Spoken }).ToList();
        Assert.That(actual.Select(a => a.Name), Is.EqualTo(expected.Select(e => e.Name)));
        Assert.That(actual.Select(a => string.Join("|", a.Languages_Spoken!)), Is.EqualTo(expected.Select(e => string.Join("|", e.Languages_Spoken!))));
    }

    [Test]
    public async Task Projecting_entities_and_values_together()
    {
        await using var db = CrmQueryContext.Create();
        var actual = await db.Contacts.Where(c => c.Email_Opt_Out && c.Last_Name.StartsWith("K"))
            .Select(c => new { Contact = c, AccountName = c.Account!.Account_Name }).ToListAsync();
        var expected = Oracle.ContactsWithAccounts.Where(c => c.Email_Opt_Out && c.Last_Name.StartsWith('K')).ToList();
        Assert.That(actual.Select(a => (a.Contact.Id, a.Contact.Last_Name, a.AccountName)),
            Is.EquivalentTo(expected.Select(e => (e.Id, e.Last_Name, e.Account?.Account_Name))));
    }

    private static string Describe(decimal? revenue) => revenue > 10_000_000m ? "big" : "small";

    private static string[] Columns(string coql)
    {
        var select = coql["SELECT ".Length..coql.IndexOf(" FROM ", StringComparison.Ordinal)];
        return select.Split(", ");
    }
}

using System.ComponentModel.DataAnnotations.Schema;
using EFCore.ZohoCrm.FunctionalTests.TestUtilities;
using EFCore.ZohoCrm.Properties;
using Microsoft.EntityFrameworkCore;

namespace EFCore.ZohoCrm.FunctionalTests.Query;

/// <summary>
/// Raw COQL through FromSql and SqlQuery (entities, unmapped types and scalars), with values as parameters that
/// cannot change the query; and <c>ToQueryString()</c>, which shows the COQL the provider sends.
/// </summary>
public class RawCoqlTests
{
    private const string LeadColumns =
        "id, First_Name, Last_Name, Company, Lead_Status, Lead_Source, Industry, No_of_Employees, Annual_Revenue, Email_Opt_Out, Languages_Spoken, Preferred_Contact_Date, Discount_Rate, Owner";

    public sealed class RevenueRow
    {
        [Column("id")]
        public long Id { get; set; }

        public string Last_Name { get; set; } = "";

        public decimal? Annual_Revenue { get; set; }
    }

    [Test]
    public async Task FromSql_with_an_interpolated_value_returns_tracked_entities()
    {
        await using var db = CrmQueryContext.Create();
        var status = "Contacted";
        var leads = await db.Leads.FromSql($"SELECT id, First_Name, Last_Name, Company, Lead_Status, Lead_Source, Industry, No_of_Employees, Annual_Revenue, Email_Opt_Out, Languages_Spoken, Preferred_Contact_Date, Discount_Rate, Owner FROM Leads WHERE Lead_Status = {status}").ToListAsync();
        var expected = Oracle.Leads.Where(l => l.Lead_Status == status).ToList();

        Assert.That(leads.Select(l => (l.Id, l.Last_Name, l.Annual_Revenue)), Is.EquivalentTo(expected.Select(l => (l.Id, l.Last_Name, l.Annual_Revenue))));
        Assert.That(db.ChangeTracker.Entries<Lead>().Count(), Is.EqualTo(expected.Count));
    }

    [Test]
    public async Task FromSqlRaw_with_positional_parameters_and_columns_in_any_order()
    {
        await using var db = CrmQueryContext.Create();
        var leads = await db.Leads.FromSqlRaw(
                "SELECT Owner, Discount_Rate, Preferred_Contact_Date, Languages_Spoken, Email_Opt_Out, Annual_Revenue, No_of_Employees, Industry, Lead_Source, Lead_Status, Company, Last_Name, First_Name, id FROM Leads WHERE No_of_Employees > {0} AND Email_Opt_Out = {1}",
                15_000, true)
            .AsNoTracking().ToListAsync();
        var expected = Oracle.Leads.Where(l => l.No_of_Employees > 15_000 && l.Email_Opt_Out).ToList();

        Assert.That(expected, Is.Not.Empty);
        Assert.That(leads.Select(l => (l.Id, l.Company, l.No_of_Employees)), Is.EquivalentTo(expected.Select(l => (l.Id, l.Company, l.No_of_Employees))));
    }

    [Test]
    public async Task Hostile_value_stays_one_value()
    {
        await using var db = CrmQueryContext.Create();
        var hostile = "x' OR Last_Name != '";
        var leads = await db.Leads.FromSqlRaw("SELECT " + LeadColumns + " FROM Leads WHERE Company = {0} OR Company = {1}", hostile, "x").ToListAsync();
        Assert.That(leads, Is.Empty);
    }

    [Test]
    public async Task SqlQuery_into_a_type_that_is_not_an_entity()
    {
        await using var db = CrmQueryContext.Create();
        var minimum = 45_000_000m;
        var rows = await db.Database.SqlQuery<RevenueRow>($"SELECT id, Last_Name, Annual_Revenue FROM Leads WHERE Annual_Revenue >= {minimum}").ToListAsync();
        var expected = Oracle.Leads.Where(l => l.Annual_Revenue >= minimum).ToList();

        Assert.That(expected, Is.Not.Empty);
        Assert.That(rows.Select(r => (r.Id, r.Last_Name, r.Annual_Revenue)), Is.EquivalentTo(expected.Select(l => (l.Id, l.Last_Name, l.Annual_Revenue))));
    }

    [Test]
    public async Task SqlQuery_of_scalars_and_of_an_aggregate()
    {
        await using var db = CrmQueryContext.Create();
        var status = "Junk Lead";
        var names = await db.Database.SqlQuery<string>($"SELECT Last_Name AS Value FROM Leads WHERE Lead_Status = {status}").ToListAsync();
        var count = (await db.Database.SqlQuery<long>($"SELECT COUNT(id) AS Value FROM Leads WHERE Lead_Status = {status}").ToListAsync()).Single();
        var expected = Oracle.Leads.Where(l => l.Lead_Status == status).Select(l => l.Last_Name).ToList();

        Assert.That(names, Is.EquivalentTo(expected));
        Assert.That(count, Is.EqualTo(expected.Count));
    }

    [Test]
    public void FromSql_composed_with_LINQ_operators_fails_before_any_call()
    {
        using var db = CrmQueryContext.Create();
        var exception = Assert.ThrowsAsync<InvalidOperationException>(
            () => db.Leads.FromSqlRaw("SELECT " + LeadColumns + " FROM Leads WHERE Email_Opt_Out = true").Where(l => l.Company != null).ToListAsync());
        Assert.That(exception!.Message, Does.Contain(ZohoCrmStrings.FromSqlNotComposable));
    }

    [Test]
    public async Task ToQueryString_shows_runnable_COQL_that_returns_the_same_rows()
    {
        await using var db = CrmQueryContext.Create();
        var query = db.Leads.Where(l => (l.Lead_Status == "Contacted" || l.Lead_Status == "Junk Lead") && l.No_of_Employees >= 1_000 && l.Company!.StartsWith("A"))
            .OrderBy(l => l.Id);
        var coql = query.ToQueryString();

        Assert.That(coql, Does.StartWith("SELECT id, ").And.Contain(" FROM Leads WHERE ").And.Contain("ORDER BY id ASC").And.Not.Contain(" AS "));
        var viaLinq = await query.Select(l => l.Id).ToListAsync();
        var viaText = (await db.Leads.FromSqlRaw(coql).AsNoTracking().ToListAsync()).Select(l => l.Id).ToList();
        Assert.That(viaLinq, Is.Not.Empty);
        Assert.That(viaText, Is.EqualTo(viaLinq));
    }

    [Test]
    public void ToQueryString_lists_the_parameter_values_as_COQL_literals()
    {
        using var db = CrmQueryContext.Create();
        var since = new DateOnly(2024, 2, 29);
        var company = "O'Brien";
        Assert.That(db.Leads.Where(l => l.Company == company && l.Preferred_Contact_Date >= since).Select(l => l.Id).ToQueryString(),
            Is.EqualTo("-- @company='O''Brien'\n-- @since='2024-02-29'\n\nSELECT id FROM Leads WHERE Company = @company AND Preferred_Contact_Date >= @since".ReplaceLineEndings()));
    }
}

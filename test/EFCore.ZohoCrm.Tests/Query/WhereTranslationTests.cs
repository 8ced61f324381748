using EFCore.ZohoCrm.Tests.TestUtilities;
using Microsoft.EntityFrameworkCore;

namespace EFCore.ZohoCrm.Tests.Query;

/// <summary>Where clauses translate to the COQL dialect, values as literals or named parameters.</summary>
public class WhereTranslationTests
{
    [Test]
    public void Entity_query_selects_every_mapped_field()
    {
        using var db = new CrmContext();
        Assert.That(db.Contacts.ToQueryString(), Is.EqualTo(
            "SELECT id, Account_Name, Created_Time, Date_of_Birth, Email, Email_Opt_Out, First_Name, Last_Name FROM Contacts"));
    }

    [Test]
    public void Equality_on_text_with_a_constant_is_a_quoted_literal()
    {
        using var db = new CrmContext();
        Assert.That(db.Leads.Where(l => l.Lead_Status == "Hot").Select(l => l.Last_Name).ToQueryString(),
            Is.EqualTo("SELECT Last_Name FROM Leads WHERE Lead_Status = 'Hot'"));
    }

    [Test]
    public void Quote_in_a_constant_is_doubled()
    {
        using var db = new CrmContext();
        Assert.That(db.Leads.Where(l => l.Company == "O'Brien & Co").Select(l => l.Id).ToQueryString(),
            Is.EqualTo("SELECT id FROM Leads WHERE Company = 'O''Brien & Co'"));
    }

    [Test]
    public void Captured_variable_is_a_named_parameter()
    {
        using var db = new CrmContext();
        var status = "Cold' OR Last_Name != '";
        Assert.That(db.Leads.Where(l => l.Lead_Status == status).Select(l => l.Id).ToQueryString(),
            Is.EqualTo("-- @status='Cold'' OR Last_Name != '''\n\nSELECT id FROM Leads WHERE Lead_Status = @status".ReplaceLineEndings()));
    }

    [Test]
    public void Not_equal_on_a_nullable_field_keeps_CSharp_null_semantics()
    {
        using var db = new CrmContext();
        Assert.That(db.Leads.Where(l => l.Lead_Status != "Hot").Select(l => l.Id).ToQueryString(),
            Is.EqualTo("SELECT id FROM Leads WHERE Lead_Status != 'Hot' OR Lead_Status IS NULL"));
    }

    [Test]
    public void Null_checks_become_is_null_and_is_not_null()
    {
        using var db = new CrmContext();
        Assert.That(db.Leads.Where(l => l.Company == null || l.Lead_Status != null).Select(l => l.Id).ToQueryString(),
            Is.EqualTo("SELECT id FROM Leads WHERE Company IS NULL OR Lead_Status IS NOT NULL"));
    }

    [Test]
    public void Range_comparisons_on_numbers_dates_and_datetimes()
    {
        using var db = new CrmContext();
        var since = new DateTimeOffset(2024, 5, 28, 4, 25, 36, TimeSpan.FromHours(-7));
        Assert.That(
            db.Leads.Where(l => l.Annual_Revenue >= 1000.5m && l.No_of_Employees < 50 && l.Modified_Time > since)
                .Select(l => l.Id).ToQueryString(),
            Is.EqualTo("-- @since='2024-05-28T04:25:36-07:00'\n\nSELECT id FROM Leads WHERE (Annual_Revenue >= 1000.5 AND No_of_Employees < 50) AND Modified_Time > @since".ReplaceLineEndings()));
    }

    [Test]
    public void DateOnly_constant_is_an_iso_date_literal()
    {
        using var db = new CrmContext();
        Assert.That(db.Contacts.Where(c => c.Date_of_Birth < new DateOnly(1990, 1, 31)).Select(c => c.Id).ToQueryString(),
            Is.EqualTo("SELECT id FROM Contacts WHERE Date_of_Birth < '1990-01-31'"));
    }

    [Test]
    public void Bare_boolean_field_is_compared_with_true_and_negated_with_false()
    {
        using var db = new CrmContext();
        Assert.That(db.Contacts.Where(c => c.Email_Opt_Out).Select(c => c.Id).ToQueryString(),
            Is.EqualTo("SELECT id FROM Contacts WHERE Email_Opt_Out = 'true'"));
        Assert.That(db.Contacts.Where(c => !c.Email_Opt_Out).Select(c => c.Id).ToQueryString(),
            Is.EqualTo("SELECT id FROM Contacts WHERE Email_Opt_Out = 'false'"));
    }

    [Test]
    public void And_or_nesting_is_parenthesised_per_binary_node()
    {
        using var db = new CrmContext();
        Assert.That(
            db.Leads.Where(l => (l.Lead_Status == "Hot" || l.Company == "Zylker") && l.Last_Name == "Boyle" && l.No_of_Employees > 5)
                .Select(l => l.Id).ToQueryString(),
            Is.EqualTo("SELECT id FROM Leads WHERE ((Lead_Status = 'Hot' OR Company = 'Zylker') AND Last_Name = 'Boyle') AND No_of_Employees > 5"));
    }

    [Test]
    public void Equalities_on_one_field_joined_by_or_become_in()
    {
        using var db = new CrmContext();
        Assert.That(db.Leads.Where(l => l.Lead_Status == "Hot" || l.Lead_Status == "Warm").Select(l => l.Id).ToQueryString(),
            Is.EqualTo("SELECT id FROM Leads WHERE Lead_Status IN ('Hot', 'Warm')"));
    }

    [Test]
    public void Lookup_id_equality_uses_the_lookup_field()
    {
        using var db = new CrmContext();
        var accountId = 5725767000003464060L;
        Assert.That(db.Contacts.Where(c => c.AccountId == accountId).Select(c => c.Id).ToQueryString(),
            Is.EqualTo("-- @accountId=5725767000003464060\n\nSELECT id FROM Contacts WHERE Account_Name = @accountId".ReplaceLineEndings()));
    }

    [Test]
    public void Enum_picklist_compares_by_name()
    {
        using var db = new CrmContext();
        Assert.That(db.Leads.Where(l => l.Lead_Source == LeadSource.ColdCall).Select(l => l.Id).ToQueryString(),
            Is.EqualTo("SELECT id FROM Leads WHERE Lead_Source = 'ColdCall'"));
    }

    [Test]
    public void UtcNow_is_evaluated_on_the_client_as_a_parameter()
    {
        using var db = new CrmContext();
        var text = db.Leads.Where(l => l.Modified_Time < DateTimeOffset.UtcNow).Select(l => l.Id).ToQueryString();
        Assert.That(text, Does.Match(@"^-- @\w+='\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00'\r?\n\r?\nSELECT id FROM Leads WHERE Modified_Time < @\w+$"));
    }
}

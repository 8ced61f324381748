using EFCore.ZohoCrm.Properties;
using EFCore.ZohoCrm.Tests.TestUtilities;
using Microsoft.EntityFrameworkCore;

namespace EFCore.ZohoCrm.Tests.Query;

/// <summary>
/// ExecuteUpdate/ExecuteDelete translate to the dialect's DML (<c>UPDATE Module SET ... [WHERE ...]</c>,
/// <c>DELETE FROM Module [WHERE ...]</c>), the condition written as in a SELECT; what the DML cannot express is
/// refused at translation with a Zoho sentence.
/// </summary>
public class ExecuteUpdateTranslationTests
{
    [Test]
    public void ExecuteDelete_with_a_condition_is_a_delete_with_the_select_condition()
    {
        using var db = new CrmContext();
        Assert.That(ZohoCrmQueryText.Of(db, () => db.Leads.Where(l => l.Lead_Status == "Junk" && l.No_of_Employees < 5).ExecuteDelete()),
            Is.EqualTo("DELETE FROM Leads WHERE Lead_Status = 'Junk' AND No_of_Employees < 5"));
    }

    [Test]
    public void ExecuteDelete_without_a_condition_deletes_the_module()
    {
        using var db = new CrmContext();
        Assert.That(ZohoCrmQueryText.Of(db, () => db.Leads.ExecuteDelete()), Is.EqualTo("DELETE FROM Leads"));
    }

    [Test]
    public void ExecuteDeleteAsync_on_the_id_is_a_delete_by_parameter()
    {
        using var db = new CrmContext();
        var id = 4150868000000624001L;
        Assert.That(ZohoCrmQueryText.Of(db, () => db.Leads.Where(l => l.Id == id).ExecuteDeleteAsync().GetAwaiter().GetResult()),
            Is.EqualTo("DELETE FROM Leads WHERE id = @id"));
        Assert.That(db.Commands.LastParameters, Is.EqualTo(new Dictionary<string, object?> { ["@id"] = id }));
    }

    [Test]
    public void ExecuteDelete_condition_through_a_lookup_is_a_dot_path()
    {
        using var db = new CrmContext();
        Assert.That(ZohoCrmQueryText.Of(db, () => db.Contacts.Where(c => c.Account!.Industry == "Technology").ExecuteDelete()),
            Is.EqualTo("DELETE FROM Contacts WHERE Account_Name.Industry = 'Technology'"));
    }

    [Test]
    public void ExecuteDelete_after_an_inner_join_on_a_lookup_keeps_only_records_whose_lookup_is_set()
    {
        using var db = new CrmContext();
        Assert.That(
            ZohoCrmQueryText.Of(db, () => db.Contacts.Join(db.Accounts, c => c.AccountId, a => a.Id, (c, a) => new { c, a })
                .Where(x => x.a.Industry == "Technology").Select(x => x.c).ExecuteDelete()),
            Is.EqualTo("DELETE FROM Contacts WHERE Account_Name.Industry = 'Technology' AND Account_Name IS NOT NULL"));
    }

    [Test]
    public void ExecuteUpdate_condition_with_a_list_of_ids_is_an_in_list()
    {
        using var db = new CrmContext();
        var ids = new[] { 1L, 2L, 3L };
        Assert.That(
            ZohoCrmQueryText.Of(db, () => db.Leads.Where(l => ids.Contains(l.Id)).ExecuteUpdate(s => s.SetProperty(l => l.Lead_Status, l => "Hot"))),
            Does.StartWith("UPDATE Leads SET Lead_Status = 'Hot' WHERE id IN ("));
    }

    [Test]
    public void ExecuteUpdate_sends_values_and_captured_variables_as_parameters()
    {
        // EF captures a SetProperty value as it captures a variable: both are parameters of the statement.
        using var db = new CrmContext();
        var employees = 12;
        Assert.That(
            ZohoCrmQueryText.Of(db, () => db.Leads.Where(l => l.Company == "Zylker")
                .ExecuteUpdate(s => s.SetProperty(l => l.Lead_Status, "Hot").SetProperty(l => l.No_of_Employees, employees))),
            Is.EqualTo("UPDATE Leads SET Lead_Status = @p, No_of_Employees = @p1 WHERE Company = 'Zylker'"));
        Assert.That(db.Commands.LastParameters, Is.EqualTo(new Dictionary<string, object?> { ["@p"] = "Hot", ["@p1"] = 12 }));
    }

    [Test]
    public void ExecuteUpdateAsync_without_a_condition_updates_the_module()
    {
        using var db = new CrmContext();
        Assert.That(
            ZohoCrmQueryText.Of(db, () => db.Leads.ExecuteUpdateAsync(s => s.SetProperty(l => l.Annual_Revenue, 1000.5m)).GetAwaiter().GetResult()),
            Is.EqualTo("UPDATE Leads SET Annual_Revenue = @p"));
        Assert.That(db.Commands.LastParameters, Is.EqualTo(new Dictionary<string, object?> { ["@p"] = 1000.5m }));
    }

    [Test]
    public void Constant_lambdas_are_literals_written_as_in_a_select()
    {
        using var db = new CrmContext();
        Assert.That(
            ZohoCrmQueryText.Of(db, () => db.Leads.Where(l => l.Id == 1L).ExecuteUpdate(s => s
                .SetProperty(l => l.Lead_Status, l => "Hot")
                .SetProperty(l => l.Lead_Source, l => LeadSource.ColdCall)
                .SetProperty(l => l.Email_Opt_Out, l => true)
                .SetProperty(l => l.Annual_Revenue, l => 1000.5m)
                .SetProperty(l => l.Company, l => null))),
            Is.EqualTo("UPDATE Leads SET Lead_Status = 'Hot', Lead_Source = 'ColdCall', Email_Opt_Out = 'true', Annual_Revenue = 1000.5, Company = NULL WHERE id = 1"));
        Assert.That(
            ZohoCrmQueryText.Of(db, () => db.Contacts.ExecuteUpdate(s => s.SetProperty(c => c.Date_of_Birth, c => new DateOnly(1990, 1, 31)))),
            Is.EqualTo("UPDATE Contacts SET Date_of_Birth = '1990-01-31'"));
    }

    [Test]
    public void Hostile_strings_are_quoted_literals_or_parameters_and_never_change_the_statement()
    {
        using var db = new CrmContext();
        Assert.That(
            ZohoCrmQueryText.Of(db, () => db.Leads.Where(l => l.Company == "x' OR id IS NOT NULL OR Company = '")
                .ExecuteUpdate(s => s.SetProperty(l => l.Description, l => "'; DELETE FROM Leads --"))),
            Is.EqualTo("UPDATE Leads SET Description = '''; DELETE FROM Leads --' WHERE Company = 'x'' OR id IS NOT NULL OR Company = '''"));

        var company = "x' OR id IS NOT NULL OR Company = '";
        var description = "'; DELETE FROM Leads --";
        Assert.That(
            ZohoCrmQueryText.Of(db, () => db.Leads.Where(l => l.Company == company)
                .ExecuteUpdate(s => s.SetProperty(l => l.Description, description))),
            Is.EqualTo("UPDATE Leads SET Description = @p WHERE Company = @company"));
        Assert.That(db.Commands.LastParameters, Is.EqualTo(new Dictionary<string, object?> { ["@p"] = description, ["@company"] = company }));
    }

    [Test]
    public void A_value_computed_from_a_field_is_refused_with_the_load_and_save_advice()
    {
        using var db = new CrmContext();
        AssertRefused(
            () => db.Leads.ExecuteUpdate(s => s.SetProperty(l => l.No_of_Employees, l => l.No_of_Employees * 2)),
            ZohoCrmStrings.ExecuteUpdateValueNotConstant(nameof(Lead.No_of_Employees)));
        AssertRefused(
            () => db.Leads.ExecuteUpdate(s => s.SetProperty(l => l.Company, l => l.Last_Name)),
            ZohoCrmStrings.ExecuteUpdateValueNotConstant(nameof(Lead.Company)));
    }

    [Test]
    public void Take_Skip_and_OrderBy_before_ExecuteDelete_or_ExecuteUpdate_are_refused()
    {
        using var db = new CrmContext();
        AssertRefused(() => db.Leads.OrderBy(l => l.Last_Name).Take(10).ExecuteDelete(), ZohoCrmStrings.ExecutePagingNotSupported("ExecuteDelete"));
        AssertRefused(() => db.Leads.Skip(10).ExecuteDelete(), ZohoCrmStrings.ExecutePagingNotSupported("ExecuteDelete"));
        AssertRefused(() => db.Leads.OrderBy(l => l.Last_Name).ExecuteDelete(), ZohoCrmStrings.ExecutePagingNotSupported("ExecuteDelete"));
        AssertRefused(
            () => db.Leads.Take(10).Where(l => l.Company == "Zylker").ExecuteUpdate(s => s.SetProperty(l => l.Lead_Status, "Hot")),
            ZohoCrmStrings.ExecutePagingNotSupported("ExecuteUpdate"));
    }

    [Test]
    public void Setting_a_field_through_a_lookup_is_refused()
    {
        using var db = new CrmContext();
        AssertRefused(
            () => db.Contacts.Where(c => c.LastName == "Smith").ExecuteUpdate(s => s.SetProperty(c => c.Account!.Industry, "Retail")),
            ZohoCrmStrings.ExecuteUpdateThroughLookup);
        AssertRefused(
            () => db.Contacts.ExecuteUpdate(s => s.SetProperty(c => c.First_Name, "Ann").SetProperty(c => c.Account!.Industry, "Retail")),
            ZohoCrmStrings.ExecuteUpdateThroughLookup);
        AssertRefused(
            () => db.Accounts.ExecuteUpdate(s => s.SetProperty(a => a.ParentAccount!.Industry, "Retail")),
            ZohoCrmStrings.ExecuteUpdateThroughLookup);
    }

    [Test]
    public void Setting_the_id_or_a_read_only_field_is_refused()
    {
        using var db = new CrmContext();
        AssertRefused(() => db.Leads.ExecuteUpdate(s => s.SetProperty(l => l.Id, 5L)), ZohoCrmStrings.ExecuteUpdateSetsKey(nameof(Lead.Id)));
        AssertRefused(
            () => db.Leads.ExecuteUpdate(s => s.SetProperty(l => l.Modified_Time, DateTimeOffset.UnixEpoch)),
            ZohoCrmStrings.ExecuteUpdateSetsReadOnlyField(nameof(Lead.Modified_Time), "Modified_Time"));
    }

    [Test]
    public void ExecuteDelete_on_raw_COQL_is_refused()
    {
        using var db = new CrmContext();
        AssertRefused(() => db.Leads.FromSqlRaw("SELECT id FROM Leads WHERE Company = 'Zylker'").ExecuteDelete(), ZohoCrmStrings.FromSqlNotComposable);
    }

    private static void AssertRefused(Func<int> execute, string expectedDetail)
    {
        var exception = Assert.Throws<InvalidOperationException>(() => execute());
        Assert.That(exception!.Message, Does.Contain(expectedDetail));
    }
}

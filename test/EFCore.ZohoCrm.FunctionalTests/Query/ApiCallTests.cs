using EFCore.ZohoCrm.FunctionalTests.TestUtilities;
using Microsoft.EntityFrameworkCore;

namespace EFCore.ZohoCrm.FunctionalTests.Query;

/// <summary>Key query shapes cost the number of Zoho calls they should (checked in the emulator's request log).</summary>
[NonParallelizable]
public class ApiCallTests
{
    [Test]
    public async Task Filtered_Take_10_is_one_COQL_call()
    {
        await using var db = EmulatorOrg.CreateContext();
        await db.Leads.Take(1).ToListAsync(); // token and metadata are fetched once per data source
        var before = await EmulatorOrg.LastRequestSeqAsync();
        var leads = await db.Leads.Where(l => l.Lead_Status == "Contacted").Take(10).ToListAsync();
        var calls = await EmulatorOrg.ApiCallsAfterAsync(before);
        Assert.That(leads, Has.Count.EqualTo(10));
        Assert.That(calls.Select(c => c.Method + " " + c.Path), Is.EqualTo(new[] { "POST /crm/v8/coql" }));
    }

    [Test]
    public async Task Count_is_one_call()
    {
        await using var db = EmulatorOrg.CreateContext();
        await db.Leads.Take(1).ToListAsync();
        var before = await EmulatorOrg.LastRequestSeqAsync();
        _ = await db.Leads.CountAsync(l => l.Email_Opt_Out);
        Assert.That(await EmulatorOrg.ApiCallsAfterAsync(before), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Cancellation_stops_a_query()
    {
        await using var db = EmulatorOrg.CreateContext();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        Assert.CatchAsync<OperationCanceledException>(async () => await db.Leads.ToListAsync(cancellation.Token));
    }

    [Test]
    public async Task Raw_COQL_through_FromSql()
    {
        await using var db = EmulatorOrg.CreateContext();
        var status = "Contacted";
        var leads = await db.Leads.FromSql($"SELECT id, First_Name, Last_Name, Company, Lead_Status, Lead_Source, Industry, No_of_Employees, Annual_Revenue, Email_Opt_Out, Languages_Spoken, Preferred_Contact_Date, Discount_Rate, Owner FROM Leads WHERE Lead_Status = {status}").ToListAsync();
        Assert.That(leads.Select(l => l.Id), Is.EquivalentTo(EmulatorOrg.Expected<Lead>().Where(l => l.Lead_Status == status).Select(l => l.Id)));
    }
}

using EFCore.ZohoCrm.FunctionalTests.TestUtilities;
using Microsoft.EntityFrameworkCore;
using ZohoCrm.Data;
using ZohoCrm.Data.Coql;

namespace EFCore.ZohoCrm.FunctionalTests.Query;

/// <summary>
/// UseServerSideFiltering and ClientSideFilterLimit allow the same queries wherever the user set them (UseZohoCrm's
/// options, the connection string, the data source), the options builder winning; results match LINQ-to-Objects, and
/// a refusal names the knob the user can reach.
/// </summary>
[NonParallelizable]
public class EffectiveSettingsTests
{
    public static IEnumerable<TestCaseData> Configurations()
    {
        yield return Configured("Options_builder", () => CrmQueryContext.Create(o => o.ClientSideFilterLimit(20_000)));
        yield return Configured("Connection_string_UseServerSideFiltering",
            () => new CrmQueryContext(EmulatorOrg.ConnectionString + ";UseServerSideFiltering=False"));
        yield return Configured("Connection_string_ClientSideFilterLimit",
            () => new CrmQueryContext(EmulatorOrg.ConnectionString + ";ClientSideFilterLimit=20000"));
        yield return Configured("Data_source_ClientSideFilterLimit",
            () => new CrmQueryContext(EmulatorOrg.ConnectionString, dataSource: DataSource(";ClientSideFilterLimit=20000")));
        yield return Configured("Data_source_and_options_builder",
            () => new CrmQueryContext(EmulatorOrg.ConnectionString, o => o.UseServerSideFiltering(false), DataSource("")));
    }

    [TestCaseSource(nameof(Configurations))]
    public async Task Queries_needing_client_side_work_run_and_match_LINQ_to_Objects(Func<CrmQueryContext> create)
    {
        await using var db = create();

        Assert.That(await db.Deals.MaxAsync(d => d.Closing_Date), Is.EqualTo(Oracle.Deals.Max(d => d.Closing_Date)));
        Assert.That(await db.Deals.MinAsync(d => d.Closing_Date), Is.EqualTo(Oracle.Deals.Min(d => d.Closing_Date)));

        var range = await db.Leads.Where(l => string.Compare(l.Last_Name, "M") > 0).Select(l => l.Id).ToListAsync();
        Assert.That(range, Is.EquivalentTo(Oracle.Leads.Where(l => string.Compare(l.Last_Name, "M", StringComparison.OrdinalIgnoreCase) > 0).Select(l => l.Id)));

        var notK = await db.Leads.Where(l => !l.Last_Name.StartsWith("K")).Select(l => l.Id).ToListAsync();
        var expected = Oracle.Leads.Where(l => !l.Last_Name.StartsWith("K", StringComparison.Ordinal)).Select(l => l.Id).ToList();
        Assert.That(expected, Is.Not.Empty.And.Count.LessThan(Oracle.Leads.Count));
        Assert.That(notK, Is.EquivalentTo(expected));

        // Zoho's text comparisons ignore case, and so does the client's evaluation of what Zoho cannot do.
        var sameNames = await db.Leads.Where(l => l.First_Name == l.Last_Name).Select(l => l.Id).ToListAsync();
        Assert.That(sameNames, Is.EquivalentTo(Oracle.Leads.Where(l => string.Equals(l.First_Name, l.Last_Name, StringComparison.OrdinalIgnoreCase)).Select(l => l.Id)));

        var byUpperCompany = await db.Leads.Where(l => l.Company != null && l.Lead_Status == "Contacted").OrderBy(l => l.Company!.ToUpper()).ThenBy(l => l.Id)
            .Select(l => l.Id).ToListAsync();
        Assert.That(byUpperCompany, Is.EqualTo(Oracle.Leads.Where(l => l.Company != null && l.Lead_Status == "Contacted")
            .OrderBy(l => l.Company!.ToUpperInvariant(), StringComparer.Ordinal).ThenBy(l => l.Id).Select(l => l.Id)));
    }

    [Test]
    public async Task The_options_builder_limit_wins_over_the_connection_string()
    {
        await using var db = new CrmQueryContext(EmulatorOrg.ConnectionString + ";ClientSideFilterLimit=20000", o => o.ClientSideFilterLimit(5));
        var exception = Assert.CatchAsync(() => db.Leads.Where(l => string.Compare(l.Last_Name, "M") > 0).Select(l => l.Id).ToListAsync());
        Assert.That(exception!.Message, Does.Contain("ClientSideFilterLimit"));
    }

    public static IEnumerable<TestCaseData> NeedClientSideWork()
    {
        yield return Refused("Negated_StartsWith", "Last_Name", db => db.Leads.Where(l => !l.Last_Name.StartsWith("K")).ToListAsync());
        yield return Refused("Negated_EndsWith_in_an_Or", "Company",
            db => db.Leads.Where(l => l.Email_Opt_Out || !(l.Company != null && l.Company.EndsWith("Ltd"))).ToListAsync());
        yield return Refused("Max_of_a_date", "MAX(Closing_Date)", db => db.Deals.MaxAsync(d => d.Closing_Date));
        yield return Refused("Sum_of_a_lookup_field", "SUM(Account_Name.Annual_Revenue)", db => db.Deals.SumAsync(d => d.Account!.Annual_Revenue));
        yield return Refused("Range_on_text", "Last_Name", db => db.Leads.Where(l => string.Compare(l.Last_Name, "M") > 0).ToListAsync());
        yield return Refused("Comparing_two_fields", "compares fields with values only", db => db.Leads.Where(l => l.Company == l.Last_Name).ToListAsync());
        yield return Refused("Ordering_by_ToUpper", "UPPER(Company)", db => db.Leads.OrderBy(l => l.Company!.ToUpper()).ToListAsync());
    }

    [TestCaseSource(nameof(NeedClientSideWork))]
    public async Task Without_client_side_work_ZohoCrm_Data_refuses_before_any_data_call(string reason, Func<CrmQueryContext, Task> query)
    {
        await using var db = CrmQueryContext.Create();
        await db.Leads.Take(1).ToListAsync(); // token and metadata first
        await db.Deals.Take(1).ToListAsync();
        await db.Accounts.Take(1).ToListAsync();
        var before = await EmulatorOrg.LastRequestSeqAsync();

        var exception = Assert.CatchAsync<ZohoCrmQueryException>(() => query(db));

        Assert.That(exception!.Refusal, Is.Not.Null);
        Assert.That(exception.Message, Does.Contain(reason).And.Contain("ClientSideFilterLimit(n)").And.Contain("UseServerSideFiltering(false)"));
        Assert.That(await EmulatorOrg.ApiCallsAfterAsync(before), Is.Empty);
    }

    [Test]
    public async Task A_refusal_names_the_options_builder_methods_to_an_EF_user_and_makes_no_data_call()
    {
        await using var db = CrmQueryContext.Create();
        await db.Deals.Take(1).ToListAsync(); // token and metadata first
        var before = await EmulatorOrg.LastRequestSeqAsync();

        var exception = Assert.CatchAsync<ZohoCrmQueryException>(() => db.Deals.MaxAsync(d => d.Closing_Date));

        Assert.That(exception!.Message, Does.Contain("MAX(Closing_Date)")
            .And.Contain("ClientSideFilterLimit(").And.Contain("UseServerSideFiltering(false)")
            .And.Not.Contain("connection string"));
        Assert.That(exception.Refusal, Is.Not.Null);
        Assert.That(exception.Refusal!.AllowedBy, Is.EqualTo(ZohoCrmQuerySettings.ClientSideFilterLimit | ZohoCrmQuerySettings.UseServerSideFiltering));
        Assert.That(await EmulatorOrg.ApiCallsAfterAsync(before), Is.Empty);
    }

    [Test]
    public async Task A_refusal_names_the_connection_string_keys_to_an_ADO_NET_user()
    {
        await using var connection = new ZohoCrmConnection(EmulatorOrg.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT MAX(Closing_Date) FROM Deals";

        var exception = Assert.CatchAsync<ZohoCrmQueryException>(() => command.ExecuteReaderAsync());

        Assert.That(exception!.Message, Does.Contain("ClientSideFilterLimit=").And.Contain("UseServerSideFiltering=False"));
    }

    private static TestCaseData Refused(string name, string reason, Func<CrmQueryContext, Task> query) =>
        new TestCaseData(reason, query).SetArgDisplayNames(name);

    private static readonly List<ZohoCrmDataSource> DataSources = [];

    [OneTimeTearDown]
    public void DisposeDataSources()
    {
        foreach (var dataSource in DataSources)
        {
            dataSource.Dispose();
        }
    }

    private static ZohoCrmDataSource DataSource(string settings)
    {
        var dataSource = ZohoCrmDataSource.Create(EmulatorOrg.ConnectionString + settings);
        DataSources.Add(dataSource);
        return dataSource;
    }

    private static TestCaseData Configured(string name, Func<CrmQueryContext> create) => new TestCaseData(create).SetArgDisplayNames(name);
}

using EFCore.ZohoCrm.Tests.TestUtilities;
using Microsoft.EntityFrameworkCore;
using EFCore.ZohoCrm.Infrastructure;
using ZohoCrm.Data;

namespace EFCore.ZohoCrm.Tests.Infrastructure;

/// <summary>
/// UseServerSideFiltering and ClientSideFilterLimit decide the same way wherever they were set: on UseZohoCrm's
/// options, in the connection string, or on the data source; the options builder wins over the other two.
/// </summary>
public class EffectiveQuerySettingsTests
{
    private const string ConnectionString = "OAuthClientId=abc;OAuthClientSecret=s3cret;OAuthRefreshToken=r3fresh;Domain=com";

    // Translation is what these cases check; the model check at the first open would need a reachable org.
    private static void NoSchemaCheck(EFCore.ZohoCrm.Infrastructure.ZohoCrmDbContextOptionsBuilder o) => o.SchemaCheck(ZohoCrmSchemaCheck.Off);

    public static IEnumerable<TestCaseData> ClientSideWorkAllowed()
    {
        yield return Configured("Options_builder_UseServerSideFiltering", b => b.UseZohoCrm(ConnectionString, o => o.UseServerSideFiltering(false).SchemaCheck(ZohoCrmSchemaCheck.Off)));
        yield return Configured("Options_builder_ClientSideFilterLimit", b => b.UseZohoCrm(ConnectionString, o => o.ClientSideFilterLimit(500).SchemaCheck(ZohoCrmSchemaCheck.Off)));
        yield return Configured("Connection_string_UseServerSideFiltering", b => b.UseZohoCrm(ConnectionString + ";UseServerSideFiltering=False", NoSchemaCheck));
        yield return Configured("Connection_string_ClientSideFilterLimit", b => b.UseZohoCrm(ConnectionString + ";ClientSideFilterLimit=500", NoSchemaCheck));
        yield return Configured("Data_source_ClientSideFilterLimit", b => b.UseZohoCrm(ZohoCrmDataSource.Create(ConnectionString + ";ClientSideFilterLimit=500"), NoSchemaCheck));
        yield return Configured("Data_source_with_options_builder", b => b.UseZohoCrm(ZohoCrmDataSource.Create(ConnectionString), o => o.UseServerSideFiltering(false).SchemaCheck(ZohoCrmSchemaCheck.Off)));
    }

    [TestCaseSource(nameof(ClientSideWorkAllowed))]
    public void Queries_that_need_client_side_work_translate_whichever_way_it_was_allowed(Action<DbContextOptionsBuilder> configure)
    {
        using var db = new CrmContext(useZohoCrm: configure);

        Assert.That(ZohoCrmQueryText.Of(db, () => db.Leads.Max(l => l.Modified_Time)), Is.EqualTo("SELECT MAX(Modified_Time) FROM Leads"));
        Assert.That(db.Leads.Where(l => string.Compare(l.Last_Name, "M") > 0).Select(l => l.Id).ToQueryString(),
            Is.EqualTo("SELECT id FROM Leads WHERE Last_Name > 'M'"));
        Assert.That(db.Leads.Where(l => !l.Last_Name.StartsWith("K")).Select(l => l.Id).ToQueryString(),
            Is.EqualTo("SELECT id FROM Leads WHERE NOT (Last_Name LIKE 'K%')"));
    }

    [Test]
    public void Queries_that_need_client_side_work_translate_without_it_and_the_data_source_decides_when_they_run()
    {
        // Whether the work may run on the client is decided by ZohoCrm.Data with the connection's settings.
        using var db = new CrmContext();
        Assert.That(ZohoCrmQueryText.Of(db, () => db.Leads.Max(l => l.Modified_Time)), Is.EqualTo("SELECT MAX(Modified_Time) FROM Leads"));
    }

    [Test]
    public void The_options_builder_wins_over_the_connection_string()
    {
        using var db = new CrmContext(useZohoCrm: b => b.UseZohoCrm(ConnectionString + ";ClientSideFilterLimit=500;UseServerSideFiltering=True",
            o => o.UseServerSideFiltering(false).ClientSideFilterLimit(20)));
        var connection = OpenZohoConnection(db);
        Assert.That(connection.UseServerSideFiltering, Is.False);
        Assert.That(connection.ClientSideFilterLimit, Is.EqualTo(20));
    }

    [Test]
    public void The_options_builder_wins_over_the_data_source()
    {
        using var source = ZohoCrmDataSource.Create(ConnectionString + ";ClientSideFilterLimit=500");
        using (var db = new CrmContext(useZohoCrm: b => b.UseZohoCrm(source, o => o.UseServerSideFiltering(false).ClientSideFilterLimit(20))))
        {
            var connection = OpenZohoConnection(db);
            Assert.That(connection.UseServerSideFiltering, Is.False);
            Assert.That(connection.ClientSideFilterLimit, Is.EqualTo(20));
        }

        using (var db = new CrmContext(useZohoCrm: b => b.UseZohoCrm(source)))
        {
            var connection = OpenZohoConnection(db);
            Assert.That(connection.UseServerSideFiltering, Is.True);
            Assert.That(connection.ClientSideFilterLimit, Is.EqualTo(500), "the data source's own setting when the options leave it");
        }
    }

    private static ZohoCrmConnection OpenZohoConnection(DbContext db)
    {
        var connection = (ZohoCrmConnection)db.Database.GetDbConnection();
        connection.Open(); // makes no call
        return connection;
    }

    private static TestCaseData Configured(string name, Action<DbContextOptionsBuilder> configure) =>
        new TestCaseData(configure).SetArgDisplayNames(name);
}

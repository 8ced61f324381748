using System.Collections.Concurrent;
using EFCore.ZohoCrm.FunctionalTests.TestUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;
using ZohoCrm.Data;
using ZohoCrm.Data.Logging;

namespace EFCore.ZohoCrm.FunctionalTests.Schema;

/// <summary>
/// MetadataCacheLocation: the metadata a data source read is kept in a file, and a restart (a new data source, as a
/// new process has) reads it instead of calling Zoho; a file it cannot use is ignored with a warning and rewritten;
/// the drift check reads live metadata before reporting a mismatch found in the file. Calls counted in the
/// emulator's request log.
/// </summary>
[NonParallelizable]
public class PersistedMetadataTests
{
    private string _path = "";

    [SetUp]
    public void CreatePath() => _path = Path.Combine(Path.GetTempPath(), "zohocrm-metadata-" + Guid.NewGuid().ToString("N") + ".json");

    [TearDown]
    public void DeleteFile() => File.Delete(_path);

    [Test]
    public async Task A_restart_with_the_metadata_file_makes_no_metadata_call()
    {
        var connectionString = EmulatorOrg.ConnectionStringWithOwnRefreshToken() + ";MetadataCacheLocation=" + _path;
        var seq = await EmulatorOrg.LastRequestSeqAsync();
        await using (var first = ZohoCrmDataSource.Create(connectionString))
        {
            await using var db = new FirstStart(first);
            await AssertCountsAsync(db);
        }

        Assert.That(SettingsCalls(await EmulatorOrg.ApiCallsAfterAsync(seq)), Is.GreaterThan(0), "the first start reads the metadata");
        Assert.That(File.Exists(_path), Is.True);

        seq = await EmulatorOrg.LastRequestSeqAsync();
        await using (var second = ZohoCrmDataSource.Create(connectionString))
        {
            // Another context type: its model is built now, from the file (MapModulesFromMetadata), and checked against it.
            await using var db = new SecondStart(second);
            await AssertCountsAsync(db);
        }

        var calls = await EmulatorOrg.ApiCallsAfterAsync(seq);
        Assert.That(calls, Is.Not.Empty, "the queries were sent");
        Assert.That(SettingsCalls(calls), Is.Zero, "a restart reads the metadata from the file");
    }

    [Test]
    public async Task A_file_that_is_not_JSON_is_ignored_with_a_warning_and_rewritten()
    {
        await File.WriteAllTextAsync(_path, "{ this is not json");
        await AssertIgnoredAndRewrittenAsync("could not be read as JSON");
    }

    [Test]
    public async Task A_file_written_for_another_org_is_ignored_with_a_warning_and_rewritten()
    {
        var connectionString = EmulatorOrg.ConnectionStringWithOwnRefreshToken() + ";MetadataCacheLocation=" + _path;
        await using (var dataSource = ZohoCrmDataSource.Create(connectionString))
        {
            ReadLeadFields(dataSource);
        }

        var file = JObject.Parse(await File.ReadAllTextAsync(_path));
        file["Org"] = "1000.ANOTHERCLIENT com https://www.zohoapis.com";
        await File.WriteAllTextAsync(_path, file.ToString());

        await AssertIgnoredAndRewrittenAsync("1000.ANOTHERCLIENT");
    }

    [Test]
    public async Task Entries_older_than_MetadataCacheMaxAge_are_read_live_again()
    {
        var connectionString = EmulatorOrg.ConnectionStringWithOwnRefreshToken() + ";MetadataCacheMaxAge=0;MetadataCacheLocation=" + _path;
        await using (var first = ZohoCrmDataSource.Create(connectionString))
        {
            ReadLeadFields(first);
        }

        var seq = await EmulatorOrg.LastRequestSeqAsync();
        await using (var second = ZohoCrmDataSource.Create(connectionString))
        {
            ReadLeadFields(second);
        }

        Assert.That(SettingsCalls(await EmulatorOrg.ApiCallsAfterAsync(seq)), Is.EqualTo(2), "the module list and the Leads fields, read live");
    }

    [Test]
    public async Task The_drift_check_reads_live_metadata_before_reporting_a_mismatch_found_in_the_file()
    {
        var connectionString = EmulatorOrg.ConnectionStringWithOwnRefreshToken() + ";MetadataCacheLocation=" + _path;
        await using (var dataSource = ZohoCrmDataSource.Create(connectionString))
        {
            ReadLeadFields(dataSource);
        }

        // As if Company had been added in Zoho after the file was written: the file's copy lacks a field the model maps.
        var file = JObject.Parse(await File.ReadAllTextAsync(_path));
        var leadFields = (JArray)file["Fields"]!["Leads"]!["Items"]!;
        leadFields.Single(f => (string?)f["ApiName"] == "Company").Remove();
        await File.WriteAllTextAsync(_path, file.ToString());

        var seq = await EmulatorOrg.LastRequestSeqAsync();
        await using (var dataSource = ZohoCrmDataSource.Create(connectionString))
        {
            await using var db = new DriftStart(dataSource);
            var count = await db.Leads.CountAsync(l => l.Company != null);
            Assert.That(count, Is.EqualTo(EmulatorOrg.Emulator.Domain.Records.Scan("Leads").Count(r => r["Company"] is not null)));
        }

        Assert.That(SettingsCalls(await EmulatorOrg.ApiCallsAfterAsync(seq)), Is.GreaterThan(0), "the mismatch was checked against live metadata");
        Assert.That((await File.ReadAllTextAsync(_path)).Contains("\"Company\"", StringComparison.Ordinal), Is.True, "the file holds the live fields again");
    }

    private async Task AssertIgnoredAndRewrittenAsync(string reason)
    {
        var connectionString = EmulatorOrg.ConnectionStringWithOwnRefreshToken() + ";MetadataCacheLocation=" + _path;
        var logs = new ListLoggerProvider();
        using var loggerFactory = LoggerFactory.Create(b => b.AddProvider(logs));
        var seq = await EmulatorOrg.LastRequestSeqAsync();
        await using (var dataSource = new ZohoCrmDataSourceBuilder(connectionString).UseLoggerFactory(loggerFactory).Build())
        {
            Assert.That(ReadLeadFields(dataSource), Does.Contain("Last_Name"), "the start goes on with live metadata");
        }

        var warning = logs.Entries.Single(e => e.EventId == ZohoCrmDataEventId.MetadataCacheFileIgnored);
        Assert.Multiple(() =>
        {
            Assert.That(warning.Level, Is.EqualTo(LogLevel.Warning));
            Assert.That(warning.Message, Does.Contain(Path.GetFullPath(_path)).And.Contain("MetadataCacheLocation").And.Contain(reason));
        });
        Assert.That(SettingsCalls(await EmulatorOrg.ApiCallsAfterAsync(seq)), Is.EqualTo(2), "the module list and the Leads fields, read live");

        seq = await EmulatorOrg.LastRequestSeqAsync();
        await using (var dataSource = ZohoCrmDataSource.Create(connectionString))
        {
            ReadLeadFields(dataSource);
        }

        Assert.That(SettingsCalls(await EmulatorOrg.ApiCallsAfterAsync(seq)), Is.Zero, "the file was rewritten with what was read");
    }

    private static async Task AssertCountsAsync(StartContext db)
    {
        Assert.That(await db.Set<Dictionary<string, object>>("Projects").CountAsync(), Is.EqualTo(EmulatorOrg.Emulator.Domain.Records.Scan("Projects").Count));
        Assert.That(await db.Leads.CountAsync(l => l.Company != null), Is.EqualTo(EmulatorOrg.Emulator.Domain.Records.Scan("Leads").Count(r => r["Company"] is not null)));
    }

    private static List<string> ReadLeadFields(ZohoCrmDataSource dataSource)
    {
        using var connection = new ZohoCrmConnection(dataSource);
        connection.Open();
        return connection.GetSchema("Fields", ["Leads"]).Rows.Cast<System.Data.DataRow>().Select(r => (string)r["FieldName"]).ToList();
    }

    private static int SettingsCalls(IEnumerable<EmulatorOrg.LoggedRequest> calls) => calls.Count(c => c.Path.Contains("/settings/", StringComparison.Ordinal));

    private abstract class StartContext(ZohoCrmDataSource dataSource) : DbContext
    {
        public DbSet<Lead> Leads => Set<Lead>();

        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
            optionsBuilder.UseZohoCrm(dataSource, o => o.MapModulesFromMetadata("Projects"));
    }

    // The model is built once per context type: one type per start whose model must be built from that start's metadata.
    private sealed class FirstStart(ZohoCrmDataSource dataSource) : StartContext(dataSource);

    private sealed class SecondStart(ZohoCrmDataSource dataSource) : StartContext(dataSource);

    private sealed class DriftStart(ZohoCrmDataSource dataSource) : DbContext
    {
        public DbSet<Lead> Leads => Set<Lead>();

        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseZohoCrm(dataSource);
    }

    private sealed class ListLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<(int EventId, LogLevel Level, string Message)> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new ListLogger(Entries);

        public void Dispose()
        {
        }

        private sealed class ListLogger(ConcurrentQueue<(int, LogLevel, string)> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                entries.Enqueue((eventId.Id, logLevel, formatter(state, exception)));
        }
    }
}

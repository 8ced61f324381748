using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ZohoCrm.Emulator;
using ZohoCrm.Emulator.Domain.Faults;
using ZohoCrm.Emulator.Domain.Seeding;

namespace ZohoCrm.Reliability.Tests;

/// <summary>
/// One ordered read past Zoho's 100,000-row OFFSET window (the provider crosses it by keyset on id) while COQL calls
/// fail with 500s and bodies cut mid-page: the exact rows, compared by count and a checksum of the ids with the
/// emulator's own records. A second emulator of 101,500 Leads, started for this fixture only.
/// </summary>
[NonParallelizable]
public class KeysetUnderFaultsTests
{
    private const int LeadCount = 101_500;
    private ZohoCrmEmulator _emulator = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _emulator = await ZohoCrmEmulator.StartAsync(new ZohoCrmEmulatorOptions
    {
        Seed = 7,
        SeedCounts = new SeedCounts { Leads = LeadCount, Vendors = 1, Products = 1, Campaigns = 1, Accounts = 1, Contacts = 1, Deals = 1, Cases = 1, Projects = 1, Tasks = 1, Calls = 1, Events = 1 },
    });

    [OneTimeTearDown]
    public async Task StopAsync() => await _emulator.DisposeAsync();

    // With ReadAhead the pages of each window go by OFFSET, five on the wire at once, a failed one asked again alone.
    [TestCase("", TestName = "A_read_past_100000_rows_under_500s_and_cut_bodies_returns_exactly_the_emulators_rows")]
    [TestCase(";ReadAhead=5", TestName = "A_read_five_pages_at_a_time_past_100000_rows_under_500s_and_cut_bodies_returns_exactly_the_emulators_rows")]
    public async Task A_read_past_100000_rows_under_faults_returns_exactly_the_emulators_rows(string readAhead)
    {
        int[] seeds = FaultyOrg.LongForm ? [1, 2, 3] : [1];
        var ids = _emulator.Domain.Records.Scan("Leads").Select(r => r.Id).Order().ToList();
        Assert.That(ids, Has.Count.EqualTo(LeadCount));
        var expected = Checksum(ids);
        var connectionString = "OAuthClientId=" + _emulator.ClientId + ";OAuthClientSecret=" + _emulator.ClientSecret
            + ";OAuthRefreshToken=" + _emulator.RefreshToken + ";AccountsServer=" + _emulator.BaseUrl + ";ApiDomain=" + _emulator.BaseUrl + readAhead;

        foreach (var seed in seeds)
        {
            _emulator.Settings.FaultSeed = seed;
            // With ReadAhead, 20 ms a call, so calls sent together are seen together.
            _emulator.Settings.Faults = [new FaultRule { Path = "/crm/v8/coql", ErrorRate = 0.1, TruncateRate = 0.1, LatencyMs = readAhead.Length > 0 ? 20 : 0 }];
            var before = _emulator.Requests().LastOrDefault()?.Seq ?? 0;
            var clock = Stopwatch.StartNew();
            await using var db = new CrmContext(connectionString);
            var read = await db.Leads.OrderBy(l => l.Id).Select(l => l.Id).ToListAsync();

            var calls = _emulator.Requests(before).Where(r => r.Path == "/crm/v8/coql").ToList();
            TestContext.Out.WriteLine($"seed {seed}: {read.Count} rows in {clock.Elapsed.TotalSeconds:F1} s, checksum {Checksum(read)} (emulator {expected}); "
                + $"{calls.Count} COQL calls, {calls.Count(c => c.Status == 500)} answered 500, "
                + $"{calls.Count(c => c.Status == 200) - (LeadCount + 1999) / 2000} cut short and asked again");
            Assert.That(Checksum(read), Is.EqualTo(expected));
            if (readAhead.Length > 0)
            {
                Assert.That(calls.Max(c => calls.Count(d => d.Start <= c.Start && c.Start < d.End)), Is.GreaterThan(1), "pages on the wire together");
            }
        }
    }

    private static string Checksum(IReadOnlyCollection<long> ids) =>
        ids.Count.ToString(CultureInfo.InvariantCulture) + "#"
        + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(",", ids.Select(id => id.ToString(CultureInfo.InvariantCulture))))))[..16];
}

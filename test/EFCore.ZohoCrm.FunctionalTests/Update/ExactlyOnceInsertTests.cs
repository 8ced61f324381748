using System.Diagnostics;
using System.Globalization;
using EFCore.ZohoCrm.FunctionalTests.TestUtilities;
using Microsoft.EntityFrameworkCore;
using ZohoCrm.Data.Api;

namespace EFCore.ZohoCrm.FunctionalTests.Update;

/// <summary>
/// Issue 11's scenario, as a new user meets it: SaveChanges of 100 new Leads while 10% of insert calls answer 500, 10%
/// drop the connection and 10% lose their answer after Zoho wrote the records; after a <see cref="DbUpdateException"/>
/// the user does what the message says (save again; for an entry whose outcome is unknown, look it up first). Zoho
/// must end with every Lead exactly once: without a unique field the provider reconciles a lost insert by reading back,
/// with one (an alternate key) a lost insert is resent as an upsert on it. A run is 5 SaveChanges of 100
/// (500 entities), or one SaveChanges of 500 whose five calls are in flight together; two seeded runs of each kind run
/// in the normal test run, <c>ZOHOCRM_WRITES_LONG=1</c> runs 100 of each and prints the figures.
/// </summary>
[NonParallelizable]
public class ExactlyOnceInsertTests
{
    private const string LongFormVariable = "ZOHOCRM_WRITES_LONG";
    private const string Faults = """[{"path":"/crm/v8/Leads","method":"POST","errorRate":0.1,"dropRate":0.1,"lostAnswerRate":0.1}]""";
    private const int SavesPerRun = 5;
    private const int LeadsPerSave = 100;

    [TearDown]
    public Task NoFaults() => EmulatorOrg.SetFaultsAsync("[]");

    [Test]
    public Task Without_a_unique_field_a_few_seeded_runs_leave_every_Lead_exactly_once() => AssertExactlyOnceAsync(uniqueField: false, runs: 2);

    [Test]
    public Task With_a_unique_field_a_few_seeded_runs_leave_every_Lead_exactly_once() => AssertExactlyOnceAsync(uniqueField: true, runs: 2);

    // One SaveChanges of 500: its five calls in flight together (MaxConcurrency 5), their lost answers decided together.
    [Test]
    public Task Five_calls_at_once_without_a_unique_field_a_few_seeded_runs_leave_every_Lead_exactly_once() =>
        AssertExactlyOnceAsync(uniqueField: false, runs: 2, savesPerRun: 1, leadsPerSave: SavesPerRun * LeadsPerSave);

    [Test]
    public Task Five_calls_at_once_with_a_unique_field_a_few_seeded_runs_leave_every_Lead_exactly_once() =>
        AssertExactlyOnceAsync(uniqueField: true, runs: 2, savesPerRun: 1, leadsPerSave: SavesPerRun * LeadsPerSave);

    [Test]
    public async Task Long_form_400_seeded_runs_with_and_without_a_unique_field_calls_one_after_another_and_at_once()
    {
        Assume.That(Environment.GetEnvironmentVariable(LongFormVariable), Is.EqualTo("1"), $"the long form runs with {LongFormVariable}=1");
        await AssertExactlyOnceAsync(uniqueField: false, runs: 100);
        await AssertExactlyOnceAsync(uniqueField: true, runs: 100);
        await AssertExactlyOnceAsync(uniqueField: false, runs: 100, savesPerRun: 1, leadsPerSave: SavesPerRun * LeadsPerSave);
        await AssertExactlyOnceAsync(uniqueField: true, runs: 100, savesPerRun: 1, leadsPerSave: SavesPerRun * LeadsPerSave);
    }

    private static async Task AssertExactlyOnceAsync(bool uniqueField, int runs, int savesPerRun = SavesPerRun, int leadsPerSave = LeadsPerSave)
    {
        var figures = new Figures();
        var clock = Stopwatch.StartNew();
        var firstCall = await EmulatorOrg.LastRequestSeqAsync();
        for (var run = 0; run < runs; run++)
        {
            var tag = $"Once{(uniqueField ? "U" : "N")}{run}-{Guid.NewGuid().ToString("N")[..6]}";
            await EmulatorOrg.SetFaultsAsync(Faults, seed: 1000 + run);
            try
            {
                for (var save = 0; save < savesPerRun; save++)
                {
                    if (uniqueField)
                    {
                        await using var db = new EmailLeadContext(EmulatorOrg.ConnectionString);
                        db.Leads.AddRange(Enumerable.Range(0, leadsPerSave).Select(i => new EmailLead
                        {
                            Last_Name = Name(tag, save, i), Company = tag, Email = Name(tag, save, i).ToLowerInvariant() + "@example.com",
                        }));
                        await SaveAsTheMessageAdvisesAsync(db, tag, figures);
                    }
                    else
                    {
                        await using var db = EmulatorOrg.CreateContext();
                        db.Leads.AddRange(Enumerable.Range(0, leadsPerSave).Select(i => new Lead { Last_Name = Name(tag, save, i), Company = tag }));
                        await SaveAsTheMessageAdvisesAsync(db, tag, figures);
                    }
                }
            }
            finally
            {
                await EmulatorOrg.SetFaultsAsync("[]");
            }

            // The oracle: the emulator's own records of this run.
            var stored = EmulatorOrg.Expected<Lead>().Where(l => l.Company == tag).GroupBy(l => l.Last_Name).ToDictionary(g => g.Key, g => g.Count());
            figures.Entities += savesPerRun * leadsPerSave;
            figures.Duplicates += stored.Values.Sum(count => count - 1);
            figures.Missing += savesPerRun * leadsPerSave - stored.Count;
            figures.Runs++;
        }

        // The faults did happen: insert calls answered 500 or nothing at all (a drop, or an answer lost after the write).
        var inserts = (await EmulatorOrg.ApiCallsAfterAsync(firstCall)).Where(c => c.Method == "POST" && c.Path.StartsWith("/crm/v8/Leads", StringComparison.Ordinal)).ToList();
        var faulted = inserts.Count(c => c.Status is 500 or 0);
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"uniqueField={uniqueField} runs={figures.Runs} saves={savesPerRun}x{leadsPerSave} entities={figures.Entities} duplicates={figures.Duplicates} missing={figures.Missing} unknowns={figures.Unknowns} exceptions={figures.Exceptions} notWritten={figures.NotWritten} insertCalls={inserts.Count} faultedCalls={faulted} elapsed={clock.Elapsed.TotalSeconds:F0}s");
        TestContext.Out.WriteLine(summary);
        await TestContext.Progress.WriteLineAsync(summary);
        Assert.Multiple(() =>
        {
            Assert.That(faulted, Is.GreaterThan(0), "the fault rules applied\n" + summary);
            Assert.That(figures.Duplicates, Is.Zero, summary);
            Assert.That(figures.Missing, Is.Zero, summary);
        });
    }

    /// <summary>
    /// SaveChanges, and after a failure what the message says: entries Zoho certainly does not hold are saved again; an
    /// entry whose outcome is unknown is looked up first (by its name), and saved again only when Zoho does not have it.
    /// </summary>
    private static async Task SaveAsTheMessageAdvisesAsync(DbContext db, string tag, Figures figures)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await db.SaveChangesAsync();
                return;
            }
            catch (DbUpdateException exception) when (attempt < 20)
            {
                figures.Exceptions++;
                var failures = exception.GetZohoCrmWriteFailures();
                Assert.That(failures.Select(f => f.Entity), Is.EquivalentTo(exception.Entries.Select(e => e.Entity)), exception.Message);
                Assert.That(failures.Where(f => f.Status is not (ZohoCrmWriteStatus.NotWritten or ZohoCrmWriteStatus.Unknown)), Is.Empty, exception.Message);
                figures.NotWritten += failures.Count(f => f.Status == ZohoCrmWriteStatus.NotWritten);
                var unknown = failures.Where(f => f.Status == ZohoCrmWriteStatus.Unknown).ToList();
                figures.Unknowns += unknown.Count;
                if (unknown.Count > 0)
                {
                    await using var lookup = EmulatorOrg.CreateContext();
                    var held = (await lookup.Leads.Where(l => l.Company == tag).Select(l => l.Last_Name).ToListAsync()).ToHashSet();
                    foreach (var failure in unknown.Where(f => held.Contains(NameOf(f.Entity))))
                    {
                        // Zoho has it: this entity is saved; stop tracking it as new.
                        db.Entry(failure.Entity).State = EntityState.Detached;
                    }
                }
            }
        }
    }

    private static string Name(string tag, int save, int index) => string.Create(CultureInfo.InvariantCulture, $"{tag}-{save:D2}-{index:D3}");

    private static string NameOf(object entity) => entity switch
    {
        Lead lead => lead.Last_Name,
        EmailLead lead => lead.Last_Name,
        _ => throw new InvalidOperationException(entity.GetType().Name),
    };

    private sealed class Figures
    {
        public int Runs { get; set; }

        public int Entities { get; set; }

        public int Duplicates { get; set; }

        public int Missing { get; set; }

        public int Unknowns { get; set; }

        public int Exceptions { get; set; }

        public int NotWritten { get; set; }
    }
}

using ZohoCrm.Data.Api;
using ZohoCrm.Data.Metadata;
using ZohoCrm.Emulator;
using ZohoCrm.Emulator.Domain.Faults;

namespace ZohoCrm.Data.Tests.Integration;

/// <summary>
/// Exactly-once inserts under faults: seeded runs of 500 inserts while 10% of the insert calls answer 500, 10% drop
/// before running and 10% run and lose their answer. After each run every record is Success with exactly one copy in
/// the emulator, NotWritten with none, or Unknown (reported); no record has two copies. The figures are printed.
/// </summary>
[NonParallelizable]
public class InsertFaultRunTests
{
    private const int Runs = 20;
    private const int RecordsPerRun = 500;

    [TestCase(false, TestName = "Seeded_fault_runs_of_500_inserts_without_a_unique_field_leave_no_duplicate")]
    [TestCase(true, TestName = "Seeded_fault_runs_of_500_inserts_upserted_on_a_unique_field_leave_no_duplicate")]
    public async Task Seeded_fault_runs(bool uniqueField)
    {
        await using var emulator = await EmulatorConnection.StartAsync(new ZohoCrmEmulatorOptions { SeedCounts = new() { Leads = 20 } });
        await using var connection = emulator.Open();
        var api = await connection.GetApiClientAsync();
        var options = uniqueField ? new ZohoCrmWriteOptions { DuplicateCheckFields = ["External_Lead_Id"] } : null;
        var rule = new FaultRule { Path = "/crm/v8/Leads", Method = "POST", ErrorRate = 0.1, DropRate = 0.1, LostAnswerRate = 0.1 };
        var (success, notWritten, unknown, duplicates, stopped) = (0, 0, 0, 0, 0);
        var before = await emulator.LastRequestSeqAsync();

        for (var run = 1; run <= Runs; run++)
        {
            emulator.Emulator.Settings.FaultSeed = run;
            emulator.Emulator.Settings.Faults = [rule];
            var tag = "FR" + run + "-" + Guid.NewGuid().ToString("N")[..8];
            var records = Enumerable.Range(0, RecordsPerRun).Select(i =>
            {
                var record = new ZohoCrmRecordValues().Add("Last_Name", ZohoCrmFieldType.Text, tag + "-" + i).Add("Company", ZohoCrmFieldType.Text, tag);
                return uniqueField ? record.Add("External_Lead_Id", ZohoCrmFieldType.Text, tag + "-" + i) : record;
            }).ToList();

            IReadOnlyList<ZohoCrmRecordResult> results;
            try
            {
                results = await api.InsertAsync("Leads", records, options);
            }
            catch (ZohoCrmWriteException e)
            {
                // A call that failed as a whole (its resends exhausted): its outcomes are reported all the same.
                stopped++;
                results = e.Results;
            }

            emulator.Emulator.Settings.Faults = [];
            var copies = emulator.Records("Leads").Where(r => Equals(r["Company"], tag)).GroupBy(r => (string)r["Last_Name"]!).ToDictionary(g => g.Key, g => g.ToList());
            for (var i = 0; i < RecordsPerRun; i++)
            {
                var stored = copies.GetValueOrDefault(tag + "-" + i) ?? [];
                duplicates += Math.Max(0, stored.Count - 1);
                var result = results[i];
                switch (result.Status)
                {
                    case ZohoCrmWriteStatus.Success:
                        success++;
                        Assert.That(stored.Select(r => r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(new[] { result.Id }),
                            $"run {run} record {i}: Success means exactly one copy, with the id reported");
                        break;
                    case ZohoCrmWriteStatus.NotWritten:
                        notWritten++;
                        Assert.That(stored, Is.Empty, $"run {run} record {i}: NotWritten means no copy");
                        break;
                    case ZohoCrmWriteStatus.Unknown:
                        unknown++;
                        break;
                    default:
                        Assert.Fail($"run {run} record {i}: unexpected {result.Status} {result.Code} {result.Message}");
                        break;
                }
            }
        }

        var calls = await emulator.ApiCallsAfterAsync(before);
        var posts = calls.Count(c => c.Method == "POST");
        var faulted = calls.Count(c => c.Method == "POST" && c.Status is 0 or 500);
        var readBacks = calls.Count(c => c.Method == "GET" && c.Path == "/crm/v8/Leads");
        TestContext.Out.WriteLine(
            $"Fault run ({(uniqueField ? "upsert on External_Lead_Id" : "no unique field")}): {Runs} runs x {RecordsPerRun} records = {Runs * RecordsPerRun}; " +
            $"success {success}, not written {notWritten}, unknown {unknown}, duplicates {duplicates}; runs stopped by a failed call {stopped}; " +
            $"insert calls {posts} ({faulted} answered 500 or lost), read-back calls {readBacks}.");
        Assert.That(duplicates, Is.Zero);
    }
}

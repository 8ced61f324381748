using System.Diagnostics;
using ZohoCrm.Data.Api;
using ZohoCrm.Emulator;
using ZohoCrm.Emulator.Domain.Faults;
using ZohoCrm.Emulator.Domain.Seeding;

namespace ZohoCrm.Data.Tests.Integration;

/// <summary>
/// CommandTimeout against the emulator's latency knob: a call slower than the allowance ends the statement with the
/// same timeout, synchronous or asynchronous, reads and writes alike, rather than succeeding once the slow call answers.
/// </summary>
[NonParallelizable]
public class CommandTimeoutAgainstEmulatorTests
{
    // Far past the 1 s CommandTimeout: a statement still running when the slow call answers was not bounded.
    private const int SlowCallMs = 6000;
    private static readonly TimeSpan Bound = TimeSpan.FromMilliseconds(SlowCallMs - 1000);

    private EmulatorConnection _emulator = null!;

    [OneTimeSetUp]
    public async Task Start() => _emulator = await EmulatorConnection.StartAsync(new ZohoCrmEmulatorOptions { SeedCounts = new SeedCounts { Leads = 300 } });

    [OneTimeTearDown]
    public async Task Stop() => await _emulator.DisposeAsync();

    [TearDown]
    public void NoFaults() => _emulator.Emulator.Settings.Faults = [];

    /// <summary>A connection whose metadata is already loaded, so only the statement's own calls meet the latency.</summary>
    private async Task<ZohoCrmConnection> WarmConnectionAsync()
    {
        var connection = _emulator.Open();
        await using var command = new ZohoCrmCommand("SELECT id FROM Leads LIMIT 1", connection);
        await command.ExecuteScalarAsync();
        return connection;
    }

    private static async Task<(Exception? Error, TimeSpan Elapsed)> RunAsync(Func<Task> statement)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            await statement();
            return (null, clock.Elapsed);
        }
        catch (Exception e)
        {
            return (e, clock.Elapsed);
        }
    }

    [TestCase("UPDATE Leads SET City = 'Slow city' WHERE id = @id", "PUT")]
    [TestCase("DELETE FROM Leads WHERE id = @id", "DELETE")]
    [TestCase("INSERT INTO Leads (Last_Name, Company) VALUES ('Slow', 'Slow Co')", "POST")]
    [TestCase("UPSERT INTO Leads (Last_Name, Email) VALUES ('Slow', 'slow@example.com') DUPLICATE CHECK (Email)", "POST")]
    public async Task A_write_call_slower_than_CommandTimeout_ends_ExecuteNonQuery_with_the_same_timeout_sync_and_async(string text, string method)
    {
        await using var connection = await WarmConnectionAsync();
        var id = _emulator.Records("Leads")[3].Id;
        _emulator.Emulator.Settings.Faults = [new FaultRule { Path = "/crm/v8/Leads", Method = method, LatencyMs = SlowCallMs }];

        ZohoCrmCommand Command()
        {
            var command = new ZohoCrmCommand(text, connection) { CommandTimeout = 1 };
            command.Parameters.AddWithValue("id", id);
            return command;
        }

        await using var asyncCommand = Command();
        var (asyncError, asyncElapsed) = await RunAsync(() => asyncCommand.ExecuteNonQueryAsync());
        await using var syncCommand = Command();
        var (syncError, syncElapsed) = await RunAsync(() => Task.FromResult(syncCommand.ExecuteNonQuery()));

        Assert.That(asyncError, Is.TypeOf<ZohoCrmWriteException>().With.InnerException.TypeOf<TimeoutException>(), "async");
        Assert.That(asyncError!.InnerException!.Message, Does.Contain("CommandTimeout=1 seconds"));
        Assert.That(syncError, Is.TypeOf<ZohoCrmWriteException>().With.InnerException.TypeOf<TimeoutException>(),
            "sync: the statement must end with the timeout, not succeed once the slow call answers (" + syncElapsed + ")");
        Assert.That(syncError!.Message, Is.EqualTo(asyncError.Message));
        Assert.That(syncError.InnerException!.Message, Is.EqualTo(asyncError.InnerException.Message));
        Assert.That(asyncElapsed, Is.LessThan(Bound), "async");
        Assert.That(syncElapsed, Is.LessThan(Bound), "sync");
    }

    [Test]
    public async Task A_read_call_slower_than_CommandTimeout_ends_ExecuteReader_with_the_same_timeout_sync_and_async()
    {
        await using var connection = await WarmConnectionAsync();
        _emulator.Emulator.Settings.Faults = [new FaultRule { Path = "/crm/v8/coql", LatencyMs = SlowCallMs }];
        await using var command = new ZohoCrmCommand("SELECT Last_Name FROM Leads LIMIT 10", connection) { CommandTimeout = 1 };

        var (asyncError, asyncElapsed) = await RunAsync(async () => { await using var reader = await command.ExecuteReaderAsync(); });
        var (syncError, syncElapsed) = await RunAsync(() => { using var reader = command.ExecuteReader(); return Task.CompletedTask; });

        Assert.That(asyncError, Is.TypeOf<TimeoutException>(), "async");
        Assert.That(syncError, Is.TypeOf<TimeoutException>(), "sync");
        Assert.That(syncError!.Message, Is.EqualTo(asyncError!.Message).And.Contain("CommandTimeout=1 seconds"));
        Assert.That(asyncElapsed, Is.LessThan(Bound), "async");
        Assert.That(syncElapsed, Is.LessThan(Bound), "sync");
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using EFCore.ZohoCrm.FunctionalTests.TestUtilities;
using Microsoft.EntityFrameworkCore;
using ZohoCrm.Data;

namespace EFCore.ZohoCrm.FunctionalTests.Update;

/// <summary>
/// A synchronous SaveChanges writes with synchronous calls of the Data API: it never waits on asynchronous I/O,
/// which would hold a pool thread while the continuation it waits for needs one.
/// </summary>
[NonParallelizable]
public partial class SynchronousSaveTests
{
    private static readonly TimeSpan ProcessAllowance = TimeSpan.FromMinutes(2);

    [Test]
    public void Synchronous_SaveChanges_sends_its_writes_synchronously()
    {
        using var wire = new WireRecorder();
        using var dataSource = new ZohoCrmDataSourceBuilder(EmulatorOrg.ConnectionStringWithOwnRefreshToken()).UseHttpMessageHandler(wire).Build();
        using var db = new DataSourceContext(dataSource);
        var tag = "SyncWire-" + Guid.NewGuid().ToString("N")[..8];
        var lead = new Lead { Last_Name = tag, Company = tag };
        db.Leads.Add(lead);
        db.SaveChanges();
        lead.First_Name = "Ann";
        db.SaveChanges();
        db.Leads.Remove(lead);
        db.SaveChanges();

        var writes = wire.WritesTo("Leads");
        Assert.That(writes.Select(w => w.Method), Is.EqualTo(new[] { "POST", "PUT", "DELETE" }));
        Assert.That(writes.Select(w => w.Synchronous), Is.All.True);
        Assert.That(EmulatorOrg.Emulator.Domain.Records.Find("Leads", lead.Id), Is.Null);
    }

    [Test]
    public async Task Fifty_synchronous_SaveChanges_from_a_pool_held_to_one_thread_per_core_all_finish()
    {
        var tag = "SyncPool-" + Guid.NewGuid().ToString("N")[..8];
        var probe = Path.Combine(AppContext.BaseDirectory, "EFCore.ZohoCrm.LoadProbe.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "exec", probe, "sync-saves", "50", tag, EmulatorOrg.ConnectionStringWithOwnRefreshToken() })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var allowance = new CancellationTokenSource(ProcessAllowance);
        try
        {
            await process.WaitForExitAsync(allowance.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"50 synchronous SaveChanges did not finish within {ProcessAllowance}: the pool's threads were all waiting.");
        }

        var text = await output + await error;
        Assert.That(process.ExitCode, Is.Zero, text);
        var summary = Summary().Match(text);
        Assert.That(summary.Success, Is.True, text);
        Assert.That(int.Parse(summary.Groups["completed"].Value, CultureInfo.InvariantCulture), Is.EqualTo(50), text);
        var stored = EmulatorOrg.Expected<Lead>().Where(l => l.Company == tag).Select(l => l.Last_Name).Order(StringComparer.Ordinal).ToList();
        Assert.That(stored, Is.EqualTo(Enumerable.Range(0, 50).Select(i => tag + "-" + i.ToString(CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal)));
        TestContext.Out.WriteLine(text);
    }

    [GeneratedRegex(@"saves=\d+ completed=(?<completed>\d+) failures=\d+")]
    private static partial Regex Summary();
}

using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ZohoCrm.Data;
using ZohoCrm.Reliability.Tests;

// Usage: ZohoCrm.Reliability.SoakProbe <connection string> <seconds> <workers> <sample seconds> <tag>
// Runs <workers> loops of mixed work (a filtered page, a count, a collection Include, an insert-update-delete cycle),
// each on a new DbContext over one data source, until <seconds> have passed. Prints a line per sample:
//   sample t=12.0 managedMB=41.2 workingSetMB=120.5 handles=210 sockets=9 ops=1234
// one after the warm-up (a fifth of the run) and one at the end, each after a full collection:
//   gc phase=warm managedMB=38.1   /   gc phase=end managedMB=39.0
// and last: done ops=N expected=N unexpected=N unobserved=N kinds=DbUpdateException:3,...
// An expected failure is one the provider documents under faults (a DbUpdateException, a ZohoCrmException, a timeout).
if (args.Length != 5)
{
    Console.Error.WriteLine("Usage: ZohoCrm.Reliability.SoakProbe <connection string> <seconds> <workers> <sample seconds> <tag>");
    return 2;
}

var duration = TimeSpan.FromSeconds(double.Parse(args[1], CultureInfo.InvariantCulture));
var workers = int.Parse(args[2], CultureInfo.InvariantCulture);
var sampleEvery = TimeSpan.FromSeconds(double.Parse(args[3], CultureInfo.InvariantCulture));
var tag = args[4];
long unobserved = 0;
TaskScheduler.UnobservedTaskException += (_, e) =>
{
    Interlocked.Increment(ref unobserved);
    e.SetObserved();
};

await using var dataSource = ZohoCrmDataSource.Create(args[0]);
var clock = Stopwatch.StartNew();
long ops = 0, unexpected = 0;
var kinds = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
using var stop = new CancellationTokenSource(duration);

var sampler = Task.Run(async () =>
{
    var warmedUp = false;
    while (!stop.IsCancellationRequested)
    {
        try
        {
            await Task.Delay(sampleEvery, stop.Token);
        }
        catch (OperationCanceledException)
        {
            break;
        }

        if (!warmedUp && clock.Elapsed > duration / 5)
        {
            warmedUp = true;
            Console.WriteLine(Invariant($"gc phase=warm managedMB={CollectedMegabytes():F1}"));
        }

        using var process = Process.GetCurrentProcess();
        Console.WriteLine(Invariant(
            $"sample t={clock.Elapsed.TotalSeconds:F1} managedMB={GC.GetTotalMemory(false) / 1048576.0:F1} workingSetMB={process.WorkingSet64 / 1048576.0:F1} handles={process.HandleCount} sockets={Sockets()} ops={Interlocked.Read(ref ops)}"));
    }
});

await Task.WhenAll(Enumerable.Range(0, workers).Select(worker => Task.Run(async () =>
{
    for (var k = 0; !stop.IsCancellationRequested; k++)
    {
        try
        {
            await using var db = new CrmContext(dataSource);
            switch ((worker + k) % 4)
            {
                case 0:
                    var floor = k % 500;
                    await db.Leads.Where(l => l.No_of_Employees > floor).OrderBy(l => l.Id).Take(50).ToListAsync();
                    break;
                case 1:
                    await db.Leads.CountAsync();
                    break;
                case 2:
                    var skip = (worker * 7 + k) % 100;
                    await db.Accounts.Include(a => a.Contacts).OrderBy(a => a.Id).Skip(skip).Take(5).ToListAsync();
                    break;
                default:
                    var lead = new Lead { Last_Name = $"{tag}-{worker}-{k}" };
                    db.Leads.Add(lead);
                    await db.SaveChangesAsync();
                    lead.Description = "soaked";
                    await db.SaveChangesAsync();
                    db.Leads.Remove(lead);
                    await db.SaveChangesAsync();
                    break;
            }

            Interlocked.Increment(ref ops);
        }
        catch (Exception e) when (e is DbUpdateException or ZohoCrmException or TimeoutException)
        {
            kinds.AddOrUpdate(e.GetType().Name, 1, (_, n) => n + 1);
        }
        catch (Exception e)
        {
            if (Interlocked.Increment(ref unexpected) == 1)
            {
                Console.WriteLine("unexpected " + e.ToString().ReplaceLineEndings(" | "));
            }
        }
    }
})));

await sampler;
Console.WriteLine(Invariant($"gc phase=end managedMB={CollectedMegabytes():F1}"));
var expected = kinds.Values.Sum();
Console.WriteLine(Invariant(
    $"done ops={ops} expected={expected} unexpected={unexpected} unobserved={Interlocked.Read(ref unobserved)} kinds={string.Join(",", kinds.Select(k => k.Key + ":" + k.Value))}"));
return 0;

static double CollectedMegabytes()
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
    return GC.GetTotalMemory(true) / 1048576.0;
}

// The sockets this process holds open: the entries of /proc/self/fd that are sockets (Linux).
static int Sockets() =>
    Directory.Exists("/proc/self/fd")
        ? Directory.EnumerateFileSystemEntries("/proc/self/fd").Count(fd =>
        {
            try
            {
                return new FileInfo(fd).LinkTarget?.StartsWith("socket:", StringComparison.Ordinal) == true;
            }
            catch (IOException)
            {
                return false; // Closed while counting.
            }
        })
        : -1;

static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

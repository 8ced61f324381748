using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ZohoCrm.Data.Metadata;

// Usage: EFCore.ZohoCrm.LoadProbe <queries> <connection string> [sync <max pool threads>]
// Runs <queries> LINQ queries of mixed shapes at once, each on its own DbContext over one data source (the connection
// string's shared one), and prints one line:
//   queries=200 completed=200 timeouts=0 failures=0 elapsedMs=1234 answers=Shape:digest|... poolThreads=7
// followed by the first failure, if any. The answers let the caller check every repeat of a shape got the same rows.
// By default the queries are async (ToListAsync, CountAsync) with the default thread pool; with "sync" each runs on a
// thread of its own, calls the synchronous Database.CanConnect() and then the synchronous query, with the thread pool
// held at <max pool threads>: a synchronous call that waits for the pool would never finish.
//
// Usage: EFCore.ZohoCrm.LoadProbe sync-saves <saves> <tag> <connection string>
// Runs <saves> synchronous SaveChanges at once, each inserting one Lead named <tag>-<n> from a pool work item, with the
// thread pool held to one thread per core, as a busy web app's pool is. .NET's SocketsHttpHandler opens a new
// connection on a pool thread even for a synchronous Send, which no client can avoid, so a warm-up first opens the
// connections (saves named <tag>-warm-<n>) while the pool may still grow. Prints one line:
//   saves=50 completed=50 failures=0 elapsedMs=1234 poolThreads=2
// A synchronous save that waited on asynchronous I/O would hold every pool thread while its continuation waits for one.
if (args is ["sync-saves", var saveCount, var tag, var saveConnectionString])
{
    return SynchronousSaves.Run(int.Parse(saveCount, CultureInfo.InvariantCulture), tag, saveConnectionString);
}

if (args.Length != 2 && (args.Length != 4 || args[2] != "sync"))
{
    Console.Error.WriteLine("Usage: EFCore.ZohoCrm.LoadProbe <queries> <connection string> [sync <max pool threads>] | sync-saves <saves> <tag> <connection string>");
    return 2;
}

var count = int.Parse(args[0], CultureInfo.InvariantCulture);
var connectionString = args[1];
var synchronous = args.Length == 4;
if (synchronous)
{
    var maxThreads = int.Parse(args[3], CultureInfo.InvariantCulture);
    ThreadPool.GetMinThreads(out var minWorkers, out var minIo);
    ThreadPool.SetMinThreads(Math.Min(minWorkers, maxThreads), Math.Min(minIo, maxThreads));
    if (!ThreadPool.SetMaxThreads(maxThreads, maxThreads))
    {
        Console.Error.WriteLine("The thread pool refused a maximum of " + maxThreads + " threads.");
        return 2;
    }
}

string[] industries = ["Large Enterprise", "Optical Networking", "Government/Military"];

// The shapes of a web app's requests: filters, a count, a grouping, an ordered page past the first call's 2,000 rows,
// EndsWith, an IN list, and a filter with StartsWith.
Func<LeadContext, Task<string>>[] shapes =
[
    async db => Digest(await db.Leads.Where(l => l.Lead_Status == "Contacted").OrderBy(l => l.Id).ToListAsync()),
    async db => (await db.Leads.CountAsync(l => l.Annual_Revenue > 1_000_000m)).ToString(CultureInfo.InvariantCulture),
    async db => Digest(await db.Leads.GroupBy(l => l.Lead_Source).Select(g => new { g.Key, Count = g.Count() }).OrderBy(g => g.Key).ToListAsync()),
    async db => Digest(await db.Leads.OrderBy(l => l.Last_Name).ThenBy(l => l.Id).Skip(2100).Take(30).ToListAsync()),
    async db => Digest(await db.Leads.Where(l => l.Email!.EndsWith(".example")).OrderBy(l => l.Id).Take(200).ToListAsync()),
    async db => Digest(await db.Leads.Where(l => industries.Contains(l.Industry!)).OrderBy(l => l.Id).Take(500).ToListAsync()),
    async db => (await db.Leads.CountAsync(l => l.Rating == "Active" && l.Last_Name.StartsWith("S"))).ToString(CultureInfo.InvariantCulture),
    async db => Digest(await db.Leads.Where(l => l.Lead_Status == "Not Contacted").OrderByDescending(l => l.Annual_Revenue).ThenBy(l => l.Id).Take(50).ToListAsync()),
];

// The same shapes, synchronous.
Func<LeadContext, string>[] syncShapes =
[
    db => Digest(db.Leads.Where(l => l.Lead_Status == "Contacted").OrderBy(l => l.Id).ToList()),
    db => db.Leads.Count(l => l.Annual_Revenue > 1_000_000m).ToString(CultureInfo.InvariantCulture),
    db => Digest(db.Leads.GroupBy(l => l.Lead_Source).Select(g => new { g.Key, Count = g.Count() }).OrderBy(g => g.Key).ToList()),
    db => Digest(db.Leads.OrderBy(l => l.Last_Name).ThenBy(l => l.Id).Skip(2100).Take(30).ToList()),
    db => Digest(db.Leads.Where(l => l.Email!.EndsWith(".example")).OrderBy(l => l.Id).Take(200).ToList()),
    db => Digest(db.Leads.Where(l => industries.Contains(l.Industry!)).OrderBy(l => l.Id).Take(500).ToList()),
    db => db.Leads.Count(l => l.Rating == "Active" && l.Last_Name.StartsWith("S")).ToString(CultureInfo.InvariantCulture),
    db => Digest(db.Leads.Where(l => l.Lead_Status == "Not Contacted").OrderByDescending(l => l.Annual_Revenue).ThenBy(l => l.Id).Take(50).ToList()),
];

var answers = new string?[count];
var failures = new Exception?[count];
var clock = Stopwatch.StartNew();
if (synchronous)
{
    // Synchronous callers on threads of their own (as a desktop app's or a worker service's): the pool's few threads
    // stay free, so a call that needs one to finish finishes.
    var threads = Enumerable.Range(0, count).Select(i => new Thread(() =>
    {
        try
        {
            using var db = new LeadContext(connectionString);
            answers[i] = db.Database.CanConnect() ? syncShapes[i % syncShapes.Length](db) : throw new InvalidOperationException("CanConnect() answered false.");
        }
        catch (Exception e)
        {
            failures[i] = e;
        }
    }) { IsBackground = true }).ToList();
    threads.ForEach(t => t.Start());
    threads.ForEach(t => t.Join());
}
else
{
    await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
    {
        // Each query starts from a pool thread, as a request of a web app does.
        await Task.Yield();
        try
        {
            await using var db = new LeadContext(connectionString);
            answers[i] = await shapes[i % shapes.Length](db);
        }
        catch (Exception e)
        {
            failures[i] = e;
        }
    }));
}

clock.Stop();

var timeouts = failures.Count(f => f is TimeoutException || f?.InnerException is TimeoutException);
var failed = failures.Count(f => f is not null) - timeouts;
var digests = Enumerable.Range(0, count).Where(i => answers[i] is not null)
    .GroupBy(i => i % shapes.Length)
    .OrderBy(g => g.Key)
    .Select(g => g.Key + ":" + string.Join(",", g.Select(i => answers[i]).Distinct()));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"queries={count} completed={count - timeouts - failed} timeouts={timeouts} failures={failed} elapsedMs={clock.ElapsedMilliseconds} answers={string.Join("|", digests)} poolThreads={ThreadPool.ThreadCount}"));
if (failures.FirstOrDefault(f => f is not null) is { } first)
{
    Console.WriteLine(first.GetType().Name + ": " + first.Message);
}

return 0;

static string Digest<T>(List<T> rows) =>
    rows.Count.ToString(CultureInfo.InvariantCulture) + "#" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(
        System.Text.Encoding.UTF8.GetBytes(string.Join("\u001e", rows.Select(r => r!.ToString())))))[..12];

/// <summary>Synchronous SaveChanges run from pool threads while the pool cannot grow.</summary>
internal static class SynchronousSaves
{
    public static int Run(int count, string tag, string connectionString)
    {
        var cores = Environment.ProcessorCount;
        WarmUp(cores * 2, tag, connectionString);
        if (!ThreadPool.SetMinThreads(cores, cores) || !ThreadPool.SetMaxThreads(cores, cores))
        {
            Console.Error.WriteLine("The thread pool could not be held to " + cores + " threads.");
            return 3;
        }

        var failures = new Exception?[count];
        using var done = new CountdownEvent(count);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var n = i;
            ThreadPool.QueueUserWorkItem(_ =>
            {
                try
                {
                    using var db = new LeadContext(connectionString);
                    db.Leads.Add(new Lead { Last_Name = tag + "-" + n.ToString(CultureInfo.InvariantCulture), Company = tag });
                    db.SaveChanges();
                }
                catch (Exception e)
                {
                    failures[n] = e;
                }
                finally
                {
                    done.Signal();
                }
            });
        }

        // The caller's allowance decides when this has hung; the process waits for every save.
        done.Wait();
        clock.Stop();
        var failed = failures.Count(f => f is not null);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"saves={count} completed={count - failed} failures={failed} elapsedMs={clock.ElapsedMilliseconds} poolThreads={ThreadPool.ThreadCount}"));
        if (failures.FirstOrDefault(f => f is not null) is { } first)
        {
            Console.WriteLine(first.GetType().Name + ": " + first.Message);
        }

        return 0;
    }

    /// <summary>Saves from dedicated threads that start together, so the data source opens that many connections.</summary>
    private static void WarmUp(int count, string tag, string connectionString)
    {
        using var start = new Barrier(count);
        var threads = Enumerable.Range(0, count).Select(n => new Thread(() =>
        {
            start.SignalAndWait();
            using var db = new LeadContext(connectionString);
            db.Leads.Add(new Lead { Last_Name = tag + "-warm-" + n.ToString(CultureInfo.InvariantCulture), Company = tag + "-warm" });
            db.SaveChanges();
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
    }
}

/// <summary>The Leads module, as much of it as the shapes read.</summary>
internal sealed class Lead
{
    public long Id { get; set; }

    public string Last_Name { get; set; } = "";

    public string? Company { get; set; }

    public string? Email { get; set; }

    public string? Lead_Status { get; set; }

    public string? Lead_Source { get; set; }

    public string? Industry { get; set; }

    public string? Rating { get; set; }

    public decimal? Annual_Revenue { get; set; }

    public override string ToString() =>
        string.Join('\u001f', Id, Last_Name, Company, Email, Lead_Status, Lead_Source, Industry, Rating, Annual_Revenue?.ToString(CultureInfo.InvariantCulture));
}

internal sealed class LeadContext(string connectionString) : DbContext
{
    public DbSet<Lead> Leads => Set<Lead>();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseZohoCrm(connectionString);

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<Lead>(lead =>
        {
            lead.Property(l => l.Lead_Status).HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);
            lead.Property(l => l.Lead_Source).HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);
            lead.Property(l => l.Industry).HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);
            lead.Property(l => l.Rating).HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);
            lead.Property(l => l.Email).HasZohoCrmFieldType(ZohoCrmFieldType.Email);
        });
}

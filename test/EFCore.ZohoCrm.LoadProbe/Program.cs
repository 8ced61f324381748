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
if (args.Length != 2 && (args.Length != 4 || args[2] != "sync"))
{
    Console.Error.WriteLine("Usage: EFCore.ZohoCrm.LoadProbe <queries> <connection string> [sync <max pool threads>]");
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

using System.Diagnostics;
using System.Globalization;
using ZohoCrm.Data;

// Usage: ZohoCrm.Data.LoadProbe <async|sync> <queries> <max pool threads, 0 for the default> <connection string>
// Runs <queries> queries of mixed shapes at once on one data source and prints one line:
//   queries=200 completed=200 timeouts=0 failures=0 elapsedMs=1234 answers=Shape:digest|...
// followed by the first failure, if any. The answers let the caller check every repeat of a shape got the same rows.
if (args.Length != 4)
{
    Console.Error.WriteLine("Usage: ZohoCrm.Data.LoadProbe <async|sync> <queries> <max pool threads, 0 for the default> <connection string>");
    return 2;
}

var synchronous = args[0] == "sync";
var count = int.Parse(args[1], CultureInfo.InvariantCulture);
var maxThreads = int.Parse(args[2], CultureInfo.InvariantCulture);
if (maxThreads > 0)
{
    ThreadPool.GetMinThreads(out var minWorkers, out var minIo);
    ThreadPool.SetMinThreads(Math.Min(minWorkers, maxThreads), Math.Min(minIo, maxThreads));
    if (!ThreadPool.SetMaxThreads(maxThreads, maxThreads))
    {
        Console.Error.WriteLine("The thread pool refused a maximum of " + maxThreads + " threads.");
        return 2;
    }
}

// The shapes a web app sends: filters, a count, a grouping, an ordered page past the first call's 2,000 rows,
// EndsWith, an IN list, and a filter Zoho cannot evaluate (re-checked on the client).
// The filters read every column of the entity, as EF's ToListAsync does.
const string Lead = "id, Company, First_Name, Last_Name, Designation, Email, Phone, Mobile, Website, Lead_Source, Lead_Status, Industry, Rating, No_of_Employees, Annual_Revenue, Email_Opt_Out, Street, City, State, Zip_Code, Country, Description, Preferred_Contact_Date, Discount_Rate, Referred_By, Created_Time, Modified_Time";
string[] shapes =
[
    "SELECT " + Lead + " FROM Leads WHERE Lead_Status = 'Contacted' ORDER BY id",
    "SELECT COUNT(*) FROM Leads WHERE Annual_Revenue > 1000000",
    "SELECT Lead_Source, COUNT(*) FROM Leads GROUP BY Lead_Source ORDER BY Lead_Source",
    "SELECT " + Lead + " FROM Leads ORDER BY Last_Name, id LIMIT 2100, 30",
    "SELECT " + Lead + " FROM Leads WHERE Email LIKE '%.example' ORDER BY id LIMIT 200",
    "SELECT " + Lead + " FROM Leads WHERE Industry IN ('Large Enterprise', 'Optical Networking', 'Government/Military') ORDER BY id LIMIT 500",
    "SELECT COUNT(*) FROM Leads WHERE Rating = 'Active' AND Last_Name LIKE 'S%'",
    "SELECT id, Last_Name FROM Leads WHERE Lead_Status = 'Not Contacted' ORDER BY Annual_Revenue DESC, id LIMIT 50",
];

await using var dataSource = ZohoCrmDataSource.Create(args[3]);
var answers = new string?[count];
var failures = new Exception?[count];
var clock = Stopwatch.StartNew();
if (synchronous)
{
    // Synchronous callers on threads of their own (as a desktop app's or a worker service's): the pool's few threads
    // stay free, so a query that needs one to finish finishes.
    var threads = Enumerable.Range(0, count).Select(i => new Thread(() => RunSync(i)) { IsBackground = true }).ToList();
    threads.ForEach(t => t.Start());
    threads.ForEach(t => t.Join());
}
else
{
    await Task.WhenAll(Enumerable.Range(0, count).Select(RunAsync));
}

clock.Stop();

var timeouts = failures.Count(f => f is TimeoutException);
var failed = failures.Count(f => f is not null and not TimeoutException);
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

async Task RunAsync(int i)
{
    // Each query starts from a pool thread, as a request of a web app does.
    await Task.Yield();
    try
    {
        await using var command = dataSource.CreateCommand(shapes[i % shapes.Length]);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(Row(reader));
        }

        answers[i] = Digest(rows);
    }
    catch (Exception e)
    {
        failures[i] = e;
    }
}

void RunSync(int i)
{
    try
    {
        using var command = dataSource.CreateCommand(shapes[i % shapes.Length]);
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(Row(reader));
        }

        answers[i] = Digest(rows);
    }
    catch (Exception e)
    {
        failures[i] = e;
    }
}

static string Row(System.Data.Common.DbDataReader reader) =>
    string.Join("\u001f", Enumerable.Range(0, reader.FieldCount).Select(c => Convert.ToString(reader.GetValue(c), CultureInfo.InvariantCulture)));

static string Digest(List<string> rows) =>
    rows.Count.ToString(CultureInfo.InvariantCulture) + "#" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(
        System.Text.Encoding.UTF8.GetBytes(string.Join("\u001e", rows))))[..12];

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ZohoCrm.Data;

// Usage: ZohoCrm.Reliability.TokenProbe <connection string> <query selecting one id column>
// Commands on standard input, one a line:
//   run <n>   starts <n> concurrent runs of the query; prints "inflight" as soon as one of them has its first row,
//             then, when all are done:
//             done completed=<n> failures=<n> answers=<count>#<sha256 of the ids>,... first=<first failure>
//   exit      (or the end of input) ends the process.
// One data source for the life of the process, as an app has.
if (args.Length != 2)
{
    Console.Error.WriteLine("Usage: ZohoCrm.Reliability.TokenProbe <connection string> <query selecting one id column>");
    return 2;
}

await using var dataSource = ZohoCrmDataSource.Create(args[0]);
while (Console.ReadLine() is { } line && line != "exit")
{
    var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    if (parts is not ["run", var n])
    {
        Console.Error.WriteLine("Unknown command: " + line);
        return 2;
    }

    var count = int.Parse(n, CultureInfo.InvariantCulture);
    var answers = new string?[count];
    var failures = new Exception?[count];
    var inflight = 0;
    await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
    {
        await Task.Yield();
        try
        {
            await using var command = dataSource.CreateCommand(args[1]);
            await using var reader = await command.ExecuteReaderAsync();
            var ids = new List<long>();
            while (await reader.ReadAsync())
            {
                if (Interlocked.Exchange(ref inflight, 1) == 0)
                {
                    Console.WriteLine("inflight");
                }

                ids.Add(reader.GetInt64(0));
            }

            answers[i] = Digest(ids);
        }
        catch (Exception e)
        {
            failures[i] = e;
        }
    }));

    var first = failures.FirstOrDefault(f => f is not null);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"done completed={answers.Count(a => a is not null)} failures={failures.Count(f => f is not null)} answers={string.Join(",", answers.Where(a => a is not null).Distinct())} first={first?.GetType().Name}: {first?.Message.ReplaceLineEndings(" ")}"));
}

return 0;

static string Digest(List<long> ids) =>
    ids.Count.ToString(CultureInfo.InvariantCulture) + "#"
    + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(",", ids.Select(id => id.ToString(CultureInfo.InvariantCulture))))))[..16];

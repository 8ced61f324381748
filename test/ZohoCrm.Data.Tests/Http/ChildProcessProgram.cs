using System.Diagnostics;
using System.Text;

namespace ZohoCrm.Data.Tests.Http;

/// <summary>
/// The test assembly's entry point (the test SDK's generated one is turned off in the project file): run as
/// <c>dotnet ZohoCrm.Data.Tests.dll query "&lt;connection string&gt;" "&lt;COQL&gt;"</c> it opens a connection, reads
/// the query and prints <c>rows=N</c>. Tests start it with an environment of their choosing, because .NET reads the
/// proxy variables (<c>HTTP_PROXY</c>, <c>HTTPS_PROXY</c>, <c>NO_PROXY</c>) once per process.
/// </summary>
internal static class ChildProcessProgram
{
    public static int Main(string[] args)
    {
        if (args is not ["query", var connectionString, var commandText])
        {
            Console.Error.WriteLine("usage: query <connection string> <COQL>");
            return 2;
        }

        using var connection = new ZohoCrmConnection(connectionString);
        connection.Open();
        using var command = new ZohoCrmCommand(commandText, connection);
        using var reader = command.ExecuteReader();
        var rows = 0;
        while (reader.Read())
        {
            rows++;
        }

        Console.WriteLine("rows=" + rows);
        return 0;
    }

    /// <summary>Runs <see cref="Main"/> in a child process whose proxy variables are exactly <paramref name="proxyVariables"/>.</summary>
    public static (int ExitCode, string Output) RunQuery(string connectionString, string commandText, IReadOnlyDictionary<string, string> proxyVariables)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(typeof(ChildProcessProgram).Assembly.Location);
        start.ArgumentList.Add("query");
        start.ArgumentList.Add(connectionString);
        start.ArgumentList.Add(commandText);

        // Whatever proxy the machine running the tests has (a CI runner often has one) must not decide the outcome.
        foreach (var name in new[] { "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY" })
        {
            start.Environment.Remove(name);
            start.Environment.Remove(name.ToLowerInvariant());
        }

        foreach (var (name, value) in proxyVariables)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill();
            Assert.Fail("The child process did not finish within 60 seconds: " + output);
        }

        process.WaitForExit();
        lock (output)
        {
            return (process.ExitCode, output.ToString());
        }
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;

namespace ZohoCrm.Reliability.Tests;

/// <summary>
/// Token refresh under load: four processes (<c>ZohoCrm.Reliability.TokenProbe</c>) share one token file, as the
/// instances of a web farm do, and read concurrently while the emulator's clock moves past the access token's expiry,
/// lifetime after lifetime. Zoho allows about 10 access tokens per refresh token in 10 minutes, so each expiry must
/// cost exactly one token call across all processes (the emulator's request log), and no query may fail.
/// </summary>
[NonParallelizable]
public class TokenRefreshUnderLoadTests
{
    private static readonly TimeSpan Allowance = TimeSpan.FromMinutes(3);

    [TearDown]
    public void ClearFaults() => FaultyOrg.ClearFaults();

    [Test]
    public async Task Four_processes_sharing_a_token_file_make_one_token_call_per_expiry_and_no_query_fails()
    {
        const int processes = 4;
        const int lifetimes = 10;
        // 200 queries at once in all (50 a process), each one page of the Leads from advertisements, queued behind
        // MaxConcurrency when the token lapses; the long form 200 a process, each reading every Lead (three pages).
        var queriesPerProcess = FaultyOrg.LongForm ? 200 : 50;
        var query = FaultyOrg.LongForm ? "SELECT id FROM Leads ORDER BY id" : "SELECT id FROM Leads WHERE Lead_Source = 'Advertisement' ORDER BY id";
        var ids = (FaultyOrg.LongForm
            ? FaultyOrg.Records("Leads", "Id")
            : FaultyOrg.Records("Leads", "Lead_Source").Where(r => (string?)r.Value == "Advertisement")).Select(r => r.Id).Order().ToList();
        // Enough credits for every lifetime's reads (three COQL pages a query); the edition's budget is another test's.
        FaultyOrg.Emulator.Settings.CreditLimit = 100_000_000;

        var folder = Directory.CreateTempSubdirectory("zohocrm-token-load-");
        var connectionString = FaultyOrg.ConnectionStringWith(FaultyOrg.NewRefreshToken(),
            "OAuthSettingsLocation=" + Path.Combine(folder.FullName, "tokens.json"));
        var expected = ids.Count.ToString(CultureInfo.InvariantCulture) + "#"
            + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(",", ids.Select(id => id.ToString(CultureInfo.InvariantCulture))))))[..16];

        var probes = Enumerable.Range(0, processes).Select(_ => Probe.Start(connectionString, query)).ToList();
        try
        {
            // The first query anywhere gets the first token; the other processes find it in the file.
            var before = FaultyOrg.LastSeq();
            foreach (var probe in probes)
            {
                await probe.SendAsync("run 1");
                AssertDone(await probe.ReadUntilAsync("done", Allowance), 1, expected, "warm-up");
            }

            Assert.That(FaultyOrg.TokenCalls(before), Is.EqualTo(1), "token calls before the first expiry");

            var perLifetime = new List<int>();
            var refusedPerLifetime = new List<int>();
            for (var lifetime = 1; lifetime <= lifetimes; lifetime++)
            {
                before = FaultyOrg.LastSeq();
                foreach (var probe in probes)
                {
                    await probe.SendAsync("run " + queriesPerProcess.ToString(CultureInfo.InvariantCulture));
                }

                // The token expires while every process has queries in flight.
                foreach (var probe in probes)
                {
                    await probe.ReadUntilAsync("inflight", Allowance);
                }

                FaultyOrg.Emulator.Clock.Advance(TimeSpan.FromSeconds(FaultyOrg.Emulator.Settings.TokenLifetimeSeconds));
                foreach (var probe in probes)
                {
                    AssertDone(await probe.ReadUntilAsync("done", Allowance), queriesPerProcess, expected, "lifetime " + lifetime);
                }

                perLifetime.Add(FaultyOrg.TokenCalls(before));
                var rejected = FaultyOrg.Emulator.Requests(before).Count(r => r.Status == 401);
                refusedPerLifetime.Add(rejected);
                TestContext.Out.WriteLine($"lifetime {lifetime}: {processes * queriesPerProcess} queries ({ids.Count} rows each) in {processes} processes, "
                    + $"{perLifetime[^1]} token call(s), {rejected} call(s) answered 401 with the expired token");
            }

            Assert.That(perLifetime, Has.All.EqualTo(1), "token calls per expiry, all processes together");
            // A request takes its token when it gets its MaxConcurrency slot (5 by default), so only those in flight
            // at the expiry meet a 401, not every request queued behind them.
            Assert.That(refusedPerLifetime, Has.All.LessThanOrEqualTo(processes * 5), "calls answered 401 per expiry");
        }
        finally
        {
            foreach (var probe in probes)
            {
                await probe.DisposeAsync();
            }

            folder.Delete(recursive: true);
        }
    }

    private static void AssertDone(string line, int queries, string expected, string when)
    {
        Assert.That(line, Does.StartWith($"done completed={queries} failures=0 answers={expected} "), when);
    }

    /// <summary>One probe process: commands on its standard input, its output lines in a channel.</summary>
    private sealed class Probe : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();
        private readonly StringBuilder _errors = new();

        private Probe(Process process) => _process = process;

        public static Probe Start(string connectionString, string query)
        {
            var dll = Path.Combine(AppContext.BaseDirectory, "ZohoCrm.Reliability.TokenProbe.dll");
            Assert.That(File.Exists(dll), Is.True, "the probe is built next to the tests: " + dll);
            var start = new ProcessStartInfo("dotnet")
            {
                RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            };
            start.ArgumentList.Add("exec");
            start.ArgumentList.Add(dll);
            start.ArgumentList.Add(connectionString);
            start.ArgumentList.Add(query);
            var probe = new Probe(new Process { StartInfo = start });
            probe._process.OutputDataReceived += (_, e) =>
            {
                if (e.Data is null)
                {
                    probe._lines.Writer.TryComplete();
                }
                else
                {
                    probe._lines.Writer.TryWrite(e.Data);
                }
            };
            probe._process.ErrorDataReceived += (_, e) =>
            {
                lock (probe._errors)
                {
                    probe._errors.AppendLine(e.Data);
                }
            };
            probe._process.Start();
            probe._process.BeginOutputReadLine();
            probe._process.BeginErrorReadLine();
            return probe;
        }

        public async Task SendAsync(string command)
        {
            await _process.StandardInput.WriteLineAsync(command);
            await _process.StandardInput.FlushAsync();
        }

        /// <summary>The first line starting with <paramref name="prefix"/>; lines before it are skipped.</summary>
        public async Task<string> ReadUntilAsync(string prefix, TimeSpan allowance)
        {
            using var timeout = new CancellationTokenSource(allowance);
            try
            {
                while (true)
                {
                    var line = await _lines.Reader.ReadAsync(timeout.Token);
                    if (line.StartsWith(prefix, StringComparison.Ordinal))
                    {
                        return line;
                    }
                }
            }
            catch (Exception e) when (e is OperationCanceledException or ChannelClosedException)
            {
                string errors;
                lock (_errors)
                {
                    errors = _errors.ToString();
                }

                throw new AssertionException($"The probe printed no '{prefix}' line within {allowance} ({e.GetType().Name}). Its errors: {errors}");
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                await SendAsync("exit");
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
                try
                {
                    await _process.WaitForExitAsync(timeout.Token);
                }
                catch (OperationCanceledException)
                {
                    _process.Kill(entireProcessTree: true);
                }
            }

            _process.Dispose();
        }
    }
}

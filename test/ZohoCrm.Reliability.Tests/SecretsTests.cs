using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using ZohoCrm.Data;
using ZohoCrm.Data.Tests.Http;
using ZohoCrm.Emulator.Domain.Faults;
using ZohoCrm.Emulator.Domain.OAuth;

namespace ZohoCrm.Reliability.Tests;

/// <summary>
/// The suite's flows and failures once per <c>Verbosity</c> (1 to 5), each with a <c>Logfile</c> and an
/// <c>ILogger</c> at Trace: a grant code exchanged, reads under 500s, drops, cut bodies and 429s, a timeout, an access
/// token refused and refreshed, the token throttle, a revoked refresh token, a spent credit budget, a data-centre move.
/// Every secret that crossed the wire (access and refresh tokens, the client secret, the code: recorded by the HTTP
/// handler under the provider) is looked for in everything the provider wrote or threw: the Logfile, the logger, and
/// each exception's message and <c>ToString()</c>.
/// </summary>
[NonParallelizable]
public class SecretsTests
{
    [TearDown]
    public void ClearFaults() => FaultyOrg.ClearFaults();

    [Test]
    public async Task No_flow_or_failure_at_any_Verbosity_shows_a_token_secret_or_code()
    {
        var folder = Directory.CreateTempSubdirectory("zohocrm-secrets-");
        var wire = new SecretRecorder();
        var logger = new CollectingLoggerFactory();
        var thrown = new List<Exception>();
        try
        {
            for (var verbosity = 1; verbosity <= 5; verbosity++)
            {
                var logging = $"Logfile={Path.Combine(folder.FullName, $"verbosity-{verbosity}.log")};Verbosity={verbosity}";
                foreach (var (name, flow) in Flows())
                {
                    try
                    {
                        await flow(logging, wire, logger);
                    }
                    catch (Exception e)
                    {
                        // Failing is what several flows are for; what matters is what the failure shows.
                        TestContext.Out.WriteLine($"verbosity {verbosity}, {name}: {e.GetType().Name}");
                        thrown.Add(e);
                    }
                    finally
                    {
                        FaultyOrg.ClearFaults();
                    }
                }
            }

            var secrets = wire.Secrets();
            var outputs = new List<(string Where, string Text)>();
            outputs.AddRange(Directory.GetFiles(folder.FullName, "*.log").Order().Select(f => (Path.GetFileName(f), File.ReadAllText(f))));
            outputs.Add(("ILogger at Trace", logger.Text));
            outputs.AddRange(thrown.Select((e, i) => ($"exception {i + 1} ({e.GetType().Name})", e.Message + "\n" + e)));
            var leaks = outputs.SelectMany(o => secrets.Where(s => o.Text.Contains(s.Value, StringComparison.Ordinal)).Select(s => $"{s.Kind} in {o.Where}")).ToList();

            TestContext.Out.WriteLine($"{secrets.Count} secrets seen on the wire ({string.Join(", ", secrets.GroupBy(s => s.Kind).Select(g => $"{g.Count()} {g.Key}"))}); "
                + $"scanned {outputs.Count} outputs, {outputs.Sum(o => o.Text.Length):N0} characters ({thrown.Count} exceptions, {logger.Lines.Count:N0} logger lines, "
                + $"Logfiles {string.Join("/", outputs.Where(o => o.Where.EndsWith(".log", StringComparison.Ordinal)).Select(o => o.Text.Length.ToString("N0", CultureInfo.InvariantCulture)))} characters): {leaks.Count} leaks");
            Assert.Multiple(() =>
            {
                Assert.That(secrets.Select(s => s.Kind).Distinct(), Is.EquivalentTo(new[] { "access token", "refresh token", "client secret", "grant code" }), "the flows carried every kind of secret");
                // The timeout, the token throttle, the revoked refresh token and the spent budget, at each Verbosity.
                Assert.That(thrown, Has.Count.EqualTo(4 * 5), "the failing flows failed, the others did not");
                Assert.That(outputs.Where(o => o.Where.EndsWith(".log", StringComparison.Ordinal)).Select(o => o.Text.Length), Has.All.GreaterThan(0), "every Logfile was written");
                Assert.That(leaks, Is.Empty);
            });
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private delegate Task Flow(string logging, SecretRecorder wire, CollectingLoggerFactory logger);

    private static IEnumerable<(string Name, Flow Flow)> Flows()
    {
        yield return ("a grant code exchanged", async (logging, wire, logger) =>
        {
            var code = FaultyOrg.Emulator.Services.GetRequiredService<OAuthServer>().IssueGrantCode(
                FaultyOrg.Emulator.ClientId, FaultyOrg.Emulator.RedirectUri, "ZohoCRM.modules.ALL,ZohoCRM.settings.ALL,ZohoCRM.coql.READ", accessType: null, prompt: null);
            var connectionString = FaultyOrg.ConnectionString(logging + ";OAuthVerifier=" + code).Replace(";OAuthRefreshToken=" + FaultyOrg.Emulator.RefreshToken, "", StringComparison.Ordinal);
            await ReadAsync(connectionString, wire, logger);
        });
        foreach (var (name, rule) in new (string, FaultRule)[]
                 {
                     ("500s", new FaultRule { Path = "/crm/v8", ErrorRate = 0.3 }),
                     ("dropped connections", new FaultRule { Path = "/crm/v8", DropRate = 0.3 }),
                     ("cut bodies", new FaultRule { Path = "/crm/v8", TruncateRate = 0.3 }),
                 })
        {
            yield return ("reads under " + name, async (logging, wire, logger) =>
            {
                FaultyOrg.SetFault(rule, seed: 3);
                await ReadAsync(FaultyOrg.ConnectionStringWith(FaultyOrg.NewRefreshToken(), logging), wire, logger);
            });
        }

        yield return ("429s", async (logging, wire, logger) =>
        {
            FaultyOrg.Emulator.Settings.ConcurrencyLimit = 1;
            await using var dataSource = Build(FaultyOrg.ConnectionStringWith(FaultyOrg.NewRefreshToken(), logging), wire, logger);
            await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => ReadAsync(dataSource)));
        });
        yield return ("a timeout", async (logging, wire, logger) =>
        {
            FaultyOrg.SetFault(new FaultRule { Path = "/crm/v8", LatencyMs = 3_000 }, seed: 1);
            await ReadAsync(FaultyOrg.ConnectionStringWith(FaultyOrg.NewRefreshToken(), logging + ";Timeout=1"), wire, logger);
        });
        yield return ("an expired token refreshed", async (logging, wire, logger) =>
        {
            await using var dataSource = Build(FaultyOrg.ConnectionStringWith(FaultyOrg.NewRefreshToken(), logging), wire, logger);
            await ReadAsync(dataSource);
            FaultyOrg.Emulator.Clock.Advance(TimeSpan.FromSeconds(FaultyOrg.Emulator.Settings.TokenLifetimeSeconds));
            await ReadAsync(dataSource);
        });
        yield return ("the token throttle", async (logging, wire, logger) =>
        {
            FaultyOrg.Emulator.Settings.TokenMintLimit = 1;
            FaultyOrg.Emulator.Settings.TokenLifetimeSeconds = 300;
            await using var dataSource = Build(FaultyOrg.ConnectionStringWith(FaultyOrg.NewRefreshToken(), logging), wire, logger);
            await ReadAsync(dataSource);
            FaultyOrg.Emulator.Clock.Advance(TimeSpan.FromSeconds(301));
            await ReadAsync(dataSource);
        });
        yield return ("a revoked refresh token", async (logging, wire, logger) =>
        {
            var refreshToken = FaultyOrg.NewRefreshToken();
            await using var dataSource = Build(FaultyOrg.ConnectionStringWith(refreshToken, logging), wire, logger);
            await ReadAsync(dataSource);
            FaultyOrg.Emulator.Services.GetRequiredService<OAuthServer>().Revoke(refreshToken);
            await ReadAsync(dataSource);
        });
        yield return ("a spent credit budget", async (logging, wire, logger) =>
        {
            FaultyOrg.StartANewCreditDay();
            FaultyOrg.Emulator.Settings.CreditLimit = 2;
            await using var dataSource = Build(FaultyOrg.ConnectionStringWith(FaultyOrg.NewRefreshToken(), logging), wire, logger);
            for (var i = 0; i < 5; i++)
            {
                await ReadAsync(dataSource);
            }
        });
        yield return ("a data-centre move", async (logging, wire, logger) =>
        {
            var connectionString = FaultyOrg.ConnectionStringWith(FaultyOrg.NewRefreshToken(), logging).Replace(";ApiDomain=" + FaultyOrg.Emulator.BaseUrl, "", StringComparison.Ordinal);
            await using var dataSource = Build(connectionString, wire, logger);
            await ReadAsync(dataSource);
            FaultyOrg.Emulator.Settings.ApiDomain = "http://localhost:" + new Uri(FaultyOrg.Emulator.BaseUrl).Port.ToString(CultureInfo.InvariantCulture);
            FaultyOrg.Emulator.Clock.Advance(TimeSpan.FromSeconds(FaultyOrg.Emulator.Settings.TokenLifetimeSeconds));
            await ReadAsync(dataSource);
        });
    }

    private static ZohoCrmDataSource Build(string connectionString, SecretRecorder wire, CollectingLoggerFactory logger) =>
        new ZohoCrmDataSourceBuilder(connectionString).UseHttpMessageHandler(wire).UseLoggerFactory(logger).Build();

    private static async Task ReadAsync(string connectionString, SecretRecorder wire, CollectingLoggerFactory logger)
    {
        await using var dataSource = Build(connectionString, wire, logger);
        await ReadAsync(dataSource);
    }

    /// <summary>Three 2,000-row pages through EF Core.</summary>
    private static async Task ReadAsync(ZohoCrmDataSource dataSource)
    {
        await using var db = new CrmContext(dataSource);
        Assert.That(await db.Leads.OrderBy(l => l.Id).Select(l => l.Id).CountAsync(), Is.GreaterThan(0));
        Assert.That(await db.Leads.OrderBy(l => l.Id).Select(l => l.Last_Name).ToListAsync(), Has.Count.EqualTo(FaultyOrg.LeadCount));
    }

    /// <summary>Sends over sockets and keeps every secret a request or a token response carried.</summary>
    private sealed class SecretRecorder() : DelegatingHandler(new SocketsHttpHandler())
    {
        private readonly ConcurrentDictionary<string, string> _secrets = new();

        public List<(string Kind, string Value)> Secrets() => [.. _secrets.Select(s => (s.Value, s.Key))];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Headers.Authorization?.Parameter is { } accessToken)
            {
                _secrets.TryAdd(accessToken, "access token");
            }

            var tokenCall = request.RequestUri!.AbsolutePath.StartsWith("/oauth/", StringComparison.Ordinal);
            if (tokenCall)
            {
                var form = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
                foreach (var pair in (form + "&" + request.RequestUri.Query.TrimStart('?')).Split('&', StringSplitOptions.RemoveEmptyEntries))
                {
                    var parts = pair.Split('=', 2);
                    var kind = Uri.UnescapeDataString(parts[0]) switch
                    {
                        "client_secret" => "client secret",
                        "refresh_token" or "token" => "refresh token",
                        "code" => "grant code",
                        _ => null,
                    };
                    if (kind is not null && parts.Length == 2 && parts[1].Length > 0)
                    {
                        _secrets.TryAdd(Uri.UnescapeDataString(parts[1].Replace('+', ' ')), kind);
                    }
                }
            }

            var response = await base.SendAsync(request, cancellationToken);
            if (tokenCall && response.Content is not null)
            {
                await response.Content.LoadIntoBufferAsync(cancellationToken);
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                if (body.StartsWith('{') && JObject.Parse(body) is var json)
                {
                    foreach (var (field, kind) in new[] { ("access_token", "access token"), ("refresh_token", "refresh token") })
                    {
                        if (json.Value<string?>(field) is { Length: > 0 } value)
                        {
                            _secrets.TryAdd(value, kind);
                        }
                    }
                }
            }

            return response;
        }
    }
}

using System.Collections.Concurrent;
using System.Data.Common;
using System.Text;
using System.Text.Json;
using CsCheck;
using Microsoft.EntityFrameworkCore;
using ZohoCrm.Data;
using ZohoCrm.Emulator.Domain.Coql;

namespace ZohoCrm.Reliability.Tests;

/// <summary>
/// Property-based (CsCheck): generated LINQ parameter values, dialect strings and connection strings. Nothing crashes
/// with anything but a documented exception; no value changes a query's structure (the COQL sent, read by the
/// emulator's own tokenizer, has the tokens of the same query with a harmless value once the literals are set
/// aside); every result equals LINQ to Objects over the emulator's records. A few thousand cases in the short form,
/// 100,000 in the long form.
/// </summary>
[NonParallelizable]
public class HostileInputTests
{
    private static long Cases(long shortForm) => FaultyOrg.LongForm ? 100_000 : shortForm;

    /// <summary>
    /// The long form makes some 200,000 calls, beyond any edition's 24-hour credit budget; credits are not what these
    /// properties test (the throttling tests do), so the budget is lifted here and put back after.
    /// </summary>
    [SetUp]
    public void LiftTheCreditBudget()
    {
        FaultyOrg.ClearFaults();
        FaultyOrg.StartANewCreditDay();
        FaultyOrg.Emulator.Settings.CreditLimit = long.MaxValue;
    }

    [TearDown]
    public void RestoreTheCreditBudget() => FaultyOrg.ClearFaults();

    /// <summary>Quotes, backslashes, LIKE wildcards, COQL punctuation, control characters, accents, CJK and half a surrogate pair.</summary>
    private const string Hostile = "'\"\\%_*()=<>!,;-/ \t\n\r\0\u001f\u007faAzZéÉß漢\ud83d\ude00";

    private static readonly Gen<string> HostileText = Gen.Char[Hostile].Array[0, 8].Select(chars => new string(chars));

    [Test]
    public async Task Generated_string_values_in_LINQ_filters_never_change_the_query_and_match_LINQ_to_Objects()
    {
        var names = FaultyOrg.Records("Leads", "Last_Name").Where(r => r.Value is string).Select(r => (r.Id, Name: (string)r.Value!)).ToList();
        var distinct = names.Select(n => n.Name).Distinct().ToArray();
        // A real name (so some filters match), alone or with hostile text around it, or hostile text alone.
        var values = Gen.Frequency(
            (2, HostileText),
            (1, Gen.OneOf(distinct)),
            (3, Gen.Select(Gen.OneOf(distinct), HostileText, HostileText, Gen.Int[0, 3], (name, before, after, how) => how switch
            {
                0 => before + name,
                1 => name + after,
                2 => name[..(name.Length / 2)] + before,
                _ => before + name[(name.Length / 2)..],
            })));
        var operations = Gen.OneOf("==", "StartsWith", "EndsWith", "Contains", "!Contains");
        var recorder = new CoqlRecorder();
        await using var dataSource = new ZohoCrmDataSourceBuilder(FaultyOrg.ConnectionString()).UseHttpMessageHandler(recorder).Build();
        var refusals = new ConcurrentDictionary<string, int>();
        var answered = 0;

        await Gen.Select(operations, values).SampleAsync(async (operation, value) =>
        {
            await using var db = new CrmContext(dataSource);
            var (sent, result, refusal) = await RunAsync(db, recorder, operation, value);
            if (result is null)
            {
                // Documented (README, LINQ table): a value with nothing to narrow by (only \ % _), or one a NOT LIKE
                // cannot express exactly, is refused before any call with a ZohoCrmQueryException that says why.
                Assert.That(refusal, Does.EndWith("."), $"{operation} '{Escape(value)}'");
                var reason = System.Text.RegularExpressions.Regex.Replace(refusal!, "the condition .* cannot be sent", "the condition … cannot be sent",
                    System.Text.RegularExpressions.RegexOptions.Singleline);
                refusals.AddOrUpdate(reason[..Math.Min(reason.Length, 250)], 1, (_, n) => n + 1);
                return;
            }

            Interlocked.Increment(ref answered);
            var expected = names.Where(n => Matches(operation, n.Name, value)).Select(n => n.Id).Order().ToList();
            Assert.That(result, Is.EqualTo(expected), $"{operation} '{Escape(value)}': the rows");

            // The same query with the quotes (and letters and digits) made harmless: a quote that left its literal would
            // change the tokens Zoho reads. Whitespace, \ % _ and the rest stay, as they decide how a value is narrowed.
            var harmless = new string(value.Select(c => c is '\'' or '"' || char.IsLetterOrDigit(c) ? 'a' : c).ToArray());
            var (harmlessSent, _, _) = await RunAsync(db, recorder, operation, harmless);
            Assert.That(Structures(sent, harmlessSent), Is.True,
                $"{operation} '{Escape(value)}' sent {string.Join(" | ", sent)}; with '{Escape(harmless)}': {string.Join(" | ", harmlessSent)}");
        }, iter: Cases(2_000), threads: 1, seed: null, print: t => $"{t.Item1} '{Escape(t.Item2)}'");

        TestContext.Out.WriteLine($"{Cases(2_000)} generated LINQ filters: {answered} answered as LINQ to Objects does, "
            + $"{refusals.Values.Sum()} refused before any call, none changed the query's structure");
        foreach (var (message, count) in refusals.OrderByDescending(r => r.Value))
        {
            TestContext.Out.WriteLine($"  {count} x {message}");
        }
    }

    [Test]
    public async Task Generated_dialect_text_fails_only_with_a_ZohoCrmException_or_runs()
    {
        var words = Gen.OneOf("SELECT", "select", "FROM", "Leads", "Contacts", "Nope", "WHERE", "id", "Last_Name", "Account_Name.Account_Name",
            "AND", "OR", "NOT", "LIKE", "IN", "IS", "NULL", "ORDER BY", "GROUP BY", "LIMIT", "OFFSET", "COUNT(*)", "MAX(id)", "ASC", "DESC",
            "'x'", "'it''s'", "'\\'", "\"q\"", "(", ")", ",", "=", "!=", "<", ">=", "*", "%", "_", ";", "--", "/*", "*/", "1", "-1",
            "9999999999999999999999", "1.5e400", "@p", "?", "\t", "\n", "\0", "漢", "\ud83d");
        var text = Gen.Frequency(
            (3, words.Array[0, 14].Select(parts => string.Join(" ", parts))),
            (1, Gen.Select(words.Array[0, 10], parts => "SELECT id FROM Leads WHERE " + string.Join(" ", parts))),
            (1, Gen.Char[Hostile + "SELECTFROMWHERELeadsid"].Array[0, 40].Select(chars => new string(chars))));
        await using var dataSource = ZohoCrmDataSource.Create(FaultyOrg.ConnectionString());
        var outcomes = new ConcurrentDictionary<string, int>();

        await text.SampleAsync(async dialect =>
        {
            try
            {
                await using var command = dataSource.CreateCommand(dialect);
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                }

                outcomes.AddOrUpdate("ran", 1, (_, n) => n + 1);
            }
            catch (InvalidOperationException e) when (string.IsNullOrWhiteSpace(dialect))
            {
                // As every ADO.NET provider: no command text is an InvalidOperationException before anything is sent.
                outcomes.AddOrUpdate(e.GetType().Name + " (no text)", 1, (_, n) => n + 1);
            }
            catch (ZohoCrmException e)
            {
                // Documented: a dialect error is a ZohoCrmQueryException naming what is wrong; Zoho's refusals are ZohoCrmException.
                Assert.That(e.Message.TrimEnd(), Does.EndWith(".").Or.EndWith(")"), $"'{Escape(dialect)}': {e.Message}");
                outcomes.AddOrUpdate(e.GetType().Name, 1, (_, n) => n + 1);
            }
        }, iter: Cases(3_000), threads: 1, print: d => "'" + Escape(d) + "'");

        TestContext.Out.WriteLine($"{Cases(3_000)} generated dialect texts: " + string.Join(", ", outcomes.OrderBy(o => o.Key).Select(o => $"{o.Value} {o.Key}")));
    }

    [Test]
    public async Task Generated_values_in_dialect_text_and_parameters_return_the_rows_LINQ_to_Objects_finds()
    {
        var names = FaultyOrg.Records("Leads", "Last_Name").Where(r => r.Value is string).Select(r => (r.Id, Name: (string)r.Value!)).ToList();
        var distinct = names.Select(n => n.Name).Distinct().ToArray();
        var values = Gen.Frequency((2, HostileText), (1, Gen.OneOf(distinct)), (2, Gen.Select(Gen.OneOf(distinct), HostileText, (name, tail) => name + tail)));
        await using var dataSource = ZohoCrmDataSource.Create(FaultyOrg.ConnectionString());
        var outcomes = new ConcurrentDictionary<string, int>();

        // The value inline (quoted the dialect's way, '' for a quote) or as a parameter: the same rows either way.
        await Gen.Select(values, Gen.Bool).SampleAsync(async (value, inline) =>
        {
            var expected = names.Where(n => string.Equals(n.Name, value, StringComparison.OrdinalIgnoreCase)).Select(n => n.Id).Order().ToList();
            await using var command = dataSource.CreateCommand(inline
                ? "SELECT id FROM Leads WHERE Last_Name = '" + value.Replace("'", "''", StringComparison.Ordinal) + "' ORDER BY id"
                : "SELECT id FROM Leads WHERE Last_Name = @name ORDER BY id");
            if (!inline)
            {
                command.Parameters.AddWithValue("@name", value);
            }

            try
            {
                await using var reader = await command.ExecuteReaderAsync();
                var ids = new List<long>();
                while (await reader.ReadAsync())
                {
                    ids.Add(reader.GetInt64(0));
                }

                Assert.That(ids, Is.EqualTo(expected), $"'{Escape(value)}' {(inline ? "inline" : "as a parameter")}");
                outcomes.AddOrUpdate(ids.Count > 0 ? "rows" : "no rows", 1, (_, n) => n + 1);
            }
            catch (ZohoCrmQueryException e) when (value.All(c => c is '\\' or '%' or '_'))
            {
                // Documented: a value of only backslashes (and wildcards) has nothing to narrow by.
                outcomes.AddOrUpdate(e.GetType().Name, 1, (_, n) => n + 1);
            }
        }, iter: Cases(2_000), threads: 1, print: t => $"'{Escape(t.Item1)}' inline={t.Item2}");

        TestContext.Out.WriteLine($"{Cases(2_000)} generated values in dialect text: " + string.Join(", ", outcomes.OrderBy(o => o.Key).Select(o => $"{o.Value} {o.Key}")));
    }

    [Test]
    public void Generated_connection_strings_fail_only_with_an_ArgumentException()
    {
        var keys = Gen.OneOf("OAuthClientId", "OAuthClientSecret", "OAuthRefreshToken", "InitiateOAuth", "Domain", "Environment", "AccountsServer",
            "ApiDomain", "Timeout", "MaxConcurrency", "Verbosity", "Logfile", "OAuthSettingsLocation", "Scope", "SSLServerCert", "ClientSideFilterLimit",
            "UseServerSideFiltering", "Nope", "", " ", "Time out", "oauthclientid", "\"Timeout\"");
        var values = Gen.Frequency(
            (2, HostileText),
            (1, Gen.OneOf("REFRESH", "OFF", "GETANDREFRESH", "eu", "com", "sandbox", "http://127.0.0.1:1", "https://www.zohoapis.eu", "0", "-1", "30",
                "2147483648", "true", "maybe", "~/tokens.json", "'quoted;value'", "\"a;b\"", "{x}", "1000.x")));
        var pairs = Gen.Select(keys, values, Gen.OneOf("=", "==", ""), (k, v, eq) => k + eq + v);
        // Half start from a working connection string, so the generated pairs meet a parser past its first error.
        var connectionStrings = Gen.Select(pairs.Array[0, 4], Gen.Bool, (p, fromValid) =>
            (fromValid ? FaultyOrg.ConnectionString() + ";" : "") + string.Join(";", p));
        var outcomes = new ConcurrentDictionary<string, int>();

        connectionStrings.Sample(connectionString =>
        {
            try
            {
                // Built and disposed: settings are checked when the data source is built, before any call.
                using var dataSource = ZohoCrmDataSource.Create(connectionString);
                outcomes.AddOrUpdate("built", 1, (_, n) => n + 1);
            }
            catch (ArgumentException e)
            {
                Assert.That(e.Message.Length, Is.GreaterThan(20), $"'{Escape(connectionString)}': {e.Message}");
                outcomes.AddOrUpdate(e.GetType().Name, 1, (_, n) => n + 1);
            }
        }, iter: Cases(5_000), print: c => "'" + Escape(c) + "'");

        TestContext.Out.WriteLine($"{Cases(5_000)} generated connection strings: " + string.Join(", ", outcomes.OrderBy(o => o.Key).Select(o => $"{o.Value} {o.Key}")));
    }

    /// <summary>
    /// The first call has the tokens of the harmless query's first call; later calls (keyset pages: how many depends on
    /// the rows) all have one structure, the harmless query's later one when it has any.
    /// </summary>
    private static bool Structures(List<string> sent, List<string> harmless)
    {
        if (sent.Count == 0 || harmless.Count == 0 || Structure(sent[0]) != Structure(harmless[0]))
        {
            return false;
        }

        var later = sent.Skip(1).Select(Structure).Distinct().ToList();
        var harmlessLater = harmless.Skip(1).Select(Structure).Distinct().ToList();
        return later.Count <= 1 && (later.Count == 0 || harmlessLater.Count == 0 || later.SequenceEqual(harmlessLater));
    }

    private static async Task<(List<string> Sent, List<long>? Ids, string? Refusal)> RunAsync(CrmContext db, CoqlRecorder recorder, string operation, string value)
    {
        var query = operation switch
        {
            "==" => db.Leads.Where(l => l.Last_Name == value),
            "StartsWith" => db.Leads.Where(l => l.Last_Name.StartsWith(value)),
            "EndsWith" => db.Leads.Where(l => l.Last_Name.EndsWith(value)),
            "Contains" => db.Leads.Where(l => l.Last_Name.Contains(value)),
            _ => db.Leads.Where(l => !l.Last_Name.Contains(value)),
        };
        recorder.Clear();
        try
        {
            var ids = await query.Select(l => l.Id).ToListAsync();
            return (recorder.Sent(), ids.Order().ToList(), null);
        }
        catch (ZohoCrmQueryException e)
        {
            Assert.That(recorder.Sent(), Is.Empty, "refused before any call");
            return ([], null, e.Message);
        }
    }

    // Zoho's = and LIKE ignore case, and the provider documents it (README, LINQ table): the oracle compares so too.
    private static bool Matches(string operation, string name, string value) => operation switch
    {
        "==" => string.Equals(name, value, StringComparison.OrdinalIgnoreCase),
        "StartsWith" => name.StartsWith(value, StringComparison.OrdinalIgnoreCase),
        "EndsWith" => name.EndsWith(value, StringComparison.OrdinalIgnoreCase),
        "Contains" => name.Contains(value, StringComparison.OrdinalIgnoreCase),
        _ => !name.Contains(value, StringComparison.OrdinalIgnoreCase),
    };

    /// <summary>The COQL as the emulator reads it, every quoted literal set aside.</summary>
    private static string Structure(string coql) =>
        string.Join(" ", CoqlTokenizer.Tokenize(coql).Select(t => t.Kind is CoqlTokenKind.SingleQuoted or CoqlTokenKind.DoubleQuoted ? "'?'" : t.Kind + ":" + t.Text));

    private static string Escape(string text) =>
        string.Concat(text.Select(c => char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:x4}" : c.ToString()));

    /// <summary>Sends over sockets and keeps the COQL of every query call since <see cref="Clear"/>.</summary>
    private sealed class CoqlRecorder() : DelegatingHandler(new SocketsHttpHandler())
    {
        private readonly ConcurrentQueue<string> _sent = new();

        public void Clear() => _sent.Clear();

        public List<string> Sent() => [.. _sent];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri!.AbsolutePath.EndsWith("/coql", StringComparison.Ordinal) && request.Content is not null)
            {
                var body = await request.Content.ReadAsStringAsync(cancellationToken);
                _sent.Enqueue(JsonDocument.Parse(body).RootElement.GetProperty("select_query").GetString()!);
            }

            return await base.SendAsync(request, cancellationToken);
        }
    }
}

using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using EFCore.ZohoCrm.FunctionalTests.TestUtilities;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using ZohoCrm.Emulator;
using ZohoCrm.Emulator.Domain.Seeding;

namespace EFCore.ZohoCrm.FunctionalTests;

/// <summary>
/// One emulator for the test run (127.0.0.1, real OAuth refresh and HTTP), the oracle data read from its record
/// store (independent of the provider), and its request log for counting API calls.
/// </summary>
[SetUpFixture]
public sealed class EmulatorOrg
{
    private static ZohoCrmEmulator? _emulator;
    // The emulator is on 127.0.0.1: never through a proxy the environment names (.NET would send loopback calls to it).
    private static readonly HttpClient Admin = new(new SocketsHttpHandler { UseProxy = false });

    public static ZohoCrmEmulator Emulator => _emulator ?? throw new InvalidOperationException("The emulator is not running.");

    public static string ConnectionString { get; private set; } = "";

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        // 10,000 Leads: enough for reads that take several 2,000-row pages.
        _emulator = await ZohoCrmEmulator.StartAsync(new ZohoCrmEmulatorOptions { LeadCount = 10_000 });
        ConnectionString = ConnectionStringOf(_emulator);
    }

    /// <summary>The connection string of an emulator: the real OAuth refresh flow against its accounts server.</summary>
    public static string ConnectionStringOf(ZohoCrmEmulator emulator) =>
        "InitiateOAuth=REFRESH;OAuthClientId=" + emulator.ClientId + ";OAuthClientSecret=" + emulator.ClientSecret
        + ";OAuthRefreshToken=" + emulator.RefreshToken + ";AccountsServer=" + emulator.BaseUrl + ";ApiDomain=" + emulator.BaseUrl;

    /// <summary>
    /// The connection string of the shared emulator with a refresh token of its own, as another user of the org would
    /// have: a test that starts new processes or data sources mints its access tokens from its own budget (Zoho: about
    /// 10 per refresh token per 10 minutes) instead of the shared token's.
    /// </summary>
    public static string ConnectionStringWithOwnRefreshToken()
    {
        var refreshToken = "1000.zohocrm-emulator." + Guid.NewGuid().ToString("N");
        Emulator.Services.GetRequiredService<global::ZohoCrm.Emulator.Domain.OAuth.OAuthServer>().RegisterRefreshToken(
            Emulator.ClientId, refreshToken,
            global::ZohoCrm.Emulator.Domain.OAuth.OAuthServer.ParseScopes(ZohoCrmEmulatorOptions.DefaultRefreshTokenScopes)!);
        return ConnectionString.Replace(Emulator.RefreshToken, refreshToken, StringComparison.Ordinal);
    }


    public async Task StopAsync()
    {
        Admin.Dispose();
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }

        if (LargeOrg.IsValueCreated)
        {
            await (await LargeOrg.Value).DisposeAsync();
        }
    }

    private static readonly Lazy<Task<ZohoCrmEmulator>> LargeOrg = new(() => ZohoCrmEmulator.StartAsync(new ZohoCrmEmulatorOptions
    {
        Seed = 7,
        SeedCounts = new SeedCounts
        {
            Leads = LargeOrgLeadCount, Vendors = 5, Products = 5, Campaigns = 5, Accounts = 20, Contacts = 20, Deals = 5,
            Cases = 5, Projects = 5, Tasks = 5, Calls = 5, Events = 5, Notes = 5,
        },
    }));

    /// <summary>Leads in <see cref="LargeOrgAsync"/>: past Zoho's 100,000-row OFFSET window.</summary>
    public const int LargeOrgLeadCount = 101_500;

    /// <summary>
    /// A second emulator, started on first use (only by the tests that need it) and stopped with the first, whose
    /// Leads module is larger than Zoho's 100,000-row OFFSET window.
    /// </summary>
    public static Task<ZohoCrmEmulator> LargeOrgAsync() => LargeOrg.Value;

    public static CrmContext CreateContext() => new(ConnectionString);

    /// <summary>The records of a module as entities, built from the emulator's store through the EF model's column names.</summary>
    public static List<T> Expected<T>()
        where T : class, new()
        => Expected<T, CrmContext>(CreateContext);

    /// <summary>The records of a module as entities, through the model of another context type.</summary>
    public static List<T> Expected<T, TContext>(Func<TContext> createContext)
        where T : class, new()
        where TContext : DbContext
        => Expected<T, TContext>(Emulator, createContext);

    /// <summary>The records of a module of another emulator, through the model of a context type.</summary>
    public static List<T> Expected<T, TContext>(ZohoCrmEmulator emulator, Func<TContext> createContext)
        where T : class, new()
        where TContext : DbContext
    {
        using var context = createContext();
        var entityType = context.Model.FindEntityType(typeof(T))!;
        var module = entityType.GetTableName()!;
        var result = new List<T>();
        foreach (var record in emulator.Domain.Records.Scan(module))
        {
            var entity = new T();
            foreach (var property in entityType.GetProperties())
            {
                var value = property.GetColumnName() switch
                {
                    "id" => record.Id,
                    // The module of What_Id, as the emulator's record APIs serve it beside What_Id.
                    "$se_module" => record["What_Id"] is long whatId
                        ? emulator.Domain.Wire.ModuleOf(emulator.Domain.Schema.FindModule(module)!.FindField("What_Id")!, whatId)
                        : null,
                    var column => record[column],
                };
                property.PropertyInfo!.SetValue(entity, Convert(value, property.ClrType));
            }

            result.Add(entity);
        }

        return result;
    }

    private static object? Convert(object? value, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        return value switch
        {
            null => type.IsValueType && Nullable.GetUnderlyingType(type) is null ? Activator.CreateInstance(type) : null,
            string[] values when target == typeof(List<string>) => values.ToList(),
            DateTimeOffset dateTime when target == typeof(DateTime) => dateTime.UtcDateTime,
            _ when target.IsInstanceOfType(value) => value,
            IConvertible convertible => convertible.ToType(target, System.Globalization.CultureInfo.InvariantCulture),
            _ => throw new InvalidOperationException($"Cannot convert {value.GetType()} to {type}."),
        };
    }

    /// <summary>Moves the emulator's clock forward, so a later write gets a later Modified_Time.</summary>
    public static async Task AdvanceClockAsync(int seconds)
    {
        using var response = await Admin.PostAsync(Emulator.BaseUrl + "/_emulator/clock/advance?seconds=" + seconds, null);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>
    /// Replaces the emulator's fault rules (a JSON array; <c>[]</c> for none); with <paramref name="seed"/> the n-th call
    /// a rule matches always gets the same fault, otherwise faults are drawn at random.
    /// </summary>
    public static async Task SetFaultsAsync(string rulesJson, int? seed = null)
    {
        var settings = "{\"faults\":" + rulesJson + ",\"faultSeed\":" + (seed?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null") + "}";
        using var content = new StringContent(settings, System.Text.Encoding.UTF8, "application/json");
        using var response = await Admin.PutAsync(Emulator.BaseUrl + "/_emulator/settings", content);
        response.EnsureSuccessStatusCode();
    }

    public static Task<long> LastRequestSeqAsync() => LastRequestSeqAsync(Emulator);

    /// <summary>The sequence number of the last request another emulator logged.</summary>
    public static async Task<long> LastRequestSeqAsync(ZohoCrmEmulator emulator) =>
        (await RequestsAfterAsync(emulator, 0)).Select(r => r.Seq).DefaultIfEmpty(0).Max();

    /// <summary>The API calls (token calls excluded) after a sequence number.</summary>
    public static Task<IReadOnlyList<LoggedRequest>> ApiCallsAfterAsync(long seq) => ApiCallsAfterAsync(Emulator, seq);

    /// <summary>The API calls (token calls excluded) another emulator logged after a sequence number.</summary>
    public static async Task<IReadOnlyList<LoggedRequest>> ApiCallsAfterAsync(ZohoCrmEmulator emulator, long seq) =>
        (await RequestsAfterAsync(emulator, seq)).Where(r => r.Path.StartsWith("/crm/", StringComparison.Ordinal)).ToList();

    private static async Task<List<LoggedRequest>> RequestsAfterAsync(ZohoCrmEmulator emulator, long seq) =>
        await Admin.GetFromJsonAsync<List<LoggedRequest>>(emulator.BaseUrl + "/_emulator/requests?after=" + seq) ?? [];

    public sealed record LoggedRequest(
        [property: JsonPropertyName("seq")] long Seq,
        [property: JsonPropertyName("method")] string Method,
        [property: JsonPropertyName("path")] string Path,
        [property: JsonPropertyName("query")] string Query,
        [property: JsonPropertyName("status")] int Status,
        [property: JsonPropertyName("start")] long Start = 0,
        [property: JsonPropertyName("end")] long End = 0);

    /// <summary>The most of <paramref name="calls"/> in flight at once, from the emulator's counter of arrivals and answers.</summary>
    public static int PeakInFlight(IReadOnlyCollection<LoggedRequest> calls) =>
        calls.Select(c => calls.Count(d => d.Start <= c.Start && c.Start < d.End)).DefaultIfEmpty(0).Max();
}

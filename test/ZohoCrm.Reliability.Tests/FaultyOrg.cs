using Microsoft.Extensions.DependencyInjection;
using ZohoCrm.Emulator;
using ZohoCrm.Emulator.Domain;
using ZohoCrm.Emulator.Domain.Faults;
using ZohoCrm.Emulator.Domain.OAuth;

namespace ZohoCrm.Reliability.Tests;

/// <summary>
/// One in-process emulator for the run (real OAuth refresh and HTTP on 127.0.0.1), its live fault settings, and the
/// oracle: the emulator's own records, read from its store without the provider.
/// </summary>
[SetUpFixture]
public sealed class FaultyOrg
{
    private static ZohoCrmEmulator? _emulator;

    /// <summary>Leads in the org: three 2,000-row COQL pages for a whole-module read.</summary>
    public const int LeadCount = 5_000;

    public static ZohoCrmEmulator Emulator => _emulator ?? throw new InvalidOperationException("The emulator is not running.");

    /// <summary>
    /// The long form (more queries, more seeds) runs when <c>ZOHOCRM_RELIABILITY_LONG=1</c>; the short form is for CI.
    /// </summary>
    public static bool LongForm => Environment.GetEnvironmentVariable("ZOHOCRM_RELIABILITY_LONG") == "1";

    [OneTimeSetUp]
    public async Task StartAsync() =>
        _emulator = await ZohoCrmEmulator.StartAsync(new ZohoCrmEmulatorOptions { LeadCount = LeadCount });

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }

    /// <summary>
    /// The connection string a new user would write for this org (the emulator as accounts server and API domain),
    /// plus <paramref name="extra"/> (such as <c>Timeout=2</c>).
    /// </summary>
    public static string ConnectionString(string extra = "") =>
        "OAuthClientId=" + Emulator.ClientId + ";OAuthClientSecret=" + Emulator.ClientSecret
        + ";OAuthRefreshToken=" + Emulator.RefreshToken + ";AccountsServer=" + Emulator.BaseUrl + ";ApiDomain=" + Emulator.BaseUrl
        + (extra.Length == 0 ? "" : ";" + extra);

    /// <summary>
    /// A refresh token of its own for the org, as another user or app would have: tests that revoke it, exhaust its
    /// minting budget (Zoho: 10 access tokens per refresh token per 10 minutes) or start processes leave the shared
    /// token alone.
    /// </summary>
    public static string NewRefreshToken()
    {
        var refreshToken = "1000.zohocrm-emulator." + Guid.NewGuid().ToString("N");
        Emulator.Services.GetRequiredService<OAuthServer>().RegisterRefreshToken(
            Emulator.ClientId, refreshToken, OAuthServer.ParseScopes(ZohoCrmEmulatorOptions.DefaultRefreshTokenScopes)!);
        return refreshToken;
    }

    /// <summary>As <see cref="ConnectionString"/>, with <paramref name="refreshToken"/> instead of the shared one.</summary>
    public static string ConnectionStringWith(string refreshToken, string extra = "") =>
        ConnectionString(extra).Replace(Emulator.RefreshToken, refreshToken, StringComparison.Ordinal);

    /// <summary>The token calls (refresh, code, client credentials) the emulator logged after <paramref name="after"/>.</summary>
    public static int TokenCalls(long after) => Emulator.Requests(after).Count(r => r.Path == "/oauth/v2/token");

    /// <summary>The sequence number of the newest logged call: pass it to <c>Requests(after)</c> to see what came next.</summary>
    public static long LastSeq() => Emulator.Requests().LastOrDefault()?.Seq ?? 0;

    /// <summary>
    /// Moves the emulator's clock a day on, so the rolling 24-hour credit window holds nothing the earlier tests spent
    /// (access tokens lapse too: the provider refreshes them on the 401).
    /// </summary>
    public static void StartANewCreditDay() => Emulator.Clock.Advance(TimeSpan.FromHours(25));

    /// <summary>Puts one fault rule in force (seeded, so the n-th matching call always gets the same fault).</summary>
    public static void SetFault(FaultRule rule, int seed)
    {
        Emulator.Settings.FaultSeed = seed;
        Emulator.Settings.Faults = [rule];
    }

    /// <summary>Clears every fault and limit override, and sets back what tests change: the edition, the token knobs.</summary>
    public static void ClearFaults()
    {
        var defaults = new EmulatorSettings();
        Emulator.Settings.Faults = [];
        Emulator.Settings.FaultSeed = null;
        Emulator.Settings.ConcurrencyLimit = null;
        Emulator.Settings.CreditLimit = null;
        Emulator.Settings.Edition = defaults.Edition;
        Emulator.Settings.TokenMintLimit = defaults.TokenMintLimit;
        Emulator.Settings.TokenLifetimeSeconds = defaults.TokenLifetimeSeconds;
        Emulator.Settings.ApiDomain = null;
    }

    /// <summary>The values of one field of a module's records, as the emulator stores them.</summary>
    public static IEnumerable<(long Id, object? Value)> Records(string module, string field) =>
        Emulator.Domain.Records.Scan(module).Select(r => (r.Id, r[field]));
}

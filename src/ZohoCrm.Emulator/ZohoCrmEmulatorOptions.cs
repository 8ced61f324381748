using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging;
using ZohoCrm.Emulator.Domain;
using ZohoCrm.Emulator.Domain.Seeding;

namespace ZohoCrm.Emulator;

/// <summary>
/// How to start a <see cref="ZohoCrmEmulator"/>. The defaults are fixed and documented so scripts can rely on them:
/// a free loopback port, the client <see cref="DefaultClientId"/> / <see cref="DefaultClientSecret"/> and a refresh
/// token <see cref="DefaultRefreshToken"/> that holds every scope the API checks.
/// </summary>
public sealed class ZohoCrmEmulatorOptions
{
    public const string DefaultClientId = "1000.ZOHOCRMEMULATOR0000000000000001";
    public const string DefaultClientSecret = "zohocrm-emulator-client-secret";
    public const string DefaultRefreshToken = "1000.zohocrm-emulator.refresh-token";
    public const string DefaultRedirectUri = "http://localhost/oauth/callback";

    /// <summary>The scopes of <see cref="RefreshToken"/>: everything the emulator's API checks.</summary>
    public const string DefaultRefreshTokenScopes =
        "ZohoCRM.modules.ALL ZohoCRM.settings.ALL ZohoCRM.coql.READ ZohoCRM.users.ALL ZohoCRM.org.ALL ZohoCRM.bulk.ALL ZohoSearch.securesearch.READ";

    /// <summary>The TCP port on 127.0.0.1; 0 (the default) picks a free one.</summary>
    public int Port { get; set; }

    public string ClientId { get; set; } = DefaultClientId;
    public string ClientSecret { get; set; } = DefaultClientSecret;

    /// <summary>A refresh token that exists from the start, so tests can skip the consent flow.</summary>
    public string RefreshToken { get; set; } = DefaultRefreshToken;

    public string RefreshTokenScopes { get; set; } = DefaultRefreshTokenScopes;

    /// <summary>The client's registered redirect URI. Loopback URIs (localhost, 127.0.0.1, [::1]) on any port and path are accepted too.</summary>
    public string RedirectUri { get; set; } = DefaultRedirectUri;

    /// <summary>Seed of the generated org: the same seed gives the same data and ids.</summary>
    public int Seed { get; set; } = 1;

    /// <summary>Number of seeded Leads (benchmarks use up to 1,000,000); null keeps the default org size.</summary>
    public int? LeadCount { get; set; }

    /// <summary>How many records of each module to seed; null uses the default org (with <see cref="LeadCount"/> Leads). Small orgs start fast in tests.</summary>
    public SeedCounts? SeedCounts { get; set; }

    /// <summary>
    /// Custom modules to add to the org after the standard ones and <c>Projects</c>: <c>Custom_Module_1</c> to
    /// <c>Custom_Module_N</c>, each with a name, a picklist, a currency, a date, a boolean and a lookup to Accounts, and
    /// no records. For orgs of many modules (scaffolding, model start-up); 0 (the default) to 500.
    /// </summary>
    public int ExtraCustomModules { get; set; }

    /// <summary>A folder that persists the records across restarts; null keeps them in memory only.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>The knobs at start; <see cref="ZohoCrmEmulator.Settings"/> is the live copy.</summary>
    public EmulatorSettings Settings { get; set; } = new();

    /// <summary>Serve HTTPS with this certificate (it must have its private key) instead of HTTP.</summary>
    public X509Certificate2? HttpsCertificate { get; set; }

    /// <summary>Where the emulator's own diagnostics (unexpected failures) go; none by default.</summary>
    public Action<ILoggingBuilder>? ConfigureLogging { get; set; }

    public override string ToString() => $"ZohoCrmEmulatorOptions (port {Port}, client {ClientId}, seed {Seed})";
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ZohoCrm.Emulator.Domain;
using ZohoCrm.Emulator.Domain.Time;
using ZohoCrm.Emulator.Http.Admin;
using ZohoCrm.Emulator.Http.Hosting;
using ZohoCrm.Emulator.Http.RequestLog;

namespace ZohoCrm.Emulator;

/// <summary>
/// A running Zoho CRM emulator: real Kestrel on 127.0.0.1, one base URL serving the accounts server
/// (<c>/oauth/v2/*</c>), the API (<c>/crm/v8/*</c>) and the admin endpoints (<c>/_emulator/*</c>).
/// <code>
/// await using var emulator = await ZohoCrmEmulator.StartAsync();
/// // POST {emulator.BaseUrl}/oauth/v2/token with emulator.ClientId, ClientSecret and RefreshToken
/// </code>
/// </summary>
public sealed class ZohoCrmEmulator : IAsyncDisposable
{
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(5);
    private readonly WebApplication _app;
    private readonly ZohoCrmEmulatorOptions _options;

    private ZohoCrmEmulator(WebApplication app, ZohoCrmEmulatorOptions options, string baseUrl)
    {
        _app = app;
        _options = options;
        BaseUrl = baseUrl;
    }

    /// <summary>The accounts server and API domain, e.g. <c>http://127.0.0.1:5290</c>, without a trailing slash.</summary>
    public string BaseUrl { get; }

    /// <summary>The token endpoint, <c>{BaseUrl}/oauth/v2/token</c>.</summary>
    public string TokenEndpoint => BaseUrl + "/oauth/v2/token";

    public string ClientId => _options.ClientId;
    public string ClientSecret => _options.ClientSecret;

    /// <summary>A refresh token valid from the start, holding <see cref="ZohoCrmEmulatorOptions.RefreshTokenScopes"/>.</summary>
    public string RefreshToken => _options.RefreshToken;

    public string RedirectUri => _options.RedirectUri;

    /// <summary>The live knobs: changes apply to the next request.</summary>
    public EmulatorSettings Settings => Services.GetRequiredService<EmulatorSettings>();

    /// <summary>The emulator's clock; <see cref="EmulatorClock.Advance"/> expires tokens and ends filter lag.</summary>
    public EmulatorClock Clock => Services.GetRequiredService<EmulatorClock>();

    /// <summary>The emulated org: schema, records and wire rendering. Tests may read and seed it directly.</summary>
    public EmulatorDomain Domain => Services.GetRequiredService<EmulatorDomain>();

    /// <summary>The logged token and API calls with <c>seq</c> after <paramref name="after"/>, as <c>GET /_emulator/requests</c> lists them.</summary>
    public IReadOnlyList<RequestLogEntry> Requests(long after = 0) => Services.GetRequiredService<RequestLog>().After(after);

    /// <summary>What <c>POST /_emulator/reset</c> does: records back to the seed, clock, credits, throttle and log reset.</summary>
    public void Reset() => Services.GetRequiredService<EmulatorReset>().Reset();

    /// <summary>The emulator's services, for in-process tests that inspect its state.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>Starts an emulator; with no options, on a free loopback port with the documented defaults.</summary>
    public static Task<ZohoCrmEmulator> StartAsync(ZohoCrmEmulatorOptions? options = null, CancellationToken ct = default) =>
        StartAsync(options, mapExtraCrmEndpoints: null, ct);

    /// <summary>Starts an emulator with extra endpoints under <c>/crm/v8</c>, behind the same auth, limits and faults (tests).</summary>
    internal static async Task<ZohoCrmEmulator> StartAsync(ZohoCrmEmulatorOptions? options, Action<RouteGroupBuilder>? mapExtraCrmEndpoints, CancellationToken ct)
    {
        options ??= new ZohoCrmEmulatorOptions();
        var app = EmulatorApplication.Build(options, mapExtraCrmEndpoints);
        try
        {
            await app.StartAsync(ct);
            var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
            var baseUrl = address.TrimEnd('/');
            app.Services.GetRequiredService<EmulatorAddress>().BaseUrl = baseUrl;
            return new ZohoCrmEmulator(app, options, baseUrl);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        var domain = Domain;
        using (var timeout = new CancellationTokenSource(StopTimeout))
        {
            await _app.StopAsync(timeout.Token);
        }

        await _app.DisposeAsync();
        domain.Dispose();
    }

    public override string ToString() => $"ZohoCrmEmulator at {BaseUrl}";
}

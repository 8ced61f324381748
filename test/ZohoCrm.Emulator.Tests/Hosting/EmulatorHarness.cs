using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ZohoCrm.Emulator.Domain;
using ZohoCrm.Emulator.Domain.Errors;
using ZohoCrm.Emulator.Domain.Limits;
using ZohoCrm.Emulator.Domain.OAuth;
using ZohoCrm.Emulator.Domain.Seeding;
using ZohoCrm.Emulator.Http;

namespace ZohoCrm.Emulator.Tests.Hosting;

/// <summary>
/// A running emulator plus an HttpClient, with probe endpoints under <c>/crm/v8/Probe</c> that stand in for real API
/// endpoints behind the same authentication, scopes, limits and faults. Literal <c>Probe</c> segments take
/// precedence over the real <c>{module}</c> routes, so the probes never clash with them.
/// </summary>
internal sealed class EmulatorHarness : IAsyncDisposable
{
    public const string ProbeModule = "Probe";

    private EmulatorHarness(ZohoCrmEmulator emulator, HttpClient http)
    {
        Emulator = emulator;
        Http = http;
    }

    public ZohoCrmEmulator Emulator { get; }
    public HttpClient Http { get; }

    /// <summary>Released by tests to let <c>GET /crm/v8/Probe/hold</c> calls finish.</summary>
    public SemaphoreSlim Hold { get; } = new(0);

    /// <summary>A small org: these tests are about the host, and seeding the default 30,000 records is what makes a start slow.</summary>
    public static SeedCounts SmallOrg { get; } = new()
    {
        Vendors = 5, Products = 10, Campaigns = 5, Accounts = 40, Contacts = 60, Leads = 100,
        Deals = 30, Cases = 10, Projects = 5, Tasks = 20, Calls = 20, Events = 20, Notes = 20,
    };

    public static async Task<EmulatorHarness> StartAsync(Action<ZohoCrmEmulatorOptions>? configure = null)
    {
        var options = new ZohoCrmEmulatorOptions { SeedCounts = SmallOrg };
        configure?.Invoke(options);
        EmulatorHarness? harness = null;
        var emulator = await ZohoCrmEmulator.StartAsync(options, crm => MapProbes(crm, () => harness!), CancellationToken.None);
        var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(emulator.BaseUrl) };
        harness = new EmulatorHarness(emulator, http);
        return harness;
    }

    private static void MapProbes(RouteGroupBuilder crm, Func<EmulatorHarness> harness)
    {
        var probe = crm.MapGroup("/" + ProbeModule);
        probe.MapGet("", () => Results.Json(new { data = Array.Empty<object>() })).WithName("probe.list");
        probe.MapPost("", (HttpContext context) =>
        {
            // Writes cost 1 credit per 10 records at Zoho; the probe takes the cost from the query.
            context.ChargeCredits(int.Parse(context.Request.Query["credits"].ToString() is { Length: > 0 } c ? c : "1"));
            return Results.Json(new { data = Array.Empty<object>() }, statusCode: 201);
        }).WithName("probe.create");
        probe.MapGet("/search", () => Results.Json(new { data = Array.Empty<object>() })).WithName("probe.search");
        probe.MapGet("/echo", (HttpRequest request) =>
            Results.Json(request.Query.ToDictionary(q => q.Key, q => q.Value.ToString()))).WithName("probe.echo");
        probe.MapGet("/hold", async () =>
        {
            await harness().Hold.WaitAsync(TimeSpan.FromSeconds(30));
            return Results.Json(new { held = true });
        }).WithName("probe.hold");
        probe.MapGet("/zoho-error", () =>
        {
            throw new ZohoApiException(400, "INVALID_MODULE", "the module name given seems to be invalid",
                new Dictionary<string, object?> { ["resource_path_index"] = 0 });
        }).WithName("probe.zohoError");
        probe.MapGet("/crash", string () => throw new InvalidOperationException("secret internal detail")).WithName("probe.crash");
        probe.MapGet("/big", () => Results.Text(new string('x', 10_000), "application/json")).WithName("probe.big");
    }

    /// <summary>
    /// Puts back what tests change, without reseeding records (which is what makes a start slow): default settings,
    /// the clock, spent credits, the minting throttle, the request log and the default refresh token.
    /// </summary>
    public void Restore()
    {
        var services = Emulator.Services;
        Emulator.Settings.CopyFrom(new EmulatorSettings());
        Emulator.Clock.Reset();
        services.GetRequiredService<ApiLimits>().Credits.Reset();
        services.GetRequiredService<Http.RequestLog.RequestLog>().Clear();
        var oauth = services.GetRequiredService<OAuthServer>();
        oauth.ResetThrottle();
        oauth.RegisterRefreshToken(Emulator.ClientId, Emulator.RefreshToken, OAuthServer.ParseScopes(ZohoCrmEmulatorOptions.DefaultRefreshTokenScopes)!);
        while (Hold.CurrentCount > 0)
        {
            Hold.Wait();
        }
    }

    public async Task<string> AccessTokenAsync()
    {
        var token = await PostTokenAsync(new()
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = Emulator.ClientId,
            ["client_secret"] = Emulator.ClientSecret,
            ["refresh_token"] = Emulator.RefreshToken,
        });
        return token["access_token"]!.GetValue<string>();
    }

    /// <summary>An access token with exactly these scopes, through the consent flow with auto-approve.</summary>
    public async Task<string> AccessTokenWithScopesAsync(string scopes)
    {
        var code = await AuthorizeAsync(scopes, "online");
        var token = await PostTokenAsync(new()
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = Emulator.ClientId,
            ["client_secret"] = Emulator.ClientSecret,
            ["code"] = code,
        });
        return token["access_token"]!.GetValue<string>();
    }

    /// <summary>Plays the browser: asks for consent with auto-approve on and returns the code from the redirect.</summary>
    public async Task<string> AuthorizeAsync(string scopes, string accessType, string? prompt = null, string redirectUri = "http://127.0.0.1:9/cb")
    {
        var before = Emulator.Settings.AutoApprove;
        Emulator.Settings.AutoApprove = true;
        try
        {
            var url = $"/oauth/v2/auth?scope={Uri.EscapeDataString(scopes)}&client_id={Emulator.ClientId}&response_type=code"
                + $"&access_type={accessType}&redirect_uri={Uri.EscapeDataString(redirectUri)}" + (prompt is null ? "" : "&prompt=" + prompt);
            using var response = await Http.GetAsync(url);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await response.Content.ReadAsStringAsync());
            return QueryOf(response.Headers.Location!)["code"];
        }
        finally
        {
            Emulator.Settings.AutoApprove = before;
        }
    }

    public async Task<JsonObject> PostTokenAsync(Dictionary<string, string> form)
    {
        using var response = await Http.PostAsync("/oauth/v2/token", new FormUrlEncodedContent(form));
        return (JsonObject)JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, string? authorization = null, string? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }
        else if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Zoho-oauthtoken", token);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
        }

        return Http.SendAsync(request);
    }

    public static async Task<JsonObject> JsonAsync(HttpResponseMessage response) =>
        (JsonObject)JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    /// <summary>Asserts Zoho's request-level error envelope with exactly these status, code and (optionally) message.</summary>
    public static async Task AssertZohoErrorAsync(HttpResponseMessage response, int status, string code, string? message = null)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(status), text);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        var json = (JsonObject)JsonNode.Parse(text)!;
        Assert.That(json.Select(p => p.Key), Is.EquivalentTo(new[] { "code", "details", "message", "status" }), text);
        Assert.That(json["code"]!.GetValue<string>(), Is.EqualTo(code), text);
        Assert.That(json["status"]!.GetValue<string>(), Is.EqualTo("error"));
        Assert.That(json["details"], Is.InstanceOf<JsonObject>());
        if (message is not null)
        {
            Assert.That(json["message"]!.GetValue<string>(), Is.EqualTo(message));
        }
    }

    public static Dictionary<string, string> QueryOf(Uri uri) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(uri.Query).ToDictionary(p => p.Key, p => p.Value.ToString());

    public async ValueTask DisposeAsync()
    {
        Hold.Release(1000);
        Http.Dispose();
        await Emulator.DisposeAsync();
        Hold.Dispose();
    }
}

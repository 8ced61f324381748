using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ZohoCrm.Emulator.Domain;
using ZohoCrm.Emulator.Domain.Errors;
using ZohoCrm.Emulator.Domain.Time;

namespace ZohoCrm.Emulator.Http.Admin;

/// <summary>
/// The admin endpoints for black-box tests, without authentication and for loopback callers only:
/// <c>GET /_emulator/requests?after=</c>, <c>POST /_emulator/clock/advance?seconds=</c>,
/// <c>GET|PUT /_emulator/settings</c> and <c>POST /_emulator/reset</c>. Bad input answers 400 in Zoho's envelope.
/// </summary>
public static class AdminEndpoints
{
    internal static readonly JsonSerializerOptions Json = new()
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static IEndpointRouteBuilder MapAdminEndpoints(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/_emulator").AddEndpointFilter(LoopbackOnlyAsync);
        admin.MapGet("/requests", GetRequests).WithName("admin.requests");
        admin.MapPost("/clock/advance", AdvanceClock).WithName("admin.clock.advance");
        admin.MapGet("/settings", (EmulatorSettings settings) => Results.Json(settings.Clone(), Json)).WithName("admin.settings");
        admin.MapPut("/settings", PutSettingsAsync).WithName("admin.settings.update");
        admin.MapPost("/reset", (EmulatorReset reset) =>
        {
            reset.Reset();
            return Results.Json(new { status = "success" }, Json);
        }).WithName("admin.reset");
        return app;
    }

    private static async ValueTask<object?> LoopbackOnlyAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var remote = context.HttpContext.Connection.RemoteIpAddress;
        if (remote is not null && !System.Net.IPAddress.IsLoopback(remote))
        {
            throw new ZohoApiException(403, "NO_PERMISSION", "The emulator's admin endpoints answer loopback callers only.");
        }

        return await next(context);
    }

    private static IResult GetRequests(HttpRequest request, RequestLog.RequestLog log)
    {
        var after = 0L;
        var text = request.Query["after"].ToString();
        if (text.Length > 0 && !long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out after))
        {
            throw Invalid("after", $"'after' must be an integer sequence number, but was '{text}'.");
        }

        return Results.Json(log.After(after), Json);
    }

    private static IResult AdvanceClock(HttpRequest request, EmulatorClock clock)
    {
        var text = request.Query["seconds"].ToString();
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) || double.IsNaN(seconds) || double.IsInfinity(seconds))
        {
            throw Invalid("seconds", $"'seconds' must be a number of seconds to move the clock forward, but was '{text}'.");
        }

        if (seconds < 0)
        {
            throw Invalid("seconds", $"'seconds' must not be negative ({text}): the emulator clock only moves forward.");
        }

        clock.Advance(TimeSpan.FromSeconds(seconds));
        return Results.Json(new { now = clock.UtcNow, offsetSeconds = clock.Offset.TotalSeconds }, Json);
    }

    /// <summary>Applies the properties the body names and keeps the others; unknown names and bad values change nothing.</summary>
    private static async Task<IResult> PutSettingsAsync(HttpRequest request, EmulatorSettings settings)
    {
        JsonNode? patch;
        try
        {
            patch = await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
        }
        catch (JsonException e)
        {
            throw Invalid("body", $"The settings body is not valid JSON: {e.Message}");
        }

        if (patch is not JsonObject changes)
        {
            throw Invalid("body", "The settings body must be a JSON object of the settings to change, e.g. {\"searchLagSeconds\":0}.");
        }

        var merged = JsonSerializer.SerializeToNode(settings.Clone(), Json)!.AsObject();
        foreach (var (name, value) in changes)
        {
            if (!merged.ContainsKey(name))
            {
                throw Invalid(name, $"'{name}' is not an emulator setting; the settings are {string.Join(", ", merged.Select(p => p.Key))}.");
            }

            merged[name] = value?.DeepClone();
        }

        EmulatorSettings updated;
        try
        {
            updated = merged.Deserialize<EmulatorSettings>(Json)!;
        }
        catch (JsonException e)
        {
            throw Invalid(e.Path ?? "body", $"A setting has a value of the wrong type at {e.Path}: {e.Message}");
        }

        // Keeping the same rule objects keeps their match counts, so a seeded fault sequence survives other changes.
        updated.Faults = changes.ContainsKey("faults") ? updated.Faults ?? [] : settings.Faults;
        if (updated.Validate() is { } problem)
        {
            throw Invalid("body", problem);
        }

        settings.CopyFrom(updated);
        return Results.Json(settings.Clone(), Json);
    }

    private static ZohoApiException Invalid(string parameter, string message) =>
        ZohoApiException.BadRequest("INVALID_DATA", message, new Dictionary<string, object?> { ["param_name"] = parameter });
}

/// <summary>
/// What <c>POST /_emulator/reset</c> does: records back to the seed, the clock back to real time, spent credits,
/// the token-minting throttle and the request log emptied (sequence numbers continue). Settings and OAuth tokens
/// are kept, so clients holding a token carry on.
/// </summary>
public sealed class EmulatorReset
{
    private readonly List<Action> _steps = [];

    public EmulatorReset Add(Action step)
    {
        _steps.Add(step);
        return this;
    }

    public void Reset()
    {
        foreach (var step in _steps)
        {
            step();
        }
    }
}

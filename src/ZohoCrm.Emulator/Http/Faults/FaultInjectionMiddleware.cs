using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ZohoCrm.Emulator.Http.Errors;
using ZohoCrm.Emulator.Http.Hosting;
using ZohoCrm.Emulator.Http.RequestLog;

namespace ZohoCrm.Emulator.Http.Faults;

/// <summary>
/// Applies the fault <see cref="FaultInjector"/> picks for a token or API call: added latency, a 500 INTERNAL_ERROR
/// envelope, a dropped connection (no response at all), a truncated body (the full Content-Length is declared,
/// half the body is sent, then the connection is closed), or a lost answer (the call runs, then the connection is
/// dropped before any response). Calls faulted before running never reach authentication or the limits.
/// </summary>
public sealed class FaultInjectionMiddleware
{
    private const string DroppedKey = "ZohoCrm.Emulator.ConnectionDropped";
    private readonly RequestDelegate _next;
    private readonly FaultInjector _injector;

    public FaultInjectionMiddleware(RequestDelegate next, FaultInjector injector)
    {
        _next = next;
        _injector = injector;
    }

    /// <summary>True when a fault dropped the call's connection before any response.</summary>
    public static bool WasDropped(HttpContext context) => context.Items.ContainsKey(DroppedKey);

    public async Task InvokeAsync(HttpContext context)
    {
        if (EmulatorPaths.IsAdmin(context.Request.Path))
        {
            await _next(context);
            return;
        }

        var endpointName = context.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName;
        var fault = _injector.Decide(context.Request.Method, context.Request.Path.Value ?? "", endpointName);
        if (fault.Latency > TimeSpan.Zero)
        {
            await Task.Delay(fault.Latency, context.RequestAborted);
        }

        switch (fault.Kind)
        {
            case FaultKind.Error:
                await ZohoErrorResponse.WriteAsync(context, 500, ZohoErrorResponse.InternalErrorCode, ZohoErrorResponse.InternalErrorMessage);
                return;
            case FaultKind.Drop:
                Drop(context);
                return;
            case FaultKind.Truncate:
                await TruncateAsync(context);
                return;
            case FaultKind.LoseAnswer:
                await LoseAnswerAsync(context);
                return;
            default:
                await _next(context);
                return;
        }
    }

    private static void Drop(HttpContext context)
    {
        context.Items[DroppedKey] = true;
        RequestLogMiddleware.RecordNow(context);
        context.Abort();
    }

    private async Task LoseAnswerAsync(HttpContext context)
    {
        // The endpoint runs to the end (a write is applied); its answer goes nowhere.
        var realBody = context.Response.Body;
        using var discarded = new MemoryStream();
        context.Response.Body = discarded;
        try
        {
            await _next(context);
        }
        finally
        {
            context.Response.Body = realBody;
        }

        Drop(context);
    }

    private async Task TruncateAsync(HttpContext context)
    {
        var realBody = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await _next(context);
        }
        finally
        {
            context.Response.Body = realBody;
        }

        var bytes = buffer.ToArray();
        if (bytes.Length == 0 || context.Response.HasStarted)
        {
            // Nothing to cut (204, 304): the closest fault is a dropped connection.
            Drop(context);
            return;
        }

        // Returning with fewer bytes than the declared length makes Kestrel close the connection after sending
        // them (a FIN, not a reset), so the client reliably receives the headers and half the body, then EOF.
        context.Response.ContentLength = bytes.Length;
        await realBody.WriteAsync(bytes.AsMemory(0, bytes.Length / 2), context.RequestAborted);
        await realBody.FlushAsync(context.RequestAborted);
    }
}

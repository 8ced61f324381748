using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using ZohoCrm.Emulator.Domain.Errors;

namespace ZohoCrm.Emulator.Http.Errors;

/// <summary>
/// Turns every failure into Zoho's envelope: a <see cref="ZohoApiException"/> into its status and code, a path no
/// endpoint serves into 404 INVALID_URL_PATTERN, a wrong method into 400 INVALID_REQUEST_METHOD, a body that is not
/// JSON into 400 INVALID_DATA, and anything unexpected into 500 INTERNAL_ERROR, never a stack trace.
/// The pipeline runs it twice (outside and inside fault injection); whichever renders first wins.
/// </summary>
public sealed class ZohoErrorMiddleware
{
    private const string RenderedKey = "ZohoCrm.Emulator.ErrorRendered";
    private readonly RequestDelegate _next;
    private readonly ILogger<ZohoErrorMiddleware> _logger;

    public ZohoErrorMiddleware(RequestDelegate next, ILogger<ZohoErrorMiddleware> logger)
    {
        _next = next;
        _logger = logger;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await _next(context);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away (or a fault dropped the connection): there is nobody to answer.
            return;
        }
        catch (Exception error) when (!context.Items.ContainsKey(RenderedKey))
        {
            if (context.Response.HasStarted)
            {
                _logger.LogError(error, "The emulator failed after it began answering {Method} {Path}; the connection is closed.", context.Request.Method, context.Request.Path);
                context.Abort();
                return;
            }

            context.Items[RenderedKey] = true;
            context.Response.Clear();
            await RenderAsync(context, error);
            return;
        }

        if (context.Response.HasStarted || context.Items.ContainsKey(RenderedKey))
        {
            return;
        }

        if (context.Response.StatusCode == StatusCodes.Status404NotFound && context.GetEndpoint() is null)
        {
            context.Items[RenderedKey] = true;
            await ZohoErrorResponse.WriteAsync(context, 404, "INVALID_URL_PATTERN", "Please check if the URL trying to access is a correct one");
        }
        else if (context.Response.StatusCode == StatusCodes.Status405MethodNotAllowed)
        {
            context.Items[RenderedKey] = true;
            context.Response.Headers.Allow = default;
            await ZohoErrorResponse.WriteAsync(context, 400, "INVALID_REQUEST_METHOD", "The http request method type is not a valid one");
        }
    }

    private Task RenderAsync(HttpContext context, Exception error)
    {
        switch (error)
        {
            case ZohoApiException zoho:
                return ZohoErrorResponse.WriteAsync(context, zoho);
            case JsonException:
                return ZohoErrorResponse.WriteAsync(context, 400, "INVALID_DATA", "the request body is not valid JSON", new Dictionary<string, object?>
                {
                    ["expected_data_type"] = "jsonobject",
                });
            case BadHttpRequestException bad:
                return ZohoErrorResponse.WriteAsync(context, bad.StatusCode is >= 400 and < 500 ? bad.StatusCode : 400, "INVALID_REQUEST", bad.Message);
            default:
                _logger.LogError(error, "Unexpected failure answering {Method} {Path}.", context.Request.Method, context.Request.Path);
                return ZohoErrorResponse.WriteAsync(context, 500, ZohoErrorResponse.InternalErrorCode, ZohoErrorResponse.InternalErrorMessage);
        }
    }
}

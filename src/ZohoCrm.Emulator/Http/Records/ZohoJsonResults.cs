using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ZohoCrm.Emulator.Http.Records;

/// <summary>Zoho-style JSON answers: <c>application/json</c>, characters such as <c>+</c> left unescaped, no body for 204/304.</summary>
public static class ZohoJsonResults
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IResult Json(JsonNode? body, int status = StatusCodes.Status200OK) =>
        body is null
            ? Results.StatusCode(status == StatusCodes.Status200OK ? StatusCodes.Status204NoContent : status)
            : Results.Text(body.ToJsonString(Options), "application/json; charset=utf-8", System.Text.Encoding.UTF8, status);

    /// <summary>Reads the whole request body whatever its Content-Type (the official SDK sends none).</summary>
    public static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }
}

using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using ZohoCrm.Emulator.Domain.Errors;

namespace ZohoCrm.Emulator.Http.Errors;

/// <summary>Writes Zoho's request-level error envelope <c>{"code","details","message","status":"error"}</c> as application/json.</summary>
public static class ZohoErrorResponse
{
    public const string InternalErrorCode = "INTERNAL_ERROR";
    public const string InternalErrorMessage = "Internal Server Error";

    public static Task WriteAsync(HttpContext context, ZohoApiException error) =>
        WriteAsync(context, error.HttpStatus, error.Code, error.Message, error.Details);

    public static async Task WriteAsync(HttpContext context, int status, string code, string message, IReadOnlyDictionary<string, object?>? details = null)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = "application/json";
        response.ContentLength = null;
        var body = Render(code, message, details);
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, context.RequestAborted);
    }

    public static byte[] Render(string code, string message, IReadOnlyDictionary<string, object?>? details)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("code", code);
            json.WritePropertyName("details");
            JsonSerializer.Serialize(json, details ?? new Dictionary<string, object?>());
            json.WriteString("message", message);
            json.WriteString("status", "error");
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }
}

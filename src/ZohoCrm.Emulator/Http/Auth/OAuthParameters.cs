using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace ZohoCrm.Emulator.Http.Auth;

/// <summary>
/// Reads OAuth parameters wherever Zoho accepts them: the query string, a form-urlencoded body or a multipart
/// body (the Node.js SDK posts multipart). A body without Content-Type is read as form-urlencoded. Body values win.
/// </summary>
internal static class OAuthParameters
{
    public static async Task<Dictionary<string, string>> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in request.Query)
        {
            values[key] = value.ToString();
        }

        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            foreach (var (key, value) in form)
            {
                values[key] = value.ToString();
            }
        }
        else if (string.IsNullOrEmpty(request.ContentType) && request.ContentLength is null or > 0)
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync(ct);
            foreach (var (key, value) in QueryHelpers.ParseQuery(body))
            {
                values[key] = value.ToString();
            }
        }

        return values;
    }
}

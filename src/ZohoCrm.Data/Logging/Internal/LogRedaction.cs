using System.Text;
using System.Text.RegularExpressions;

namespace ZohoCrm.Data.Logging.Internal;

/// <summary>
/// Removes secrets (tokens, client secrets, grant codes, passwords, credentials in headers) from text before it is
/// logged. Applied to every value and message of every event by <see cref="ZohoCrmRedactingLogger"/>, so a caller cannot forget it.
/// </summary>
internal static partial class LogRedaction
{
    public const string Mask = "***";

    private static readonly HashSet<string> SensitiveHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie", "X-CRM-ORG",
    };

    /// <summary>Whether a parameter, form field or JSON property of this name holds a secret.</summary>
    public static bool IsSensitiveName(string name)
    {
        var n = name.Trim().ToLowerInvariant();
        if (n is "code" or "password" or "passwd" or "pwd" or "secret" or "authorization" or "grant_token" or "assertion")
        {
            return true;
        }

        // Page tokens only address a result page; every other *token (access_token, refresh_token, id_token,
        // OAuthAccessToken...) is a credential.
        if (n.EndsWith("page_token", StringComparison.Ordinal))
        {
            return false;
        }

        return n.EndsWith("token", StringComparison.Ordinal) || n.Contains("secret", StringComparison.Ordinal)
            || n.Contains("password", StringComparison.Ordinal) || n.Contains("verifier", StringComparison.Ordinal);
    }

    public static bool IsSensitiveHeader(string name) => SensitiveHeaders.Contains(name);

    /// <summary>The URI with the values of secret query parameters masked.</summary>
    public static string Redact(Uri? uri)
    {
        if (uri is null)
        {
            return "(no URI)";
        }

        var text = uri.IsAbsoluteUri ? uri.AbsoluteUri : uri.OriginalString;
        return Redact(text);
    }

    /// <summary>Masks secrets in free text: JSON properties, form and query parameters, credentials after an auth scheme, token shapes.</summary>
    public static string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        text = JsonStringProperty().Replace(text, m => IsSensitiveName(m.Groups["name"].Value)
            ? m.Value[..(m.Groups["value"].Index - m.Index)] + Mask + "\""
            : m.Value);
        text = JsonScalarProperty().Replace(text, m => IsSensitiveName(m.Groups["name"].Value)
            ? m.Value[..(m.Groups["value"].Index - m.Index)] + "\"" + Mask + "\""
            : m.Value);
        text = FormParameter().Replace(text, m => IsSensitiveName(Uri.UnescapeDataString(m.Groups["name"].Value))
            ? m.Groups["name"].Value + "=" + Mask
            : m.Value);
        text = SchemeCredential().Replace(text, m => m.Groups["scheme"].Value + " " + Mask);
        text = ZohoTokenShape().Replace(text, Mask);
        return text;
    }

    /// <summary>Formats headers one per line, masking the values of credential headers.</summary>
    public static string FormatHeaders(IEnumerable<KeyValuePair<string, IEnumerable<string>>> headers)
    {
        var builder = new StringBuilder();
        foreach (var (name, values) in headers)
        {
            builder.Append("  ").Append(name).Append(": ")
                .Append(IsSensitiveHeader(name) ? Mask : Redact(string.Join(", ", values))).Append('\n');
        }

        return builder.ToString().TrimEnd('\n');
    }

    // "name": "value" (value may contain escaped quotes); the replacement keeps everything up to the value.
    [GeneratedRegex("\"(?<name>[^\"\\\\]{1,100})\"\\s*:\\s*\"(?<value>(?:[^\"\\\\]|\\\\.)*)(\"|$)", RegexOptions.CultureInvariant)]
    private static partial Regex JsonStringProperty();

    // "name": 12345 or true - numbers and literals that could still be a secret (a numeric code).
    [GeneratedRegex("\"(?<name>[^\"\\\\]{1,100})\"\\s*:\\s*(?<value>-?[0-9][0-9.eE+-]*|true|false)", RegexOptions.CultureInvariant)]
    private static partial Regex JsonScalarProperty();

    // name=value in query strings and form bodies (also "Key=Value;" in connection strings).
    [GeneratedRegex("(?<=^|[?&;\\s,])(?<name>[A-Za-z0-9_.%$-]{1,100})=(?<value>[^&;\\s,]*)", RegexOptions.CultureInvariant)]
    private static partial Regex FormParameter();

    // Credentials after an HTTP auth scheme, wherever they appear (a header echoed in an exception message...).
    [GeneratedRegex("(?<scheme>Zoho-oauthtoken|Bearer|Basic|Digest|NTLM|Negotiate)\\s+(?!\\*\\*\\*)[A-Za-z0-9._~+/=:,\"-]+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SchemeCredential();

    // Zoho's access and refresh tokens: 1000.<32 hex>.<32 hex>.
    [GeneratedRegex("\\b1000\\.[0-9a-fA-F]{16,}\\.[0-9a-fA-F]{16,}\\b", RegexOptions.CultureInvariant)]
    private static partial Regex ZohoTokenShape();
}

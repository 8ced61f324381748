namespace ZohoCrm.Emulator.Domain.OAuth;

/// <summary>
/// A registered OAuth client. Besides its configured redirect URI it accepts any loopback redirect
/// (<c>http(s)://localhost|127.0.0.1|[::1]</c>, any port and path), as desktop apps and tests listen on a free port.
/// </summary>
public sealed class OAuthClient
{
    public OAuthClient(string clientId, string clientSecret, string redirectUri)
    {
        ClientId = clientId;
        ClientSecret = clientSecret;
        RedirectUri = redirectUri;
    }

    public string ClientId { get; }
    public string ClientSecret { get; }
    public string RedirectUri { get; }

    public bool IsRegisteredRedirectUri(string? uri)
    {
        if (string.IsNullOrEmpty(uri) || !Uri.TryCreate(uri, UriKind.Absolute, out var parsed))
        {
            return false;
        }

        if (string.Equals(uri, RedirectUri, StringComparison.Ordinal))
        {
            return true;
        }

        return (parsed.Scheme == Uri.UriSchemeHttp || parsed.Scheme == Uri.UriSchemeHttps) && parsed.IsLoopback;
    }

    public bool SecretMatches(string? secret) =>
        secret is not null && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(secret), System.Text.Encoding.UTF8.GetBytes(ClientSecret));

    public override string ToString() => $"OAuthClient {ClientId}";
}

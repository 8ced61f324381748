namespace ZohoCrm.Data;

/// <summary>How the provider obtains OAuth tokens (the <c>InitiateOAuth</c> connection property).</summary>
public enum ZohoCrmInitiateOAuth
{
    /// <summary><c>OFF</c>: use <c>OAuthAccessToken</c> as given; when Zoho rejects it the connection fails.</summary>
    Off,

    /// <summary>
    /// <c>GETANDREFRESH</c>: use a stored token, a refresh token or a grant code when there is one; otherwise run the
    /// desktop authorization flow (or, where no browser can be opened, fail with the authorization URL). Refresh as needed.
    /// </summary>
    GetAndRefresh,

    /// <summary><c>REFRESH</c>: refresh from <c>OAuthRefreshToken</c>, a grant code in <c>OAuthVerifier</c> or the token store; never opens a browser.</summary>
    Refresh,
}

/// <summary>The Zoho CRM environment an org lives in (the <c>Environment</c> connection property).</summary>
public enum ZohoCrmEnvironment
{
    /// <summary><c>production</c>: <c>https://www.zohoapis.{domain}</c>.</summary>
    Production,

    /// <summary><c>sandbox</c>: <c>https://sandbox.zohoapis.{domain}</c>.</summary>
    Sandbox,

    /// <summary><c>developer</c>: <c>https://developer.zohoapis.{domain}</c>.</summary>
    Developer,
}

/// <summary>How to authenticate to an HTTP proxy (the <c>ProxyAuthScheme</c> connection property).</summary>
public enum ZohoCrmProxyAuthScheme
{
    /// <summary><c>BASIC</c> authentication with <c>ProxyUser</c> and <c>ProxyPassword</c>.</summary>
    Basic,

    /// <summary><c>DIGEST</c> authentication.</summary>
    Digest,

    /// <summary><c>NTLM</c> authentication.</summary>
    Ntlm,

    /// <summary><c>NEGOTIATE</c> (Kerberos or NTLM) authentication.</summary>
    Negotiate,

    /// <summary><c>NONE</c>: the proxy needs no credentials.</summary>
    None,
}

/// <summary>The kind of firewall between the application and Zoho (the <c>FirewallType</c> connection property).</summary>
public enum ZohoCrmFirewallType
{
    /// <summary><c>NONE</c>: connect directly (or through the HTTP proxy, when one is set).</summary>
    None,

    /// <summary><c>TUNNEL</c>: an HTTP proxy reached with <c>CONNECT</c>.</summary>
    Tunnel,

    /// <summary><c>SOCKS4</c>.</summary>
    Socks4,

    /// <summary><c>SOCKS5</c>, optionally with <c>FirewallUser</c> and <c>FirewallPassword</c>.</summary>
    Socks5,
}

namespace ZohoCrm.Data.Http;

/// <summary>How the HTTP proxy named by <see cref="ZohoCrmHttpOptions.ProxyServer"/> authenticates (<c>ProxyAuthScheme</c>).</summary>
public enum ZohoCrmProxyAuthScheme
{
    /// <summary>User name and password sent in the clear (base64) to the proxy.</summary>
    Basic,

    /// <summary>HTTP digest authentication.</summary>
    Digest,

    /// <summary>Windows NTLM; with no <c>ProxyUser</c> the process's default credentials are used.</summary>
    Ntlm,

    /// <summary>Kerberos or NTLM, whichever the proxy offers; with no <c>ProxyUser</c> the process's default credentials are used.</summary>
    Negotiate,

    /// <summary>The proxy needs no credentials.</summary>
    None,
}

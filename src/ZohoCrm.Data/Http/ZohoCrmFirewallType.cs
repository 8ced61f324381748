namespace ZohoCrm.Data.Http;

/// <summary>The kind of firewall proxy named by <see cref="ZohoCrmHttpOptions.FirewallServer"/> (<c>FirewallType</c>).</summary>
public enum ZohoCrmFirewallType
{
    /// <summary>No firewall proxy.</summary>
    None,

    /// <summary>An HTTP proxy used only through <c>CONNECT</c> tunnels: every connection, http or https, is tunnelled.</summary>
    Tunnel,

    /// <summary>A SOCKS 4 proxy; <c>FirewallUser</c> is sent as the SOCKS user id.</summary>
    Socks4,

    /// <summary>A SOCKS 5 proxy, with user name and password authentication when <c>FirewallUser</c> is set.</summary>
    Socks5,
}

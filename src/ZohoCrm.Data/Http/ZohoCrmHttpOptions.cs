using ZohoCrm.Data.Properties;

namespace ZohoCrm.Data.Http;

/// <summary>
/// The connection settings of the HTTP pipeline: timeout, concurrency, proxy, firewall, TLS pinning and logging.
/// Property names follow the connection-string keys (<c>Timeout</c>, <c>ProxyServer</c>, <c>SSLServerCert</c>...).
/// </summary>
/// <remarks>
/// <see cref="ToString"/> never shows <see cref="ProxyPassword"/> or <see cref="FirewallPassword"/>.
/// </remarks>
public sealed record ZohoCrmHttpOptions
{
    /// <summary>How long one request may take to be answered; <see langword="null"/> or zero waits for ever. Default 60 seconds.</summary>
    public TimeSpan? Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The most requests in flight at once (Zoho limits concurrent calls per org: 5 on Free up to 25 on Ultimate). Default 5.</summary>
    public int MaxConcurrency { get; init; } = 5;

    /// <summary>
    /// Use the system proxy (on Linux and macOS the <c>HTTPS_PROXY</c>, <c>HTTP_PROXY</c> and <c>NO_PROXY</c> variables)
    /// when neither <see cref="ProxyServer"/> nor <see cref="FirewallType"/> is set; loopback addresses are always called
    /// directly. Default <see langword="true"/>, as in other Zoho CRM drivers and in <see cref="HttpClient"/>.
    /// </summary>
    public bool ProxyAutoDetect { get; init; } = true;

    /// <summary>Host name or IP address of an HTTP proxy.</summary>
    public string? ProxyServer { get; init; }

    /// <summary>Port of the HTTP proxy; default 80.</summary>
    public int? ProxyPort { get; init; }

    /// <summary>How the HTTP proxy authenticates; default <see cref="ZohoCrmProxyAuthScheme.Basic"/> (used only when <see cref="ProxyUser"/> is set).</summary>
    public ZohoCrmProxyAuthScheme ProxyAuthScheme { get; init; } = ZohoCrmProxyAuthScheme.Basic;

    /// <summary>User name for the HTTP proxy.</summary>
    public string? ProxyUser { get; init; }

    /// <summary>Password for the HTTP proxy.</summary>
    public string? ProxyPassword { get; init; }

    /// <summary>The kind of firewall proxy; default <see cref="ZohoCrmFirewallType.None"/>.</summary>
    public ZohoCrmFirewallType FirewallType { get; init; }

    /// <summary>Host name or IP address of the firewall proxy.</summary>
    public string? FirewallServer { get; init; }

    /// <summary>Port of the firewall proxy; default 80 for <see cref="ZohoCrmFirewallType.Tunnel"/>, 1080 for SOCKS.</summary>
    public int? FirewallPort { get; init; }

    /// <summary>User name for the firewall proxy.</summary>
    public string? FirewallUser { get; init; }

    /// <summary>Password for the firewall proxy.</summary>
    public string? FirewallPassword { get; init; }

    /// <summary>
    /// The certificate to trust instead of the system trust store: PEM text, the path of a .pem/.cer/.crt file, or a
    /// SHA-1/SHA-256 thumbprint in hex (colons and spaces allowed). <c>*</c> accepts any certificate (for tests only; logged
    /// as a warning). <see langword="null"/>: the system trust store decides.
    /// </summary>
    public string? SslServerCert { get; init; }

    /// <summary>
    /// A file that gets the provider's log events (the same events as the <c>ILoggerFactory</c>, see
    /// <see cref="Logging.ZohoCrmDataEventId"/>), filtered by <see cref="Verbosity"/>; <see langword="null"/> for none.
    /// </summary>
    public string? Logfile { get; init; }

    /// <summary>
    /// How much of the events <see cref="Logfile"/> gets, 1 to 5: 1 errors, warnings and a line per query; 2 adds each
    /// request line and its timing, and query plans; 3 adds bodies (truncated); 4 adds headers, authentication and
    /// transport detail; 5 bodies whole. Secrets are redacted at every level. Default 1.
    /// </summary>
    public int Verbosity { get; init; } = 1;

    // Retry knobs, internal so tests can shrink them; Zoho's limits don't call for users to tune them.
    // 8 attempts, backoff from 250 ms doubling up to 8 s: a read still gets through when 40% of calls fail (0.4^8 < 0.07%
    // a page), and a fault that persists fails within 12 to 24 s of backoff, inside the default Timeout and CommandTimeout.
    internal int MaxAttempts { get; init; } = 8;
    internal TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(250);
    internal TimeSpan RetryMaxDelay { get; init; } = TimeSpan.FromSeconds(8);
    internal TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromMinutes(2);
    internal TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>The timeout in force, or <see langword="null"/> when requests may take for ever.</summary>
    internal TimeSpan? EffectiveTimeout => Timeout is { } t && t > TimeSpan.Zero ? t : null;

    internal bool AcceptsAnyServerCertificate => SslServerCert?.Trim() == "*";

    /// <summary>Checks the settings together and throws an <see cref="ArgumentException"/> naming the one at fault.</summary>
    public void Validate()
    {
        if (Timeout is { } timeout && (timeout < TimeSpan.Zero || timeout.TotalMilliseconds > int.MaxValue))
        {
            throw new ArgumentException(ZohoCrmStrings.InvalidTimeout(timeout), nameof(Timeout));
        }

        if (MaxConcurrency < 1)
        {
            throw new ArgumentException(ZohoCrmStrings.InvalidMaxConcurrency(MaxConcurrency), nameof(MaxConcurrency));
        }

        if (Verbosity is < 1 or > 5)
        {
            throw new ArgumentException(ZohoCrmStrings.InvalidVerbosity(Verbosity), nameof(Verbosity));
        }

        CheckPort(ProxyPort, nameof(ProxyPort));
        CheckPort(FirewallPort, nameof(FirewallPort));

        CheckNoCredentialsInHost(ProxyServer, nameof(ProxyServer), nameof(ProxyUser), nameof(ProxyPassword));
        CheckNoCredentialsInHost(FirewallServer, nameof(FirewallServer), nameof(FirewallUser), nameof(FirewallPassword));

        var hasProxyServer = !string.IsNullOrWhiteSpace(ProxyServer);
        var hasFirewall = FirewallType != ZohoCrmFirewallType.None;
        if (hasFirewall && hasProxyServer)
        {
            throw new ArgumentException(ZohoCrmStrings.FirewallWithProxy(FirewallType), nameof(FirewallType));
        }

        if (hasFirewall && string.IsNullOrWhiteSpace(FirewallServer))
        {
            throw new ArgumentException(ZohoCrmStrings.FirewallServerMissing(FirewallType), nameof(FirewallServer));
        }

        if (!hasProxyServer && !ProxyAutoDetect && !string.IsNullOrEmpty(ProxyUser))
        {
            throw new ArgumentException(ZohoCrmStrings.ProxyUserWithoutServer, nameof(ProxyUser));
        }

        if (ProxyAuthScheme is ZohoCrmProxyAuthScheme.Basic or ZohoCrmProxyAuthScheme.Digest
            && string.IsNullOrEmpty(ProxyUser) && !string.IsNullOrEmpty(ProxyPassword))
        {
            throw new ArgumentException(ZohoCrmStrings.ProxyPasswordWithoutUser, nameof(ProxyUser));
        }
    }

    private static void CheckNoCredentialsInHost(string? server, string name, string userKey, string passwordKey)
    {
        // "user:pass@host" would otherwise be cut down to the host and the credentials silently lost.
        if (server is not null && server.Contains('@', StringComparison.Ordinal))
        {
            throw new ArgumentException(ZohoCrmStrings.CredentialsInServerName(name, userKey, passwordKey), name);
        }
    }

    private static void CheckPort(int? port, string name)
    {
        if (port is < 1 or > 65535)
        {
            throw new ArgumentException(ZohoCrmStrings.InvalidPort(name, port.Value), name);
        }
    }

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        // Hand-written so that passwords never reach a log line or debugger display.
        builder.Append("Timeout = ").Append(Timeout).Append(", MaxConcurrency = ").Append(MaxConcurrency)
            .Append(", ProxyAutoDetect = ").Append(ProxyAutoDetect)
            .Append(", ProxyServer = ").Append(ProxyServer).Append(", ProxyPort = ").Append(ProxyPort)
            .Append(", ProxyAuthScheme = ").Append(ProxyAuthScheme).Append(", ProxyUser = ").Append(ProxyUser)
            .Append(", ProxyPassword = ").Append(ProxyPassword is null ? "" : "***")
            .Append(", FirewallType = ").Append(FirewallType).Append(", FirewallServer = ").Append(FirewallServer)
            .Append(", FirewallPort = ").Append(FirewallPort).Append(", FirewallUser = ").Append(FirewallUser)
            .Append(", FirewallPassword = ").Append(FirewallPassword is null ? "" : "***")
            .Append(", SslServerCert = ").Append(SslServerCert is { Length: > 80 } ? "(PEM)" : SslServerCert)
            .Append(", Logfile = ").Append(Logfile).Append(", Verbosity = ").Append(Verbosity);
        return true;
    }
}

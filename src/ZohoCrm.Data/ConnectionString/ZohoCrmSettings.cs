using ZohoCrm.Data.Properties;

namespace ZohoCrm.Data;

/// <summary>
/// An immutable, checked snapshot of a data source's settings (what <see cref="ZohoCrmConnectionStringBuilder"/>
/// holds), with the data centre resolved to the accounts server and API domain to call. <see cref="ToString"/> is
/// redacted.
/// </summary>
public sealed record ZohoCrmSettings
{
    private ZohoCrmSettings()
    {
    }

    /// <summary>How tokens are obtained.</summary>
    public ZohoCrmInitiateOAuth InitiateOAuth { get; private init; }

    /// <summary>The OAuth client id (absent only with <c>InitiateOAuth=OFF</c>).</summary>
    public string? OAuthClientId { get; private init; }

    /// <summary>The OAuth client secret. A secret.</summary>
    public string? OAuthClientSecret { get; private init; }

    /// <summary>The registered redirect URI the desktop flow listens on.</summary>
    public Uri CallbackUrl { get; private init; } = null!;

    /// <summary>Whether <see cref="CallbackUrl"/> was given explicitly (the token exchange of a self-client code then omits it).</summary>
    public bool CallbackUrlIsExplicit { get; private init; }

    /// <summary>The access token given in the settings, if any. A secret.</summary>
    public string? OAuthAccessToken { get; private init; }

    /// <summary>The refresh token given in the settings, if any. A secret.</summary>
    public string? OAuthRefreshToken { get; private init; }

    /// <summary>The grant code given in the settings, if any. A secret.</summary>
    public string? OAuthVerifier { get; private init; }

    /// <summary>The org for the client-credentials grant, always in the <c>ZohoCRM.{org id}</c> form.</summary>
    public string? OAuthSoid { get; private init; }

    /// <summary>The token file, if tokens are kept in one.</summary>
    public string? OAuthSettingsLocation { get; private init; }

    /// <summary>The OAuth scopes (comma-separated).</summary>
    public string Scope { get; private init; } = null!;

    /// <summary>The data centre selected by <c>Domain</c>.</summary>
    public ZohoCrmDataCenter DataCenter { get; private init; } = null!;

    /// <summary>The environment.</summary>
    public ZohoCrmEnvironment Environment { get; private init; }

    /// <summary>The accounts server to call: the <c>AccountsServer</c> override or the data centre's.</summary>
    public Uri AccountsServer { get; private init; } = null!;

    /// <summary>Whether <c>AccountsServer</c> was overridden.</summary>
    public bool AccountsServerIsOverridden { get; private init; }

    /// <summary>The API domain to use before a token response names one: the <c>ApiDomain</c> override or the data centre's.</summary>
    public Uri ApiDomain { get; private init; } = null!;

    /// <summary>Whether <c>ApiDomain</c> was overridden (it then wins over the token response's <c>api_domain</c>).</summary>
    public bool ApiDomainIsOverridden { get; private init; }

    /// <summary>The server certificate to trust, as given.</summary>
    public string? SslServerCert { get; private init; }

    /// <summary>Whether to use the system proxy when no proxy or firewall is given (default <see langword="true"/>).</summary>
    public bool ProxyAutoDetect { get; private init; }

    /// <summary>The HTTP proxy host.</summary>
    public string? ProxyServer { get; private init; }

    /// <summary>The HTTP proxy port.</summary>
    public int ProxyPort { get; private init; }

    /// <summary>The HTTP proxy authentication scheme.</summary>
    public ZohoCrmProxyAuthScheme ProxyAuthScheme { get; private init; }

    /// <summary>The HTTP proxy user.</summary>
    public string? ProxyUser { get; private init; }

    /// <summary>The HTTP proxy password. A secret.</summary>
    public string? ProxyPassword { get; private init; }

    /// <summary>The firewall kind.</summary>
    public ZohoCrmFirewallType FirewallType { get; private init; }

    /// <summary>The firewall host.</summary>
    public string? FirewallServer { get; private init; }

    /// <summary>The firewall port (0 = the usual one).</summary>
    public int FirewallPort { get; private init; }

    /// <summary>The firewall user.</summary>
    public string? FirewallUser { get; private init; }

    /// <summary>The firewall password. A secret.</summary>
    public string? FirewallPassword { get; private init; }

    /// <summary>The per-request timeout; <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> when disabled.</summary>
    public TimeSpan Timeout { get; private init; }

    /// <summary>The log file, if any.</summary>
    public string? Logfile { get; private init; }

    /// <summary>The log verbosity, 1 to 5.</summary>
    public int Verbosity { get; private init; }

    /// <summary>The most requests in flight at once.</summary>
    public int MaxConcurrency { get; private init; }

    /// <summary>How many pages of one asynchronous read are on the wire at once (see <see cref="ZohoCrmConnectionStringBuilder.ReadAhead"/>).</summary>
    public int ReadAhead { get; private init; }

    /// <summary>Whether Zoho evaluates predicates.</summary>
    public bool UseServerSideFiltering { get; private init; }

    /// <summary>The client-side filter row cap (0 = off).</summary>
    public int ClientSideFilterLimit { get; private init; }

    /// <summary>The file that keeps the org's metadata between runs, if any.</summary>
    public string? MetadataCacheLocation { get; private init; }

    /// <summary>How long an entry of the metadata file is used without asking Zoho.</summary>
    public TimeSpan MetadataCacheMaxAge { get; private init; }

    /// <summary>The connection string these settings came from, redacted.</summary>
    public string RedactedConnectionString { get; private init; } = null!;

    /// <summary>
    /// The data-centre part of a token key: the <c>Domain</c> and environment (<c>eu</c>, <c>eu/sandbox</c>), or the
    /// overridden accounts server, since refresh tokens are valid only where they were issued.
    /// </summary>
    public string TokenDataCenter =>
        AccountsServerIsOverridden
            ? AccountsServer.GetLeftPart(UriPartial.Authority)
            : Environment == ZohoCrmEnvironment.Production ? DataCenter.Domain : DataCenter.Domain + "/" + Environment.ToString().ToLowerInvariant();

    /// <inheritdoc />
    public override string ToString() => RedactedConnectionString;

    internal static ZohoCrmSettings From(ZohoCrmConnectionStringBuilder builder)
    {
        ZohoCrmDataCenter.TryFind(builder.Domain, out var dataCenter);
        var initiate = builder.InitiateOAuth;
        if (initiate == ZohoCrmInitiateOAuth.Off && builder.OAuthAccessToken is null)
        {
            throw new ArgumentException(ZohoCrmStrings.SettingsAccessTokenRequired, nameof(builder));
        }

        if (initiate != ZohoCrmInitiateOAuth.Off && (builder.OAuthClientId is null || builder.OAuthClientSecret is null))
        {
            throw new ArgumentException(ZohoCrmStrings.SettingsClientRequired(builder.OAuthClientId is null ? "OAuthClientId" : "OAuthClientSecret"), nameof(builder));
        }

        var soid = builder.OAuthSoid;
        if (soid is not null && !soid.StartsWith("ZohoCRM.", StringComparison.OrdinalIgnoreCase))
        {
            soid = "ZohoCRM." + soid;
        }

        return new ZohoCrmSettings
        {
            InitiateOAuth = initiate,
            OAuthClientId = builder.OAuthClientId,
            OAuthClientSecret = builder.OAuthClientSecret,
            CallbackUrl = new Uri(builder.CallbackUrl),
            CallbackUrlIsExplicit = builder.ContainsKey("CallbackURL"),
            OAuthAccessToken = builder.OAuthAccessToken,
            OAuthRefreshToken = builder.OAuthRefreshToken,
            OAuthVerifier = builder.OAuthVerifier,
            OAuthSoid = soid,
            OAuthSettingsLocation = builder.OAuthSettingsLocation,
            Scope = builder.Scope,
            DataCenter = dataCenter,
            Environment = builder.Environment,
            AccountsServer = new Uri(builder.AccountsServer ?? dataCenter.AccountsServer.ToString()),
            AccountsServerIsOverridden = builder.AccountsServer is not null,
            ApiDomain = builder.ApiDomain is { } apiDomain ? new Uri(apiDomain) : dataCenter.GetApiDomain(builder.Environment),
            ApiDomainIsOverridden = builder.ApiDomain is not null,
            SslServerCert = builder.SslServerCert,
            ProxyAutoDetect = builder.ProxyAutoDetect,
            ProxyServer = builder.ProxyServer,
            ProxyPort = builder.ProxyPort,
            ProxyAuthScheme = builder.ProxyAuthScheme,
            ProxyUser = builder.ProxyUser,
            ProxyPassword = builder.ProxyPassword,
            FirewallType = builder.FirewallType,
            FirewallServer = builder.FirewallServer,
            FirewallPort = builder.FirewallPort,
            FirewallUser = builder.FirewallUser,
            FirewallPassword = builder.FirewallPassword,
            Timeout = builder.Timeout == 0 ? System.Threading.Timeout.InfiniteTimeSpan : TimeSpan.FromSeconds(builder.Timeout),
            Logfile = builder.Logfile,
            Verbosity = builder.Verbosity,
            MaxConcurrency = builder.MaxConcurrency,
            ReadAhead = builder.ReadAhead,
            UseServerSideFiltering = builder.UseServerSideFiltering,
            ClientSideFilterLimit = builder.ClientSideFilterLimit,
            MetadataCacheLocation = builder.MetadataCacheLocation,
            MetadataCacheMaxAge = TimeSpan.FromSeconds(builder.MetadataCacheMaxAge),
            RedactedConnectionString = builder.ToRedactedString(),
        };
    }
}

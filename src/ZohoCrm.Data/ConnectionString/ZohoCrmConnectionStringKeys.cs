using ZohoCrm.Data.Internal;

namespace ZohoCrm.Data.ConnectionString;

/// <summary>The table of every key <see cref="ZohoCrmConnectionStringBuilder"/> accepts.</summary>
internal static class ZohoCrmConnectionStringKeys
{
    public static readonly ZohoCrmConnectionStringKey InitiateOAuth = ZohoCrmConnectionStringKey.OneOf("InitiateOAuth", "REFRESH", "OFF", "GETANDREFRESH", "REFRESH");
    public static readonly ZohoCrmConnectionStringKey OAuthClientId = ZohoCrmConnectionStringKey.Text("OAuthClientId");
    public static readonly ZohoCrmConnectionStringKey OAuthClientSecret = ZohoCrmConnectionStringKey.Secret("OAuthClientSecret");
    public static readonly ZohoCrmConnectionStringKey CallbackUrl = ZohoCrmConnectionStringKey.AbsoluteHttpUri("CallbackURL", "http://localhost:33333");
    public static readonly ZohoCrmConnectionStringKey OAuthAccessToken = ZohoCrmConnectionStringKey.Secret("OAuthAccessToken");
    public static readonly ZohoCrmConnectionStringKey OAuthRefreshToken = ZohoCrmConnectionStringKey.Secret("OAuthRefreshToken");
    public static readonly ZohoCrmConnectionStringKey OAuthVerifier = ZohoCrmConnectionStringKey.Secret("OAuthVerifier");
    public static readonly ZohoCrmConnectionStringKey OAuthSoid = ZohoCrmConnectionStringKey.Text("OAuthSoid");
    public static readonly ZohoCrmConnectionStringKey OAuthSettingsLocation = ZohoCrmConnectionStringKey.Text("OAuthSettingsLocation");
    public static readonly ZohoCrmConnectionStringKey Scope = ZohoCrmConnectionStringKey.Text("Scope", ZohoCrmConnectionStringBuilder.DefaultScope);
    public static readonly ZohoCrmConnectionStringKey Domain = ZohoCrmConnectionStringKey.OneOf("Domain", "com", ZohoCrmDataCenter.Domains.ToArray());
    public static readonly ZohoCrmConnectionStringKey Environment = ZohoCrmConnectionStringKey.OneOf("Environment", "production", "production", "sandbox", "developer");
    public static readonly ZohoCrmConnectionStringKey AccountsServer = ZohoCrmConnectionStringKey.AbsoluteHttpUri("AccountsServer");
    public static readonly ZohoCrmConnectionStringKey ApiDomain = ZohoCrmConnectionStringKey.AbsoluteHttpUri("ApiDomain");

    public static readonly ZohoCrmConnectionStringKey SslServerCert = ZohoCrmConnectionStringKey.Text("SSLServerCert");
    public static readonly ZohoCrmConnectionStringKey ProxyAutoDetect = ZohoCrmConnectionStringKey.Boolean("ProxyAutoDetect", true);
    public static readonly ZohoCrmConnectionStringKey ProxyServer = ZohoCrmConnectionStringKey.Text("ProxyServer");
    public static readonly ZohoCrmConnectionStringKey ProxyPort = ZohoCrmConnectionStringKey.Integer("ProxyPort", 80, 1, 65535);
    public static readonly ZohoCrmConnectionStringKey ProxyAuthScheme = ZohoCrmConnectionStringKey.OneOf("ProxyAuthScheme", "BASIC", "BASIC", "DIGEST", "NTLM", "NEGOTIATE", "NONE");
    public static readonly ZohoCrmConnectionStringKey ProxyUser = ZohoCrmConnectionStringKey.Text("ProxyUser");
    public static readonly ZohoCrmConnectionStringKey ProxyPassword = ZohoCrmConnectionStringKey.Secret("ProxyPassword");
    public static readonly ZohoCrmConnectionStringKey FirewallType = ZohoCrmConnectionStringKey.OneOf("FirewallType", "NONE", "NONE", "TUNNEL", "SOCKS4", "SOCKS5");
    public static readonly ZohoCrmConnectionStringKey FirewallServer = ZohoCrmConnectionStringKey.Text("FirewallServer");
    public static readonly ZohoCrmConnectionStringKey FirewallPort = ZohoCrmConnectionStringKey.Integer("FirewallPort", 0, 0, 65535, " (0 = the usual port of FirewallType)");
    public static readonly ZohoCrmConnectionStringKey FirewallUser = ZohoCrmConnectionStringKey.Text("FirewallUser");
    public static readonly ZohoCrmConnectionStringKey FirewallPassword = ZohoCrmConnectionStringKey.Secret("FirewallPassword");
    public static readonly ZohoCrmConnectionStringKey Timeout = ZohoCrmConnectionStringKey.Integer("Timeout", 60, 0, int.MaxValue / 1000, " (seconds; 0 = no timeout)");
    public static readonly ZohoCrmConnectionStringKey Logfile = ZohoCrmConnectionStringKey.Text("Logfile");
    public static readonly ZohoCrmConnectionStringKey Verbosity = ZohoCrmConnectionStringKey.Integer("Verbosity", 1, 1, 5);
    public static readonly ZohoCrmConnectionStringKey MaxConcurrency = ZohoCrmConnectionStringKey.Integer("MaxConcurrency", 5, 1, 1000);
    public static readonly ZohoCrmConnectionStringKey ReadAhead = ZohoCrmConnectionStringKey.Integer("ReadAhead", 1, 1, 25, " (pages of one read on the wire at once; 1 = the next page only)");
    public static readonly ZohoCrmConnectionStringKey UseServerSideFiltering = ZohoCrmConnectionStringKey.Boolean("UseServerSideFiltering", true);
    public static readonly ZohoCrmConnectionStringKey ClientSideFilterLimit = ZohoCrmConnectionStringKey.Integer("ClientSideFilterLimit", 0, 0, int.MaxValue, " (rows; 0 = client-side filtering only where UseServerSideFiltering=False)");
    public static readonly ZohoCrmConnectionStringKey MetadataCacheLocation = ZohoCrmConnectionStringKey.Text("MetadataCacheLocation");
    public static readonly ZohoCrmConnectionStringKey MetadataCacheMaxAge = ZohoCrmConnectionStringKey.Integer("MetadataCacheMaxAge", 3600, 0, int.MaxValue, " (seconds; 0 = always read live)");

    public static IReadOnlyList<ZohoCrmConnectionStringKey> All { get; } =
    [
        InitiateOAuth, OAuthClientId, OAuthClientSecret, CallbackUrl, OAuthAccessToken, OAuthRefreshToken, OAuthVerifier, OAuthSoid,
        OAuthSettingsLocation, Scope, Domain, Environment, AccountsServer, ApiDomain,
        SslServerCert, ProxyAutoDetect, ProxyServer, ProxyPort, ProxyAuthScheme, ProxyUser, ProxyPassword,
        FirewallType, FirewallServer, FirewallPort, FirewallUser, FirewallPassword,
        Timeout, Logfile, Verbosity, MaxConcurrency, ReadAhead, UseServerSideFiltering, ClientSideFilterLimit, MetadataCacheLocation, MetadataCacheMaxAge,
    ];

    private static readonly Dictionary<string, ZohoCrmConnectionStringKey> ByName = All.ToDictionary(k => k.Name, StringComparer.OrdinalIgnoreCase);

    public static bool TryFind(string keyword, out ZohoCrmConnectionStringKey key) => ByName.TryGetValue(keyword.Trim(), out key!);

    /// <summary>Finds a key or throws an <see cref="ArgumentException"/> naming the unknown key and the closest known one.</summary>
    public static ZohoCrmConnectionStringKey Find(string keyword)
    {
        ArgumentNullException.ThrowIfNull(keyword);
        if (TryFind(keyword, out var key))
        {
            return key;
        }

        var closest = All.MinBy(k => NameSuggestions.Distance(k.Name.ToUpperInvariant(), keyword.Trim().ToUpperInvariant()))!;
        throw new ArgumentException(Properties.ZohoCrmStrings.ConnectionStringUnknownKey(keyword, closest.Name), nameof(keyword));
    }
}

using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using ZohoCrm.Data.ConnectionString;
using K = ZohoCrm.Data.ConnectionString.ZohoCrmConnectionStringKeys;

namespace ZohoCrm.Data;

/// <summary>
/// Builds and parses Zoho CRM connection strings, with a typed property per key. Keys are case-insensitive and
/// named as other Zoho CRM drivers name them; an unknown key or a bad value is an <see cref="ArgumentException"/>
/// that names the key and what is allowed.
/// </summary>
/// <remarks>
/// <see cref="DbConnectionStringBuilder.ConnectionString"/> keeps the real values (it is what you pass on);
/// <see cref="ToString"/> and <see cref="ToRedactedString"/> hide tokens, secrets, codes and passwords and are what
/// belongs in logs and messages.
/// </remarks>
public sealed partial class ZohoCrmConnectionStringBuilder : DbConnectionStringBuilder
{
    /// <summary>
    /// The scopes asked for when <see cref="Scope"/> is not set: records, metadata, COQL, users, org, search and bulk read.
    /// </summary>
    public const string DefaultScope =
        "ZohoCRM.modules.ALL,ZohoCRM.settings.ALL,ZohoCRM.coql.READ,ZohoCRM.users.READ,ZohoCRM.org.READ,ZohoSearch.securesearch.READ,ZohoCRM.bulk.READ";

    private const string RedactedValue = "***";

    /// <summary>Creates an empty builder.</summary>
    public ZohoCrmConnectionStringBuilder()
    {
    }

    /// <summary>Creates a builder from a connection string, checking every key and value.</summary>
    public ZohoCrmConnectionStringBuilder(string? connectionString) => ConnectionString = connectionString;

    /// <summary>
    /// Gets or sets the connection string, checking every key and value; a string that is refused leaves the builder as it was.
    /// </summary>
    [AllowNull]
    public new string ConnectionString
    {
        get => base.ConnectionString;
        set
        {
            // The base parser lower-cases keys before they reach the indexer, so unknown keys are checked here first,
            // where the error can name them as the user wrote them.
            foreach (Match pair in KeyValuePairPattern().Matches(value ?? string.Empty))
            {
                K.Find(pair.Groups["key"].Value);
            }

            base.ConnectionString = value;
        }
    }

    /// <summary>Gets or sets a value by key name (case-insensitive). Setting <see langword="null"/> or an empty value removes the key.</summary>
    [AllowNull]
    public override object this[string keyword]
    {
        get => GetCanonical(K.Find(keyword)) ?? string.Empty;
        set
        {
            var key = K.Find(keyword);
            var text = value switch
            {
                null => null,
                bool b => b ? "True" : "False",
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                _ => value.ToString(),
            };
            // "Key=;" is an empty value, the same as leaving the key out.
            if (string.IsNullOrWhiteSpace(text))
            {
                base.Remove(key.Name);
            }
            else
            {
                base[key.Name] = key.Normalize(text);
            }
        }
    }

    /// <inheritdoc />
    public override bool ContainsKey(string keyword) => K.TryFind(keyword, out var key) && base.ContainsKey(key.Name);

    /// <inheritdoc />
    public override bool Remove(string keyword) => K.TryFind(keyword, out var key) && base.Remove(key.Name);

    /// <inheritdoc />
    public override bool ShouldSerialize(string keyword) => ContainsKey(keyword);

    /// <summary>Gets a key's value, or its default when it is not set. Returns <see langword="false"/> for unknown keys.</summary>
    public override bool TryGetValue(string keyword, [NotNullWhen(true)] out object? value)
    {
        value = K.TryFind(keyword, out var key) ? GetCanonical(key) : null;
        return value is not null;
    }

    /// <summary>How tokens are obtained: <c>OFF</c>, <c>GETANDREFRESH</c> or <c>REFRESH</c> (the default).</summary>
    public ZohoCrmInitiateOAuth InitiateOAuth
    {
        get => GetCanonical(K.InitiateOAuth) switch
        {
            "OFF" => ZohoCrmInitiateOAuth.Off,
            "GETANDREFRESH" => ZohoCrmInitiateOAuth.GetAndRefresh,
            _ => ZohoCrmInitiateOAuth.Refresh,
        };
        set => Set(K.InitiateOAuth, value switch
        {
            ZohoCrmInitiateOAuth.Off => "OFF",
            ZohoCrmInitiateOAuth.GetAndRefresh => "GETANDREFRESH",
            ZohoCrmInitiateOAuth.Refresh => "REFRESH",
            _ => throw new ArgumentOutOfRangeException(nameof(value), value, null),
        });
    }

    /// <summary>The client id of the app registered in the Zoho API console.</summary>
    public string? OAuthClientId { get => GetCanonical(K.OAuthClientId); set => Set(K.OAuthClientId, value); }

    /// <summary>The client secret of the app registered in the Zoho API console. A secret: never shown.</summary>
    public string? OAuthClientSecret { get => GetCanonical(K.OAuthClientSecret); set => Set(K.OAuthClientSecret, value); }

    /// <summary>The redirect URI registered for the app; the desktop flow listens on it. Default <c>http://localhost:33333</c>.</summary>
    public string CallbackUrl { get => GetCanonical(K.CallbackUrl)!; set => Set(K.CallbackUrl, value); }

    /// <summary>An access token to use as given (with <c>InitiateOAuth=OFF</c>), or as the first token before refreshing. A secret.</summary>
    public string? OAuthAccessToken { get => GetCanonical(K.OAuthAccessToken); set => Set(K.OAuthAccessToken, value); }

    /// <summary>A refresh token to mint access tokens from. A secret.</summary>
    public string? OAuthRefreshToken { get => GetCanonical(K.OAuthRefreshToken); set => Set(K.OAuthRefreshToken, value); }

    /// <summary>A grant code (from a self client, or from the headless flow's authorization URL) to exchange for tokens. A secret.</summary>
    public string? OAuthVerifier { get => GetCanonical(K.OAuthVerifier); set => Set(K.OAuthVerifier, value); }

    /// <summary>
    /// The org for the client-credentials grant (<c>soid</c>): <c>ZohoCRM.{org id}</c> or just the org id. When set and no
    /// refresh token is at hand, tokens come from <c>grant_type=client_credentials</c>.
    /// </summary>
    public string? OAuthSoid { get => GetCanonical(K.OAuthSoid); set => Set(K.OAuthSoid, value); }

    /// <summary>A JSON file that keeps tokens between runs (owner-only permissions). Unset: tokens are kept in memory only.</summary>
    public string? OAuthSettingsLocation { get => GetCanonical(K.OAuthSettingsLocation); set => Set(K.OAuthSettingsLocation, value); }

    /// <summary>Comma-separated OAuth scopes to ask for. Default <see cref="DefaultScope"/>.</summary>
    public string Scope { get => GetCanonical(K.Scope)!; set => Set(K.Scope, value); }

    /// <summary>The data centre: <c>com</c> (default), <c>eu</c>, <c>in</c>, <c>com.au</c>, <c>jp</c>, <c>com.cn</c>, <c>ca</c>, <c>sa</c>.</summary>
    public string Domain { get => GetCanonical(K.Domain)!; set => Set(K.Domain, value); }

    /// <summary>The environment: <c>production</c> (default), <c>sandbox</c> or <c>developer</c>.</summary>
    public ZohoCrmEnvironment Environment
    {
        get => Enum.Parse<ZohoCrmEnvironment>(GetCanonical(K.Environment)!, ignoreCase: true);
        set => Set(K.Environment, value.ToString().ToLowerInvariant());
    }

    /// <summary>Overrides the accounts (OAuth) server of <see cref="Domain"/>, e.g. to use a local emulator.</summary>
    public string? AccountsServer { get => GetCanonical(K.AccountsServer); set => Set(K.AccountsServer, value); }

    /// <summary>Overrides the API domain of <see cref="Domain"/> and <see cref="Environment"/>; it then wins over the token response's <c>api_domain</c>.</summary>
    public string? ApiDomain { get => GetCanonical(K.ApiDomain); set => Set(K.ApiDomain, value); }

    /// <summary>The server certificate to trust: PEM text, a .cer/.pem path, a SHA-1/SHA-256 thumbprint, or <c>*</c> for any. Unset: the system trust store.</summary>
    public string? SslServerCert { get => GetCanonical(K.SslServerCert); set => Set(K.SslServerCert, value); }

    /// <summary>
    /// Use the system proxy (on Linux and macOS the <c>HTTPS_PROXY</c>, <c>HTTP_PROXY</c> and <c>NO_PROXY</c> variables)
    /// when neither <see cref="ProxyServer"/> nor <see cref="FirewallType"/> is set. Default <see langword="true"/>;
    /// loopback addresses are always called directly.
    /// </summary>
    public bool ProxyAutoDetect { get => GetBoolean(K.ProxyAutoDetect); set => Set(K.ProxyAutoDetect, value); }

    /// <summary>The host name or address of an HTTP proxy.</summary>
    public string? ProxyServer { get => GetCanonical(K.ProxyServer); set => Set(K.ProxyServer, value); }

    /// <summary>The port of the HTTP proxy. Default 80.</summary>
    public int ProxyPort { get => GetInt32(K.ProxyPort); set => Set(K.ProxyPort, value); }

    /// <summary>How to authenticate to the proxy. Default <c>BASIC</c>.</summary>
    public ZohoCrmProxyAuthScheme ProxyAuthScheme
    {
        get => Enum.Parse<ZohoCrmProxyAuthScheme>(GetCanonical(K.ProxyAuthScheme)!, ignoreCase: true);
        set => Set(K.ProxyAuthScheme, value.ToString().ToUpperInvariant());
    }

    /// <summary>The user name for the proxy.</summary>
    public string? ProxyUser { get => GetCanonical(K.ProxyUser); set => Set(K.ProxyUser, value); }

    /// <summary>The password for the proxy. A secret.</summary>
    public string? ProxyPassword { get => GetCanonical(K.ProxyPassword); set => Set(K.ProxyPassword, value); }

    /// <summary>The firewall kind: <c>NONE</c> (default), <c>TUNNEL</c>, <c>SOCKS4</c>, <c>SOCKS5</c>.</summary>
    public ZohoCrmFirewallType FirewallType
    {
        get => Enum.Parse<ZohoCrmFirewallType>(GetCanonical(K.FirewallType)!, ignoreCase: true);
        set => Set(K.FirewallType, value.ToString().ToUpperInvariant());
    }

    /// <summary>The host name or address of the firewall.</summary>
    public string? FirewallServer { get => GetCanonical(K.FirewallServer); set => Set(K.FirewallServer, value); }

    /// <summary>The port of the firewall; 0 (default) means the usual port of <see cref="FirewallType"/>.</summary>
    public int FirewallPort { get => GetInt32(K.FirewallPort); set => Set(K.FirewallPort, value); }

    /// <summary>The user name for the firewall.</summary>
    public string? FirewallUser { get => GetCanonical(K.FirewallUser); set => Set(K.FirewallUser, value); }

    /// <summary>The password for the firewall. A secret.</summary>
    public string? FirewallPassword { get => GetCanonical(K.FirewallPassword); set => Set(K.FirewallPassword, value); }

    /// <summary>Per-request timeout in seconds; 0 disables it. Default 60.</summary>
    public int Timeout { get => GetInt32(K.Timeout); set => Set(K.Timeout, value); }

    /// <summary>A file that gets the provider's log events (the same as the logger factory's), filtered by <see cref="Verbosity"/>.</summary>
    public string? Logfile { get => GetCanonical(K.Logfile); set => Set(K.Logfile, value); }

    /// <summary>How much the <see cref="Logfile"/> gets, 1 (errors and a line per query, the default) to 5 (everything, secrets still redacted).</summary>
    public int Verbosity { get => GetInt32(K.Verbosity); set => Set(K.Verbosity, value); }

    /// <summary>The most requests in flight at once. Default 5 (what Zoho allows the Free edition per org and app; Standard 10, Professional 15, Enterprise 20, Ultimate 25).</summary>
    public int MaxConcurrency { get => GetInt32(K.MaxConcurrency); set => Set(K.MaxConcurrency, value); }

    /// <summary>
    /// How many pages of one asynchronous read are on the wire at once, 1 to 25 (capped by <see cref="MaxConcurrency"/>).
    /// Default 1: the next page is fetched while the reader consumes the current one, with the fewest calls, and a read
    /// ordered by id alone pages by the last id. Above 1, once a first page came back full, the pages whose OFFSET is
    /// known within Zoho's 100,000-row window are fetched together, in order for the reader, at most this many bodies
    /// held; a read that ends early costs up to <c>ReadAhead - 1</c> calls whose pages are dropped, and a read ordered
    /// by id pages by OFFSET too (a record deleted during the read can shift the later pages, as with any OFFSET read).
    /// Synchronous reads fetch nothing ahead.
    /// </summary>
    public int ReadAhead { get => GetInt32(K.ReadAhead); set => Set(K.ReadAhead, value); }

    /// <summary>Let Zoho evaluate predicates (COQL, Search). Default <see langword="true"/>.</summary>
    public bool UseServerSideFiltering { get => GetBoolean(K.UseServerSideFiltering); set => Set(K.UseServerSideFiltering, value); }

    /// <summary>The most rows a query may read to filter on the client what Zoho cannot filter; 0 (default) disables it.</summary>
    public int ClientSideFilterLimit { get => GetInt32(K.ClientSideFilterLimit); set => Set(K.ClientSideFilterLimit, value); }

    /// <summary>
    /// A file that keeps the org's module and field metadata between runs (next to the token file, for example), so a
    /// restart reads it instead of calling Zoho; none by default. See <see cref="MetadataCacheMaxAge"/>.
    /// </summary>
    public string? MetadataCacheLocation { get => GetCanonical(K.MetadataCacheLocation); set => Set(K.MetadataCacheLocation, value); }

    /// <summary>
    /// Seconds a metadata entry of the <see cref="MetadataCacheLocation"/> file is used without asking Zoho (default 3600);
    /// an older entry is read live again and rewritten. 0 reads live every start and only keeps the file up to date.
    /// </summary>
    public int MetadataCacheMaxAge { get => GetInt32(K.MetadataCacheMaxAge); set => Set(K.MetadataCacheMaxAge, value); }

    /// <summary>The connection string with every secret value replaced by <c>***</c>: what belongs in logs and messages.</summary>
    public string ToRedactedString()
    {
        var redacted = new DbConnectionStringBuilder();
        foreach (var key in K.All)
        {
            if (base.TryGetValue(key.Name, out var value))
            {
                redacted[key.Name] = key.IsSecret ? RedactedValue : value;
            }
        }

        return redacted.ConnectionString;
    }

    /// <summary>The redacted connection string (see <see cref="ToRedactedString"/>); use <see cref="DbConnectionStringBuilder.ConnectionString"/> for the real one.</summary>
    public override string ToString() => ToRedactedString();

    /// <summary>Makes an immutable, checked snapshot of these settings.</summary>
    public ZohoCrmSettings ToSettings() => ZohoCrmSettings.From(this);

    // One "key = value" pair of the ADO.NET grammar: a value may be quoted with " or ' (doubled to escape) or run to the next ';'.
    [GeneratedRegex("""\G[\s;]*(?<key>[^=;]*[^=;\s])\s*=\s*(?:"(?:[^"]|"")*"|'(?:[^']|'')*'|[^;]*)""", RegexOptions.CultureInvariant)]
    private static partial Regex KeyValuePairPattern();

    private string? GetCanonical(ZohoCrmConnectionStringKey key) =>
        base.TryGetValue(key.Name, out var value) ? (string)value : key.DefaultValue;

    private int GetInt32(ZohoCrmConnectionStringKey key) => int.Parse(GetCanonical(key)!, CultureInfo.InvariantCulture);

    private bool GetBoolean(ZohoCrmConnectionStringKey key) => GetCanonical(key) == "True";

    private void Set(ZohoCrmConnectionStringKey key, object? value) => this[key.Name] = value;
}

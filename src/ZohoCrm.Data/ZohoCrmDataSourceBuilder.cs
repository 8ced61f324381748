using Microsoft.Extensions.Logging;
using ZohoCrm.Data.OAuth;

namespace ZohoCrm.Data;

/// <summary>
/// Configures and builds a <see cref="ZohoCrmDataSource"/>. Every connection-string setting is available typed
/// through <see cref="ConnectionStringBuilder"/>, so secrets can come from configuration or user secrets rather
/// than a string; the <c>Use…</c> methods add what a string cannot carry (a token store, a logger factory).
/// </summary>
/// <example>
/// <code>
/// var builder = new ZohoCrmDataSourceBuilder("Domain=eu;InitiateOAuth=REFRESH");
/// builder.ConnectionStringBuilder.OAuthClientId = configuration["Zoho:ClientId"];
/// builder.ConnectionStringBuilder.OAuthClientSecret = configuration["Zoho:ClientSecret"];
/// builder.ConnectionStringBuilder.OAuthRefreshToken = configuration["Zoho:RefreshToken"];
/// await using var dataSource = builder.UseLoggerFactory(loggerFactory).Build();
/// </code>
/// </example>
public sealed class ZohoCrmDataSourceBuilder
{
    /// <summary>Creates a builder, optionally starting from a connection string.</summary>
    public ZohoCrmDataSourceBuilder(string? connectionString = null) => ConnectionStringBuilder = new ZohoCrmConnectionStringBuilder(connectionString);

    /// <summary>The settings, typed. Changes made here are used by <see cref="Build"/>.</summary>
    public ZohoCrmConnectionStringBuilder ConnectionStringBuilder { get; }

    internal IZohoCrmTokenStore? TokenStore { get; private set; }

    internal ILoggerFactory? LoggerFactory { get; private set; }

    internal HttpMessageHandler? HttpMessageHandler { get; private set; }

    internal IZohoCrmBrowserLauncher? BrowserLauncher { get; private set; }

    internal TimeProvider? TimeProvider { get; private set; }

    internal TimeSpan SignInTimeout { get; private set; } = TimeSpan.FromMinutes(5);

    /// <summary>Sets the OAuth client (from the Zoho API console).</summary>
    public ZohoCrmDataSourceBuilder UseOAuthClient(string clientId, string clientSecret)
    {
        ArgumentException.ThrowIfNullOrEmpty(clientId);
        ArgumentException.ThrowIfNullOrEmpty(clientSecret);
        ConnectionStringBuilder.OAuthClientId = clientId;
        ConnectionStringBuilder.OAuthClientSecret = clientSecret;
        return this;
    }

    /// <summary>Keeps tokens in <paramref name="store"/> (a database, a distributed cache, ...) instead of memory or <c>OAuthSettingsLocation</c>.</summary>
    public ZohoCrmDataSourceBuilder UseTokenStore(IZohoCrmTokenStore store)
    {
        TokenStore = store ?? throw new ArgumentNullException(nameof(store));
        return this;
    }

    /// <summary>Logs through <paramref name="loggerFactory"/> (categories under <c>ZohoCrm.Data</c>).</summary>
    public ZohoCrmDataSourceBuilder UseLoggerFactory(ILoggerFactory? loggerFactory)
    {
        LoggerFactory = loggerFactory;
        return this;
    }

    /// <summary>
    /// Sends every request, token requests included, through <paramref name="handler"/> instead of a socket handler
    /// configured from the proxy, firewall and certificate settings (for tests, or a handler you configured yourself).
    /// The data source does not dispose it.
    /// </summary>
    public ZohoCrmDataSourceBuilder UseHttpMessageHandler(HttpMessageHandler handler)
    {
        HttpMessageHandler = handler ?? throw new ArgumentNullException(nameof(handler));
        return this;
    }

    /// <summary>Opens the sign-in page of the desktop flow through <paramref name="launcher"/> instead of the system browser.</summary>
    public ZohoCrmDataSourceBuilder UseBrowserLauncher(IZohoCrmBrowserLauncher launcher)
    {
        BrowserLauncher = launcher ?? throw new ArgumentNullException(nameof(launcher));
        return this;
    }

    /// <summary>How long the desktop flow waits for the user to sign in (default 5 minutes).</summary>
    public ZohoCrmDataSourceBuilder UseSignInTimeout(TimeSpan timeout)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        SignInTimeout = timeout;
        return this;
    }

    /// <summary>Reads the time from <paramref name="timeProvider"/> when deciding whether a token is about to expire.</summary>
    public ZohoCrmDataSourceBuilder UseTimeProvider(TimeProvider timeProvider)
    {
        TimeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        return this;
    }

    /// <summary>Checks the settings and builds the data source.</summary>
    /// <exception cref="ArgumentException">A setting is missing or contradicts another; the message names it.</exception>
    public ZohoCrmDataSource Build() => new(this, ConnectionStringBuilder.ToSettings(), ConnectionStringBuilder.ConnectionString);
}

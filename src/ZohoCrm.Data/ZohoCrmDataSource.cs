using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ZohoCrm.Data.Execution;
using ZohoCrm.Data.Http;
using ZohoCrm.Data.OAuth;
using ZohoCrm.Data.Logging;
using ZohoCrm.Data.Properties;

namespace ZohoCrm.Data;

/// <summary>
/// The entry point to one Zoho CRM org: owns the HTTP pipeline, the OAuth tokens and their store, the API client, the
/// metadata cache and the query planner with its statement cache; disposing it releases them all. Thread-safe; create one per application and org, and dispose it at shutdown. Connections opened from the
/// same connection string share one data source, and so one token.
/// </summary>
/// <remarks>
/// A <see cref="DbDataSource"/>, so code written against <c>System.Data.Common</c> (or taking a <see cref="DbDataSource"/>
/// from a service container) can use it: <see cref="CreateConnection"/>, <see cref="OpenConnectionAsync"/> and
/// <see cref="CreateCommand"/> return the provider's own types. Connections hold no network resource (a connection makes no
/// call when it opens), so they are cheap to open per unit of work.
/// </remarks>
public sealed class ZohoCrmDataSource : DbDataSource
{
    private static readonly ConcurrentDictionary<string, Lazy<ZohoCrmDataSource>> SharedByConnectionString = new(StringComparer.Ordinal);

    private readonly ZohoCrmLog _log;
    private readonly HttpClient _tokenHttpClient;
    private int _disposed;

    internal ZohoCrmDataSource(ZohoCrmDataSourceBuilder builder, ZohoCrmSettings settings, string connectionString)
    {
        Settings = settings;
        ConnectionStringWithSecrets = connectionString;
        LoggerFactory = builder.LoggerFactory ?? NullLoggerFactory.Instance;
        var time = builder.TimeProvider ?? TimeProvider.System;
        HttpOptions = ToHttpOptions(settings);
        HttpOptions.Validate();
        _log = ZohoCrmLog.Create(HttpOptions, LoggerFactory);
        try
        {
            TokenStore = builder.TokenStore
                         ?? (settings.OAuthSettingsLocation is { } path ? new ZohoCrmFileTokenStore(path) : new ZohoCrmInMemoryTokenStore());

            // Token requests take the same road (proxy, firewall, pinned certificate) but not the OAuth handler or the retries:
            // a token call is not a read, and Zoho throttles token requests.
            _tokenHttpClient = new HttpClient(
                builder.HttpMessageHandler is { } given ? new NonDisposingHandler(given) : ZohoCrmHttpPipeline.CreatePrimaryHandler(HttpOptions, _log),
                disposeHandler: true) { Timeout = settings.Timeout };

            var tokenClient = new ZohoCrmTokenClient(_tokenHttpClient, settings, time, _log);
            var desktop = new ZohoCrmDesktopOAuthFlow(tokenClient, builder.BrowserLauncher ?? ZohoCrmSystemBrowserLauncher.Instance, _log, builder.SignInTimeout);
            Tokens = new ZohoCrmTokenManager(settings, TokenStore, tokenClient, desktop, time, _log);
            WebFlow = new ZohoCrmOAuthWebFlow(this);
            HttpClient = ZohoCrmHttpPipeline.CreateHttpClient(HttpOptions, new ZohoCrmOAuthHandler(Tokens), _log,
                builder.HttpMessageHandler is { } handler ? new NonDisposingHandler(handler) : null);
            Execution = new ZohoCrmExecutionContext(this,
                settings.MetadataCacheLocation is null ? null : new Schema.ZohoCrmMetadataFile(settings, time, _log.Query));
        }
        catch
        {
            _tokenHttpClient?.Dispose();
            _log.Dispose();
            throw;
        }
    }

    /// <summary>Builds a data source from a connection string (see <see cref="ZohoCrmConnectionStringBuilder"/> for the keys).</summary>
    public static ZohoCrmDataSource Create(string connectionString) => new ZohoCrmDataSourceBuilder(connectionString).Build();

    /// <summary>The checked settings of this data source (redacted by <c>ToString()</c>).</summary>
    public ZohoCrmSettings Settings { get; }

    /// <summary>Where tokens are kept: the store given to the builder, the file at <c>OAuthSettingsLocation</c>, or memory.</summary>
    public IZohoCrmTokenStore TokenStore { get; }

    /// <summary>The OAuth web flow, for web apps whose users each authorize their own Zoho access.</summary>
    public ZohoCrmOAuthWebFlow WebFlow { get; }

    /// <summary>The logger factory in use (a null one unless set on the builder).</summary>
    public ILoggerFactory LoggerFactory { get; }

    /// <summary>
    /// The API base to call (<c>{ApiBaseUri}/crm/v8/…</c>): the <c>ApiDomain</c> setting if given, else the
    /// <c>api_domain</c> of the latest token response, else the data centre's API domain. Use
    /// <see cref="GetApiBaseUriAsync(CancellationToken)"/> to make sure a token response has been seen.
    /// </summary>
    public Uri ApiBaseUri => Tokens.ApiBaseUri;

    /// <summary>
    /// The client API calls go through: its first handler stamps and refreshes the OAuth token. Internal API for the
    /// typed API client: requests must use absolute URIs built on <see cref="ApiBaseUri"/>; do not change its settings.
    /// </summary>
    internal HttpClient HttpClient { get; }

    /// <summary>The HTTP pipeline's settings, taken from <see cref="Settings"/>.</summary>
    public ZohoCrmHttpOptions HttpOptions { get; }

    internal ZohoCrmTokenManager Tokens { get; }

    /// <summary>What the commands of this data source share: API client, metadata cache, planner and statement cache.</summary>
    internal ZohoCrmExecutionContext Execution { get; }

    /// <summary>Whether <see cref="DbDataSource.Dispose()"/> was called.</summary>
    internal bool IsDisposed => Volatile.Read(ref _disposed) != 0;

    /// <summary>Refuses work after disposal, naming the data source so the message says what to recreate.</summary>
    internal void ThrowIfDisposed()
    {
        if (IsDisposed)
        {
            throw new ObjectDisposedException(nameof(ZohoCrmDataSource), ZohoCrmStrings.DataSourceDisposed(Settings.RedactedConnectionString));
        }
    }

    /// <summary>The one log of this data source: every writer of its Logfile goes through it, so lines never interleave.</summary>
    internal ZohoCrmLog Log => _log;

    /// <summary>The connection string as given, secrets included: for the connections of this data source, never for logs.</summary>
    internal string ConnectionStringWithSecrets { get; }

    /// <summary>The connection string with every secret (token, client secret, password) masked: safe to log and show.</summary>
    public override string ConnectionString => Settings.RedactedConnectionString;

    /// <summary>A closed connection on this data source.</summary>
    public new ZohoCrmConnection CreateConnection()
    {
        ThrowIfDisposed();
        return new ZohoCrmConnection(this);
    }

    /// <summary>An open connection on this data source (opening makes no call: the token is fetched with the first request).</summary>
    public new ZohoCrmConnection OpenConnection()
    {
        var connection = CreateConnection();
        connection.Open();
        return connection;
    }

    /// <inheritdoc cref="OpenConnection"/>
    public new async ValueTask<ZohoCrmConnection> OpenConnectionAsync(CancellationToken cancellationToken = default)
    {
        var connection = CreateConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    /// <summary>
    /// A command on an open connection of its own, for one-off queries (<c>dataSource.CreateCommand("SELECT …")</c>).
    /// The connection needs no closing: it holds nothing but a reference to this data source.
    /// </summary>
    public new ZohoCrmCommand CreateCommand(string? commandText = null) => new(commandText ?? string.Empty, OpenConnection());

    /// <inheritdoc />
    protected override DbConnection CreateDbConnection() => CreateConnection();

    /// <inheritdoc />
    protected override DbConnection OpenDbConnection() => OpenConnection();

    /// <inheritdoc />
    protected override async ValueTask<DbConnection> OpenDbConnectionAsync(CancellationToken cancellationToken = default) =>
        await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    protected override DbCommand CreateDbCommand(string? commandText = null) => CreateCommand(commandText);

    /// <summary>Gets a token if there is none yet (following the token response's <c>api_domain</c>) and returns <see cref="ApiBaseUri"/>.</summary>
    public ValueTask<Uri> GetApiBaseUriAsync(CancellationToken cancellationToken = default) => GetApiBaseUriAsync(null, async: true, cancellationToken);

    /// <summary>As <see cref="GetApiBaseUriAsync(CancellationToken)"/> with the tokens of <paramref name="user"/> (null: the connection string's own).</summary>
    internal async ValueTask<Uri> GetApiBaseUriAsync(string? user, bool async, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        await Tokens.GetTokenAsync(user, null, async, cancellationToken).ConfigureAwait(false);
        return Tokens.ApiBaseUriFor(user);
    }

    /// <summary>
    /// Revokes the data source's own refresh token at Zoho (the stored one, else <c>OAuthRefreshToken</c>), then deletes
    /// the stored tokens and forgets the one in memory: for uninstalling, or when a token may have leaked. After a
    /// successful revoke the refresh token no longer works (Zoho answers <c>invalid_code</c>), so connecting again
    /// needs a new grant. With no refresh token (<c>InitiateOAuth=OFF</c>, client credentials) nothing is sent to Zoho
    /// and the tokens are just forgotten. Web apps sign their users out with <see cref="ZohoCrmOAuthWebFlow.SignOutAsync"/>.
    /// </summary>
    /// <param name="forgetIfRevokeFails">
    /// <see langword="false"/> (the default): when the revoke fails, the stored tokens are kept, so it can be tried again;
    /// <see langword="true"/>: they are deleted anyway. The failure is thrown in both cases.
    /// </param>
    /// <param name="cancellationToken">Cancels the revoke.</param>
    /// <exception cref="ZohoCrmAuthenticationException">Zoho could not be reached or refused the revoke; the code names why.</exception>
    public Task RevokeTokensAsync(bool forgetIfRevokeFails = false, CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        return Tokens.RevokeAsync(Tokens.KeyFor(null), forgetIfRevokeFails, cancellationToken).AsTask();
    }

    /// <summary>
    /// The data source shared by every connection opened with <paramref name="connectionString"/> (as Npgsql does),
    /// so they share one token. Shared data sources live for the process.
    /// </summary>
    internal static ZohoCrmDataSource GetShared(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        var shared = SharedByConnectionString.GetOrAdd(connectionString, static cs => new Lazy<ZohoCrmDataSource>(() => Create(cs)));
        try
        {
            return shared.Value;
        }
        catch
        {
            // Not kept: the next connection tries again (the log file may be writable by then) rather than meeting a cached failure.
            SharedByConnectionString.TryRemove(new KeyValuePair<string, Lazy<ZohoCrmDataSource>>(connectionString, shared));
            throw;
        }
    }

    /// <summary>The redacted connection string.</summary>
    public override string ToString() => Settings.RedactedConnectionString;

    /// <summary>Releases the HTTP pipeline (its handlers and connections), the token client and the log file; a second call does nothing.</summary>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            DisposeCore();
        }

        base.Dispose(disposing);
    }

    /// <inheritdoc />
    protected override ValueTask DisposeAsyncCore()
    {
        DisposeCore();
        return base.DisposeAsyncCore();
    }

    private void DisposeCore()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        HttpClient.Dispose();
        _tokenHttpClient.Dispose();
        _log.Dispose();
    }

    private static ZohoCrmHttpOptions ToHttpOptions(ZohoCrmSettings settings) => new()
    {
        Timeout = settings.Timeout == System.Threading.Timeout.InfiniteTimeSpan ? TimeSpan.Zero : settings.Timeout,
        MaxConcurrency = settings.MaxConcurrency,
        ProxyAutoDetect = settings.ProxyAutoDetect,
        ProxyServer = settings.ProxyServer,
        ProxyPort = settings.ProxyPort,
        ProxyAuthScheme = settings.ProxyAuthScheme,
        ProxyUser = settings.ProxyUser,
        ProxyPassword = settings.ProxyPassword,
        FirewallType = settings.FirewallType,
        FirewallServer = settings.FirewallServer,
        FirewallPort = settings.FirewallPort == 0 ? null : settings.FirewallPort,
        FirewallUser = settings.FirewallUser,
        FirewallPassword = settings.FirewallPassword,
        SslServerCert = settings.SslServerCert,
        Logfile = settings.Logfile,
        Verbosity = settings.Verbosity,
    };

    /// <summary>Passes requests to a handler the caller owns, without disposing it with the pipeline.</summary>
    private sealed class NonDisposingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override void Dispose(bool disposing)
        {
            // The inner handler belongs to whoever gave it to UseHttpMessageHandler.
        }
    }
}

using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using ZohoCrm.Data.Execution;
using ZohoCrm.Data.Properties;

namespace ZohoCrm.Data;

/// <summary>
/// A connection to one Zoho CRM org. Opening is cheap and makes no call: the OAuth token is fetched with the first
/// request. Connections opened with the same connection string share one <see cref="ZohoCrmDataSource"/> (and so one
/// token, one metadata cache and one plan cache).
/// </summary>
/// <remarks>Zoho CRM has no transactions: <see cref="DbConnection.BeginTransaction()"/> throws <see cref="NotSupportedException"/>.</remarks>
public sealed class ZohoCrmConnection : DbConnection
{
    /// <summary>The Zoho CRM REST API version the provider speaks.</summary>
    public const string ApiVersion = "v8";

    private string _connectionString = string.Empty;
    private ZohoCrmDataSource? _dataSource;
    private readonly bool _fromDataSource;
    private readonly bool? _useServerSideFiltering;
    private readonly int? _clientSideFilterLimit;
    private ConnectionState _state = ConnectionState.Closed;
    private string? _user;

    /// <summary>Creates a connection; set <see cref="ConnectionString"/> before opening it.</summary>
    public ZohoCrmConnection()
    {
    }

    /// <summary>Creates a connection with a connection string (see <see cref="ZohoCrmConnectionStringBuilder"/> for the keys).</summary>
    public ZohoCrmConnection(string connectionString)
    {
        ConnectionString = connectionString;
    }

    /// <summary>Creates a connection that uses a data source built in code (for example with <see cref="ZohoCrmDataSourceBuilder"/>).</summary>
    public ZohoCrmConnection(ZohoCrmDataSource dataSource)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        _dataSource = dataSource;
        _connectionString = dataSource.ConnectionStringWithSecrets;
        _fromDataSource = true;
    }

    /// <summary>
    /// Creates a connection on a data source whose commands plan with the given query settings instead of the data
    /// source's (a null leaves the data source's connection-string value in force). For hosts that take these settings
    /// from their own configuration, as the EF Core provider does from <c>UseZohoCrm</c>'s options.
    /// </summary>
    /// <param name="dataSource">The data source to run on.</param>
    /// <param name="useServerSideFiltering">Overrides the data source's <c>UseServerSideFiltering</c>.</param>
    /// <param name="clientSideFilterLimit">Overrides the data source's <c>ClientSideFilterLimit</c> (zero or more rows).</param>
    public ZohoCrmConnection(ZohoCrmDataSource dataSource, bool? useServerSideFiltering, int? clientSideFilterLimit)
        : this(dataSource)
    {
        if (clientSideFilterLimit is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(clientSideFilterLimit), clientSideFilterLimit,
                ZohoCrmStrings.ClientSideFilterLimitNegative(clientSideFilterLimit.Value));
        }

        _useServerSideFiltering = useServerSideFiltering;
        _clientSideFilterLimit = clientSideFilterLimit;
    }

    /// <summary>
    /// The <c>UseServerSideFiltering</c> this connection's commands plan with: the value given when it was created on a
    /// data source, otherwise its data source's (the connection string's; the default, true, until it is opened).
    /// </summary>
    public bool UseServerSideFiltering => _useServerSideFiltering ?? _dataSource?.Settings.UseServerSideFiltering ?? true;

    /// <summary>
    /// The <c>ClientSideFilterLimit</c> this connection's commands plan with: the value given when it was created on a
    /// data source, otherwise its data source's (the connection string's; the default, 0, until it is opened).
    /// </summary>
    public int ClientSideFilterLimit => _clientSideFilterLimit ?? _dataSource?.Settings.ClientSideFilterLimit ?? 0;

    /// <summary>The planner options of this connection's commands: its effective settings and Zoho's limits.</summary>
    internal Coql.ZohoCrmQueryPlannerOptions PlannerOptions => new()
    {
        UseServerSideFiltering = UseServerSideFiltering,
        ClientSideFilterLimit = ClientSideFilterLimit,
    };

    /// <summary>
    /// The connection string. Its secrets are kept for connecting but never shown: reading this property after the
    /// connection was opened gives the string as set, as ADO.NET requires, so do not log it; log <see cref="ToString"/>.
    /// </summary>
    [AllowNull]
    public override string ConnectionString
    {
        get => _connectionString;
        set
        {
            if (_fromDataSource)
            {
                throw new InvalidOperationException(ZohoCrmStrings.ConnectionStringFromDataSource);
            }

            if (_state != ConnectionState.Closed)
            {
                throw new InvalidOperationException(ZohoCrmStrings.ConnectionStringChangeWhileOpen);
            }

            _connectionString = value ?? string.Empty;
            _dataSource = null;
        }
    }

    /// <summary>
    /// The web app's signed-in user this connection acts for: every call its commands make (queries, the metadata loads
    /// they need, writes through <see cref="GetApiClientAsync"/>) uses the tokens
    /// <see cref="OAuth.ZohoCrmOAuthWebFlow"/> saved under this user (its Zoho id after <c>SignInAsync</c>), so Zoho applies that user's
    /// permissions. Null (the default) uses the connection string's own tokens. Changing it needs a closed connection.
    /// </summary>
    /// <remarks>
    /// Users share the data source: its HTTP pipeline, its plan cache and its module and field metadata, which describe
    /// the org and are fetched once, with the token of whichever user first needs them. A user with no stored tokens
    /// gets a <see cref="ZohoCrmAuthorizationRequiredException"/> naming the user, with the first call.
    /// </remarks>
    /// <exception cref="InvalidOperationException">The connection is open.</exception>
    public string? User
    {
        get => _user;
        set
        {
            if (_state != ConnectionState.Closed)
            {
                throw new InvalidOperationException(ZohoCrmStrings.UserChangeWhileOpen);
            }

            _user = string.IsNullOrEmpty(value) ? null : value;
        }
    }

    /// <summary>
    /// The data source this connection runs on: the one it was created from, or the one shared by every connection
    /// with the same connection string (resolved when the connection opens).
    /// </summary>
    public ZohoCrmDataSource? ZohoDataSource => _dataSource;

    /// <summary>The API domain the connection calls (<c>https://www.zohoapis.com</c>, or the emulator's address).</summary>
    public override string DataSource => _dataSource?.ApiBaseUri.GetLeftPart(UriPartial.Authority) ?? string.Empty;

    /// <summary>The Zoho environment of the org (<c>production</c>, <c>sandbox</c> or <c>developer</c>).</summary>
    public override string Database => _dataSource?.Settings.Environment.ToString().ToLowerInvariant() ?? string.Empty;

    /// <summary>The Zoho CRM REST API version, <c>v8</c>.</summary>
    public override string ServerVersion => ApiVersion;

    /// <inheritdoc />
    public override ConnectionState State => _state;

    /// <summary>The per-request timeout of the connection string's <c>Timeout</c> key, in seconds (0: none).</summary>
    public override int ConnectionTimeout => _dataSource is null ? 0 : (int)_dataSource.Settings.Timeout.TotalSeconds;

    /// <summary>Makes the connection usable. No call is made: the OAuth token is fetched with the first request.</summary>
    public override void Open()
    {
        if (_state == ConnectionState.Open)
        {
            return;
        }

        if (_dataSource is null)
        {
            if (string.IsNullOrWhiteSpace(_connectionString))
            {
                throw new InvalidOperationException(ZohoCrmStrings.ConnectionStringMissing);
            }

            _dataSource = ZohoCrmDataSource.GetShared(_connectionString);
        }

        SetState(ConnectionState.Open);
    }

    /// <summary>Makes the connection usable; completes at once (no call is made).</summary>
    public override Task OpenAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Open();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override void Close()
    {
        if (_state == ConnectionState.Closed)
        {
            return;
        }

        SetState(ConnectionState.Closed);
    }

    /// <inheritdoc />
    public override Task CloseAsync()
    {
        Close();
        return Task.CompletedTask;
    }

    /// <summary>Creates a command on this connection.</summary>
    public new ZohoCrmCommand CreateCommand() => new() { Connection = this };

    /// <inheritdoc />
    protected override DbCommand CreateDbCommand() => CreateCommand();

    /// <summary>Not supported: Zoho CRM has no transactions.</summary>
    protected override DbTransaction BeginDbTransaction(IsolationLevel isolationLevel) =>
        throw new NotSupportedException(ZohoCrmStrings.TransactionsNotSupported);

    /// <summary>Not supported: Zoho CRM has no transactions.</summary>
    protected override ValueTask<DbTransaction> BeginDbTransactionAsync(IsolationLevel isolationLevel, CancellationToken cancellationToken) =>
        throw new NotSupportedException(ZohoCrmStrings.TransactionsNotSupported);

    /// <summary>Not supported: Zoho CRM has no transactions, so it cannot take part in one.</summary>
    public override void EnlistTransaction(System.Transactions.Transaction? transaction)
    {
        if (transaction is not null)
        {
            throw new NotSupportedException(ZohoCrmStrings.TransactionsNotSupported);
        }
    }

    /// <summary>Not supported: a connection reaches one org through the API domain of its connection string.</summary>
    public override void ChangeDatabase(string databaseName) =>
        throw new NotSupportedException(ZohoCrmStrings.ChangeDatabaseNotSupported(databaseName));

    /// <summary>The schema collections: <c>MetaDataCollections</c>, <c>Modules</c> and <c>Fields</c>.</summary>
    public override DataTable GetSchema() => GetSchema(Schema.ZohoCrmSchemaCollections.MetaDataCollections);

    /// <summary>A schema collection: <c>MetaDataCollections</c>, <c>Modules</c> or <c>Fields</c>.</summary>
    public override DataTable GetSchema(string collectionName) => GetSchema(collectionName, []);

    /// <summary>
    /// A schema collection from the org's metadata (fetched once per data source): <c>Modules</c> (restriction: the
    /// module API name) or <c>Fields</c> (restrictions: module, field), each with the Zoho data type.
    /// </summary>
    public override DataTable GetSchema(string collectionName, string?[] restrictionValues)
    {
        ArgumentNullException.ThrowIfNull(collectionName);
        var context = GetExecutionContext(nameof(GetSchema));
        // Synchronous I/O throughout (async: false): the task is complete on return.
        return Schema.ZohoCrmSchemaCollections.GetAsync(context, collectionName, restrictionValues, async: false, CancellationToken.None)
            .GetAwaiter().GetResult();
    }

    /// <inheritdoc cref="GetSchema()"/>
    public override Task<DataTable> GetSchemaAsync(CancellationToken cancellationToken = default) =>
        GetSchemaAsync(Schema.ZohoCrmSchemaCollections.MetaDataCollections, [], cancellationToken);

    /// <inheritdoc cref="GetSchema(string)"/>
    public override Task<DataTable> GetSchemaAsync(string collectionName, CancellationToken cancellationToken = default) =>
        GetSchemaAsync(collectionName, [], cancellationToken);

    /// <inheritdoc cref="GetSchema(string, string?[])"/>
    public override Task<DataTable> GetSchemaAsync(string collectionName, string?[] restrictionValues, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(collectionName);
        var context = GetExecutionContext(nameof(GetSchema));
        return Schema.ZohoCrmSchemaCollections.GetAsync(context, collectionName, restrictionValues, async: true, cancellationToken);
    }

    /// <summary>Forgets the cached module and field metadata of this connection's data source (after the org's layout changed).</summary>
    public void RefreshMetadata() => GetExecutionContext(nameof(RefreshMetadata)).Metadata.Refresh();

    /// <summary>
    /// The record, metadata and COQL API client of this open connection's data source, the one its commands use
    /// (for writes: the EF Core provider's SaveChanges inserts, updates and deletes through it), acting for <see cref="User"/>.
    /// </summary>
    public ValueTask<Api.ZohoCrmApiClient> GetApiClientAsync(CancellationToken cancellationToken = default) =>
        GetExecutionContext(nameof(GetApiClientAsync)).GetApiClientAsync(cancellationToken);

    /// <summary>
    /// As <see cref="GetApiClientAsync"/>, for synchronous callers (the EF Core provider's synchronous SaveChanges): a
    /// token fetch, when one is needed, is a synchronous call.
    /// </summary>
    public Api.ZohoCrmApiClient GetApiClient() =>
        // With async: false every call below completes synchronously, so the value task is already complete.
        GetExecutionContext(nameof(GetApiClient)).GetApiClientAsync(async: false, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>The redacted connection string: never any secret.</summary>
    public override string ToString() => _dataSource?.ToString() ?? nameof(ZohoCrmConnection);

    /// <summary>What commands on this connection run with: the data source's API client, metadata and plan caches, acting for <see cref="User"/>.</summary>
    internal ZohoCrmExecutionContext GetExecutionContext(string operation)
    {
        if (_state != ConnectionState.Open || _dataSource is null)
        {
            throw new InvalidOperationException(ZohoCrmStrings.ConnectionNotOpen(operation));
        }

        _dataSource.ThrowIfDisposed();
        return _dataSource.Execution.ForUser(_user);
    }

    /// <inheritdoc />
    protected override DbProviderFactory DbProviderFactory => ZohoCrmFactory.Instance;

    private void SetState(ConnectionState state)
    {
        var previous = _state;
        _state = state;
        OnStateChange(new StateChangeEventArgs(previous, state));
    }
}

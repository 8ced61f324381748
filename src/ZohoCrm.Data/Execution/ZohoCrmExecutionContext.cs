using ZohoCrm.Data.Api;
using ZohoCrm.Data.Coql;
using ZohoCrm.Data.Schema;

namespace ZohoCrm.Data.Execution;

/// <summary>
/// What commands of one data source share: the API client, the metadata cache and the planner with its statement
/// cache. The data source creates it and owns it: it goes with the data source, and sends through the data source's
/// one HTTP pipeline, which the data source disposes. <see cref="ForUser"/> gives a view acting for a web app's user:
/// the same caches (metadata describes the org, not the user), that user's tokens for every call.
/// </summary>
internal sealed partial class ZohoCrmExecutionContext
{
    private readonly ZohoCrmDataSource _dataSource;
    private readonly ZohoCrmExecutionContext _shared;
    private ZohoCrmApiClient? _apiClient;

    public ZohoCrmExecutionContext(ZohoCrmDataSource dataSource, ZohoCrmMetadataFile? metadataFile = null)
    {
        _dataSource = dataSource;
        _shared = this;
        _planner = new ZohoCrmQueryPlanner();
        Metadata = new ZohoCrmMetadataCache(metadataFile);
        MetadataSource = new ZohoCrmApiMetadataSource(this);
    }

    private ZohoCrmExecutionContext(ZohoCrmExecutionContext shared, string user)
    {
        _dataSource = shared._dataSource;
        _shared = shared;
        _planner = shared._planner;
        Metadata = shared.Metadata;
        User = user;
        MetadataSource = new ZohoCrmApiMetadataSource(this);
    }

    public ZohoCrmDataSource DataSource => _dataSource;

    /// <summary>The user whose tokens the calls use (see <see cref="ZohoCrmConnection.User"/>); null for the connection string's own.</summary>
    public string? User { get; }

    /// <summary>The org's metadata, shared by every user of the data source.</summary>
    public ZohoCrmMetadataCache Metadata { get; }

    /// <summary>Where this context's metadata loads come from: the settings API, called with its user's token.</summary>
    public IZohoCrmMetadataSource MetadataSource { get; }

    /// <summary>This context, or a view of it whose calls act for <paramref name="user"/> (null: the connection string's own tokens).</summary>
    public ZohoCrmExecutionContext ForUser(string? user) => user == User ? this : user is null ? _shared : new ZohoCrmExecutionContext(_shared, user);

    /// <summary>
    /// The API client for the data source's current API domain. The first call fetches a token, whose response may
    /// move the org to another <c>api_domain</c>; a client is made for each domain seen.
    /// </summary>
    public ValueTask<ZohoCrmApiClient> GetApiClientAsync(CancellationToken cancellationToken) => GetApiClientAsync(async: true, cancellationToken);

    /// <inheritdoc cref="GetApiClientAsync(CancellationToken)"/>
    public async ValueTask<ZohoCrmApiClient> GetApiClientAsync(bool async, CancellationToken cancellationToken)
    {
        var baseUri = await _dataSource.GetApiBaseUriAsync(User, async, cancellationToken).ConfigureAwait(false);
        var client = _apiClient;
        if (client is null || client.ApiBaseUri != baseUri)
        {
            client = new ZohoCrmApiClient(_dataSource.HttpClient, baseUri) { MaxConcurrentCalls = _dataSource.HttpOptions.MaxConcurrency };
            if (User is not null)
            {
                client = new ZohoCrmApiClient(client, User);
            }

            _apiClient = client;
        }

        return client;
    }
}

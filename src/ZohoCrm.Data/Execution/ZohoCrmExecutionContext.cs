using ZohoCrm.Data.Api;
using ZohoCrm.Data.Schema;

namespace ZohoCrm.Data.Execution;

/// <summary>
/// What commands of one data source share: the API client, the metadata cache and the planner with its statement
/// cache. The data source creates it and owns it: it goes with the data source, and sends through the data source's
/// one HTTP pipeline, which the data source disposes.
/// </summary>
internal sealed partial class ZohoCrmExecutionContext
{
    private readonly ZohoCrmDataSource _dataSource;
    private ZohoCrmApiClient? _apiClient;

    public ZohoCrmExecutionContext(ZohoCrmDataSource dataSource)
    {
        _dataSource = dataSource;
        Metadata = new ZohoCrmMetadataCache(new ZohoCrmApiMetadataSource(this));
    }

    public ZohoCrmDataSource DataSource => _dataSource;

    public ZohoCrmMetadataCache Metadata { get; }

    /// <summary>
    /// The API client for the data source's current API domain. The first call fetches a token, whose response may
    /// move the org to another <c>api_domain</c>; a client is made for each domain seen.
    /// </summary>
    public ValueTask<ZohoCrmApiClient> GetApiClientAsync(CancellationToken cancellationToken) => GetApiClientAsync(async: true, cancellationToken);

    /// <inheritdoc cref="GetApiClientAsync(CancellationToken)"/>
    public async ValueTask<ZohoCrmApiClient> GetApiClientAsync(bool async, CancellationToken cancellationToken)
    {
        var baseUri = await _dataSource.GetApiBaseUriAsync(async, cancellationToken).ConfigureAwait(false);
        var client = _apiClient;
        if (client is null || client.ApiBaseUri != baseUri)
        {
            client = new ZohoCrmApiClient(_dataSource.HttpClient, baseUri);
            _apiClient = client;
        }

        return client;
    }
}

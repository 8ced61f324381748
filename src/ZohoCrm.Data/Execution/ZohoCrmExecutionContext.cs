using System.Data;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using ZohoCrm.Data.Api;
using ZohoCrm.Data.Schema;

namespace ZohoCrm.Data.Execution;

/// <summary>
/// What commands of one data source share: the API client, the metadata cache and the plan cache. One per
/// <see cref="ZohoCrmDataSource"/>, created with its first command and dropped with it.
/// </summary>
internal sealed partial class ZohoCrmExecutionContext
{
    private static readonly ConditionalWeakTable<ZohoCrmDataSource, ZohoCrmExecutionContext> ByDataSource = new();

    private readonly ZohoCrmDataSource _dataSource;
    private ZohoCrmApiClient? _apiClient;
    private readonly HttpClient _bufferedHttpClient;

    private ZohoCrmExecutionContext(ZohoCrmDataSource dataSource)
    {
        _dataSource = dataSource;
        // Timeouts belong to the data source's pipeline (the Timeout setting); this client only waits for whole bodies.
        _bufferedHttpClient = new HttpClient(new ZohoCrmBufferingHandler(dataSource.HttpClient)) { Timeout = Timeout.InfiniteTimeSpan };
        Metadata = new ZohoCrmMetadataCache(new ZohoCrmApiMetadataSource(this));
        Logger = dataSource.LoggerFactory.CreateLogger("ZohoCrm.Data.Query");
    }

    public static ZohoCrmExecutionContext For(ZohoCrmDataSource dataSource) => ByDataSource.GetValue(dataSource, static ds => new ZohoCrmExecutionContext(ds));

    public ZohoCrmDataSource DataSource => _dataSource;

    public ZohoCrmMetadataCache Metadata { get; }

    public ILogger Logger { get; }

    /// <summary>
    /// The API client for the data source's current API domain. The first call fetches a token, whose response may
    /// move the org to another <c>api_domain</c>; a client is made for each domain seen.
    /// </summary>
    public async ValueTask<ZohoCrmApiClient> GetApiClientAsync(CancellationToken cancellationToken)
    {
        var baseUri = await _dataSource.GetApiBaseUriAsync(cancellationToken).ConfigureAwait(false);
        var client = _apiClient;
        if (client is null || client.ApiBaseUri != baseUri)
        {
            client = new ZohoCrmApiClient(_bufferedHttpClient, baseUri);
            _apiClient = client;
        }

        return client;
    }
}

using System.Net.Http.Json;
using System.Text.Json.Serialization;
using ZohoCrm.Data.OAuth;
using ZohoCrm.Emulator;
using ZohoCrm.Emulator.Domain.Records;
using ZohoCrm.Data.Tests.Support;

namespace ZohoCrm.Data.Tests.Integration;

/// <summary>
/// An emulator on 127.0.0.1 and connections to it through the real OAuth refresh flow and HTTP pipeline, plus its
/// request log (<c>GET /_emulator/requests</c>) for counting the calls a query made.
/// </summary>
internal sealed class EmulatorConnection : IAsyncDisposable
{
    private readonly HttpClient _admin = LocalHttpClient.Create();

    // Data sources of one emulator share their tokens, as processes sharing a token file do: the emulator, like
    // Zoho, blocks a client that mints too many access tokens in a short time.
    private readonly ZohoCrmInMemoryTokenStore _tokens = new();

    private EmulatorConnection(ZohoCrmEmulator emulator, string connectionString)
    {
        Emulator = emulator;
        ConnectionString = connectionString;
    }

    public ZohoCrmEmulator Emulator { get; }

    public string ConnectionString { get; }

    public static async Task<EmulatorConnection> StartAsync(ZohoCrmEmulatorOptions? options = null, string extraSettings = "")
    {
        var emulator = await ZohoCrmEmulator.StartAsync(options);
        var connectionString = "InitiateOAuth=REFRESH;OAuthClientId=" + emulator.ClientId + ";OAuthClientSecret=" + emulator.ClientSecret
            + ";OAuthRefreshToken=" + emulator.RefreshToken + ";AccountsServer=" + emulator.BaseUrl + ";ApiDomain=" + emulator.BaseUrl + ";" + extraSettings;
        return new EmulatorConnection(emulator, connectionString);
    }

    /// <summary>A connection on its own data source (fresh metadata and plan caches), sharing the emulator's token.</summary>
    public ZohoCrmConnection Open(string extraSettings = "", HttpMessageHandler? handler = null)
    {
        var builder = new ZohoCrmDataSourceBuilder(ConnectionString + extraSettings).UseTokenStore(_tokens);
        if (handler is not null)
        {
            builder.UseHttpMessageHandler(handler);
        }

        var dataSource = builder.Build();
        var connection = new ZohoCrmConnection(dataSource);
        connection.Disposed += (_, _) => dataSource.Dispose();
        connection.Open();
        return connection;
    }

    /// <summary>The current versions of a module's records, in id order: the oracle's input.</summary>
    public IReadOnlyList<StoredRecord> Records(string module) => Emulator.Domain.Records.Scan(module);

    public async Task<long> LastRequestSeqAsync() =>
        (await RequestsAfterAsync(0)).Select(r => r.Seq).DefaultIfEmpty(0).Max();

    /// <summary>The API calls (token calls excluded) after a sequence number.</summary>
    public async Task<IReadOnlyList<LoggedRequest>> ApiCallsAfterAsync(long seq) =>
        (await RequestsAfterAsync(seq)).Where(r => r.Path.StartsWith("/crm/", StringComparison.Ordinal)).ToList();

    private async Task<IReadOnlyList<LoggedRequest>> RequestsAfterAsync(long seq) =>
        await _admin.GetFromJsonAsync<List<LoggedRequest>>(Emulator.BaseUrl + "/_emulator/requests?after=" + seq) ?? [];

    public async ValueTask DisposeAsync()
    {
        _admin.Dispose();
        await Emulator.DisposeAsync();
    }

    internal sealed record LoggedRequest(
        [property: JsonPropertyName("seq")] long Seq,
        [property: JsonPropertyName("method")] string Method,
        [property: JsonPropertyName("path")] string Path,
        [property: JsonPropertyName("query")] string Query,
        [property: JsonPropertyName("status")] int Status,
        [property: JsonPropertyName("credits")] int Credits,
        [property: JsonPropertyName("start")] long Start,
        [property: JsonPropertyName("end")] long End);

    /// <summary>The most of <paramref name="calls"/> in flight at once, from the emulator's start and end counter.</summary>
    public static int PeakInFlight(IReadOnlyCollection<LoggedRequest> calls) =>
        calls.Select(c => calls.Count(d => d.Start <= c.Start && c.Start < d.End)).DefaultIfEmpty(0).Max();
}

using System.Net.Http.Json;
using System.Text.Json.Serialization;
using ZohoCrm.Data.OAuth;
using ZohoCrm.Emulator;

namespace ZohoCrm.Data.Benchmarks.CallCost;

/// <summary>What one shape cost against the emulator, next to its minimum.</summary>
/// <param name="Shape">The shape run.</param>
/// <param name="Rows">Rows the reader returned.</param>
/// <param name="Calls">COQL and Search calls made (metadata was loaded before counting).</param>
/// <param name="Credits">Credits the emulator charged for them.</param>
/// <param name="Minimum">The minimum for this org.</param>
/// <param name="Endpoints">The paths called, in order.</param>
/// <param name="Plan">The plan's <c>Explain()</c> text.</param>
public sealed record CallCostResult(CallCostShape Shape, int Rows, int Calls, int Credits, CallCostMinimum Minimum,
    IReadOnlyList<string> Endpoints, string Plan);

/// <summary>
/// Runs call-cost shapes through <see cref="ZohoCrmCommand"/> against an in-process emulator, over real HTTP and the
/// OAuth refresh flow, and counts the calls and credits in the emulator's request log (<c>GET /_emulator/requests</c>).
/// Each shape first has its plan explained, which loads the metadata it needs, so only the query's own calls are counted.
/// </summary>
public sealed class CallCostRunner : IAsyncDisposable
{
    // The emulator is on 127.0.0.1: never through a proxy the environment names (.NET would send loopback calls to it).
    private readonly HttpClient _admin = new(new SocketsHttpHandler { UseProxy = false });
    private readonly ZohoCrmInMemoryTokenStore _tokens = new();
    private readonly Dictionary<string, ZohoCrmDataSource> _dataSources = new(StringComparer.Ordinal);
    private readonly string _connectionString;
    private long _lastSeq;

    private CallCostRunner(ZohoCrmEmulator emulator, int leadCount)
    {
        Emulator = emulator;
        Org = new CallCostOrg(emulator.Domain.Records, leadCount);
        _connectionString = "InitiateOAuth=REFRESH;OAuthClientId=" + emulator.ClientId + ";OAuthClientSecret=" + emulator.ClientSecret
            + ";OAuthRefreshToken=" + emulator.RefreshToken + ";AccountsServer=" + emulator.BaseUrl + ";ApiDomain=" + emulator.BaseUrl + ";";
    }

    /// <summary>The emulator the shapes run against.</summary>
    public ZohoCrmEmulator Emulator { get; }

    /// <summary>The emulator's org, for the shapes' minimums.</summary>
    public CallCostOrg Org { get; }

    /// <summary>Starts an emulator with the default org (seed 1) and <paramref name="leadCount"/> Leads.</summary>
    public static async Task<CallCostRunner> StartAsync(int leadCount = CallCostOrg.DefaultLeadCount)
    {
        var emulator = await ZohoCrmEmulator.StartAsync(new ZohoCrmEmulatorOptions
        {
            LeadCount = leadCount,
            // Search must see the seeded records at once; the lag is about records changed during a run.
            Settings = new() { SearchLagSeconds = 0 },
        }).ConfigureAwait(false);
        return new CallCostRunner(emulator, leadCount);
    }

    /// <summary>Runs one shape and reads every row it returns.</summary>
    public async Task<CallCostResult> RunAsync(CallCostShape shape, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shape);
        if (shape.LeadCount != Org.LeadCount)
            throw new ArgumentException($"The shape '{shape.Name}' needs {shape.LeadCount:N0} Leads; this emulator has {Org.LeadCount:N0}.", nameof(shape));

        await using var connection = new ZohoCrmConnection(DataSource(shape.Settings));
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new ZohoCrmCommand(shape.CommandText, connection);
        foreach (var (name, value) in shape.Parameters?.Invoke(Org) ?? new Dictionary<string, object?>())
            command.Parameters.Add(new ZohoCrmParameter(name, value));

        var plan = await command.ExplainAsync(cancellationToken).ConfigureAwait(false);
        var before = await LastSeqAsync(cancellationToken).ConfigureAwait(false);
        var rows = 0;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                rows++;
        }

        var calls = (await RequestsAfterAsync(before, cancellationToken).ConfigureAwait(false))
            .Where(r => r.Path.StartsWith("/crm/", StringComparison.Ordinal))
            .ToList();
        return new CallCostResult(shape, rows, calls.Count, calls.Sum(c => c.Credits), shape.Minimum(Org),
            calls.Select(c => c.Method + " " + c.Path).ToList(), plan);
    }

    private ZohoCrmDataSource DataSource(string settings)
    {
        if (!_dataSources.TryGetValue(settings, out var dataSource))
        {
            // One data source per setting string, sharing one token: the emulator, like Zoho, throttles token minting.
            dataSource = new ZohoCrmDataSourceBuilder(_connectionString + settings).UseTokenStore(_tokens).Build();
            _dataSources.Add(settings, dataSource);
        }

        return dataSource;
    }

    private async Task<long> LastSeqAsync(CancellationToken cancellationToken)
    {
        _lastSeq = (await RequestsAfterAsync(_lastSeq, cancellationToken).ConfigureAwait(false)).Select(r => r.Seq).DefaultIfEmpty(_lastSeq).Max();
        return _lastSeq;
    }

    private async Task<List<LoggedRequest>> RequestsAfterAsync(long seq, CancellationToken cancellationToken) =>
        await _admin.GetFromJsonAsync<List<LoggedRequest>>(
            new Uri(Emulator.BaseUrl + "/_emulator/requests?after=" + seq.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            cancellationToken).ConfigureAwait(false) ?? [];

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var dataSource in _dataSources.Values)
            await dataSource.DisposeAsync().ConfigureAwait(false);
        _admin.Dispose();
        await Emulator.DisposeAsync().ConfigureAwait(false);
    }

    private sealed record LoggedRequest(
        [property: JsonPropertyName("seq")] long Seq,
        [property: JsonPropertyName("method")] string Method,
        [property: JsonPropertyName("path")] string Path,
        [property: JsonPropertyName("status")] int Status,
        [property: JsonPropertyName("credits")] int Credits);
}

using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;
using ZohoCrm.Data.Coql;

namespace QuickStart.Metering;

/// <summary>One request the tour sent: the API call, its answer's status and the credits Zoho charges for it.</summary>
public sealed record MeteredCall(string Method, string Path, int Status, int Credits)
{
    /// <summary>Token calls go to the accounts server: they cost no API credits.</summary>
    public bool IsApiCall => !Path.StartsWith("/oauth/", StringComparison.Ordinal);
}

/// <summary>
/// The innermost HTTP handler of the tour's data source (<c>ZohoCrmDataSourceBuilder.UseHttpMessageHandler</c>): it
/// sends every request on and notes it, with the credits Zoho's price list gives it (a COQL call by its LIMIT, 1 for
/// the others), so each step can say what it cost. Zoho's answers do not say what a call was charged.
/// </summary>
public sealed partial class CallMeter() : DelegatingHandler(new SocketsHttpHandler())
{
    private readonly ConcurrentQueue<MeteredCall> _calls = new();

    /// <summary>Every request so far, in the order their answers arrived.</summary>
    public IReadOnlyList<MeteredCall> Calls => [.. _calls];

    /// <summary>How many requests have been answered; a step reads it before and after to know its own.</summary>
    public int Count => _calls.Count;

    /// <summary>The requests answered since <paramref name="count"/> were.</summary>
    public IReadOnlyList<MeteredCall> Since(int count) => [.. _calls.Skip(count)];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri?.AbsolutePath ?? "";
        var credits = path.StartsWith("/oauth/", StringComparison.Ordinal) ? 0 : await CreditsAsync(request, path, cancellationToken);
        var response = await base.SendAsync(request, cancellationToken);
        _calls.Enqueue(new MeteredCall(request.Method.Method, path, (int)response.StatusCode, credits));
        return response;
    }

    private static async Task<int> CreditsAsync(HttpRequestMessage request, string path, CancellationToken cancellationToken)
    {
        if (!path.EndsWith("/coql", StringComparison.Ordinal) || request.Content is null)
        {
            return 1;
        }

        // Buffered, so the body can be read here and still be sent.
        await request.Content.LoadIntoBufferAsync(cancellationToken);
        using var body = JsonDocument.Parse(await request.Content.ReadAsStringAsync(cancellationToken));
        var query = body.RootElement.TryGetProperty("select_query", out var text) ? text.GetString() ?? "" : "";
        var limit = LimitClause().Match(query);
        return ZohoCrmCredits.ForCoql(limit.Success ? int.Parse(limit.Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture) : 200);
    }

    [GeneratedRegex(@"\blimit\s+(?:\d+\s*,\s*)?(?<count>\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex LimitClause();
}

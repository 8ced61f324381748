using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace EFCore.ZohoCrm.Benchmarks.Canned;

/// <summary>
/// Zoho CRM in memory: the module and Leads field metadata from the reconstructed reference responses, and COQL
/// pages from prepared bytes, found by the OFFSET or keyset (<c>id &gt; '…'</c>) of the call. Nothing is parsed
/// beyond that, so the handler's own cost is small and the same for every benchmark of a class.
/// </summary>
public sealed partial class CannedZohoHandler(byte[][] coqlPages) : HttpMessageHandler
{
    private static readonly byte[] Modules = ReadResource("modules-response.json");
    private static readonly byte[] LeadFields = ReadResource("fields-leads-response.json");

    /// <summary>COQL calls answered so far.</summary>
    public int CoqlCalls { get; private set; }

    /// <summary>The <c>select_query</c> body of the last COQL call.</summary>
    public string? LastCoqlBody { get; private set; }

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) =>
        Answer(request, request.Content?.ReadAsStringAsync(cancellationToken).GetAwaiter().GetResult());

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        Answer(request, request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));

    private HttpResponseMessage Answer(HttpRequestMessage request, string? body)
    {
        var path = request.RequestUri!.AbsolutePath;
        byte[] answer;
        if (path.EndsWith("/settings/modules", StringComparison.Ordinal))
        {
            answer = Modules;
        }
        else if (path.EndsWith("/settings/fields", StringComparison.Ordinal) && request.RequestUri.Query.Contains("module=Leads", StringComparison.Ordinal))
        {
            answer = LeadFields;
        }
        else if (path.EndsWith("/coql", StringComparison.Ordinal) && body is not null)
        {
            CoqlCalls++;
            LastCoqlBody = body;
            answer = coqlPages[PageIndex(body)];
        }
        else
        {
            throw new InvalidOperationException($"The canned Zoho CRM has no answer for {request.Method} {request.RequestUri}.");
        }

        var content = new ByteArrayContent(answer);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
    }

    // Pages follow by OFFSET or by keyset after the last id: either way, the page that comes next.
    private static int PageIndex(string coql)
    {
        var offset = OffsetPattern().Match(coql) is { Success: true } m ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        if (AfterIdPattern().Match(coql) is { Success: true } after)
        {
            offset += long.Parse(after.Groups[1].Value, CultureInfo.InvariantCulture) - LeadPages.FirstId + 1;
        }

        return (int)(offset / LeadPages.PageSize);
    }

    private static byte[] ReadResource(string name)
    {
        using var stream = typeof(CannedZohoHandler).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The resource '{name}' is missing from the benchmark assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    [GeneratedRegex(@"offset (\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex OffsetPattern();

    [GeneratedRegex(@"id > '?(\d+)'?", RegexOptions.IgnoreCase)]
    private static partial Regex AfterIdPattern();
}

using ZohoCrm.Data.Api.Internal;

namespace ZohoCrm.Data.Execution;

/// <summary>
/// Sends the executor's calls through the data source's pipeline and waits for each response body to arrive whole
/// (one page, at most 2,000 rows) in pooled chunks (<see cref="ZohoCrmPooledContent"/>), so a page is then parsed in
/// one pass that never blocks on the network. A body cut short fails here, before any of its rows is read.
/// </summary>
internal sealed class ZohoCrmBufferingHandler(HttpClient pipeline) : HttpMessageHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // An HttpClient sends a request message once; the pipeline gets a copy carrying the same content, headers and options.
        var copy = new HttpRequestMessage(request.Method, request.RequestUri)
        {
            Content = request.Content,
            Version = request.Version,
            VersionPolicy = request.VersionPolicy,
        };
        foreach (var (name, values) in request.Headers)
        {
            copy.Headers.TryAddWithoutValidation(name, values);
        }

        foreach (var (key, value) in request.Options)
        {
            copy.Options.Set(new HttpRequestOptionsKey<object?>(key), value);
        }

        var response = await pipeline.SendAsync(copy, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        try
        {
            // Into pooled chunks rather than HttpClient's own buffer: a page is large enough to be a large-object-heap array.
            response.Content = await ZohoCrmPooledContent.LoadAsync(response.Content, cancellationToken).ConfigureAwait(false);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }
}

using ZohoCrm.Data.Internal;
using ZohoCrm.Data.Logging;
using ZohoCrm.Data.Logging.Internal;

namespace ZohoCrm.Data.Http.Internal;

/// <summary>
/// Keeps at most <c>MaxConcurrency</c> requests in flight, so the app stays under Zoho's per-org concurrency limit
/// instead of collecting 429s. A slot is held until the response headers arrive: Zoho has done its work by then, and
/// releasing there means a reader that is never disposed cannot starve the pipeline.
/// </summary>
internal sealed class ZohoCrmConcurrencyLimitHandler(SemaphoreSlim slots, ZohoCrmLog log) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        SendCoreAsync(request, async: true, cancellationToken);

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) =>
        // With async false the core is synchronous throughout (base.Send), so the task is complete here.
        ZohoCrmSync.GetCompletedResult(SendCoreAsync(request, async: false, cancellationToken));

    private async Task<HttpResponseMessage> SendCoreAsync(HttpRequestMessage request, bool async, CancellationToken cancellationToken)
    {
        if (!slots.Wait(0, CancellationToken.None))
        {
            log.Connection.WaitingForConcurrencySlot(request.Method, request.RequestUri);
            if (async)
            {
                await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            else
            {
                slots.Wait(cancellationToken);
            }
        }

        try
        {
            return async
                ? await base.SendAsync(request, cancellationToken).ConfigureAwait(false)
                : base.Send(request, cancellationToken);
        }
        finally
        {
            slots.Release();
        }
    }
}

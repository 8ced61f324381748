using ZohoCrm.Data.Internal;
using ZohoCrm.Data.Logging;
using ZohoCrm.Data.Logging.Internal;
using ZohoCrm.Data.OAuth;

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
            // The token is taken when the slot is: a request that waited here while its token expired leaves with the
            // refreshed one, and one refused as expired is noted before the next request gets this slot.
            request.Options.TryGetValue(ZohoCrmTokenRestamp.Option, out var restamp);
            if (restamp is not null)
            {
                await restamp.BeforeSendAsync(request, async, cancellationToken).ConfigureAwait(false);
            }

            var response = async
                ? await base.SendAsync(request, cancellationToken).ConfigureAwait(false)
                : base.Send(request, cancellationToken);
            if (restamp is not null)
            {
                await restamp.AfterResponseAsync(request, response, async, cancellationToken).ConfigureAwait(false);
            }

            return response;
        }
        finally
        {
            slots.Release();
        }
    }
}

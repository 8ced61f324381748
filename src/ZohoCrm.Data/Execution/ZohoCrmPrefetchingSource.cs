using ZohoCrm.Data.Api;

namespace ZohoCrm.Data.Execution;

/// <summary>
/// A page source that fetches ahead: when the reader takes a page, the call for the next one starts, so the reader
/// consumes a page while the next is on the wire. The next body waits whole in pooled buffers and becomes rows when
/// the reader reaches it, so one page of rows is alive at a time. Subclasses say what the next call is and what a
/// page means.
/// </summary>
internal abstract class ZohoCrmPrefetchingSource<TRequest> : IZohoCrmPageSource
{
    private readonly CancellationTokenSource _lifetime;
    private Task<ZohoCrmRecordPageReader>? _inFlight;
    private TRequest _inFlightRequest = default!;

    protected ZohoCrmPrefetchingSource(CancellationToken cancellationToken) =>
        _lifetime = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

    /// <summary>Calls made so far.</summary>
    public int Calls { get; private set; }

    /// <summary>The next call to make, or <see langword="false"/> when the read is complete.</summary>
    protected abstract bool TryGetNextRequest(out TRequest request);

    /// <summary>Makes one call; its body arrives whole before the task completes.</summary>
    protected abstract Task<ZohoCrmRecordPageReader> CallAsync(TRequest request, CancellationToken cancellationToken);

    /// <summary>Reads a call's body into a page (and completes its rows, such as stitched columns).</summary>
    protected abstract Task<ZohoCrmRecordPage> ReadAsync(TRequest request, ZohoCrmRecordPageReader body, CancellationToken cancellationToken);

    /// <summary>Takes the page a call returned (advancing the paging state) and returns the page of rows that are results.</summary>
    protected abstract ZohoCrmRecordPage Accept(TRequest request, ZohoCrmRecordPage page);

    public async ValueTask<ZohoCrmRecordPage?> NextPageAsync(CancellationToken cancellationToken)
    {
        if (_inFlight is null && !TryStart())
        {
            return null;
        }

        var request = _inFlightRequest;
        var body = await _inFlight!.WaitAsync(cancellationToken).ConfigureAwait(false);
        _inFlight = null;
        ZohoCrmRecordPage page;
        await using (body.ConfigureAwait(false))
        {
            page = await ReadAsync(request, body, cancellationToken).ConfigureAwait(false);
        }

        var results = Accept(request, page);
        var more = TryStart();
        return results.WithMoreRecords(more);
    }

    private bool TryStart()
    {
        if (!TryGetNextRequest(out var request))
        {
            return false;
        }

        Calls++;
        _inFlightRequest = request;
        _inFlight = CallAsync(request, _lifetime.Token);
        return true;
    }

    public async ValueTask DisposeAsync()
    {
        await _lifetime.CancelAsync().ConfigureAwait(false);
        if (_inFlight is { } pending)
        {
            // The reader stopped: the fetch-ahead was cancelled and its outcome matters to no one. A body that arrived
            // anyway goes back to the pool; a failure is observed so it is not unobserved.
            await pending.ContinueWith(static t =>
                {
                    if (t.IsCompletedSuccessfully)
                    {
                        t.Result.Dispose();
                    }
                    else
                    {
                        _ = t.Exception;
                    }
                }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default)
                .ConfigureAwait(false);
        }

        _lifetime.Dispose();
    }
}

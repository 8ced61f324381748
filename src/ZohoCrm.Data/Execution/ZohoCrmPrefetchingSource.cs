using ZohoCrm.Data.Api;
using ZohoCrm.Data.Internal;

namespace ZohoCrm.Data.Execution;

/// <summary>
/// A page source that fetches ahead when read asynchronously: when the reader takes a page, the call for the next one
/// starts, so the reader consumes a page while the next is on the wire. A synchronous read makes each call when it needs
/// the page, with synchronous I/O. The next body waits whole in pooled buffers and becomes rows when
/// the reader reaches it, so one page of rows is alive at a time. Subclasses say what the next call is and what a
/// page means.
/// </summary>
internal abstract class ZohoCrmPrefetchingSource<TRequest> : IZohoCrmPageSource
{
    private readonly CancellationTokenSource _lifetime;
    private Task<ZohoCrmRecordPageReader>? _inFlight;
    private CancellationTokenSource? _inFlightCancellation;
    private TRequest _inFlightRequest = default!;

    protected ZohoCrmPrefetchingSource(CancellationToken cancellationToken) =>
        _lifetime = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

    /// <summary>Calls made so far.</summary>
    public int Calls { get; private set; }

    /// <summary>The next call to make, or <see langword="false"/> when the read is complete.</summary>
    protected abstract bool TryGetNextRequest(out TRequest request);

    /// <summary>Makes one call; its body arrives whole before the task completes (synchronously with <paramref name="async"/> false).</summary>
    protected abstract Task<ZohoCrmRecordPageReader> CallAsync(TRequest request, bool async, CancellationToken cancellationToken);

    /// <summary>Reads a call's body into a page (and completes its rows, such as stitched columns).</summary>
    protected abstract Task<ZohoCrmRecordPage> ReadAsync(TRequest request, ZohoCrmRecordPageReader body, bool async, CancellationToken cancellationToken);

    /// <summary>Takes the page a call returned (advancing the paging state) and returns the page of rows that are results.</summary>
    protected abstract ZohoCrmRecordPage Accept(TRequest request, ZohoCrmRecordPage page);

    public async ValueTask<ZohoCrmRecordPage?> NextPageAsync(bool async, CancellationToken cancellationToken)
    {
        TRequest request;
        ZohoCrmRecordPageReader body;
        if (_inFlight is { } inFlight && (async || inFlight.IsCompleted))
        {
            request = _inFlightRequest;
            _inFlight = null;
            body = async ? await inFlight.WaitAsync(cancellationToken).ConfigureAwait(false) : ZohoCrmSync.GetCompletedResult(inFlight);
        }
        else if (_inFlight is not null)
        {
            // A synchronous read that follows an asynchronous one and finds its fetch-ahead still on the wire: finishing
            // it needs a pool thread, so this read never waits for it; it drops it and repeats the read on its own thread.
            request = _inFlightRequest;
            Abandon();
            Calls++;
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(_lifetime.Token, cancellationToken);
            body = ZohoCrmSync.GetCompletedResult(CallAsync(request, async: false, linked.Token));
        }
        else if (!TryGetNextRequest(out request))
        {
            return null;
        }
        else
        {
            // No call ahead (the first page, or a synchronous read): make this one now.
            Calls++;
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(_lifetime.Token, cancellationToken);
            body = await CallAsync(request, async, linked.Token).ConfigureAwait(false);
        }

        ZohoCrmRecordPage page;
        await using (body.ConfigureAwait(false))
        {
            page = await ReadAsync(request, body, async, cancellationToken).ConfigureAwait(false);
        }

        var results = Accept(request, page);

        // Only an asynchronous read fetches ahead: a synchronous one has no thread to spare for it.
        var more = async ? TryStart() : TryGetNextRequest(out _);
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
        _inFlightCancellation = CancellationTokenSource.CreateLinkedTokenSource(_lifetime.Token);
        _inFlight = CallAsync(request, async: true, _inFlightCancellation.Token);
        return true;
    }

    /// <summary>Cancels the fetch-ahead (inline, so a synchronous caller waits for no callback) and lets it end unobserved by anyone.</summary>
    private void Abandon()
    {
        if (_inFlight is not { } pending)
        {
            return;
        }

        _inFlight = null;
        var cancellation = _inFlightCancellation!;
        _inFlightCancellation = null;
        cancellation.Cancel();
        _ = pending.ContinueWith(static (t, state) =>
            {
                // A body that arrived anyway goes back to the pool; a failure is observed so it is not unobserved.
                if (t.IsCompletedSuccessfully)
                {
                    t.Result.Dispose();
                }
                else
                {
                    _ = t.Exception;
                }

                ((CancellationTokenSource)state!).Dispose();
            }, cancellation, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    public ValueTask DisposeAsync()
    {
        // The reader stopped: the fetch-ahead is cancelled inline and its outcome matters to no one, so neither a
        // synchronous nor an asynchronous close waits for it.
        _lifetime.Cancel();
        Abandon();
        _lifetime.Dispose();
        return ValueTask.CompletedTask;
    }
}

using ZohoCrm.Data.Api;
using ZohoCrm.Data.Internal;

namespace ZohoCrm.Data.Execution;

/// <summary>
/// A page source that fetches ahead when read asynchronously: when the reader takes a page, the call for the next one
/// starts, so the reader consumes a page while the next is on the wire. With a read-ahead above 1 (<c>ReadAhead</c>),
/// the pages after the next whose position is known without it (<see cref="RequestsAfterNext"/>) go on the wire too, up
/// to that many calls at once. A synchronous read makes each call when it needs the page, with synchronous I/O.
/// Bodies wait whole in pooled buffers and become rows when the reader reaches them, in order, so one page of rows and
/// at most the read-ahead's number of bodies are alive at a time. Subclasses say what the next call is and what a page
/// means.
/// </summary>
internal abstract class ZohoCrmPrefetchingSource<TRequest> : IZohoCrmPageSource
{
    private readonly CancellationTokenSource _lifetime;
    private readonly int _readAhead;

    // The calls on the wire, in page order; the first is always the next page the reader needs.
    private readonly List<Call> _ahead = [];

    /// <param name="cancellationToken">The read's lifetime.</param>
    /// <param name="readAhead">Calls an asynchronous read keeps on the wire at most (1: the next page only).</param>
    protected ZohoCrmPrefetchingSource(CancellationToken cancellationToken, int readAhead = 1)
    {
        _lifetime = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _readAhead = readAhead;
    }

    /// <summary>Calls made so far, those whose page was not needed included.</summary>
    public int Calls { get; private set; }

    /// <summary>The next call to make, or <see langword="false"/> when the read is complete.</summary>
    protected abstract bool TryGetNextRequest(out TRequest request);

    /// <summary>
    /// The calls after the next one whose request is known now (each page before assumed to come back full), in page
    /// order; none by default. A guess that turns out wrong costs a call, never a row: every page is checked against
    /// <see cref="TryGetNextRequest"/> before the reader gets it.
    /// </summary>
    protected virtual IEnumerable<TRequest> RequestsAfterNext() => [];

    /// <summary>Makes one call; its body arrives whole before the task completes (synchronously with <paramref name="async"/> false).</summary>
    protected abstract Task<ZohoCrmRecordPageReader> CallAsync(TRequest request, bool async, CancellationToken cancellationToken);

    /// <summary>Reads a call's body into a page (and completes its rows, such as stitched columns).</summary>
    protected abstract Task<ZohoCrmRecordPage> ReadAsync(TRequest request, ZohoCrmRecordPageReader body, bool async, CancellationToken cancellationToken);

    /// <summary>Takes the page a call returned (advancing the paging state) and returns the page of rows that are results.</summary>
    protected abstract ZohoCrmRecordPage Accept(TRequest request, ZohoCrmRecordPage page);

    public async ValueTask<ZohoCrmRecordPage?> NextPageAsync(bool async, CancellationToken cancellationToken)
    {
        if (!TryGetNextRequest(out var request))
        {
            return null;
        }

        try
        {
            ZohoCrmRecordPageReader body;
            if (_ahead.Count > 0 && (async || _ahead[0].Body.IsCompleted))
            {
                var call = _ahead[0];
                _ahead.RemoveAt(0);
                try
                {
                    body = async ? await call.Body.WaitAsync(cancellationToken).ConfigureAwait(false) : ZohoCrmSync.GetCompletedResult(call.Body);
                }
                catch
                {
                    // Stopped waiting (cancelled) or the call failed: its outcome is observed and a late body pooled.
                    Abandon(call);
                    throw;
                }

                call.Cancellation.Dispose();
            }
            else
            {
                // No call ahead (the first page, or a synchronous read). A synchronous read that follows an asynchronous
                // one and finds its calls still on the wire does not wait for them (that needs a pool thread): it drops
                // them and repeats the call on its own thread.
                AbandonFrom(0);
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
            return results.WithMoreRecords(PlanCalls(async));
        }
        catch
        {
            // The read fails here: nothing it started stays on the wire unobserved.
            AbandonFrom(0);
            throw;
        }
    }

    /// <summary>
    /// Keeps on the wire the calls still wanted (the next page and, asynchronously, the known pages after it) and drops
    /// the others (a page came back short, so the guesses after it were wrong); returns whether a next page exists.
    /// Only an asynchronous read starts calls: a synchronous one has no thread to spare for them.
    /// </summary>
    private bool PlanCalls(bool async)
    {
        var wanted = new List<TRequest>(_readAhead);
        if (TryGetNextRequest(out var next))
        {
            wanted.Add(next);
            if (async && _readAhead > 1)
            {
                wanted.AddRange(RequestsAfterNext().Take(_readAhead - 1));
            }
        }

        var kept = 0;
        while (kept < _ahead.Count && kept < wanted.Count && EqualityComparer<TRequest>.Default.Equals(_ahead[kept].Request, wanted[kept]))
        {
            kept++;
        }

        AbandonFrom(kept);
        if (async)
        {
            foreach (var request in wanted.Skip(kept))
            {
                Calls++;
                var cancellation = CancellationTokenSource.CreateLinkedTokenSource(_lifetime.Token);
                _ahead.Add(new Call(request, CallAsync(request, async: true, cancellation.Token), cancellation));
            }
        }

        return wanted.Count > 0;
    }

    /// <summary>Abandons the calls on the wire from position <paramref name="first"/> on.</summary>
    private void AbandonFrom(int first)
    {
        for (var i = _ahead.Count - 1; i >= first; i--)
        {
            var call = _ahead[i];
            _ahead.RemoveAt(i);
            Abandon(call);
        }
    }

    /// <summary>Cancels a call (inline, so a synchronous caller waits for no callback) and lets it end unobserved by anyone.</summary>
    private static void Abandon(Call call)
    {
        call.Cancellation.Cancel();
        _ = call.Body.ContinueWith(static (t, state) =>
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
            }, call.Cancellation, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    public ValueTask DisposeAsync()
    {
        // The reader stopped: the calls ahead are cancelled inline and their outcome matters to no one, so neither a
        // synchronous nor an asynchronous close waits for them.
        _lifetime.Cancel();
        AbandonFrom(0);
        _lifetime.Dispose();
        return ValueTask.CompletedTask;
    }

    private sealed record Call(TRequest Request, Task<ZohoCrmRecordPageReader> Body, CancellationTokenSource Cancellation);
}

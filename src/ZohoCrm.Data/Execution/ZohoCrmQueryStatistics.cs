using System.Diagnostics;

namespace ZohoCrm.Data.Execution;

/// <summary>
/// What one query execution cost, for its line in the log: the API calls it made (stitching included), the rows it
/// handed to the reader and the time from planning to the reader's close. Counted only when the log writes somewhere.
/// </summary>
internal sealed class ZohoCrmQueryStatistics
{
    private readonly long _started = Stopwatch.GetTimestamp();
    private int _calls;
    private long _rows;

    public int Calls => Volatile.Read(ref _calls);

    public long Rows => Interlocked.Read(ref _rows);

    public long ElapsedMilliseconds => (long)Stopwatch.GetElapsedTime(_started).TotalMilliseconds;

    /// <summary>Counts one API call of the query.</summary>
    public void CountCall() => Interlocked.Increment(ref _calls);

    /// <summary>Wraps the reader's source so the rows of each page it hands on are counted.</summary>
    public IZohoCrmPageSource CountRows(IZohoCrmPageSource source) => new RowCounter(source, this);

    private sealed class RowCounter(IZohoCrmPageSource inner, ZohoCrmQueryStatistics statistics) : IZohoCrmPageSource
    {
        public async ValueTask<ZohoCrmRecordPage?> NextPageAsync(bool async, CancellationToken cancellationToken)
        {
            var page = await inner.NextPageAsync(async, cancellationToken).ConfigureAwait(false);
            if (page is not null)
            {
                Interlocked.Add(ref statistics._rows, page.Count);
            }

            return page;
        }

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}

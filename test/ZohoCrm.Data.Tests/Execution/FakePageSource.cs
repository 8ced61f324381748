using ZohoCrm.Data.Execution;

namespace ZohoCrm.Data.Tests.Execution;

/// <summary>Hands out prepared pages (or a failure at a given page) and records how the reader asked for them.</summary>
internal sealed class FakePageSource(params Func<CancellationToken, Task<ZohoCrmRecordPage>>[] pages) : IZohoCrmPageSource
{
    private int _next;

    public int Requests { get; private set; }

    public bool Disposed { get; private set; }

    public static FakePageSource Of(params ZohoCrmRecordPage[] pages) =>
        new(pages.Select(p => (Func<CancellationToken, Task<ZohoCrmRecordPage>>)(_ => Task.FromResult(p))).ToArray());

    public async ValueTask<ZohoCrmRecordPage?> NextPageAsync(bool async, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_next >= pages.Length)
        {
            return null;
        }

        Requests++;
        return await pages[_next++](cancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        Disposed = true;
        return ValueTask.CompletedTask;
    }
}

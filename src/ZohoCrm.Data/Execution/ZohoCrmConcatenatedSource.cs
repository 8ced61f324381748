namespace ZohoCrm.Data.Execution;

/// <summary>The rows of several step sources, one after the other; each starts when the one before it ends.</summary>
internal sealed class ZohoCrmConcatenatedSource(IReadOnlyList<Func<IZohoCrmPageSource>> sources) : IZohoCrmPageSource
{
    private int _index = -1;
    private IZohoCrmPageSource? _current;

    public async ValueTask<ZohoCrmRecordPage?> NextPageAsync(bool async, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (_current is null)
            {
                if (++_index >= sources.Count)
                {
                    return null;
                }

                _current = sources[_index]();
            }

            var page = await _current.NextPageAsync(async, cancellationToken).ConfigureAwait(false);
            if (page is not null)
            {
                return page;
            }

            await _current.DisposeAsync().ConfigureAwait(false);
            _current = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_current is not null)
        {
            await _current.DisposeAsync().ConfigureAwait(false);
            _current = null;
        }

        _index = sources.Count;
    }
}

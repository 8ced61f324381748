namespace ZohoCrm.Data.Execution;

/// <summary>
/// The page storage of one step source, reused from page to page: the reader gives a page back once it has moved past
/// it, and the page after next is parsed into the same arrays. A read of any size then keeps two or three pages of
/// arrays alive, allocated once, instead of new arrays per page that the collector must promote while they are read.
/// </summary>
internal sealed class ZohoCrmPageColumnsPool(ZohoCrmResultLayout layout)
{
    // Pages in use at once: the one being read, the one fetched ahead, and one being parsed.
    private const int MaxKept = 3;
    private readonly Stack<ZohoCrmPageColumns> _free = new();
    private readonly Lock _lock = new();

    /// <summary>Empty columns for a page, reused when one was given back.</summary>
    public ZohoCrmPageColumns Rent(int expectedRows)
    {
        ZohoCrmPageColumns? columns = null;
        lock (_lock)
        {
            _free.TryPop(out columns);
        }

        columns ??= new ZohoCrmPageColumns(layout, expectedRows);
        columns.TryRent();
        return columns;
    }

    /// <summary>Takes back the columns of a page no one reads any more (a second return of the same columns is ignored).</summary>
    public void Return(ZohoCrmPageColumns columns)
    {
        if (!columns.TryReturn())
        {
            return;
        }

        columns.Clear();
        lock (_lock)
        {
            if (_free.Count < MaxKept)
            {
                _free.Push(columns);
            }
        }
    }
}

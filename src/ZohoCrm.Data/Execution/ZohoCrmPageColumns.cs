namespace ZohoCrm.Data.Execution;

/// <summary>
/// The values of one page stored by column, each in its .NET type: ids in a <see cref="long"/> array, amounts in a
/// <see cref="decimal"/> array, and so on. The typed getters of the reader read them without boxing, and a page is
/// a few arrays for the collector rather than an object per value.
/// </summary>
internal sealed class ZohoCrmPageColumns
{
    private readonly ZohoCrmPageColumn[] _columns;
    private int _capacity;
    private int _rented;

    /// <summary>Creates empty columns for <paramref name="expectedRows"/> rows (they grow if more come).</summary>
    public ZohoCrmPageColumns(ZohoCrmResultLayout layout, int expectedRows)
    {
        _capacity = Math.Max(16, expectedRows);
        _columns = new ZohoCrmPageColumn[layout.Columns.Count];
        for (var i = 0; i < _columns.Length; i++)
        {
            _columns[i] = ZohoCrmPageColumn.For(layout.Columns[i].ClrType, _capacity);
        }
    }

    /// <summary>Rows added so far.</summary>
    public int Count { get; private set; }

    public int Width => _columns.Length;

    public ZohoCrmPageColumn this[int ordinal] => _columns[ordinal];

    /// <summary>Adds a row of NULLs and returns its index.</summary>
    public int AddRow()
    {
        if (Count == _capacity)
        {
            _capacity *= 2;
            foreach (var column in _columns)
            {
                column.Resize(_capacity);
            }
        }

        return Count++;
    }

    public object? GetValue(int row, int ordinal) => _columns[ordinal].GetValue(row);

    /// <summary>Empties the columns for another page (the arrays are kept, with their capacity).</summary>
    public void Clear()
    {
        foreach (var column in _columns)
        {
            column.Clear(Count);
        }

        Count = 0;
    }

    /// <summary>Marks the columns as handed out; <see langword="false"/> when they already were.</summary>
    public bool TryRent() => Interlocked.Exchange(ref _rented, 1) == 0;

    /// <summary>Marks the columns as given back; <see langword="false"/> when they already were (a second release).</summary>
    public bool TryReturn() => Interlocked.Exchange(ref _rented, 0) == 1;

    /// <summary>One row's values as an array (for the client's processing and the paging cursor).</summary>
    public object?[] GetRow(int row)
    {
        var values = new object?[_columns.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = _columns[i].GetValue(row);
        }

        return values;
    }
}

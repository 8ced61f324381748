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

/// <summary>One column of a <see cref="ZohoCrmPageColumns"/>; NULL until set.</summary>
internal abstract class ZohoCrmPageColumn
{
    public static ZohoCrmPageColumn For(Type clrType, int capacity)
    {
        if (clrType == typeof(long))
        {
            return new ZohoCrmPageColumn<long>(capacity);
        }

        if (clrType == typeof(int))
        {
            return new ZohoCrmPageColumn<int>(capacity);
        }

        if (clrType == typeof(decimal))
        {
            return new ZohoCrmPageColumn<decimal>(capacity);
        }

        if (clrType == typeof(bool))
        {
            return new ZohoCrmPageColumn<bool>(capacity);
        }

        if (clrType == typeof(DateTimeOffset))
        {
            return new ZohoCrmPageColumn<DateTimeOffset>(capacity);
        }

        if (clrType == typeof(DateOnly))
        {
            return new ZohoCrmPageColumn<DateOnly>(capacity);
        }

        return new ZohoCrmObjectColumn(capacity);
    }

    public abstract object? GetValue(int row);

    /// <summary>Sets a value of any type: stored typed when it is the column's type, as sent otherwise.</summary>
    public abstract void SetValue(int row, object? value);

    public abstract void Resize(int capacity);

    /// <summary>Sets the first <paramref name="count"/> rows back to NULL.</summary>
    public abstract void Clear(int count);
}

/// <summary>A column of a value type. A value Zoho sent that did not parse as the type is kept as sent, beside the typed ones.</summary>
internal sealed class ZohoCrmPageColumn<T>(int capacity) : ZohoCrmPageColumn
{
    private const byte Null = 0;
    private const byte Typed = 1;
    private const byte Other = 2;

    private T[] _values = new T[capacity];
    private byte[] _kinds = new byte[capacity];
    private Dictionary<int, object>? _others;

    public bool TryGet(int row, out T value)
    {
        if (_kinds[row] == Typed)
        {
            value = _values[row];
            return true;
        }

        value = default!;
        return false;
    }

    public void Set(int row, T value)
    {
        _values[row] = value;
        _kinds[row] = Typed;
    }

    public override object? GetValue(int row) => _kinds[row] switch
    {
        Typed => _values[row],
        Other => _others![row],
        _ => null,
    };

    public override void SetValue(int row, object? value)
    {
        switch (value)
        {
            case null:
                _kinds[row] = Null;
                break;
            case T typed:
                Set(row, typed);
                break;
            default:
                (_others ??= [])[row] = value;
                _kinds[row] = Other;
                break;
        }
    }

    public override void Resize(int capacity)
    {
        Array.Resize(ref _values, capacity);
        Array.Resize(ref _kinds, capacity);
    }

    public override void Clear(int count)
    {
        Array.Clear(_kinds, 0, count);
        _others?.Clear();
    }
}

/// <summary>A column of reference values (text, lists, raw JSON).</summary>
internal sealed class ZohoCrmObjectColumn(int capacity) : ZohoCrmPageColumn
{
    private object?[] _values = new object?[capacity];

    public override object? GetValue(int row) => _values[row];

    public override void SetValue(int row, object? value) => _values[row] = value;

    public override void Resize(int capacity) => Array.Resize(ref _values, capacity);

    public override void Clear(int count) => Array.Clear(_values, 0, count);
}

namespace ZohoCrm.Data.Execution;

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

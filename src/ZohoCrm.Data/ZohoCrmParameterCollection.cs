using System.Collections;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using ZohoCrm.Data.Metadata;
using ZohoCrm.Data.Properties;

namespace ZohoCrm.Data;

/// <summary>
/// The parameters of a <c>ZohoCrmCommand</c>. Names are looked up case-insensitively, with or without the
/// leading <c>@</c>: <c>Parameters["city"]</c> and <c>Parameters["@City"]</c> are the same parameter.
/// </summary>
public sealed class ZohoCrmParameterCollection : DbParameterCollection, IList<ZohoCrmParameter>, IReadOnlyList<ZohoCrmParameter>
{
    private readonly List<ZohoCrmParameter> _items = [];

    // The members by name (without '@', any case): every Add checks its name is free, and a scan of the list per Add
    // made a command of N parameters cost N² comparisons (an EF Contains over 2,000 ids adds 2,000).
    private readonly Dictionary<string, ZohoCrmParameter> _byName = new(StringComparer.OrdinalIgnoreCase);

    internal ZohoCrmParameterCollection()
    {
    }

    /// <inheritdoc />
    public override int Count => _items.Count;

    /// <inheritdoc />
    public override object SyncRoot => ((ICollection)_items).SyncRoot;

    /// <inheritdoc />
    public override bool IsFixedSize => false;

    /// <inheritdoc />
    public override bool IsReadOnly => false;

    /// <inheritdoc />
    public override bool IsSynchronized => false;

    bool ICollection<ZohoCrmParameter>.IsReadOnly => false;

    /// <summary>The parameter at an index.</summary>
    public new ZohoCrmParameter this[int index]
    {
        get => _items[index];
        set => SetParameter(index, value);
    }

    /// <summary>The parameter with a name (with or without <c>@</c>, any case).</summary>
    public new ZohoCrmParameter this[string parameterName]
    {
        get => _items[IndexOfExisting(parameterName)];
        set => SetParameter(parameterName, value);
    }

    /// <summary>Adds a parameter and returns it.</summary>
    public ZohoCrmParameter Add(ZohoCrmParameter parameter)
    {
        Attach(parameter);
        _items.Add(parameter);
        return parameter;
    }

    /// <summary>Adds a parameter with a name and a value and returns it.</summary>
    public ZohoCrmParameter AddWithValue(string parameterName, object? value) => Add(new ZohoCrmParameter(parameterName, value));

    /// <summary>Adds a parameter sent as a given Zoho data type and returns it.</summary>
    public ZohoCrmParameter Add(string parameterName, ZohoCrmFieldType zohoType) => Add(new ZohoCrmParameter(parameterName, zohoType));

    /// <inheritdoc />
    public override int Add(object value)
    {
        Add(Cast(value));
        return _items.Count - 1;
    }

    /// <inheritdoc />
    public override void AddRange(Array values)
    {
        // Check every item before adding any, so a bad element leaves the collection unchanged.
        var parameters = values.Cast<object>().Select(Cast).ToList();
        foreach (var parameter in parameters)
        {
            Add(parameter);
        }
    }

    /// <summary>Finds a parameter by name; <see langword="false"/> when there is none.</summary>
    public bool TryGetValue(string parameterName, [NotNullWhen(true)] out ZohoCrmParameter? parameter) =>
        _byName.TryGetValue(ZohoCrmParameter.NormalizeName(parameterName), out parameter);

    /// <inheritdoc />
    public override void Clear()
    {
        foreach (var parameter in _items)
        {
            parameter.Collection = null;
        }

        _items.Clear();
        _byName.Clear();
    }

    /// <inheritdoc />
    public override bool Contains(object value) => value is ZohoCrmParameter parameter && _items.Contains(parameter);

    /// <inheritdoc />
    public override bool Contains(string value) => IndexOf(value) >= 0;

    /// <summary>Whether the collection holds this parameter object.</summary>
    public bool Contains(ZohoCrmParameter item) => _items.Contains(item);

    /// <inheritdoc />
    public override void CopyTo(Array array, int index) => ((ICollection)_items).CopyTo(array, index);

    /// <inheritdoc />
    public void CopyTo(ZohoCrmParameter[] array, int arrayIndex) => _items.CopyTo(array, arrayIndex);

    /// <inheritdoc />
    public override IEnumerator GetEnumerator() => _items.GetEnumerator();

    IEnumerator<ZohoCrmParameter> IEnumerable<ZohoCrmParameter>.GetEnumerator() => _items.GetEnumerator();

    /// <inheritdoc />
    public override int IndexOf(object value) => value is ZohoCrmParameter parameter ? _items.IndexOf(parameter) : -1;

    /// <summary>The index of this parameter object, or -1.</summary>
    public int IndexOf(ZohoCrmParameter item) => _items.IndexOf(item);

    /// <summary>The index of the parameter with a name (with or without <c>@</c>, any case), or -1.</summary>
    public override int IndexOf(string parameterName) =>
        TryGetValue(parameterName, out var parameter) ? _items.IndexOf(parameter) : -1;

    /// <inheritdoc />
    public override void Insert(int index, object value) => Insert(index, Cast(value));

    /// <summary>Inserts a parameter at an index.</summary>
    public void Insert(int index, ZohoCrmParameter item)
    {
        Attach(item);
        _items.Insert(index, item);
    }

    /// <inheritdoc />
    public override void Remove(object value) => Remove(Cast(value));

    /// <summary>Removes a parameter object; <see langword="false"/> if it was not in the collection.</summary>
    public bool Remove(ZohoCrmParameter item)
    {
        if (!_items.Remove(item))
        {
            return false;
        }

        Detach(item);
        return true;
    }

    void ICollection<ZohoCrmParameter>.Add(ZohoCrmParameter item) => Add(item);

    /// <inheritdoc />
    public override void RemoveAt(int index)
    {
        Detach(_items[index]);
        _items.RemoveAt(index);
    }

    /// <inheritdoc />
    public override void RemoveAt(string parameterName) => RemoveAt(IndexOfExisting(parameterName));

    /// <inheritdoc />
    protected override DbParameter GetParameter(int index) => _items[index];

    /// <inheritdoc />
    protected override DbParameter GetParameter(string parameterName) => _items[IndexOfExisting(parameterName)];

    /// <inheritdoc />
    protected override void SetParameter(int index, DbParameter value)
    {
        var parameter = Cast(value);
        var current = _items[index];
        if (ReferenceEquals(parameter, current))
        {
            return;
        }

        Detach(current);
        _items.RemoveAt(index);
        try
        {
            Attach(parameter);
        }
        catch
        {
            // Put the old parameter back so a rejected replacement leaves the collection unchanged.
            _items.Insert(index, current);
            current.Collection = this;
            _byName.Add(current.NormalizedName, current);
            throw;
        }

        _items.Insert(index, parameter);
    }

    /// <inheritdoc />
    protected override void SetParameter(string parameterName, DbParameter value) => SetParameter(IndexOfExisting(parameterName), value);

    /// <summary>Moves a member to its new name (<paramref name="normalizedName"/>, without '@') if no other member has it.</summary>
    internal void Rename(ZohoCrmParameter parameter, string parameterName, string normalizedName)
    {
        EnsureNameIsFree(parameterName, normalizedName, parameter);
        _byName.Remove(parameter.NormalizedName);
        _byName.Add(normalizedName, parameter);
    }

    private void EnsureNameIsFree(string parameterName, string normalizedName, ZohoCrmParameter except)
    {
        if (_byName.TryGetValue(normalizedName, out var holder) && !ReferenceEquals(holder, except))
        {
            throw new ArgumentException(ZohoCrmStrings.ParameterNameDuplicate(parameterName), nameof(parameterName));
        }
    }

    private void Attach(ZohoCrmParameter parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        if (parameter.Collection is not null)
        {
            throw new ArgumentException(ZohoCrmStrings.ParameterAlreadyInCollection(parameter.ParameterName), nameof(parameter));
        }

        if (string.IsNullOrEmpty(parameter.NormalizedName))
        {
            throw new ArgumentException(ZohoCrmStrings.ParameterNameEmpty, nameof(parameter));
        }

        EnsureNameIsFree(parameter.ParameterName, parameter.NormalizedName, parameter);
        parameter.Collection = this;
        _byName.Add(parameter.NormalizedName, parameter);
    }

    private void Detach(ZohoCrmParameter parameter)
    {
        parameter.Collection = null;
        _byName.Remove(parameter.NormalizedName);
    }

    private int IndexOfExisting(string parameterName)
    {
        var index = IndexOf(parameterName);
        return index >= 0 ? index : throw new IndexOutOfRangeException(ZohoCrmStrings.ParameterNotFound(parameterName));
    }

    private static ZohoCrmParameter Cast(object? value) =>
        value as ZohoCrmParameter ?? throw new InvalidCastException(ZohoCrmStrings.ParameterTypeMismatch(value?.GetType().FullName));
}

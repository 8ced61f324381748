using System.Collections;
using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using ZohoCrm.Data.Metadata;
using ZohoCrm.Data.Properties;

namespace ZohoCrm.Data;

/// <summary>
/// A named value for a <c>ZohoCrmCommand</c>: <c>@name</c> in the query text. Values are bound into the parsed
/// query as COQL literals with Zoho's escaping, so no value can change the structure of a query.
/// </summary>
/// <remarks>
/// The literal form follows the field the parameter is compared with: Zoho's metadata says what the field holds, so
/// <c>Created_Time &gt; @since</c> sends <c>@since</c> as a datetime whether it was given as a <see cref="DateTimeOffset"/>,
/// a <see cref="DateTime"/> or ISO 8601 text. <see cref="ZohoType"/> states the type the caller intends: it is checked
/// against that field, and it types the value where no field does. Only <see cref="ParameterDirection.Input"/> is supported.
/// </remarks>
public sealed class ZohoCrmParameter : DbParameter, ICloneable
{
    private string _parameterName = string.Empty;
    private string _normalizedName = string.Empty;
    private object? _value;
    private DbType? _dbType;
    private string _sourceColumn = string.Empty;

    /// <summary>Creates a parameter with no name and no value.</summary>
    public ZohoCrmParameter()
    {
    }

    /// <summary>Creates a parameter with a name (with or without the leading <c>@</c>) and a value.</summary>
    public ZohoCrmParameter(string parameterName, object? value)
    {
        ParameterName = parameterName;
        Value = value;
    }

    /// <summary>Creates a parameter with the Zoho data type its value is meant as (see <see cref="ZohoType"/>).</summary>
    public ZohoCrmParameter(string parameterName, ZohoCrmFieldType zohoType, object? value = null)
        : this(parameterName, value)
    {
        ZohoType = zohoType;
    }

    /// <summary>
    /// The name as given (<c>@city</c> or <c>city</c>); the query text always refers to it as <c>@city</c>.
    /// </summary>
    [AllowNull]
    public override string ParameterName
    {
        get => _parameterName;
        set
        {
            var name = value ?? string.Empty;
            var normalized = NormalizeName(name);
            if (Collection is { } collection && !string.Equals(normalized, _normalizedName, StringComparison.OrdinalIgnoreCase))
            {
                collection.Rename(this, name, normalized);
            }

            _parameterName = name;
            _normalizedName = normalized;
        }
    }

    // Cut once when the name is set, not on each read: a collection keys its members by it.
    /// <summary>The name without its leading <c>@</c>, as it appears after <c>@</c> in the query text.</summary>
    public string NormalizedName => _normalizedName;

    /// <summary>The value; <see langword="null"/> and <see cref="DBNull.Value"/> both mean SQL NULL.</summary>
    public override object? Value
    {
        get => _value;
        set => _value = value;
    }

    /// <summary>
    /// The Zoho data type the caller intends the value as (the EF Core provider sets it from its type mappings);
    /// <see langword="null"/> (the default) lets the compared field decide alone.
    /// </summary>
    /// <remarks>
    /// <para>Compared with a field (<c>Closing_Date = @due</c>, <c>id IN (@ids)</c>, <c>BETWEEN</c>), the value is sent as
    /// the field's type, and a <see cref="ZohoType"/> of another kind (text for a number field, a date for a boolean) is a
    /// <see cref="ZohoCrmQueryException"/> naming the parameter, the field and both types, instead of a silent conversion.
    /// Kinds that compare: numbers and ids; dates and datetimes; text, picklists and multi-select picklists; booleans.</para>
    /// <para>Where no field decides (the value meets a function such as <c>LENGTH(Last_Name) &gt; @n</c>, or another value),
    /// the value is converted to this type, so <c>"5"</c> with <see cref="ZohoCrmFieldType.Integer"/> compares as the number 5.</para>
    /// <para><see cref="DbType"/> plays no part: tools such as Dapper set it on every parameter from the CLR type.</para>
    /// </remarks>
    public ZohoCrmFieldType? ZohoType { get; set; }

    /// <summary>The ADO.NET type; inferred from <see cref="Value"/> until set. Informational: the compared field (and <see cref="ZohoType"/>) decide how the value is sent.</summary>
    public override DbType DbType
    {
        get => _dbType ?? InferDbType(_value);
        set => _dbType = value;
    }

    /// <summary>Only <see cref="ParameterDirection.Input"/>: Zoho CRM queries have no output parameters.</summary>
    public override ParameterDirection Direction
    {
        get => ParameterDirection.Input;
        set
        {
            if (value != ParameterDirection.Input)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value,
                    ZohoCrmStrings.ParameterDirectionNotSupported(_parameterName, value));
            }
        }
    }

    /// <inheritdoc />
    public override bool IsNullable { get; set; }

    /// <summary>Maximum length of a text value; informational (Zoho checks lengths on writes).</summary>
    public override int Size { get; set; }

    /// <inheritdoc />
    public override byte Precision { get; set; }

    /// <inheritdoc />
    public override byte Scale { get; set; }

    /// <inheritdoc />
    [AllowNull]
    public override string SourceColumn
    {
        get => _sourceColumn;
        set => _sourceColumn = value ?? string.Empty;
    }

    /// <inheritdoc />
    public override bool SourceColumnNullMapping { get; set; }

    /// <summary>Whether the value is SQL NULL.</summary>
    public bool IsNull => _value is null || _value is DBNull;

    internal ZohoCrmParameterCollection? Collection { get; set; }

    /// <summary>The value as the binder takes it: null for SQL NULL, with the stated <see cref="ZohoType"/> when there is one.</summary>
    internal object? BindingValue => IsNull ? null : ZohoType is { } type ? new Coql.Binding.CoqlTypedValue(_value, type) : _value;

    /// <summary>Forgets an explicitly set <see cref="DbType"/>, so it is inferred from the value again.</summary>
    public override void ResetDbType() => _dbType = null;

    /// <summary>A copy of this parameter that belongs to no collection.</summary>
    public ZohoCrmParameter Clone() => new()
    {
        _parameterName = _parameterName,
        _normalizedName = _normalizedName,
        _value = _value is ICloneable cloneable and not string ? cloneable.Clone() : _value,
        _dbType = _dbType,
        ZohoType = ZohoType,
        IsNullable = IsNullable,
        Size = Size,
        Precision = Precision,
        Scale = Scale,
        _sourceColumn = _sourceColumn,
        SourceColumnNullMapping = SourceColumnNullMapping,
    };

    object ICloneable.Clone() => Clone();

    /// <inheritdoc />
    public override string ToString() => _parameterName;

    internal static string NormalizeName(string? name) =>
        string.IsNullOrEmpty(name) ? string.Empty : name[0] == '@' ? name[1..] : name;

    private static DbType InferDbType(object? value) => value switch
    {
        null or DBNull or string or char => DbType.String,
        bool => DbType.Boolean,
        byte => DbType.Byte,
        sbyte => DbType.SByte,
        short => DbType.Int16,
        ushort => DbType.UInt16,
        int => DbType.Int32,
        uint => DbType.UInt32,
        long => DbType.Int64,
        ulong => DbType.UInt64,
        float => DbType.Single,
        double => DbType.Double,
        decimal => DbType.Decimal,
        DateOnly => DbType.Date,
        TimeOnly => DbType.Time,
        DateTime => DbType.DateTime,
        DateTimeOffset => DbType.DateTimeOffset,
        Guid => DbType.Guid,
        byte[] => DbType.Binary,
        IEnumerable => DbType.Object,
        _ => DbType.Object,
    };
}

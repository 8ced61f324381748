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
/// The literal form follows the field the parameter is compared with; set <see cref="ZohoType"/> to force one
/// (as <c>NpgsqlParameter.NpgsqlDbType</c> does). Only <see cref="ParameterDirection.Input"/> is supported.
/// </remarks>
public sealed class ZohoCrmParameter : DbParameter, ICloneable
{
    private string _parameterName = string.Empty;
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

    /// <summary>Creates a parameter whose value is sent as the given Zoho data type.</summary>
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
            if (Collection is { } collection && !string.Equals(NormalizeName(value), NormalizedName, StringComparison.OrdinalIgnoreCase))
            {
                collection.EnsureNameIsFree(value ?? string.Empty, this);
            }

            _parameterName = value ?? string.Empty;
        }
    }

    /// <summary>The name without its leading <c>@</c>, as it appears after <c>@</c> in the query text.</summary>
    public string NormalizedName => NormalizeName(_parameterName);

    /// <summary>The value; <see langword="null"/> and <see cref="DBNull.Value"/> both mean SQL NULL.</summary>
    public override object? Value
    {
        get => _value;
        set => _value = value;
    }

    /// <summary>
    /// The Zoho data type the value is sent as, overriding the type of the field it is compared with. Set by the
    /// EF Core provider's type mappings; <see langword="null"/> lets the field decide.
    /// </summary>
    public ZohoCrmFieldType? ZohoType { get; set; }

    /// <summary>The ADO.NET type; inferred from <see cref="Value"/> until set.</summary>
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

    /// <summary>Forgets an explicitly set <see cref="DbType"/>, so it is inferred from the value again.</summary>
    public override void ResetDbType() => _dbType = null;

    /// <summary>A copy of this parameter that belongs to no collection.</summary>
    public ZohoCrmParameter Clone() => new()
    {
        _parameterName = _parameterName,
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

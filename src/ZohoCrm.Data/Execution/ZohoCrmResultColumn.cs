using ZohoCrm.Data.Metadata;

namespace ZohoCrm.Data.Execution;

/// <summary>
/// One column of a result: where its value is in each record's JSON and what type it has. The planner describes
/// the columns of a query's result with these; the reader exposes them by name and ordinal.
/// </summary>

internal sealed record ZohoCrmResultColumn
{
    /// <summary>Creates a column.</summary>
    /// <param name="name">The name the reader exposes (the alias, the dotted path, or the aggregate text).</param>
    /// <param name="jsonKey">The key of the value in a record's JSON (Zoho keys rows by alias, path or aggregate text).</param>
    /// <param name="zohoType">The Zoho type of the value (for aggregates: the type of their result).</param>
    public ZohoCrmResultColumn(string name, string jsonKey, ZohoCrmFieldType zohoType)
    {
        Name = name;
        JsonKey = jsonKey;
        ZohoType = zohoType;
    }

    /// <summary>The name the reader exposes.</summary>
    public string Name { get; init; }

    /// <summary>The key of the value in a record's JSON.</summary>
    public string JsonKey { get; init; }

    /// <summary>The Zoho type of the value.</summary>
    public ZohoCrmFieldType ZohoType { get; init; }

    /// <summary>Whether the column reads the value or a lookup's display name.</summary>
    public ZohoCrmResultColumnRole Role { get; init; } = ZohoCrmResultColumnRole.Value;

    /// <summary>The module the value comes from, when it is a field (for column schema).</summary>
    public string? BaseModule { get; init; }

    /// <summary>The field's API name (or dotted path), when the column is a field (for column schema).</summary>
    public string? BaseField { get; init; }

    /// <summary>COUNT/SUM/MIN/MAX/AVG text, when the column is an aggregate.</summary>
    public bool IsAggregate { get; init; }

    /// <summary>Whether the SELECT gave the column an alias.</summary>
    public bool IsAliased { get; init; }

    /// <summary>The .NET type <see cref="System.Data.Common.DbDataReader.GetValue"/> returns for this column.</summary>
    public Type ClrType
    {
        get => Role == ZohoCrmResultColumnRole.LookupName ? typeof(string) : _clrType ?? ZohoCrmFieldTypeInfo.Of(ZohoType).ClrType;
        init => _clrType = value;
    }

    private readonly Type? _clrType;

    /// <summary>The display-name column that goes with a lookup column: <c>Account_Name.name</c> for <c>Account_Name</c>.</summary>
    public ZohoCrmResultColumn ToLookupNameColumn() => this with
    {
        Name = Name + LookupNameSuffix,
        Role = ZohoCrmResultColumnRole.LookupName,
        IsAliased = false,
        IsAggregate = false,
    };

    /// <summary>The suffix of a lookup's display-name column (<c>Owner.name</c>).</summary>
    public const string LookupNameSuffix = ".name";
}

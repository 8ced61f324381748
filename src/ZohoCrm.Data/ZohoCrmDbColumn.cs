using System.Data.Common;
using ZohoCrm.Data.Execution;
using ZohoCrm.Data.Metadata;

namespace ZohoCrm.Data;

/// <summary>
/// A column of a <see cref="ZohoCrmDataReader"/> result, as <c>GetColumnSchema()</c> describes it.
/// <see cref="DbColumn.DataTypeName"/> is Zoho's <c>data_type</c> (<c>currency</c>, <c>ownerlookup</c>, ...).
/// </summary>
public sealed class ZohoCrmDbColumn : DbColumn
{
    internal ZohoCrmDbColumn(ZohoCrmResultColumn column, int ordinal)
    {
        ColumnName = column.Name;
        ColumnOrdinal = ordinal;
        ZohoType = column.ZohoType;
        IsLookupName = column.Role == ZohoCrmResultColumnRole.LookupName;
        DataType = column.ClrType;
        DataTypeName = IsLookupName ? "text" : ZohoCrmFieldTypeInfo.Of(column.ZohoType).DataType;
        AllowDBNull = true;
        BaseTableName = column.BaseModule;
        BaseColumnName = column.BaseField;
        IsAliased = column.IsAliased;
        IsExpression = column.IsAggregate;
        IsKey = !column.IsAggregate && !IsLookupName && string.Equals(column.BaseField, "id", StringComparison.OrdinalIgnoreCase);
        IsUnique = IsKey;
        IsReadOnly = true;
        IsLong = column.ZohoType == ZohoCrmFieldType.Textarea;
        IsHidden = false;
    }

    /// <summary>The Zoho data type of the column (for a lookup's display-name column, the lookup's type).</summary>
    public ZohoCrmFieldType ZohoType { get; }

    /// <summary>Whether this is the display name of a lookup column (<c>Account_Name.name</c>) rather than a field.</summary>
    public bool IsLookupName { get; }
}

using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage;

namespace EFCore.ZohoCrm.Storage.Internal.Mapping;

/// <summary>
/// Zoho <c>datetime</c> fields as <see cref="DateTimeOffset"/>; literal ISO 8601 with offset and no fractional
/// seconds (<c>'2024-05-28T04:25:36-07:00'</c>), the only form Zoho documents. Internal API.
/// </summary>
public class ZohoCrmDateTimeOffsetTypeMapping : DateTimeOffsetTypeMapping
{
    public static new ZohoCrmDateTimeOffsetTypeMapping Default { get; } = new(ZohoCrmStoreTypes.DateTime);

    public ZohoCrmDateTimeOffsetTypeMapping(string storeType)
        : base(storeType)
    {
    }

    protected ZohoCrmDateTimeOffsetTypeMapping(RelationalTypeMappingParameters parameters)
        : base(parameters)
    {
    }

    protected override RelationalTypeMapping Clone(RelationalTypeMappingParameters parameters) => new ZohoCrmDateTimeOffsetTypeMapping(parameters);

    protected override string GenerateNonNullSqlLiteral(object value) => ZohoCrmLiterals.Format(StoreTypeNameBase, value);

    protected override void ConfigureParameter(DbParameter parameter)
    {
        base.ConfigureParameter(parameter);
        ZohoCrmLiterals.SetFieldType(parameter, StoreTypeNameBase);
    }
}

using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage;

namespace EFCore.ZohoCrm.Storage.Internal.Mapping;

/// <summary>
/// 64-bit numbers: record ids, <c>bigint</c> fields and lookup foreign keys (<c>lookup</c>, <c>ownerlookup</c>,
/// <c>userlookup</c>), which Zoho sends as strings of up to 19 digits. Internal API.
/// </summary>
public class ZohoCrmLongTypeMapping : LongTypeMapping
{
    public static new ZohoCrmLongTypeMapping Default { get; } = new(ZohoCrmStoreTypes.BigInt);

    public ZohoCrmLongTypeMapping(string storeType)
        : base(storeType)
    {
    }

    protected ZohoCrmLongTypeMapping(RelationalTypeMappingParameters parameters)
        : base(parameters)
    {
    }

    protected override RelationalTypeMapping Clone(RelationalTypeMappingParameters parameters) => new ZohoCrmLongTypeMapping(parameters);

    // The dialect reads an id compared with a lookup as a number too; a constant is written as one whatever the store type.
    protected override string GenerateNonNullSqlLiteral(object value) =>
        ZohoCrmLiterals.Format(ZohoCrmStoreTypes.BigInt, Convert.ToInt64(value, CultureInfo.InvariantCulture));

    protected override void ConfigureParameter(DbParameter parameter)
    {
        base.ConfigureParameter(parameter);
        ZohoCrmLiterals.SetFieldType(parameter, StoreTypeNameBase);
    }
}

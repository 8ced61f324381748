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
    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public static new ZohoCrmLongTypeMapping Default { get; } = new(ZohoCrmStoreTypes.BigInt);

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public ZohoCrmLongTypeMapping(string storeType)
        : base(storeType)
    {
    }

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    protected ZohoCrmLongTypeMapping(RelationalTypeMappingParameters parameters)
        : base(parameters)
    {
    }

    /// <inheritdoc />
    protected override RelationalTypeMapping Clone(RelationalTypeMappingParameters parameters) => new ZohoCrmLongTypeMapping(parameters);

    /// <inheritdoc />
    // The dialect reads an id compared with a lookup as a number too; a constant is written as one whatever the store type.
    protected override string GenerateNonNullSqlLiteral(object value) =>
        ZohoCrmLiterals.Format(ZohoCrmStoreTypes.BigInt, Convert.ToInt64(value, CultureInfo.InvariantCulture));

    /// <inheritdoc />
    protected override void ConfigureParameter(DbParameter parameter)
    {
        base.ConfigureParameter(parameter);
        ZohoCrmLiterals.SetFieldType(parameter, StoreTypeNameBase);
    }
}

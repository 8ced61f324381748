using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage;

namespace EFCore.ZohoCrm.Storage.Internal.Mapping;

/// <summary>
/// Zoho <c>datetime</c> fields as <see cref="DateTimeOffset"/>; literal ISO 8601 with offset and no fractional
/// seconds (<c>'2024-05-28T04:25:36-07:00'</c>), the only form Zoho documents. Internal API.
/// </summary>
public class ZohoCrmDateTimeOffsetTypeMapping : DateTimeOffsetTypeMapping
{
    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public static new ZohoCrmDateTimeOffsetTypeMapping Default { get; } = new(ZohoCrmStoreTypes.DateTime);

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public ZohoCrmDateTimeOffsetTypeMapping(string storeType)
        : base(storeType)
    {
    }

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    protected ZohoCrmDateTimeOffsetTypeMapping(RelationalTypeMappingParameters parameters)
        : base(parameters)
    {
    }

    /// <inheritdoc />
    protected override RelationalTypeMapping Clone(RelationalTypeMappingParameters parameters) => new ZohoCrmDateTimeOffsetTypeMapping(parameters);

    /// <inheritdoc />
    protected override string GenerateNonNullSqlLiteral(object value) => ZohoCrmLiterals.Format(StoreTypeNameBase, value);

    /// <inheritdoc />
    protected override void ConfigureParameter(DbParameter parameter)
    {
        base.ConfigureParameter(parameter);
        ZohoCrmLiterals.SetFieldType(parameter, StoreTypeNameBase);
    }
}

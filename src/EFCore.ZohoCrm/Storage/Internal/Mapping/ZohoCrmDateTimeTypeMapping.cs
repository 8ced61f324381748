using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage;

namespace EFCore.ZohoCrm.Storage.Internal.Mapping;

/// <summary>
/// <see cref="DateTime"/> over a Zoho <c>datetime</c> field (values are UTC: an unspecified kind is taken as UTC,
/// a local one is converted) or a <c>date</c> field (the time of day must be midnight). Internal API.
/// </summary>
public class ZohoCrmDateTimeTypeMapping : DateTimeTypeMapping
{
    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public static new ZohoCrmDateTimeTypeMapping Default { get; } = new(ZohoCrmStoreTypes.DateTime);

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public ZohoCrmDateTimeTypeMapping(string storeType)
        : base(storeType)
    {
    }

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    protected ZohoCrmDateTimeTypeMapping(RelationalTypeMappingParameters parameters)
        : base(parameters)
    {
    }

    /// <inheritdoc />
    protected override RelationalTypeMapping Clone(RelationalTypeMappingParameters parameters) => new ZohoCrmDateTimeTypeMapping(parameters);

    /// <inheritdoc />
    protected override string GenerateNonNullSqlLiteral(object value) => ZohoCrmLiterals.Format(StoreTypeNameBase, value);

    /// <inheritdoc />
    protected override void ConfigureParameter(DbParameter parameter)
    {
        base.ConfigureParameter(parameter);
        ZohoCrmLiterals.SetFieldType(parameter, StoreTypeNameBase);
    }
}

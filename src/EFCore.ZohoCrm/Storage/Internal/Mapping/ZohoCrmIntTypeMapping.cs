using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage;

namespace EFCore.ZohoCrm.Storage.Internal.Mapping;

/// <summary>Zoho <c>integer</c> fields (up to 9 digits) as <see cref="int"/>. Internal API.</summary>
public class ZohoCrmIntTypeMapping : IntTypeMapping
{
    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public static new ZohoCrmIntTypeMapping Default { get; } = new(ZohoCrmStoreTypes.Integer);

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public ZohoCrmIntTypeMapping(string storeType)
        : base(storeType)
    {
    }

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    protected ZohoCrmIntTypeMapping(RelationalTypeMappingParameters parameters)
        : base(parameters)
    {
    }

    /// <inheritdoc />
    protected override RelationalTypeMapping Clone(RelationalTypeMappingParameters parameters) => new ZohoCrmIntTypeMapping(parameters);

    /// <inheritdoc />
    protected override string GenerateNonNullSqlLiteral(object value) => ZohoCrmLiterals.Format(StoreTypeNameBase, value);

    /// <inheritdoc />
    protected override void ConfigureParameter(DbParameter parameter)
    {
        base.ConfigureParameter(parameter);
        ZohoCrmLiterals.SetFieldType(parameter, StoreTypeNameBase);
    }
}

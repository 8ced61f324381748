using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage;

namespace EFCore.ZohoCrm.Storage.Internal.Mapping;

/// <summary>
/// <c>currency</c>, <c>double</c> (Zoho's "Decimal") and <c>percent</c> fields as <see cref="decimal"/>, which keeps
/// money exact. Literals are plain invariant numbers: COQL has no exponent syntax. Internal API.
/// </summary>
public class ZohoCrmDecimalTypeMapping : DecimalTypeMapping
{
    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public static new ZohoCrmDecimalTypeMapping Default { get; } = new(ZohoCrmStoreTypes.Currency);

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public ZohoCrmDecimalTypeMapping(string storeType)
        : base(storeType)
    {
    }

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    protected ZohoCrmDecimalTypeMapping(RelationalTypeMappingParameters parameters)
        : base(parameters)
    {
    }

    /// <inheritdoc />
    protected override RelationalTypeMapping Clone(RelationalTypeMappingParameters parameters) => new ZohoCrmDecimalTypeMapping(parameters);

    /// <inheritdoc />
    protected override string GenerateNonNullSqlLiteral(object value) =>
        ZohoCrmLiterals.Format(StoreTypeNameBase, Convert.ToDecimal(value, CultureInfo.InvariantCulture));

    /// <inheritdoc />
    protected override void ConfigureParameter(DbParameter parameter)
    {
        base.ConfigureParameter(parameter);
        ZohoCrmLiterals.SetFieldType(parameter, StoreTypeNameBase);
    }
}

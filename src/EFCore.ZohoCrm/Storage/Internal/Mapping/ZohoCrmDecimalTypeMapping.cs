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
    public static new ZohoCrmDecimalTypeMapping Default { get; } = new(ZohoCrmStoreTypes.Currency);

    public ZohoCrmDecimalTypeMapping(string storeType)
        : base(storeType)
    {
    }

    protected ZohoCrmDecimalTypeMapping(RelationalTypeMappingParameters parameters)
        : base(parameters)
    {
    }

    protected override RelationalTypeMapping Clone(RelationalTypeMappingParameters parameters) => new ZohoCrmDecimalTypeMapping(parameters);

    protected override string GenerateNonNullSqlLiteral(object value) =>
        ZohoCrmLiterals.Format(StoreTypeNameBase, Convert.ToDecimal(value, CultureInfo.InvariantCulture));

    protected override void ConfigureParameter(DbParameter parameter)
    {
        base.ConfigureParameter(parameter);
        ZohoCrmLiterals.SetFieldType(parameter, StoreTypeNameBase);
    }
}

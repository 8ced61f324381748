using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage;

namespace EFCore.ZohoCrm.Storage.Internal.Mapping;

/// <summary>
/// <c>double</c>, <c>currency</c> and <c>percent</c> fields read as <see cref="double"/>. Literals are written in
/// fixed notation because COQL has no exponent syntax. Internal API.
/// </summary>
public class ZohoCrmDoubleTypeMapping : DoubleTypeMapping
{
    public static new ZohoCrmDoubleTypeMapping Default { get; } = new(ZohoCrmStoreTypes.Double);

    public ZohoCrmDoubleTypeMapping(string storeType)
        : base(storeType)
    {
    }

    protected ZohoCrmDoubleTypeMapping(RelationalTypeMappingParameters parameters)
        : base(parameters)
    {
    }

    protected override RelationalTypeMapping Clone(RelationalTypeMappingParameters parameters) => new ZohoCrmDoubleTypeMapping(parameters);

    protected override string GenerateNonNullSqlLiteral(object value)
    {
        var number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
        if (double.IsNaN(number) || double.IsInfinity(number))
        {
            throw new InvalidOperationException(Properties.ZohoCrmStrings.NoLiteralForValue(number.ToString(CultureInfo.InvariantCulture)));
        }

        return ZohoCrmLiterals.Format(StoreTypeNameBase, number);
    }

    protected override void ConfigureParameter(DbParameter parameter)
    {
        base.ConfigureParameter(parameter);
        ZohoCrmLiterals.SetFieldType(parameter, StoreTypeNameBase);
    }
}

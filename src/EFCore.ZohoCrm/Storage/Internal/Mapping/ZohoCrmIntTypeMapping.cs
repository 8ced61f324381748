using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage;

namespace EFCore.ZohoCrm.Storage.Internal.Mapping;

/// <summary>Zoho <c>integer</c> fields (up to 9 digits) as <see cref="int"/>. Internal API.</summary>
public class ZohoCrmIntTypeMapping : IntTypeMapping
{
    public static new ZohoCrmIntTypeMapping Default { get; } = new(ZohoCrmStoreTypes.Integer);

    public ZohoCrmIntTypeMapping(string storeType)
        : base(storeType)
    {
    }

    protected ZohoCrmIntTypeMapping(RelationalTypeMappingParameters parameters)
        : base(parameters)
    {
    }

    protected override RelationalTypeMapping Clone(RelationalTypeMappingParameters parameters) => new ZohoCrmIntTypeMapping(parameters);

    protected override string GenerateNonNullSqlLiteral(object value) => ZohoCrmLiterals.Format(StoreTypeNameBase, value);

    protected override void ConfigureParameter(DbParameter parameter)
    {
        base.ConfigureParameter(parameter);
        ZohoCrmLiterals.SetFieldType(parameter, StoreTypeNameBase);
    }
}

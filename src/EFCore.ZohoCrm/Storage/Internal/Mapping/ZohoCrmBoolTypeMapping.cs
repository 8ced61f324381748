using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage;

namespace EFCore.ZohoCrm.Storage.Internal.Mapping;

/// <summary>Zoho <c>boolean</c> fields; COQL's documented literal is the quoted <c>'true'</c> / <c>'false'</c>. Internal API.</summary>
public class ZohoCrmBoolTypeMapping : BoolTypeMapping
{
    public static new ZohoCrmBoolTypeMapping Default { get; } = new(ZohoCrmStoreTypes.Boolean);

    public ZohoCrmBoolTypeMapping(string storeType)
        : base(storeType)
    {
    }

    protected ZohoCrmBoolTypeMapping(RelationalTypeMappingParameters parameters)
        : base(parameters)
    {
    }

    protected override RelationalTypeMapping Clone(RelationalTypeMappingParameters parameters) => new ZohoCrmBoolTypeMapping(parameters);

    protected override string GenerateNonNullSqlLiteral(object value) => ZohoCrmLiterals.Format(StoreTypeNameBase, value);

    protected override void ConfigureParameter(DbParameter parameter)
    {
        base.ConfigureParameter(parameter);
        ZohoCrmLiterals.SetFieldType(parameter, StoreTypeNameBase);
    }
}

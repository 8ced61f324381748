using System.Data.Common;
using System.Data;
using Microsoft.EntityFrameworkCore.Storage;
using EFCore.ZohoCrm.Storage.Internal;

namespace EFCore.ZohoCrm.Storage.Internal.Mapping;

/// <summary>
/// Text-like fields: text, textarea, email, phone, website, picklist, autonumber, profileimage. COQL string
/// literals are single-quoted with quotes doubled. Internal API.
/// </summary>
public class ZohoCrmStringTypeMapping : StringTypeMapping
{
    public static new ZohoCrmStringTypeMapping Default { get; } = new(ZohoCrmStoreTypes.Text);

    public ZohoCrmStringTypeMapping(string storeType, int? size = null)
        : base(storeType, System.Data.DbType.String, unicode: true, size)
    {
    }

    protected ZohoCrmStringTypeMapping(RelationalTypeMappingParameters parameters)
        : base(parameters)
    {
    }

    protected override RelationalTypeMapping Clone(RelationalTypeMappingParameters parameters) => new ZohoCrmStringTypeMapping(parameters);

    protected override string GenerateNonNullSqlLiteral(object value) => ZohoCrmLiterals.Format(StoreTypeNameBase, value);

    protected override void ConfigureParameter(DbParameter parameter)
    {
        base.ConfigureParameter(parameter);
        ZohoCrmLiterals.SetFieldType(parameter, StoreTypeNameBase);
    }
}

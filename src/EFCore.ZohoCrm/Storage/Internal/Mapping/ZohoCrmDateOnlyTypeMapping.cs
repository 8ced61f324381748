using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage;

namespace EFCore.ZohoCrm.Storage.Internal.Mapping;

/// <summary>Zoho <c>date</c> fields as <see cref="DateOnly"/>; literal the date in quotes (<c>'2017-08-16'</c>). Internal API.</summary>
public class ZohoCrmDateOnlyTypeMapping : DateOnlyTypeMapping
{
    public static new ZohoCrmDateOnlyTypeMapping Default { get; } = new(ZohoCrmStoreTypes.Date);

    public ZohoCrmDateOnlyTypeMapping(string storeType)
        : base(storeType)
    {
    }

    protected ZohoCrmDateOnlyTypeMapping(RelationalTypeMappingParameters parameters)
        : base(parameters)
    {
    }

    protected override RelationalTypeMapping Clone(RelationalTypeMappingParameters parameters) => new ZohoCrmDateOnlyTypeMapping(parameters);

    protected override string GenerateNonNullSqlLiteral(object value) => ZohoCrmLiterals.Format(StoreTypeNameBase, value);

    protected override void ConfigureParameter(DbParameter parameter)
    {
        base.ConfigureParameter(parameter);
        ZohoCrmLiterals.SetFieldType(parameter, StoreTypeNameBase);
    }
}

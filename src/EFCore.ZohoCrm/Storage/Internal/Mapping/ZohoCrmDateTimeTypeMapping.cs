using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage;

namespace EFCore.ZohoCrm.Storage.Internal.Mapping;

/// <summary>
/// <see cref="DateTime"/> over a Zoho <c>datetime</c> field (values are UTC: an unspecified kind is taken as UTC,
/// a local one is converted) or a <c>date</c> field (the time of day must be midnight). Internal API.
/// </summary>
public class ZohoCrmDateTimeTypeMapping : DateTimeTypeMapping
{
    public static new ZohoCrmDateTimeTypeMapping Default { get; } = new(ZohoCrmStoreTypes.DateTime);

    public ZohoCrmDateTimeTypeMapping(string storeType)
        : base(storeType)
    {
    }

    protected ZohoCrmDateTimeTypeMapping(RelationalTypeMappingParameters parameters)
        : base(parameters)
    {
    }

    protected override RelationalTypeMapping Clone(RelationalTypeMappingParameters parameters) => new ZohoCrmDateTimeTypeMapping(parameters);

    protected override string GenerateNonNullSqlLiteral(object value) => ZohoCrmLiterals.Format(StoreTypeNameBase, value);

    protected override void ConfigureParameter(DbParameter parameter)
    {
        base.ConfigureParameter(parameter);
        ZohoCrmLiterals.SetFieldType(parameter, StoreTypeNameBase);
    }
}

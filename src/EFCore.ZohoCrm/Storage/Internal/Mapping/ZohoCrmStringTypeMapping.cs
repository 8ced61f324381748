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
    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public static new ZohoCrmStringTypeMapping Default { get; } = new(ZohoCrmStoreTypes.Text);

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public ZohoCrmStringTypeMapping(string storeType, int? size = null)
        : base(storeType, System.Data.DbType.String, unicode: true, size)
    {
    }

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    protected ZohoCrmStringTypeMapping(RelationalTypeMappingParameters parameters)
        : base(parameters)
    {
    }

    /// <inheritdoc />
    protected override RelationalTypeMapping Clone(RelationalTypeMappingParameters parameters) => new ZohoCrmStringTypeMapping(parameters);

    /// <inheritdoc />
    protected override string GenerateNonNullSqlLiteral(object value) => ZohoCrmLiterals.Format(StoreTypeNameBase, value);

    /// <inheritdoc />
    protected override void ConfigureParameter(DbParameter parameter)
    {
        base.ConfigureParameter(parameter);
        ZohoCrmLiterals.SetFieldType(parameter, StoreTypeNameBase);
    }
}

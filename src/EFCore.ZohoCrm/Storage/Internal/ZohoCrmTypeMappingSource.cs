using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using EFCore.ZohoCrm.Storage.Internal.Mapping;

namespace EFCore.ZohoCrm.Storage.Internal;

/// <summary>
/// Maps CLR types to the Zoho CRM field types COQL can read, and Zoho <c>data_type</c> names (store types, as the
/// scaffolder reads them from field metadata) back to CLR types. Internal API.
/// </summary>
/// <remarks>
/// A CLR type alone picks its usual field type (string: text, long: bigint, decimal: currency, DateTimeOffset:
/// datetime ...); <c>HasZohoCrmFieldType</c> or <c>HasColumnType</c> picks another one the CLR type can hold
/// (string: picklist, long: lookup, DateTime: date ...). Field types COQL cannot read (subform, file upload,
/// multi-select lookup ...) have no mapping, so the scaffolder skips them. String collection properties are
/// multi-select picklists (the field convention gives them that field type); other collections, such as the lists
/// of a <c>Contains</c>, keep EF's own collection mapping.
/// </remarks>
public class ZohoCrmTypeMappingSource : RelationalTypeMappingSource
{
    private static readonly Dictionary<Type, RelationalTypeMapping> ClrTypeMappings = new()
    {
        [typeof(string)] = ZohoCrmStringTypeMapping.Default,
        [typeof(int)] = ZohoCrmIntTypeMapping.Default,
        [typeof(long)] = ZohoCrmLongTypeMapping.Default,
        [typeof(decimal)] = ZohoCrmDecimalTypeMapping.Default,
        [typeof(double)] = ZohoCrmDoubleTypeMapping.Default,
        [typeof(bool)] = ZohoCrmBoolTypeMapping.Default,
        [typeof(DateOnly)] = ZohoCrmDateOnlyTypeMapping.Default,
        [typeof(DateTimeOffset)] = ZohoCrmDateTimeOffsetTypeMapping.Default,
        [typeof(DateTime)] = ZohoCrmDateTimeTypeMapping.Default,
    };


    // For each store type: the mappings of the CLR types it can hold, the scaffolding default first.
    private static readonly Dictionary<string, RelationalTypeMapping[]> StoreTypeMappings = new(StringComparer.OrdinalIgnoreCase)
    {
        [ZohoCrmStoreTypes.Text] = [new ZohoCrmStringTypeMapping(ZohoCrmStoreTypes.Text)],
        [ZohoCrmStoreTypes.Textarea] = [new ZohoCrmStringTypeMapping(ZohoCrmStoreTypes.Textarea)],
        [ZohoCrmStoreTypes.Email] = [new ZohoCrmStringTypeMapping(ZohoCrmStoreTypes.Email)],
        [ZohoCrmStoreTypes.Phone] = [new ZohoCrmStringTypeMapping(ZohoCrmStoreTypes.Phone)],
        [ZohoCrmStoreTypes.Website] = [new ZohoCrmStringTypeMapping(ZohoCrmStoreTypes.Website)],
        [ZohoCrmStoreTypes.Picklist] = [new ZohoCrmStringTypeMapping(ZohoCrmStoreTypes.Picklist)],
        [ZohoCrmStoreTypes.MultiSelectPicklist] = [.. ZohoCrmMultiSelectPicklistTypeMapping.SupportedClrTypes.Select(t => new ZohoCrmMultiSelectPicklistTypeMapping(t))],
        [ZohoCrmStoreTypes.AutoNumber] = [new ZohoCrmStringTypeMapping(ZohoCrmStoreTypes.AutoNumber)],
        [ZohoCrmStoreTypes.ProfileImage] = [new ZohoCrmStringTypeMapping(ZohoCrmStoreTypes.ProfileImage)],
        [ZohoCrmStoreTypes.Integer] = [new ZohoCrmIntTypeMapping(ZohoCrmStoreTypes.Integer), new ZohoCrmLongTypeMapping(ZohoCrmStoreTypes.Integer)],
        [ZohoCrmStoreTypes.BigInt] = [new ZohoCrmLongTypeMapping(ZohoCrmStoreTypes.BigInt), new ZohoCrmStringTypeMapping(ZohoCrmStoreTypes.BigInt)],
        [ZohoCrmStoreTypes.Lookup] = [new ZohoCrmLongTypeMapping(ZohoCrmStoreTypes.Lookup)],
        [ZohoCrmStoreTypes.OwnerLookup] = [new ZohoCrmLongTypeMapping(ZohoCrmStoreTypes.OwnerLookup)],
        [ZohoCrmStoreTypes.UserLookup] = [new ZohoCrmLongTypeMapping(ZohoCrmStoreTypes.UserLookup)],
        [ZohoCrmStoreTypes.Currency] = [new ZohoCrmDecimalTypeMapping(ZohoCrmStoreTypes.Currency), new ZohoCrmDoubleTypeMapping(ZohoCrmStoreTypes.Currency)],
        [ZohoCrmStoreTypes.Double] = [new ZohoCrmDecimalTypeMapping(ZohoCrmStoreTypes.Double), new ZohoCrmDoubleTypeMapping(ZohoCrmStoreTypes.Double)],
        ["decimal"] = [new ZohoCrmDecimalTypeMapping(ZohoCrmStoreTypes.Double), new ZohoCrmDoubleTypeMapping(ZohoCrmStoreTypes.Double)],
        [ZohoCrmStoreTypes.Percent] = [new ZohoCrmDecimalTypeMapping(ZohoCrmStoreTypes.Percent), new ZohoCrmDoubleTypeMapping(ZohoCrmStoreTypes.Percent)],
        [ZohoCrmStoreTypes.Boolean] = [new ZohoCrmBoolTypeMapping(ZohoCrmStoreTypes.Boolean)],
        [ZohoCrmStoreTypes.Date] = [new ZohoCrmDateOnlyTypeMapping(ZohoCrmStoreTypes.Date), new ZohoCrmDateTimeTypeMapping(ZohoCrmStoreTypes.Date)],
        [ZohoCrmStoreTypes.DateTime] = [new ZohoCrmDateTimeOffsetTypeMapping(ZohoCrmStoreTypes.DateTime), new ZohoCrmDateTimeTypeMapping(ZohoCrmStoreTypes.DateTime)],
    };

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public ZohoCrmTypeMappingSource(
        TypeMappingSourceDependencies dependencies,
        RelationalTypeMappingSourceDependencies relationalDependencies)
        : base(dependencies, relationalDependencies)
    {
    }

    /// <inheritdoc />
    protected override RelationalTypeMapping? FindMapping(in RelationalTypeMappingInfo mappingInfo)
        => base.FindMapping(mappingInfo) ?? FindZohoMapping(mappingInfo);

    private static RelationalTypeMapping? FindZohoMapping(in RelationalTypeMappingInfo mappingInfo)
    {
        var clrType = mappingInfo.ClrType;
        var storeTypeBase = mappingInfo.StoreTypeNameBase;

        if (storeTypeBase is not null)
        {
            if (!StoreTypeMappings.TryGetValue(storeTypeBase, out var candidates))
            {
                return null;
            }

            var mapping = clrType is null ? candidates[0] : candidates.FirstOrDefault(m => m.ClrType == clrType);
            return mapping is null || mappingInfo.Size is null
                ? mapping
                : mapping.WithStoreTypeAndSize(mapping.StoreType, mappingInfo.Size);
        }

        return clrType is not null && ClrTypeMappings.TryGetValue(clrType, out var clrMapping)
            ? (mappingInfo.Size is { } size ? clrMapping.WithStoreTypeAndSize(clrMapping.StoreType, size) : clrMapping)
            : null;
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using EFCore.ZohoCrm.Storage.Internal.Mapping;
using ZohoCrm.Data.Metadata;

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

    // For each store type (a Zoho data_type a column can have): the mappings of the CLR types it can hold, the
    // type ZohoCrm.Data reads its values as first (the scaffolding default).
    private static readonly Dictionary<string, RelationalTypeMapping[]> StoreTypeMappings = CreateStoreTypeMappings();

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

    /// <summary>
    /// The CLR types (after value conversion) a Zoho <c>data_type</c> can hold, the ones this source maps; <see langword="null"/>
    /// for a data type no column can have (formula, rollup summary, types COQL cannot read), which nothing checks.
    /// </summary>
    internal static IEnumerable<Type>? ClrTypesOf(string dataType) =>
        StoreTypeMappings.TryGetValue(dataType, out var mappings) ? mappings.Select(m => m.ClrType) : null;

    private static Dictionary<string, RelationalTypeMapping[]> CreateStoreTypeMappings()
    {
        var mappings = new Dictionary<string, RelationalTypeMapping[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var fieldType in ZohoCrmFieldTypeInfo.All.Where(t => t.IsColumnType))
        {
            mappings[fieldType.DataType] = MappingsOf(fieldType);
        }

        // Zoho's search docs call a double "decimal".
        mappings["decimal"] = mappings[ZohoCrmStoreTypes.Double];
        return mappings;
    }

    private static RelationalTypeMapping[] MappingsOf(ZohoCrmFieldTypeInfo fieldType)
    {
        var storeType = fieldType.DataType;
        var clrType = fieldType.ClrType;
        return clrType switch
        {
            _ when clrType == typeof(string) => [new ZohoCrmStringTypeMapping(storeType)],
            _ when clrType == typeof(string[]) => [.. ZohoCrmMultiSelectPicklistTypeMapping.SupportedClrTypes.Select(t => new ZohoCrmMultiSelectPicklistTypeMapping(t))],
            _ when clrType == typeof(int) => [new ZohoCrmIntTypeMapping(storeType), new ZohoCrmLongTypeMapping(storeType)],
            // A bigint's digits can be kept as text; an id cannot.
            _ when clrType == typeof(long) && !fieldType.IsLookup => [new ZohoCrmLongTypeMapping(storeType), new ZohoCrmStringTypeMapping(storeType)],
            _ when clrType == typeof(long) => [new ZohoCrmLongTypeMapping(storeType)],
            _ when clrType == typeof(decimal) => [new ZohoCrmDecimalTypeMapping(storeType), new ZohoCrmDoubleTypeMapping(storeType)],
            _ when clrType == typeof(bool) => [new ZohoCrmBoolTypeMapping(storeType)],
            _ when clrType == typeof(DateOnly) => [new ZohoCrmDateOnlyTypeMapping(storeType), new ZohoCrmDateTimeTypeMapping(storeType)],
            _ when clrType == typeof(DateTimeOffset) => [new ZohoCrmDateTimeOffsetTypeMapping(storeType), new ZohoCrmDateTimeTypeMapping(storeType)],
            _ => throw new InvalidOperationException($"No EF Core mapping holds the Zoho type '{storeType}' ({clrType.Name}); add one here."),
        };
    }
}

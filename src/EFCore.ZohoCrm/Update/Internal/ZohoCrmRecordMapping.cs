using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using EFCore.ZohoCrm.Storage.Internal;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using ZohoCrm.Data.Api;
using ZohoCrm.Data.Metadata;

namespace EFCore.ZohoCrm.Update.Internal;

/// <summary>
/// Between EF properties and the Data API's typed records: a property's Zoho field type (its store type), the value it
/// sends, the value a write result returns for it, and the unique field an entity type's inserts are matched on.
/// </summary>
internal static class ZohoCrmRecordMapping
{
    private static readonly MethodInfo GetValueMethod = typeof(ZohoCrmRecordResult).GetMethod(nameof(ZohoCrmRecordResult.GetValue))!;
    private static readonly ConcurrentDictionary<Type, MethodInfo> GetValueByType = new();

    /// <summary>The Zoho field type of a column, from its store type.</summary>
    public static ZohoCrmFieldType FieldType(RelationalTypeMapping? mapping) => ZohoCrmStoreTypes.ToFieldType(mapping?.StoreTypeNameBase);

    /// <summary>A model value as the Data API takes it (a converter's provider value).</summary>
    public static object? ToProvider(object? value, RelationalTypeMapping? mapping) =>
        value is not null && mapping?.Converter is { } converter ? converter.ConvertToProvider(value) : value;

    /// <summary>A provider value (an id Zoho returned) as the property's model value.</summary>
    public static object? ToModel(object? value, IProperty property) =>
        value is not null && property.GetTypeMapping().Converter is { } converter ? converter.ConvertFromProvider(value) : value;

    /// <summary>The record id as the Data API takes it.</summary>
    public static string IdText(object value) => Convert.ToString(value, CultureInfo.InvariantCulture)!;

    /// <summary>
    /// A field a successful write returned (a system field such as <c>Modified_Time</c>, or a user lookup's id), as the
    /// property's model value; <see langword="null"/> when the result does not carry it.
    /// </summary>
    public static bool TryGetReturned(ZohoCrmRecordResult result, string field, IProperty property, RelationalTypeMapping? mapping, out object? value)
    {
        value = null;
        if (!result.Details.ContainsKey(field))
        {
            return false;
        }

        var converter = mapping?.Converter;
        var providerType = converter?.ProviderClrType ?? property.ClrType;
        // A value type is asked for as nullable, so a null the result holds is not read as 0 or false.
        var target = providerType.IsValueType && Nullable.GetUnderlyingType(providerType) is null
            ? typeof(Nullable<>).MakeGenericType(providerType)
            : providerType;
        var getValue = GetValueByType.GetOrAdd(target, t => GetValueMethod.MakeGenericMethod(t));
        var returned = getValue.Invoke(result, [field, FieldType(mapping)]);
        if (returned is null)
        {
            return false;
        }

        value = converter is not null ? converter.ConvertFromProvider(returned) : returned;
        return true;
    }

    /// <summary>
    /// The field an entity type's records are unique on, so an insert whose answer was lost can be sent again as an
    /// upsert on it and never duplicate: a single-property alternate key, else a single-property unique index.
    /// <see langword="null"/> when it has neither.
    /// </summary>
    public static string? UniqueField(IEntityType entityType)
    {
        var property = entityType.GetKeys().Where(k => !k.IsPrimaryKey() && k.Properties.Count == 1).Select(k => k.Properties[0]).FirstOrDefault()
                       ?? entityType.GetIndexes().Where(i => i.IsUnique && i.Properties.Count == 1).Select(i => i.Properties[0]).FirstOrDefault();
        return property?.GetColumnName();
    }

    /// <summary>The activities' multi-module lookup: the id of a record of one of several modules.</summary>
    public const string MultiModuleLookupField = "What_Id";

    /// <summary>The column of the module of the record <see cref="MultiModuleLookupField"/> points at.</summary>
    public const string RelatedModuleColumn = "$se_module";

    /// <summary>
    /// The column is <c>What_Id</c> or <c>$se_module</c> of an entity type that maps <c>$se_module</c>: the two are
    /// written together (<see cref="AddMultiModuleLookup"/>), as Zoho takes a new <c>What_Id</c> only with its module.
    /// </summary>
    public static bool IsMultiModuleLookupPart(IEntityType entityType, string column) =>
        (string.Equals(column, MultiModuleLookupField, StringComparison.OrdinalIgnoreCase) || string.Equals(column, RelatedModuleColumn, StringComparison.OrdinalIgnoreCase))
        && PropertyOf(entityType, RelatedModuleColumn) is not null;

    /// <summary>
    /// Adds <c>What_Id</c> with the module of the record it points at, from the entity's current values. Clearing it
    /// needs no module; an id without a module is sent as it is, and Zoho refuses the record naming <c>$se_module</c>.
    /// </summary>
    public static void AddMultiModuleLookup(ZohoCrmRecordValues record, IEntityType entityType, Func<IProperty, object?> currentValue)
    {
        var moduleProperty = PropertyOf(entityType, RelatedModuleColumn);
        var module = moduleProperty is null ? null : currentValue(moduleProperty) as string;
        if (PropertyOf(entityType, MultiModuleLookupField) is not { } idProperty)
        {
            if (module is not null) record.Add(RelatedModuleColumn, ZohoCrmFieldType.Text, module);
            return;
        }

        var mapping = idProperty.GetRelationalTypeMapping();
        var id = ToProvider(currentValue(idProperty), mapping);
        if (id is null || string.IsNullOrEmpty(module))
        {
            record.Add(MultiModuleLookupField, FieldType(mapping), id);
            return;
        }

        record.AddMultiModuleLookup(MultiModuleLookupField, Convert.ToInt64(id, CultureInfo.InvariantCulture), module);
    }

    /// <summary>The property of an entity type whose column is a field (as a refused record's <c>json_path</c> names it).</summary>
    public static IProperty? PropertyOf(IEntityType entityType, string? field) =>
        field is null ? null : entityType.GetProperties().FirstOrDefault(p => string.Equals(p.GetColumnName(), field, StringComparison.OrdinalIgnoreCase));
}

using System.Data;
using ZohoCrm.Data.Execution;
using ZohoCrm.Data.Internal;
using ZohoCrm.Data.Metadata;
using ZohoCrm.Data.Properties;

namespace ZohoCrm.Data.Schema;

/// <summary>
/// The tables <see cref="ZohoCrmConnection.GetSchema(string, string?[])"/> returns, built from the metadata cache:
/// <c>MetaDataCollections</c>, <c>Modules</c> (restriction: module) and <c>Fields</c> (restrictions: module, field).
/// </summary>
internal static class ZohoCrmSchemaCollections
{
    public const string MetaDataCollections = "MetaDataCollections";
    public const string Modules = "Modules";
    public const string Fields = "Fields";

    public static async Task<DataTable> GetAsync(ZohoCrmExecutionContext context, string collectionName, string?[]? restrictions, bool async,
        CancellationToken cancellationToken)
    {
        restrictions ??= [];
        if (string.Equals(collectionName, MetaDataCollections, StringComparison.OrdinalIgnoreCase))
        {
            CheckRestrictions(MetaDataCollections, restrictions, 0);
            return Collections();
        }

        if (string.Equals(collectionName, Modules, StringComparison.OrdinalIgnoreCase))
        {
            CheckRestrictions(Modules, restrictions, 1);
            var modules = await context.Metadata.GetModulesAsync(context.MetadataSource, async, cancellationToken).ConfigureAwait(false);
            return ModulesTable(modules.Values.Where(m => Matches(m.ApiName, restrictions, 0)).OrderBy(m => m.ApiName, StringComparer.Ordinal));
        }

        if (string.Equals(collectionName, Fields, StringComparison.OrdinalIgnoreCase))
        {
            CheckRestrictions(Fields, restrictions, 2);
            var modules = await context.Metadata.GetModulesAsync(context.MetadataSource, async, cancellationToken).ConfigureAwait(false);
            var wanted = restrictions.Length > 0 && restrictions[0] is { } moduleName
                ? [modules.TryGetValue(moduleName, out var one) ? one : throw UnknownModule(moduleName, modules.Keys)]
                : modules.Values.Where(m => m.ApiSupported).OrderBy(m => m.ApiName, StringComparer.Ordinal).ToList();
            var table = FieldsTable();
            foreach (var module in wanted)
            {
                var withFields = await context.Metadata.GetModuleAsync(context.MetadataSource, module.ApiName, async, cancellationToken).ConfigureAwait(false);
                foreach (var field in withFields?.Fields ?? [])
                {
                    if (Matches(field.ApiName, restrictions, 1))
                    {
                        AddField(table, module.ApiName, field);
                    }
                }
            }

            return table;
        }

        throw new ArgumentException(ZohoCrmStrings.SchemaCollectionUnknown(collectionName), nameof(collectionName));
    }

    private static DataTable Collections()
    {
        var table = new DataTable(MetaDataCollections);
        table.Columns.Add("CollectionName", typeof(string));
        table.Columns.Add("NumberOfRestrictions", typeof(int));
        table.Columns.Add("NumberOfIdentifierParts", typeof(int));
        table.Rows.Add(MetaDataCollections, 0, 0);
        table.Rows.Add(Modules, 1, 1);
        table.Rows.Add(Fields, 2, 2);
        return table;
    }

    private static DataTable ModulesTable(IEnumerable<ZohoCrmModuleMetadata> modules)
    {
        var table = new DataTable(Modules);
        table.Columns.Add("ModuleName", typeof(string));
        table.Columns.Add("SingularLabel", typeof(string));
        table.Columns.Add("PluralLabel", typeof(string));
        table.Columns.Add("GeneratedType", typeof(string));
        table.Columns.Add("ApiSupported", typeof(bool));
        foreach (var module in modules)
        {
            table.Rows.Add(module.ApiName, module.SingularLabel, module.PluralLabel, module.GeneratedType, module.ApiSupported);
        }

        return table;
    }

    private static DataTable FieldsTable()
    {
        var table = new DataTable(Fields);
        table.Columns.Add("ModuleName", typeof(string));
        table.Columns.Add("FieldName", typeof(string));
        table.Columns.Add("DisplayLabel", typeof(string));
        table.Columns.Add("DataType", typeof(string));
        table.Columns.Add("ClrType", typeof(Type));
        table.Columns.Add("Length", typeof(int));
        table.Columns.Add("DecimalPlace", typeof(int));
        table.Columns.Add("IsRequired", typeof(bool));
        table.Columns.Add("IsReadOnly", typeof(bool));
        table.Columns.Add("IsCustom", typeof(bool));
        table.Columns.Add("IsUnique", typeof(bool));
        table.Columns.Add("IsSortable", typeof(bool));
        table.Columns.Add("IsFilterable", typeof(bool));
        table.Columns.Add("LookupModule", typeof(string));
        table.Columns.Add("PicklistValues", typeof(string[]));
        return table;
    }

    private static void AddField(DataTable table, string module, ZohoCrmFieldMetadata field) =>
        table.Rows.Add(module, field.ApiName, field.DisplayLabel, ZohoCrmFieldTypeInfo.Of(field.DataType).DataType, ZohoCrmFieldTypeInfo.Of(field.ValueType).ClrType,
            (object?)field.Length ?? DBNull.Value, (object?)field.DecimalPlace ?? DBNull.Value, field.SystemMandatory, field.ReadOnly, field.CustomField,
            field.Unique, field.Sortable, field.Filterable, field.LookupModule, field.PicklistValues.ToArray());

    private static bool Matches(string name, string?[] restrictions, int index) =>
        restrictions.Length <= index || restrictions[index] is null || string.Equals(restrictions[index], name, StringComparison.OrdinalIgnoreCase);

    private static void CheckRestrictions(string collection, string?[] restrictions, int allowed)
    {
        if (restrictions.Length > allowed)
        {
            throw new ArgumentException(ZohoCrmStrings.SchemaRestrictionsTooMany(collection, allowed), nameof(restrictions));
        }
    }

    private static ArgumentException UnknownModule(string module, IEnumerable<string> known)
    {
        var closest = known.Select(k => (Name: k, Distance: NameSuggestions.Distance(k.ToLowerInvariant(), module.ToLowerInvariant())))
            .Where(c => c.Distance <= Math.Max(2, module.Length / 3))
            .OrderBy(c => c.Distance)
            .Select(c => c.Name)
            .FirstOrDefault();
        return new ArgumentException(ZohoCrmStrings.SchemaModuleUnknown(module, closest), "restrictionValues");
    }
}

using System.Data;
using EFCore.ZohoCrm.Storage.Internal;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZohoCrm.Data;
using ZohoCrm.Data.Metadata;

namespace EFCore.ZohoCrm.Metadata.Internal;

/// <summary>
/// Adds the org's modules to a model as shared-type entity types (<c>db.Set&lt;Dictionary&lt;string, object&gt;&gt;("Leads")</c>)
/// from the connection's metadata, which the data source reads once and caches: the key <c>id</c>, and an indexer
/// property per field COQL can read, typed as the scaffolder would type it, read-only fields never sent. Modules
/// already mapped by an entity type of the model are left to it. Internal API.
/// </summary>
internal static class ZohoCrmMetadataModules
{
    private static readonly HashSet<string> ComputedDataTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ZohoCrmStoreTypes.Formula, ZohoCrmStoreTypes.RollupSummary,
    };

    /// <summary>Adds <paramref name="modules"/> (API names; every module the API supports when empty).</summary>
    public static void Add(ModelBuilder modelBuilder, ZohoCrmConnection connection, IReadOnlyCollection<string> modules)
    {
        var wasClosed = connection.State != ConnectionState.Open;
        if (wasClosed)
        {
            connection.Open();
        }

        try
        {
            var mapped = modelBuilder.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
            var available = connection.GetSchema("Modules").Rows.Cast<DataRow>()
                .Where(r => (bool)r["ApiSupported"])
                .Select(r => (string)r["ModuleName"])
                .ToDictionary(m => m, StringComparer.OrdinalIgnoreCase);
            var wanted = modules.Count == 0
                ? available.Values.ToList()
                : modules.Select(m => available.TryGetValue(m, out var name)
                    ? name
                    : throw new InvalidOperationException(Properties.ZohoCrmStrings.MetadataModuleNotFound(m, string.Join(", ", available.Values)))).ToList();
            foreach (var module in wanted.Where(m => !mapped.Contains(m)))
            {
                var fields = connection.GetSchema("Fields", [module]).Rows.Cast<DataRow>().ToList();
                modelBuilder.SharedTypeEntity<Dictionary<string, object>>(module, entity => AddModule(entity, module, fields));
            }
        }
        finally
        {
            if (wasClosed)
            {
                connection.Close();
            }
        }
    }

    private static void AddModule(EntityTypeBuilder<Dictionary<string, object>> entity, string module, List<DataRow> fields)
    {
        entity.ToTable(module);
        entity.IndexerProperty<long>(ZohoCrmSystemFields.Id);
        entity.HasKey(ZohoCrmSystemFields.Id);
        foreach (var field in fields)
        {
            var name = (string)field["FieldName"];
            var dataType = (string)field["DataType"];
            var computed = ComputedDataTypes.Contains(dataType);
            var storeType = ZohoCrmStoreTypes.FromFieldType(ZohoCrmStoreTypes.ToFieldType(dataType));
            if (string.Equals(name, ZohoCrmSystemFields.Id, StringComparison.OrdinalIgnoreCase) || (storeType is null && !computed))
            {
                continue; // The key is mapped above; types COQL cannot read are left out.
            }

            var clrType = (Type)field["ClrType"];
            if (clrType.IsValueType)
            {
                clrType = typeof(Nullable<>).MakeGenericType(clrType);
            }

            var property = entity.IndexerProperty(clrType, name);
            if (storeType is not null && !computed)
            {
                property.HasColumnType(storeType);
            }

            if ((bool)field["IsReadOnly"] || computed)
            {
                property.ValueGeneratedOnAddOrUpdate();
            }
        }
    }
}

using System.Data;
using EFCore.ZohoCrm.Storage.Internal;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZohoCrm.Data;
using ZohoCrm.Data.Metadata;

namespace EFCore.ZohoCrm.Metadata.Internal;

/// <summary>
/// Adds the org's metadata to a model, from the connection's metadata, which the data source reads once and caches.
/// Modules become shared-type entity types (<c>db.Set&lt;Dictionary&lt;string, object&gt;&gt;("Leads")</c>): the key
/// <c>id</c>, and an indexer property per field COQL can read; modules already mapped by an entity type are left to it.
/// The fields a class does not map become shadow or indexer properties of its entity type. Either way a field is typed
/// as the scaffolder would type it and read-only fields are never sent. Internal API.
/// </summary>
internal static class ZohoCrmMetadataModules
{
    private static readonly HashSet<string> ComputedDataTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ZohoCrmStoreTypes.Formula, ZohoCrmStoreTypes.RollupSummary,
    };

    /// <summary>
    /// Adds <paramref name="modules"/> (API names; every module the API supports when empty) as shared-type entity
    /// types, and, with <paramref name="mapUnmappedFields"/>, the fields the model's classes do not map.
    /// </summary>
    public static void Add(ModelBuilder modelBuilder, ZohoCrmConnection connection, IReadOnlyCollection<string>? modules, bool mapUnmappedFields)
    {
        var wasClosed = connection.State != ConnectionState.Open;
        if (wasClosed)
        {
            connection.Open();
        }

        try
        {
            var available = connection.GetSchema("Modules").Rows.Cast<DataRow>()
                .Where(r => (bool)r["ApiSupported"])
                .Select(r => (string)r["ModuleName"])
                .ToDictionary(m => m, StringComparer.OrdinalIgnoreCase);

            // Before the modules: their shared-type entity types already have every field.
            if (mapUnmappedFields)
            {
                AddUnmappedFields(modelBuilder, connection, available);
            }

            if (modules is not null)
            {
                AddModules(modelBuilder, connection, modules, available);
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

    private static void AddModules(ModelBuilder modelBuilder, ZohoCrmConnection connection, IReadOnlyCollection<string> modules,
        Dictionary<string, string> available)
    {
        var mapped = modelBuilder.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var wanted = modules.Count == 0
            ? available.Values.ToList()
            : modules.Select(m => available.TryGetValue(m, out var name)
                ? name
                : throw new InvalidOperationException(Properties.ZohoCrmStrings.MetadataModuleNotFound(m, string.Join(", ", available.Values)))).ToList();
        foreach (var module in wanted.Where(m => !mapped.Contains(m)))
        {
            var fields = Fields(connection, module);
            modelBuilder.SharedTypeEntity<Dictionary<string, object>>(module, entity =>
            {
                entity.ToTable(module);
                entity.IndexerProperty<long>(ZohoCrmSystemFields.Id);
                entity.HasKey(ZohoCrmSystemFields.Id);
                foreach (var field in fields.Where(f => !string.Equals(f.Name, ZohoCrmSystemFields.Id, StringComparison.OrdinalIgnoreCase)))
                {
                    field.Configure(entity.IndexerProperty(field.ClrType, field.Name));
                }
            });
        }
    }

    // Root entity types with a class of their own (not property bags, owned types or users), mapped to a module.
    private static void AddUnmappedFields(ModelBuilder modelBuilder, ZohoCrmConnection connection, Dictionary<string, string> available)
    {
        var entityTypes = modelBuilder.Model.GetEntityTypes()
            .Where(e => e.BaseType is null && !e.HasSharedClrType && !e.IsOwned() && e.ClrType != typeof(Dictionary<string, object>))
            .Select(e => (EntityType: e, Module: e.GetTableName() is { } table && available.TryGetValue(table, out var module) ? module : null))
            .Where(e => e.Module is not null)
            .ToList();
        foreach (var (entityType, module) in entityTypes)
        {
            var taken = entityType.GetProperties().SelectMany(p => new[] { p.Name, p.GetColumnName() })
                .Concat(entityType.GetNavigations().Select(n => n.Name))
                .Concat(entityType.GetSkipNavigations().Select(n => n.Name))
                .Concat(entityType.ClrType.GetMembers().Select(m => m.Name))
                .ToHashSet(StringComparer.OrdinalIgnoreCase);
            var useIndexer = entityType.FindIndexerPropertyInfo() is not null;
            var entity = modelBuilder.Entity(entityType.ClrType);
            foreach (var field in Fields(connection, module!).Where(f => !taken.Contains(f.Name)))
            {
                var property = useIndexer ? entity.IndexerProperty(field.ClrType, field.Name) : entity.Property(field.ClrType, field.Name);
                field.Configure(property.HasColumnName(field.Name));
            }
        }
    }

    // The fields of a module COQL can read, with the CLR type each is mapped to.
    private static List<MetadataField> Fields(ZohoCrmConnection connection, string module)
    {
        var result = new List<MetadataField>();
        foreach (var field in connection.GetSchema("Fields", [module]).Rows.Cast<DataRow>())
        {
            var dataType = (string)field["DataType"];
            var computed = ComputedDataTypes.Contains(dataType);
            var storeType = ZohoCrmStoreTypes.FromFieldType(ZohoCrmStoreTypes.ToFieldType(dataType));
            if (storeType is null && !computed)
            {
                continue; // Types COQL cannot read are left out.
            }

            var clrType = (Type)field["ClrType"];
            if (clrType.IsValueType)
            {
                clrType = typeof(Nullable<>).MakeGenericType(clrType);
            }

            result.Add(new MetadataField((string)field["FieldName"], clrType, computed ? null : storeType, (bool)field["IsReadOnly"] || computed));
        }

        return result;
    }

    private sealed record MetadataField(string Name, Type ClrType, string? StoreType, bool ReadOnly)
    {
        public void Configure(PropertyBuilder property)
        {
            if (StoreType is not null)
            {
                property.HasColumnType(StoreType);
            }

            if (ReadOnly)
            {
                property.ValueGeneratedOnAddOrUpdate();
            }
        }
    }
}

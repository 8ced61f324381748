using System.Data;
using EFCore.ZohoCrm.Metadata.Internal;
using EFCore.ZohoCrm.Properties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using ZohoCrm.Data;

namespace EFCore.ZohoCrm.Storage.Internal;

/// <summary>
/// Compares a model with the org's live metadata, read through the connection's cached schema collections
/// (<c>Modules</c>, <c>Fields</c>): every mapped module must exist, every mapped field too, and a field's type must be
/// able to hold the property's CLR type. Internal API.
/// </summary>
internal static class ZohoCrmSchemaComparer
{
    /// <summary>
    /// One sentence per mismatch, naming the entity type, property, module and field; empty when the model matches.
    /// With <paramref name="async"/> false the metadata is read with synchronous calls and the task is complete on return.
    /// </summary>
    public static async Task<IReadOnlyList<string>> CompareAsync(IModel model, ZohoCrmConnection connection, bool async, CancellationToken cancellationToken)
    {
        var mismatches = new List<string>();
        var modulesTable = async
            ? await connection.GetSchemaAsync("Modules", cancellationToken).ConfigureAwait(false)
            : connection.GetSchema("Modules");
        var modules = modulesTable.Rows.Cast<DataRow>().Select(r => (string)r["ModuleName"]).ToHashSet(StringComparer.OrdinalIgnoreCase);

        foreach (var entityType in model.GetEntityTypes())
        {
            if (entityType.IsOwned() || entityType.GetTableName() is not { } module || IsBuiltIn(module))
            {
                continue;
            }

            if (!modules.Contains(module))
            {
                mismatches.Add(ZohoCrmStrings.SchemaDriftModuleMissing(entityType.DisplayName(), module));
                continue;
            }

            var fieldsTable = async
                ? await connection.GetSchemaAsync("Fields", [module], cancellationToken).ConfigureAwait(false)
                : connection.GetSchema("Fields", [module]);
            var fields = fieldsTable.Rows.Cast<DataRow>().ToDictionary(r => (string)r["FieldName"], r => (string)r["DataType"], StringComparer.OrdinalIgnoreCase);
            var table = StoreObjectIdentifier.Table(module, entityType.GetSchema());
            foreach (var property in entityType.GetProperties())
            {
                var field = property.GetColumnName(table) ?? property.GetColumnName();
                if (string.Equals(field, ZohoCrmSystemFields.Id, StringComparison.OrdinalIgnoreCase) || field.StartsWith('$'))
                {
                    continue; // The record id every module has, and Zoho's $-keys, which are no fields.
                }

                if (!fields.TryGetValue(field, out var dataType))
                {
                    mismatches.Add(ZohoCrmStrings.SchemaDriftFieldMissing(entityType.DisplayName(), property.Name, module, field));
                    continue;
                }

                var clrType = property.GetTypeMapping().Converter?.ProviderClrType ?? property.ClrType;
                clrType = Nullable.GetUnderlyingType(clrType) ?? clrType;
                // What a field's type can hold is what the type mappings map it to, the ones ZohoCrmFieldTypeInfo describes.
                if (ZohoCrmTypeMappingSource.ClrTypesOf(dataType) is { } holds && !holds.Contains(clrType))
                {
                    mismatches.Add(ZohoCrmStrings.SchemaDriftFieldType(entityType.DisplayName(), property.Name, clrType.Name, module, field, dataType));
                }
            }
        }

        return mismatches;
    }

    private static bool IsBuiltIn(string table) =>
        ZohoCrmUserTable.IsUserTable(table)
        || string.Equals(table, "roles", StringComparison.OrdinalIgnoreCase)
        || string.Equals(table, "profiles", StringComparison.OrdinalIgnoreCase);
}

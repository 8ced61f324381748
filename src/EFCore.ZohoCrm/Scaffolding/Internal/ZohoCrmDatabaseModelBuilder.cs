using System.Globalization;
using EFCore.ZohoCrm.Metadata.Internal;
using EFCore.ZohoCrm.Properties;
using EFCore.ZohoCrm.Storage.Internal;
using EFCore.ZohoCrm.Update.Internal;
using Microsoft.EntityFrameworkCore.Design.Internal;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Scaffolding.Metadata;
using ZohoCrm.Data.Metadata;

#pragma warning disable EF1001 // IOperationReporter is EF's design-time reporter; it is internal API.

namespace EFCore.ZohoCrm.Scaffolding.Internal;

/// <summary>
/// Turns module and field metadata into EF's <see cref="DatabaseModel"/>: a table per module keyed by <c>id</c>, a
/// column per field COQL can read (store type = Zoho's <c>data_type</c>, with its length or precision), a foreign key
/// per lookup between scaffolded modules. Internal API.
/// </summary>
internal static class ZohoCrmDatabaseModelBuilder
{
    /// <summary>Builds the database model of <paramref name="modules"/> (with their fields), reporting what it leaves out.</summary>
    public static DatabaseModel Build(IReadOnlyList<ZohoCrmModuleMetadata> modules, IOperationReporter reporter)
    {
        ArgumentNullException.ThrowIfNull(modules);
        ArgumentNullException.ThrowIfNull(reporter);

        var model = new DatabaseModel();
        var tables = new Dictionary<string, DatabaseTable>(StringComparer.OrdinalIgnoreCase);
        var lookups = new List<(DatabaseTable Table, DatabaseColumn Column, string Target)>();
        foreach (var module in modules)
        {
            var table = new DatabaseTable { Database = model, Name = module.ApiName };
            foreach (var field in module.Fields)
            {
                var storeType = StoreType(field);
                if (storeType is null)
                {
                    reporter.WriteWarning(ZohoCrmStrings.ScaffoldFieldTypeNotReadable(module.ApiName, field.ApiName, WireName(field.ValueType)));
                    continue;
                }

                var column = Column(table, field, storeType);
                table.Columns.Add(column);
                if (field.IsMultiModuleLookup && string.Equals(field.ApiName, ZohoCrmRecordMapping.MultiModuleLookupField, StringComparison.OrdinalIgnoreCase))
                {
                    table.Columns.Add(RelatedModuleColumn(table, field));
                }

                if (field.DataType == ZohoCrmFieldType.Lookup && field.LookupModule is { } target)
                {
                    lookups.Add((table, column, target));
                }
            }

            if (table.Columns.Count == 0 || table.Columns.All(IsId))
            {
                reporter.WriteWarning(ZohoCrmStrings.ScaffoldModuleWithoutFields(module.ApiName));
                continue;
            }

            var id = table.Columns.FirstOrDefault(IsId);
            if (id is null)
            {
                // settings/fields may leave out the record id every module has.
                id = new DatabaseColumn { Table = table, Name = ZohoCrmSystemFields.Id, StoreType = ZohoCrmStoreTypes.BigInt, ValueGenerated = ValueGenerated.OnAdd };
                table.Columns.Insert(0, id);
            }

            id.IsNullable = false;
            id.ValueGenerated = ValueGenerated.OnAdd;
            table.PrimaryKey = new DatabasePrimaryKey { Table = table, Name = "PK_" + module.ApiName, Columns = { id } };
            model.Tables.Add(table);
            tables[module.ApiName] = table;
        }

        foreach (var (table, column, target) in lookups)
        {
            if (!model.Tables.Contains(table))
            {
                continue;
            }

            if (!tables.TryGetValue(target, out var principal))
            {
                reporter.WriteInformation(ZohoCrmStrings.ScaffoldLookupTargetNotScaffolded(table.Name, column.Name, target));
                continue;
            }

            table.ForeignKeys.Add(new DatabaseForeignKey
            {
                Table = table,
                Name = "FK_" + table.Name + "_" + column.Name,
                Columns = { column },
                PrincipalTable = principal,
                PrincipalColumns = { principal.PrimaryKey!.Columns[0] },
                // Zoho empties a lookup when the record it points to is deleted.
                OnDelete = ReferentialAction.SetNull,
            });
        }

        return model;
    }

    /// <summary>
    /// The store type of a field (Zoho's <c>data_type</c>, the value type for formula and rollup fields), with the
    /// length of length-limited text and the precision of decimals; <see langword="null"/> for types COQL cannot read.
    /// What each type allows is ZohoCrm.Data's <see cref="ZohoCrmFieldTypeInfo"/> (a picklist's length, for one, says
    /// nothing about its values).
    /// </summary>
    public static string? StoreType(ZohoCrmFieldMetadata field)
    {
        var valueType = field.ValueType;
        if (ZohoCrmStoreTypes.FromFieldType(valueType) is not { } storeType)
        {
            return null;
        }

        var info = ZohoCrmFieldTypeInfo.Of(valueType);
        if (info.IsLengthLimited && field.Length is > 0 and var length)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{storeType}({length})");
        }

        if (info.HasPrecision && field.Length is > 0 and var digits && field.DecimalPlace is >= 0 and var scale && scale <= digits)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{storeType}({digits},{scale})");
        }

        return storeType;
    }

    private static DatabaseColumn Column(DatabaseTable table, ZohoCrmFieldMetadata field, string storeType)
    {
        var column = new DatabaseColumn
        {
            Table = table,
            Name = field.ApiName,
            StoreType = storeType,
            IsNullable = !field.SystemMandatory,
            Comment = Comment(field),
            // Read-only fields (system times and users, auto-number, formula, rollup ...) are read back, never sent.
            ValueGenerated = field.ReadOnly ? ValueGenerated.OnAddOrUpdate : null,
        };
        if (field.PicklistValues.Count > 0
            && field.ValueType is ZohoCrmFieldType.Picklist or ZohoCrmFieldType.MultiSelectPicklist)
        {
            column[ZohoCrmAnnotationNames.PicklistValues] = field.PicklistValues.ToArray();
        }

        return column;
    }

    /// <summary>
    /// The module of the record What_Id points at (<c>$se_module</c>), beside it: Zoho takes a new What_Id only with
    /// it, and the provider reads it from the records API by id.
    /// </summary>
    private static DatabaseColumn RelatedModuleColumn(DatabaseTable table, ZohoCrmFieldMetadata lookup) => new()
    {
        Table = table,
        Name = ZohoCrmRecordMapping.RelatedModuleColumn,
        StoreType = ZohoCrmStoreTypes.FromFieldType(ZohoCrmFieldType.Text),
        IsNullable = true,
        Comment = "Module of the record " + lookup.ApiName + " points at (Accounts, Deals ...).",
    };

    private static string Comment(ZohoCrmFieldMetadata field)
    {
        var label = string.IsNullOrWhiteSpace(field.DisplayLabel) ? field.ApiName : field.DisplayLabel.Trim();
        return field.PicklistValues.Count > 0 && field.ValueType is ZohoCrmFieldType.Picklist or ZohoCrmFieldType.MultiSelectPicklist
            ? label + ". Values: " + string.Join(", ", field.PicklistValues) + "."
            : label + ".";
    }

    private static bool IsId(DatabaseColumn column) => string.Equals(column.Name, ZohoCrmSystemFields.Id, StringComparison.OrdinalIgnoreCase);

    private static string WireName(ZohoCrmFieldType type) =>
        type == ZohoCrmFieldType.Unknown ? "a data type this provider does not read" : ZohoCrmFieldTypeInfo.Of(type).DataType;
}

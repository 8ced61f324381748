using EFCore.ZohoCrm.Metadata.Conventions;
using EFCore.ZohoCrm.Metadata.Internal;
using EFCore.ZohoCrm.Properties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace EFCore.ZohoCrm.Infrastructure.Internal;

/// <summary>
/// Rejects, when the model is first used, what a Zoho CRM org cannot hold: keys other than the single long
/// <c>id</c>, schemas, TPT/TPC inheritance, JSON columns, sequences, concurrency tokens other than <c>Modified_Time</c>, views, functions and
/// stored procedures. Each message says what to map instead. Internal API.
/// </summary>
public class ZohoCrmModelValidator : RelationalModelValidator
{
    private const string ModifiedTimeField = "Modified_Time";

    private static bool IsModifiedTime(IProperty property)
    {
        var type = (property.GetProviderClrType() ?? property.ClrType).UnwrapNullable();
        return string.Equals(property.GetColumnName(), ModifiedTimeField, StringComparison.OrdinalIgnoreCase)
               && (type == typeof(DateTimeOffset) || type == typeof(DateTime));
    }

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public ZohoCrmModelValidator(ModelValidatorDependencies dependencies, RelationalModelValidatorDependencies relationalDependencies)
        : base(dependencies, relationalDependencies)
    {
    }

    /// <inheritdoc />
    public override void Validate(IModel model, IDiagnosticsLogger<DbLoggerCategory.Model.Validation> logger)
    {
        foreach (var sequence in model.GetSequences())
        {
            throw new InvalidOperationException(ZohoCrmStrings.SequencesNotSupported(sequence.Name));
        }

        foreach (var entityType in model.GetEntityTypes())
        {
            ValidateModuleMapping(entityType);
        }

        base.Validate(model, logger);
    }

    /// <summary>Checks one entity type against what a Zoho module can hold.</summary>
    protected virtual void ValidateModuleMapping(IEntityType entityType)
    {
        var name = entityType.DisplayName();
        if (entityType.GetViewName() is not null)
        {
            throw new InvalidOperationException(ZohoCrmStrings.ObjectMappingNotSupported(name, "view"));
        }

        if (entityType.GetFunctionName() is not null)
        {
            throw new InvalidOperationException(ZohoCrmStrings.ObjectMappingNotSupported(name, "table-valued function"));
        }

        if (entityType.GetInsertStoredProcedure() is not null || entityType.GetUpdateStoredProcedure() is not null
            || entityType.GetDeleteStoredProcedure() is not null)
        {
            throw new InvalidOperationException(ZohoCrmStrings.ObjectMappingNotSupported(name, "stored procedure"));
        }

        if (entityType.GetSchema() is { } schema)
        {
            throw new InvalidOperationException(ZohoCrmStrings.SchemaNotSupported(name, schema));
        }

        if (entityType.GetMappingStrategy() is RelationalAnnotationNames.TptMappingStrategy or RelationalAnnotationNames.TpcMappingStrategy
            && (entityType.BaseType is not null || entityType.GetDirectlyDerivedTypes().Any()))
        {
            throw new InvalidOperationException(ZohoCrmStrings.InheritanceMappingNotSupported(name, entityType.GetMappingStrategy()!));
        }

        foreach (var complexProperty in entityType.GetDeclaredComplexProperties())
        {
            if (complexProperty.ComplexType.IsMappedToJson())
            {
                throw new InvalidOperationException(ZohoCrmStrings.JsonMappingNotSupported(name, complexProperty.Name));
            }
        }

        foreach (var navigation in entityType.GetDeclaredNavigations())
        {
            if (navigation.TargetEntityType.IsOwned() && navigation.TargetEntityType.IsMappedToJson())
            {
                throw new InvalidOperationException(ZohoCrmStrings.JsonMappingNotSupported(name, navigation.Name));
            }
        }

        foreach (var property in entityType.GetDeclaredProperties())
        {
            // Zoho makes an update conditional on the record's last modification time only (If-Unmodified-Since).
            if (property.IsConcurrencyToken && !IsModifiedTime(property))
            {
                throw new InvalidOperationException(ZohoCrmStrings.ConcurrencyTokenNotModifiedTime(name, property.Name));
            }
        }

        if (entityType.BaseType is not null || entityType.IsOwned() || entityType.GetTableName() is null)
        {
            return;
        }

        var key = entityType.FindPrimaryKey();
        if (key is null)
        {
            return;
        }

        if (key.Properties.Count != 1)
        {
            throw new InvalidOperationException(ZohoCrmStrings.CompositeKeyNotSupported(
                name, "{" + string.Join(", ", key.Properties.Select(p => "'" + p.Name + "'")) + "}"));
        }

        var keyProperty = key.Properties[0];
        if (!string.Equals(keyProperty.GetColumnName(), ZohoCrmSystemFields.Id, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(ZohoCrmStrings.KeyNotId(name, keyProperty.Name, keyProperty.GetColumnName()));
        }

        if ((keyProperty.GetValueConverter()?.ProviderClrType ?? keyProperty.ClrType) != typeof(long))
        {
            throw new InvalidOperationException(ZohoCrmStrings.KeyNotLong(name, keyProperty.Name, keyProperty.ClrType.Name));
        }
    }
}

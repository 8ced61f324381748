using EFCore.ZohoCrm.Properties;
using EFCore.ZohoCrm.Storage.Internal;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZohoCrm.Data.Metadata;

// ReSharper disable once CheckNamespace
namespace Microsoft.EntityFrameworkCore;

/// <summary>Zoho CRM specific configuration of properties.</summary>
public static class ZohoCrmPropertyBuilderExtensions
{
    /// <summary>
    /// Sets the Zoho CRM field type of the property's field, where the CLR type alone is ambiguous: a string that is a
    /// picklist, email or phone; a long that is a lookup; a <see cref="DateTime"/> over a date field; an enum stored as
    /// a picklist (with <c>HasConversion&lt;string&gt;()</c>). Same as <c>HasColumnType</c> with Zoho's
    /// <c>data_type</c> name.
    /// </summary>
    public static PropertyBuilder HasZohoCrmFieldType(this PropertyBuilder propertyBuilder, ZohoCrmFieldType fieldType)
    {
        ArgumentNullException.ThrowIfNull(propertyBuilder);
        var storeType = ZohoCrmStoreTypes.FromFieldType(fieldType)
            ?? throw new ArgumentOutOfRangeException(nameof(fieldType), fieldType, ZohoCrmStrings.FieldTypeNotQueryable(fieldType.ToString()));
        return propertyBuilder.HasColumnType(storeType);
    }

    /// <inheritdoc cref="HasZohoCrmFieldType(PropertyBuilder, ZohoCrmFieldType)"/>
    public static PropertyBuilder<TProperty> HasZohoCrmFieldType<TProperty>(
        this PropertyBuilder<TProperty> propertyBuilder, ZohoCrmFieldType fieldType)
        => (PropertyBuilder<TProperty>)HasZohoCrmFieldType((PropertyBuilder)propertyBuilder, fieldType);
}

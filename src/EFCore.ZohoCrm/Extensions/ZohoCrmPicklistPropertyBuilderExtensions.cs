using EFCore.ZohoCrm.Metadata.Internal;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

// ReSharper disable once CheckNamespace
namespace Microsoft.EntityFrameworkCore;

/// <summary>The option values of picklist fields, as the scaffolder reads them from Zoho CRM's field metadata.</summary>
public static class ZohoCrmPicklistPropertyBuilderExtensions
{
    /// <summary>
    /// Records the option values of the property's picklist or multi-select picklist field, as Zoho CRM listed them
    /// when the model was scaffolded. They document the field; Zoho CRM, not the provider, decides which values it accepts.
    /// </summary>
    public static PropertyBuilder HasZohoCrmPicklistValues(this PropertyBuilder propertyBuilder, params string[] values)
    {
        ArgumentNullException.ThrowIfNull(propertyBuilder);
        ArgumentNullException.ThrowIfNull(values);
        propertyBuilder.HasAnnotation(ZohoCrmAnnotationNames.PicklistValues, values);
        return propertyBuilder;
    }

    /// <inheritdoc cref="HasZohoCrmPicklistValues(PropertyBuilder, string[])"/>
    public static PropertyBuilder<TProperty> HasZohoCrmPicklistValues<TProperty>(this PropertyBuilder<TProperty> propertyBuilder, params string[] values)
        => (PropertyBuilder<TProperty>)HasZohoCrmPicklistValues((PropertyBuilder)propertyBuilder, values);

    /// <summary>The option values recorded with <see cref="HasZohoCrmPicklistValues(PropertyBuilder, string[])"/>, or <see langword="null"/>.</summary>
    public static IReadOnlyList<string>? GetZohoCrmPicklistValues(this IReadOnlyProperty property)
    {
        ArgumentNullException.ThrowIfNull(property);
        return property[ZohoCrmAnnotationNames.PicklistValues] as IReadOnlyList<string>;
    }
}

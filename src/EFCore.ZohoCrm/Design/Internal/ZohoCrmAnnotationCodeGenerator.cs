using System.Globalization;
using System.Reflection;
using EFCore.ZohoCrm.Metadata.Internal;
using EFCore.ZohoCrm.Storage.Internal;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZohoCrm.Data.Metadata;

namespace EFCore.ZohoCrm.Design.Internal;

/// <summary>
/// Writes the provider's annotations as its fluent calls in scaffolded code: a Zoho field type the CLR type does not
/// imply becomes <c>HasZohoCrmFieldType(ZohoCrmFieldType.Picklist)</c> (left out when it is the CLR type's default,
/// such as text for a string), the length or precision in the store type becomes <c>HasMaxLength</c> or
/// <c>HasPrecision</c>, picklist options become <c>HasZohoCrmPicklistValues(...)</c>. Field labels stay the
/// properties' XML doc comments only. Internal API.
/// </summary>
public class ZohoCrmAnnotationCodeGenerator : AnnotationCodeGenerator
{
    private static readonly MethodInfo HasFieldTypeMethod = typeof(ZohoCrmPropertyBuilderExtensions).GetRuntimeMethod(
        nameof(ZohoCrmPropertyBuilderExtensions.HasZohoCrmFieldType), [typeof(PropertyBuilder), typeof(ZohoCrmFieldType)])!;

    private static readonly MethodInfo HasPicklistValuesMethod = typeof(ZohoCrmPicklistPropertyBuilderExtensions).GetRuntimeMethod(
        nameof(ZohoCrmPicklistPropertyBuilderExtensions.HasZohoCrmPicklistValues), [typeof(PropertyBuilder), typeof(string[])])!;

    private static readonly MethodInfo HasMaxLengthMethod = typeof(PropertyBuilder).GetRuntimeMethod(
        nameof(PropertyBuilder.HasMaxLength), [typeof(int)])!;

    private static readonly MethodInfo HasPrecisionMethod = typeof(PropertyBuilder).GetRuntimeMethod(
        nameof(PropertyBuilder.HasPrecision), [typeof(int), typeof(int)])!;

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public ZohoCrmAnnotationCodeGenerator(AnnotationCodeGeneratorDependencies dependencies)
        : base(dependencies)
    {
    }

    /// <inheritdoc />
    public override IReadOnlyList<MethodCallCodeFragment> GenerateFluentApiCalls(IProperty property, IDictionary<string, IAnnotation> annotations)
    {
        ArgumentNullException.ThrowIfNull(property);
        ArgumentNullException.ThrowIfNull(annotations);
        var calls = new List<MethodCallCodeFragment>();

        if (annotations.TryGetValue(RelationalAnnotationNames.ColumnType, out var columnType) && columnType.Value is string storeType)
        {
            var paren = storeType.IndexOf('(', StringComparison.Ordinal);
            var storeTypeBase = paren < 0 ? storeType : storeType[..paren];
            var fieldType = ZohoCrmStoreTypes.ToFieldType(storeTypeBase);
            if (fieldType != ZohoCrmFieldType.Unknown && ZohoCrmStoreTypes.FromFieldType(fieldType) is not null)
            {
                annotations.Remove(RelationalAnnotationNames.ColumnType);
                var clrDefault = Dependencies.RelationalTypeMappingSource.FindMapping(property.ClrType)?.StoreTypeNameBase;
                if (!string.Equals(clrDefault, storeTypeBase, StringComparison.OrdinalIgnoreCase))
                {
                    calls.Add(new MethodCallCodeFragment(HasFieldTypeMethod, fieldType));
                }

                // The length or precision the store type carries, which the field type call does not.
                switch (paren < 0 ? Array.Empty<string>() : storeType[(paren + 1)..^1].Split(','))
                {
                    case [var length] when property.GetMaxLength() is null && int.TryParse(length, CultureInfo.InvariantCulture, out var maxLength):
                        calls.Add(new MethodCallCodeFragment(HasMaxLengthMethod, maxLength));
                        break;
                    case [var digits, var places] when property.GetPrecision() is null
                        && int.TryParse(digits, CultureInfo.InvariantCulture, out var precision)
                        && int.TryParse(places, CultureInfo.InvariantCulture, out var scale):
                        calls.Add(new MethodCallCodeFragment(HasPrecisionMethod, precision, scale));
                        break;
                }
            }
        }

        if (annotations.Remove(ZohoCrmAnnotationNames.PicklistValues, out var picklist) && picklist.Value is IEnumerable<string> values)
        {
            calls.Add(new MethodCallCodeFragment(HasPicklistValuesMethod, values.Cast<object?>().ToArray()));
        }

        calls.AddRange(base.GenerateFluentApiCalls(property, annotations));
        return calls;
    }

    /// <inheritdoc />
    protected override bool IsHandledByConvention(IProperty property, IAnnotation annotation) =>
        annotation.Name == RelationalAnnotationNames.Comment || base.IsHandledByConvention(property, annotation);

    /// <inheritdoc />
    protected override bool IsHandledByConvention(IEntityType entityType, IAnnotation annotation) =>
        annotation.Name == RelationalAnnotationNames.Comment || base.IsHandledByConvention(entityType, annotation);
}

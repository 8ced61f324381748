using System.Data.Common;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace EFCore.ZohoCrm.Storage.Internal.Mapping;

/// <summary>
/// Multi-select picklists as <c>string[]</c>, <c>List&lt;string&gt;</c> and the other string collection interfaces.
/// ZohoCrm.Data reads the field as a <c>string[]</c> (Zoho's JSON array); COQL compares it with the values joined by
/// semicolons (<c>'English;German'</c>), which is also its literal. Internal API.
/// </summary>
public class ZohoCrmMultiSelectPicklistTypeMapping : RelationalTypeMapping
{
    /// <summary>The CLR types the mapping serves.</summary>
    public static readonly IReadOnlyList<Type> SupportedClrTypes =
    [
        typeof(string[]), typeof(List<string>), typeof(IList<string>), typeof(ICollection<string>),
        typeof(IReadOnlyList<string>), typeof(IReadOnlyCollection<string>), typeof(IEnumerable<string>),
    ];

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public ZohoCrmMultiSelectPicklistTypeMapping(Type clrType)
        : base(new RelationalTypeMappingParameters(
            new CoreTypeMappingParameters(clrType, CreateConverter(clrType), CreateComparer(clrType)),
            ZohoCrmStoreTypes.MultiSelectPicklist))
    {
    }

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    protected ZohoCrmMultiSelectPicklistTypeMapping(RelationalTypeMappingParameters parameters)
        : base(parameters)
    {
    }

    /// <inheritdoc />
    protected override RelationalTypeMapping Clone(RelationalTypeMappingParameters parameters) =>
        new ZohoCrmMultiSelectPicklistTypeMapping(parameters);

    /// <inheritdoc />
    protected override string GenerateNonNullSqlLiteral(object value) => ZohoCrmLiterals.Format(StoreTypeNameBase, value);

    /// <inheritdoc />
    protected override void ConfigureParameter(DbParameter parameter)
    {
        base.ConfigureParameter(parameter);
        ZohoCrmLiterals.SetFieldType(parameter, StoreTypeNameBase);
    }

    private static ValueConverter? CreateConverter(Type clrType) =>
        clrType == typeof(string[])
            ? null
            : (ValueConverter)Activator.CreateInstance(typeof(ToArrayConverter<>).MakeGenericType(clrType))!;

    private static ValueComparer CreateComparer(Type clrType) =>
        (ValueComparer)Activator.CreateInstance(typeof(SequenceComparer<>).MakeGenericType(clrType))!;

    // The model's collection type to the string[] the reader returns, and back as a List<string> (which every
    // supported interface accepts).
    private sealed class ToArrayConverter<TCollection>() : ValueConverter<TCollection, string[]>(
        v => v.ToArray(),
        v => (TCollection)(object)new List<string>(v))
        where TCollection : IEnumerable<string>;

    // Change tracking compares the values, not the collection instance.
    private sealed class SequenceComparer<TCollection>() : ValueComparer<TCollection>(
        (a, b) => a == null ? b == null : b != null && a.SequenceEqual(b),
        v => v.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
        v => (TCollection)(object)(typeof(TCollection) == typeof(string[]) ? v.ToArray() : new List<string>(v)))
        where TCollection : IEnumerable<string>;
}

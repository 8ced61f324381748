using System.Data.Common;
using System.Reflection;
using EFCore.ZohoCrm.Tests.TestUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace EFCore.ZohoCrm.Tests.Storage;

/// <summary>
/// Materialization reads each column with the typed getter of the type ZohoCrmDataReader holds for it (not
/// GetValue), so rows are shaped without boxing or a conversion per value.
/// </summary>
public class ReaderAccessTests
{
    private static readonly MethodInfo GetFieldValue = typeof(DbDataReader).GetMethod(nameof(DbDataReader.GetFieldValue))!;

    private static MethodInfo ReaderMethodOf(Type clrType)
    {
        using var db = new CrmContext();
        return db.GetService<IRelationalTypeMappingSource>().FindMapping(clrType)!.GetDataReaderMethod();
    }

    [TestCase(typeof(long), nameof(DbDataReader.GetInt64))]
    [TestCase(typeof(int), nameof(DbDataReader.GetInt32))]
    [TestCase(typeof(decimal), nameof(DbDataReader.GetDecimal))]
    [TestCase(typeof(bool), nameof(DbDataReader.GetBoolean))]
    [TestCase(typeof(string), nameof(DbDataReader.GetString))]
    public void Types_the_reader_holds_are_read_with_their_typed_getter(Type clrType, string getter) =>
        Assert.That(ReaderMethodOf(clrType).Name, Is.EqualTo(getter));

    [TestCase(typeof(DateTimeOffset))]
    [TestCase(typeof(DateOnly))]
    public void Datetime_and_date_are_read_with_GetFieldValue_of_the_type_the_reader_holds(Type clrType)
    {
        var method = ReaderMethodOf(clrType);
        Assert.That(method.IsGenericMethod && method.GetGenericMethodDefinition() == GetFieldValue, Is.True, method.Name);
        Assert.That(method.GetGenericArguments(), Is.EqualTo(new[] { clrType }));
    }

    [Test]
    public void Multi_select_picklist_is_read_as_the_string_array_the_reader_holds_then_converted_once()
    {
        using var db = new CrmContext();
        var mapping = (RelationalTypeMapping)db.Model.FindEntityType(typeof(Lead))!.FindProperty(nameof(Lead.Languages))!.GetTypeMapping();
        var method = mapping.GetDataReaderMethod();

        Assert.That(method.IsGenericMethod && method.GetGenericMethodDefinition() == GetFieldValue, Is.True, method.Name);
        Assert.That(method.GetGenericArguments(), Is.EqualTo(new[] { typeof(string[]) }));
        Assert.That(mapping.Converter!.ProviderClrType, Is.EqualTo(typeof(string[])));
    }
}

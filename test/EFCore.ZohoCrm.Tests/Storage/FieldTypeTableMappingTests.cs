using EFCore.ZohoCrm.Storage.Internal;
using EFCore.ZohoCrm.Tests.TestUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using ZohoCrm.Data.Metadata;

namespace EFCore.ZohoCrm.Tests.Storage;

/// <summary>
/// The EF type mappings follow ZohoCrm.Data's field-type table: every type a column can have maps, by its
/// <c>data_type</c>, to the CLR type ZohoCrm.Data reads it as; the others have no mapping.
/// </summary>
public class FieldTypeTableMappingTests
{
    private static IEnumerable<ZohoCrmFieldType> AllFieldTypes() => Enum.GetValues<ZohoCrmFieldType>();

    [TestCaseSource(nameof(AllFieldTypes))]
    public void Each_field_type_maps_as_the_table_describes_it(ZohoCrmFieldType type)
    {
        var info = ZohoCrmFieldTypeInfo.Of(type);
        using var db = new CrmContext();
        var mapping = db.GetService<IRelationalTypeMappingSource>().FindMapping(info.DataType);
        Assert.Multiple(() =>
        {
            if (info.IsColumnType)
            {
                Assert.That(mapping?.ClrType, Is.EqualTo(info.ClrType), $"the default CLR type of '{info.DataType}'");
                Assert.That(ZohoCrmStoreTypes.FromFieldType(type), Is.EqualTo(info.DataType));
            }
            else
            {
                Assert.That(mapping, Is.Null, $"'{info.DataType}' is not a column type");
                Assert.That(ZohoCrmStoreTypes.FromFieldType(type), Is.Null);
            }
        });
    }
}

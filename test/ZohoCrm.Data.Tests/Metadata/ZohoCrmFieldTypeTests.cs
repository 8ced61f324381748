using ZohoCrm.Data.Metadata;

namespace ZohoCrm.Data.Tests.Metadata;

public class ZohoCrmFieldTypeTests
{
    [TestCase("text", ZohoCrmFieldType.Text)]
    [TestCase("multiselectpicklist", ZohoCrmFieldType.MultiSelectPicklist)]
    [TestCase("ownerlookup", ZohoCrmFieldType.OwnerLookup)]
    [TestCase("rollup_summary", ZohoCrmFieldType.RollupSummary)]
    [TestCase("BIGINT", ZohoCrmFieldType.BigInt)]
    public void Parses_zoho_data_type_names(string wire, ZohoCrmFieldType expected) =>
        Assert.That(ZohoCrmFieldTypes.Parse(wire), Is.EqualTo(expected));

    [TestCase("widget")]
    [TestCase("")]
    [TestCase(null)]
    public void Unmodelled_data_types_are_unknown(string? wire) =>
        Assert.That(ZohoCrmFieldTypes.Parse(wire), Is.EqualTo(ZohoCrmFieldType.Unknown));

    [Test]
    public void A_formula_field_takes_the_value_type_of_its_return_type()
    {
        var field = new ZohoCrmFieldMetadata { ApiName = "Score", DataType = ZohoCrmFieldType.Formula, ReturnType = ZohoCrmFieldType.Double };
        Assert.That(field.ValueType, Is.EqualTo(ZohoCrmFieldType.Double));
    }
}

using EFCore.ZohoCrm.Tests.TestUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using ZohoCrm.Data;
using ZohoCrm.Data.Metadata;

namespace EFCore.ZohoCrm.Tests.Storage;

/// <summary>CLR types and Zoho field types map both ways, with COQL literals and typed parameters.</summary>
public class TypeMappingTests
{
    private static IRelationalTypeMappingSource Source(CrmContext db) => db.GetService<IRelationalTypeMappingSource>();

    [TestCase(typeof(string), "text")]
    [TestCase(typeof(int), "integer")]
    [TestCase(typeof(long), "bigint")]
    [TestCase(typeof(decimal), "currency")]
    [TestCase(typeof(double), "double")]
    [TestCase(typeof(bool), "boolean")]
    [TestCase(typeof(DateOnly), "date")]
    [TestCase(typeof(DateTimeOffset), "datetime")]
    [TestCase(typeof(DateTime), "datetime")]
    public void Clr_type_alone_picks_its_usual_field_type(Type clrType, string storeType)
    {
        using var db = new CrmContext();
        Assert.That(Source(db).FindMapping(clrType)!.StoreType, Is.EqualTo(storeType));
    }

    [TestCase("text", typeof(string))]
    [TestCase("textarea", typeof(string))]
    [TestCase("picklist", typeof(string))]
    [TestCase("email", typeof(string))]
    [TestCase("phone", typeof(string))]
    [TestCase("website", typeof(string))]
    [TestCase("autonumber", typeof(string))]
    [TestCase("integer", typeof(int))]
    [TestCase("bigint", typeof(long))]
    [TestCase("lookup", typeof(long))]
    [TestCase("ownerlookup", typeof(long))]
    [TestCase("currency", typeof(decimal))]
    [TestCase("double", typeof(decimal))]
    [TestCase("percent", typeof(decimal))]
    [TestCase("boolean", typeof(bool))]
    [TestCase("date", typeof(DateOnly))]
    [TestCase("datetime", typeof(DateTimeOffset))]
    public void Field_type_scaffolds_to_the_clr_type_of_the_reader(string storeType, Type clrType)
    {
        using var db = new CrmContext();
        Assert.That(Source(db).FindMapping(storeType)!.ClrType, Is.EqualTo(clrType));
    }

    [TestCase("subform")]
    [TestCase("fileupload")]
    [TestCase("multiselectlookup")]
    public void Field_types_COQL_cannot_read_have_no_mapping(string storeType)
    {
        using var db = new CrmContext();
        Assert.That(Source(db).FindMapping(storeType), Is.Null);
    }

    [Test]
    public void Literals_follow_COQL_rules()
    {
        using var db = new CrmContext();
        var source = Source(db);
        Assert.Multiple(() =>
        {
            Assert.That(source.FindMapping(typeof(string))!.GenerateSqlLiteral("it's"), Is.EqualTo("'it''s'"));
            Assert.That(source.FindMapping(typeof(bool))!.GenerateSqlLiteral(true), Is.EqualTo("'true'"));
            Assert.That(source.FindMapping(typeof(long))!.GenerateSqlLiteral(5725767000003464060L), Is.EqualTo("5725767000003464060"));
            Assert.That(source.FindMapping(typeof(decimal))!.GenerateSqlLiteral(1234.50m), Is.EqualTo("1234.50"));
            Assert.That(source.FindMapping(typeof(double))!.GenerateSqlLiteral(1e-7), Is.EqualTo("0.0000001"));
            Assert.That(source.FindMapping(typeof(DateOnly))!.GenerateSqlLiteral(new DateOnly(2017, 8, 16)), Is.EqualTo("'2017-08-16'"));
            Assert.That(source.FindMapping(typeof(DateTimeOffset))!.GenerateSqlLiteral(
                new DateTimeOffset(2017, 8, 16, 14, 32, 23, 123, TimeSpan.FromMinutes(330))), Is.EqualTo("'2017-08-16T14:32:23+05:30'"));
            Assert.That(source.FindMapping(typeof(DateTime))!.GenerateSqlLiteral(
                new DateTime(2017, 8, 16, 9, 2, 23, DateTimeKind.Utc)), Is.EqualTo("'2017-08-16T09:02:23+00:00'"));
            Assert.That(source.FindMapping(typeof(DateTime), "date")!.GenerateSqlLiteral(new DateTime(2017, 8, 16)), Is.EqualTo("'2017-08-16'"));
        });
    }

    [Test]
    public void Parameters_carry_the_Zoho_field_type()
    {
        using var db = new CrmContext();
        using var command = new ZohoCrmCommandStub();
        var parameter = (ZohoCrmParameter)Source(db).FindMapping(typeof(string), "picklist")!.CreateParameter(command, "status", "Hot");
        Assert.That(parameter.ZohoType, Is.EqualTo(ZohoCrmFieldType.Picklist));
        var lookup = (ZohoCrmParameter)Source(db).FindMapping(typeof(long), "lookup")!.CreateParameter(command, "account", 1L);
        Assert.That(lookup.ZohoType, Is.EqualTo(ZohoCrmFieldType.Lookup));
    }

    [Test]
    public void Model_properties_get_the_configured_field_types()
    {
        using var db = new CrmContext();
        var lead = db.Model.FindEntityType(typeof(Lead))!;
        var contact = db.Model.FindEntityType(typeof(Contact))!;
        Assert.Multiple(() =>
        {
            Assert.That(lead.FindProperty(nameof(Lead.Lead_Status))!.GetColumnType(), Is.EqualTo("picklist"));
            Assert.That(lead.FindProperty(nameof(Lead.Description))!.GetColumnType(), Is.EqualTo("textarea"));
            Assert.That(lead.FindProperty(nameof(Lead.Lead_Source))!.GetColumnType(), Is.EqualTo("picklist"));
            Assert.That(lead.FindProperty(nameof(Lead.Languages))!.GetColumnType(), Is.EqualTo("multiselectpicklist"));
            Assert.That(contact.FindProperty(nameof(Contact.AccountId))!.GetColumnType(), Is.EqualTo("lookup"));
            Assert.That(contact.FindProperty(nameof(Contact.Email))!.GetColumnType(), Is.EqualTo("email"));
        });
    }

    [Test]
    public void Multi_select_picklist_is_read_as_the_string_array_of_the_reader_and_compared_by_value()
    {
        using var db = new CrmContext();
        var mapping = (RelationalTypeMapping)db.Model.FindEntityType(typeof(Lead))!.FindProperty(nameof(Lead.Languages))!.GetTypeMapping();
        Assert.That(mapping.Converter!.ProviderClrType, Is.EqualTo(typeof(string[])));
        Assert.That(mapping.Converter.ConvertToProvider(new List<string> { "English", "German" }), Is.EqualTo(new[] { "English", "German" }));
        Assert.That(mapping.Converter.ConvertFromProvider(new[] { "French" }), Is.EqualTo(new List<string> { "French" }));
        Assert.That(mapping.Comparer.Equals(new List<string> { "a", "b" }, new List<string> { "a", "b" }), Is.True);
        Assert.That(mapping.GenerateSqlLiteral(new List<string> { "English", "German" }), Is.EqualTo("'English;German'"));
    }

    private sealed class ZohoCrmCommandStub : System.Data.Common.DbCommand
    {
        [System.Diagnostics.CodeAnalysis.AllowNull]
        public override string CommandText { get; set; } = "";

        public override int CommandTimeout { get; set; }

        public override System.Data.CommandType CommandType { get; set; }

        public override bool DesignTimeVisible { get; set; }

        public override System.Data.UpdateRowSource UpdatedRowSource { get; set; }

        protected override System.Data.Common.DbConnection? DbConnection { get; set; }

        protected override System.Data.Common.DbParameterCollection DbParameterCollection { get; } = new FakeParameterCollection();

        protected override System.Data.Common.DbTransaction? DbTransaction { get; set; }

        public override void Cancel()
        {
        }

        public override int ExecuteNonQuery() => throw new NotSupportedException();

        public override object ExecuteScalar() => throw new NotSupportedException();

        public override void Prepare()
        {
        }

        protected override System.Data.Common.DbParameter CreateDbParameter() => new ZohoCrmParameter();

        protected override System.Data.Common.DbDataReader ExecuteDbDataReader(System.Data.CommandBehavior behavior) => throw new NotSupportedException();
    }
}

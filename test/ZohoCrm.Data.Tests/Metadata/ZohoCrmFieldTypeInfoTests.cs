using Newtonsoft.Json;
using ZohoCrm.Data.Api;
using ZohoCrm.Data.Execution;
using ZohoCrm.Data.Metadata;
using ZohoCrm.Data.Tests.Execution;

namespace ZohoCrm.Data.Tests.Metadata;

/// <summary>
/// The field-type table itself: every <see cref="ZohoCrmFieldType"/> is described, and for each one a value written as
/// Zoho's record JSON reads back as the same value of the type's CLR type, and is quoted as Zoho's COQL literal.
/// The expected JSON and literals are Zoho's documented forms (api.md §7.3), not what the code computes.
/// </summary>
public class ZohoCrmFieldTypeInfoTests
{
    /// <summary>One sample per field type: what is written, its JSON, what reads back, its COQL literal.</summary>
    private sealed record Sample(object Written, string Json, object ReadBack, string Literal);

    private static readonly Dictionary<ZohoCrmFieldType, Sample> Samples = new()
    {
        [ZohoCrmFieldType.Unknown] = new("raw", "\"raw\"", "raw", "'raw'"),
        [ZohoCrmFieldType.Text] = new("O'Hara", "\"O'Hara\"", "O'Hara", "'O''Hara'"),
        [ZohoCrmFieldType.Textarea] = new("line 1\nline 2", "\"line 1\\nline 2\"", "line 1\nline 2", "'line 1\nline 2'"),
        [ZohoCrmFieldType.Email] = new("a@b.com", "\"a@b.com\"", "a@b.com", "'a@b.com'"),
        [ZohoCrmFieldType.Phone] = new("+1 555 0100", "\"+1 555 0100\"", "+1 555 0100", "'+1 555 0100'"),
        [ZohoCrmFieldType.Website] = new("https://x.com", "\"https://x.com\"", "https://x.com", "'https://x.com'"),
        [ZohoCrmFieldType.Picklist] = new("Advertisement", "\"Advertisement\"", "Advertisement", "'Advertisement'"),
        [ZohoCrmFieldType.MultiSelectPicklist] = new(new[] { "English", "German" }, "[\"English\",\"German\"]", new[] { "English", "German" }, "'English;German'"),
        [ZohoCrmFieldType.Integer] = new(250, "250", 250, "250"),
        [ZohoCrmFieldType.BigInt] = new(12345678901234567L, "\"12345678901234567\"", 12345678901234567L, "12345678901234567"),
        [ZohoCrmFieldType.Double] = new(250000.5m, "250000.5", 250000.5m, "250000.5"),
        [ZohoCrmFieldType.Currency] = new(480000.10m, "480000.10", 480000.10m, "480000.10"),
        [ZohoCrmFieldType.Percent] = new(12.5m, "12.5", 12.5m, "12.5"),
        [ZohoCrmFieldType.Boolean] = new(true, "true", true, "'true'"),
        [ZohoCrmFieldType.Date] = new(new DateOnly(2017, 8, 16), "\"2017-08-16\"", new DateOnly(2017, 8, 16), "'2017-08-16'"),
        [ZohoCrmFieldType.DateTime] = new(new DateTimeOffset(2017, 8, 16, 14, 32, 23, TimeSpan.FromMinutes(330)), "\"2017-08-16T14:32:23+05:30\"",
            new DateTimeOffset(2017, 8, 16, 14, 32, 23, TimeSpan.FromMinutes(330)), "'2017-08-16T14:32:23+05:30'"),
        [ZohoCrmFieldType.Lookup] = new(5725767000003464060L, "{\"id\":\"5725767000003464060\"}", 5725767000003464060L, "'5725767000003464060'"),
        [ZohoCrmFieldType.OwnerLookup] = new(5725767000000412001L, "{\"id\":\"5725767000000412001\"}", 5725767000000412001L, "'5725767000000412001'"),
        [ZohoCrmFieldType.UserLookup] = new(5725767000000412002L, "{\"id\":\"5725767000000412002\"}", 5725767000000412002L, "'5725767000000412002'"),
        [ZohoCrmFieldType.AutoNumber] = new("INV-0001", "\"INV-0001\"", "INV-0001", "'INV-0001'"),
        // A formula or rollup summary whose return type is not known is read as it came: text here.
        [ZohoCrmFieldType.Formula] = new("42 days", "\"42 days\"", "42 days", "'42 days'"),
        [ZohoCrmFieldType.RollupSummary] = new("n/a", "\"n/a\"", "n/a", "'n/a'"),
        [ZohoCrmFieldType.ProfileImage] = new("siwz79472749456ff433", "\"siwz79472749456ff433\"", "siwz79472749456ff433", "'siwz79472749456ff433'"),
        // Types COQL cannot read are read as their JSON text.
        [ZohoCrmFieldType.MultiSelectLookup] = new("[]", "\"[]\"", "[]", "'[]'"),
        [ZohoCrmFieldType.MultiUserLookup] = new("[]", "\"[]\"", "[]", "'[]'"),
        [ZohoCrmFieldType.Subform] = new("[]", "\"[]\"", "[]", "'[]'"),
        [ZohoCrmFieldType.FileUpload] = new("[]", "\"[]\"", "[]", "'[]'"),
        [ZohoCrmFieldType.ImageUpload] = new("[]", "\"[]\"", "[]", "'[]'"),
    };

    private static IEnumerable<ZohoCrmFieldType> AllFieldTypes() => Enum.GetValues<ZohoCrmFieldType>();

    [TestCaseSource(nameof(AllFieldTypes))]
    public void Every_field_type_is_described(ZohoCrmFieldType type)
    {
        var info = ZohoCrmFieldTypeInfo.Of(type);
        Assert.Multiple(() =>
        {
            Assert.That(info.FieldType, Is.EqualTo(type));
            Assert.That(info.DataType, Is.Not.Empty);
            Assert.That(ZohoCrmFieldTypeInfo.All, Has.Exactly(1).Matches<ZohoCrmFieldTypeInfo>(i => i.FieldType == type));
            Assert.That(Samples.ContainsKey(type), Is.True,
                $"{type} has no sample in this test: add one with Zoho's documented JSON and COQL literal for the type.");
        });
    }

    [Test]
    public void The_table_has_one_entry_per_field_type() =>
        Assert.That(ZohoCrmFieldTypeInfo.All.Select(i => i.FieldType), Is.EquivalentTo(AllFieldTypes()));

    [Test]
    public void A_value_outside_the_enum_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ZohoCrmFieldTypeInfo.Of((ZohoCrmFieldType)999));

    [TestCaseSource(nameof(AllFieldTypes))]
    public void The_data_type_name_parses_back_to_the_type(ZohoCrmFieldType type)
    {
        var expected = type;
        Assert.That(ZohoCrmFieldTypes.Parse(ZohoCrmFieldTypeInfo.Of(type).DataType), Is.EqualTo(expected));
    }

    [TestCaseSource(nameof(AllFieldTypes))]
    public void A_value_is_written_as_Zohos_record_JSON(ZohoCrmFieldType type)
    {
        var sample = Samples[type];
        Assert.That(WriteField(type, sample.Written), Is.EqualTo(sample.Json));
    }

    [TestCaseSource(nameof(AllFieldTypes))]
    public void A_written_value_reads_back_as_the_types_clr_value(ZohoCrmFieldType type)
    {
        var sample = Samples[type];
        var json = WriteField(type, sample.Written);
        var layout = ZohoCrmResultLayout.ForSelect([new("F", "F", type)]);
        var page = ZohoCrmPageRowReaderTests.Parse("""{"data":[{"F":""" + json + """}],"info":{"count":1,"more_records":false}}""", layout);

        var read = page.GetValue(0, 0);
        Assert.Multiple(() =>
        {
            Assert.That(read, Is.EqualTo(sample.ReadBack));
            Assert.That(read, Is.InstanceOf(ZohoCrmFieldTypeInfo.Of(type).ClrType));
        });
    }

    [TestCaseSource(nameof(AllFieldTypes))]
    public void A_value_is_quoted_as_a_COQL_literal(ZohoCrmFieldType type)
    {
        var sample = Samples[type];
        Assert.That(ZohoCrmFieldTypeInfo.Of(type).FormatLiteral(sample.Written), Is.EqualTo(sample.Literal));
    }

    [TestCaseSource(nameof(AllFieldTypes))]
    public void Null_is_written_as_JSON_null_and_the_COQL_null(ZohoCrmFieldType type)
    {
        Assert.Multiple(() =>
        {
            Assert.That(WriteField(type, null), Is.EqualTo("null"));
            Assert.That(ZohoCrmFieldTypeInfo.Of(type).FormatLiteral(null), Is.EqualTo("null"));
        });
    }

    [Test]
    public void A_DateTime_is_written_as_the_date_of_a_date_field_and_the_UTC_instant_of_a_datetime_field()
    {
        var utc = new DateTime(2017, 8, 16, 9, 2, 23, DateTimeKind.Utc);
        var unspecified = new DateTime(2017, 8, 16, 9, 2, 23, DateTimeKind.Unspecified);
        Assert.Multiple(() =>
        {
            Assert.That(WriteField(ZohoCrmFieldType.Date, utc), Is.EqualTo("\"2017-08-16\""));
            Assert.That(WriteField(ZohoCrmFieldType.DateTime, utc), Is.EqualTo("\"2017-08-16T09:02:23+00:00\""));
            Assert.That(WriteField(ZohoCrmFieldType.DateTime, unspecified), Is.EqualTo("\"2017-08-16T09:02:23+00:00\""), "an unspecified kind is UTC");
            Assert.That(ZohoCrmFieldTypeInfo.Of(ZohoCrmFieldType.Date).FormatLiteral(utc), Is.EqualTo("'2017-08-16'"));
            Assert.That(ZohoCrmFieldTypeInfo.Of(ZohoCrmFieldType.DateTime).FormatLiteral(utc), Is.EqualTo("'2017-08-16T09:02:23+00:00'"));
        });
    }

    [Test]
    public void Numbers_other_CLR_types_hold_are_written_in_the_types_form()
    {
        Assert.Multiple(() =>
        {
            Assert.That(WriteField(ZohoCrmFieldType.Integer, 250L), Is.EqualTo("250"), "an integer field's json_type is integer");
            Assert.That(WriteField(ZohoCrmFieldType.BigInt, 250L), Is.EqualTo("\"250\""), "a bigint's json_type is string");
            Assert.That(ZohoCrmFieldTypeInfo.Of(ZohoCrmFieldType.Double).FormatLiteral(1e-7), Is.EqualTo("0.0000001"), "COQL has no exponent");
            Assert.That(ZohoCrmFieldTypeInfo.Of(ZohoCrmFieldType.Integer).FormatLiteral((short)7), Is.EqualTo("7"));
            Assert.That(ZohoCrmFieldTypeInfo.Of(ZohoCrmFieldType.MultiSelectPicklist).FormatLiteral(new List<string> { "A", "B" }), Is.EqualTo("'A;B'"));
        });
    }

    [Test]
    public void A_record_to_update_carries_its_id_as_a_string()
    {
        var record = new ZohoCrmRecordValues { Id = "5725767000000524157" }
            .Add("Last_Name", ZohoCrmFieldType.Text, "Hale")
            .Add("Account_Name", ZohoCrmFieldType.Lookup, 5725767000003464060L);
        Assert.That(record.ToJson().ToString(Formatting.None),
            Is.EqualTo("{\"id\":\"5725767000000524157\",\"Last_Name\":\"Hale\",\"Account_Name\":{\"id\":\"5725767000003464060\"}}"));
    }

    private static string WriteField(ZohoCrmFieldType type, object? value) =>
        new ZohoCrmRecordValues().Add("F", type, value).ToJson()["F"]!.ToString(Formatting.None);
}

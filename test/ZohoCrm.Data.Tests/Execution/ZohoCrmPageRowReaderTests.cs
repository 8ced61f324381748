using System.Net;
using System.Text;
using ZohoCrm.Data.Api;
using ZohoCrm.Data.Execution;
using ZohoCrm.Data.Metadata;

namespace ZohoCrm.Data.Tests.Execution;

public class ZohoCrmPageRowReaderTests
{
    // Zoho's COQL response from the reference examples (lookups, dotted paths, multi-select, datetime with offset).
    internal const string ContactsPage = """
        {"data":[
          {"Last_Name":"Hale","First_Name":"Marcus","Email":"marcus.hale@northwind.example","Owner":{"name":"Hart","id":"6284150000000412001"},
           "Owner.email":"olivia.hart@example.com","Account_Name":{"name":"Northwind Traders","id":"6284150000007731004"},
           "Account_Name.Account_Name":"Northwind Traders","Languages_Known":["English","German"],
           "Created_Time":"2025-06-18T14:02:11+02:00","$editable":true,"id":"6284150000007735012"},
          {"Last_Name":"Harper","First_Name":"Lena","Email":null,"Owner":{"name":"Hart","id":"6284150000000412001"},
           "Owner.email":"olivia.hart@example.com","Account_Name":null,"Account_Name.Account_Name":null,"Languages_Known":[],
           "Created_Time":"2025-03-02T09:45:57-05:30","id":"6284150000007735003"}],
         "info":{"count":2,"more_records":true}}
        """;

    internal static ZohoCrmResultLayout ContactsLayout() => ZohoCrmResultLayout.ForSelect(
    [
        new("Last_Name", "Last_Name", ZohoCrmFieldType.Text),
        new("Email", "Email", ZohoCrmFieldType.Email),
        new("Owner", "Owner", ZohoCrmFieldType.OwnerLookup),
        new("Account_Name", "Account_Name", ZohoCrmFieldType.Lookup),
        new("Account_Name.Account_Name", "Account_Name.Account_Name", ZohoCrmFieldType.Text),
        new("Languages_Known", "Languages_Known", ZohoCrmFieldType.MultiSelectPicklist),
        new("Created_Time", "Created_Time", ZohoCrmFieldType.DateTime),
        new("id", "id", ZohoCrmFieldType.BigInt) { BaseField = "id" },
    ]);

    /// <summary>Reads a body as the API client streams it from an HTTP response.</summary>
    internal static ZohoCrmRecordPage Parse(string body, ZohoCrmResultLayout layout, HttpStatusCode status = HttpStatusCode.OK) =>
        ParseAsync(body, layout, status).GetAwaiter().GetResult();

    private static async Task<ZohoCrmRecordPage> ParseAsync(string body, ZohoCrmResultLayout layout, HttpStatusCode status)
    {
        var response = new HttpResponseMessage(status) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        await using var page = await ZohoCrmRecordPageReader.OpenAsync(response, "data", "POST /crm/v8/coql", CancellationToken.None);
        return ZohoCrmPageRowReader.ReadPage(page, layout, "POST /crm/v8/coql");
    }

    [Test]
    public void Reads_a_coql_page_into_typed_values()
    {
        var layout = ContactsLayout();
        var page = Parse(ContactsPage, layout);

        Assert.That(page.Rows, Has.Count.EqualTo(2));
        Assert.That(page.MoreRecords, Is.True);
        var first = page.Rows[0];
        Assert.That(first[layout.OrdinalOf("Last_Name")], Is.EqualTo("Hale"));
        Assert.That(first[layout.OrdinalOf("Owner")], Is.EqualTo(6284150000000412001L));
        Assert.That(first[layout.OrdinalOf("Owner.name")], Is.EqualTo("Hart"));
        Assert.That(first[layout.OrdinalOf("Account_Name")], Is.EqualTo(6284150000007731004L));
        Assert.That(first[layout.OrdinalOf("Account_Name.name")], Is.EqualTo("Northwind Traders"));
        Assert.That(first[layout.OrdinalOf("Account_Name.Account_Name")], Is.EqualTo("Northwind Traders"));
        Assert.That(first[layout.OrdinalOf("Languages_Known")], Is.EqualTo(new[] { "English", "German" }));
        Assert.That(first[layout.OrdinalOf("Created_Time")], Is.EqualTo(new DateTimeOffset(2025, 6, 18, 14, 2, 11, TimeSpan.FromHours(2))));
        Assert.That(((DateTimeOffset)first[layout.OrdinalOf("Created_Time")]!).Offset, Is.EqualTo(TimeSpan.FromHours(2)));
        Assert.That(first[layout.OrdinalOf("id")], Is.EqualTo(6284150000007735012L));
    }

    [Test]
    public void Nulls_and_empty_arrays_are_kept_as_sent()
    {
        var layout = ContactsLayout();
        var second = Parse(ContactsPage, layout).Rows[1];
        Assert.That(second[layout.OrdinalOf("Email")], Is.Null);
        Assert.That(second[layout.OrdinalOf("Account_Name")], Is.Null);
        Assert.That(second[layout.OrdinalOf("Account_Name.name")], Is.Null);
        Assert.That(second[layout.OrdinalOf("Languages_Known")], Is.Empty);
        Assert.That(((DateTimeOffset)second[layout.OrdinalOf("Created_Time")]!).Offset, Is.EqualTo(new TimeSpan(-5, -30, 0)));
    }

    [Test]
    public void Lookup_display_names_are_added_after_the_selected_columns()
    {
        var layout = ContactsLayout();
        Assert.That(layout.Columns.Take(layout.VisibleCount).Select(c => c.Name), Is.EqualTo(new[]
        {
            "Last_Name", "Email", "Owner", "Account_Name", "Account_Name.Account_Name", "Languages_Known", "Created_Time", "id",
            "Owner.name", "Account_Name.name",
        }));
    }

    [Test]
    public void Numbers_keep_their_exact_decimal_value_and_types()
    {
        var layout = ZohoCrmResultLayout.ForSelect(
        [
            new("Annual_Revenue", "Annual_Revenue", ZohoCrmFieldType.Currency),
            new("No_of_Employees", "No_of_Employees", ZohoCrmFieldType.Integer),
            new("Big", "Big", ZohoCrmFieldType.BigInt),
            new("Rate", "Rate", ZohoCrmFieldType.Percent),
            new("Email_Opt_Out", "Email_Opt_Out", ZohoCrmFieldType.Boolean),
            new("Birth", "Birth", ZohoCrmFieldType.Date),
        ]);
        var row = Parse("""{"data":[{"Annual_Revenue":480000.10,"No_of_Employees":250,"Big":"0012345600012","Rate":25,"Email_Opt_Out":true,"Birth":"1990-02-28","id":"1"}],"info":{"count":1,"more_records":false}}""", layout).Rows[0];

        Assert.That(row[0], Is.EqualTo(480000.10m).And.TypeOf<decimal>());
        Assert.That(row[1], Is.EqualTo(250).And.TypeOf<int>());
        Assert.That(row[2], Is.EqualTo(12345600012L).And.TypeOf<long>());
        Assert.That(row[3], Is.EqualTo(25m).And.TypeOf<decimal>());
        Assert.That(row[4], Is.EqualTo(true));
        Assert.That(row[5], Is.EqualTo(new DateOnly(1990, 2, 28)));
    }

    [Test]
    public void Aggregate_keys_are_read_by_their_expression_text()
    {
        var layout = ZohoCrmResultLayout.ForSelect(
        [
            new("Lead_Source", "Lead_Source", ZohoCrmFieldType.Picklist),
            new("COUNT(Annual_Revenue)", "COUNT(Annual_Revenue)", ZohoCrmFieldType.BigInt) { IsAggregate = true },
            new("total", "SUM(Annual_Revenue)", ZohoCrmFieldType.Currency) { IsAggregate = true, IsAliased = true },
        ]);
        var page = Parse("""{"data":[{"Lead_Source":null,"COUNT(Annual_Revenue)":14,"SUM(Annual_Revenue)":1250000},{"Lead_Source":"Advertisement","COUNT(Annual_Revenue)":6,"SUM(Annual_Revenue)":480000.5}],"info":{"count":2,"more_records":false}}""", layout);

        Assert.That(page.Rows.Select(r => r[1]), Is.EqualTo(new object[] { 14L, 6L }));
        Assert.That(page.Rows.Select(r => r[2]), Is.EqualTo(new object[] { 1250000m, 480000.5m }));
    }

    [Test]
    public void Unselected_and_dollar_keys_are_skipped_and_unknown_types_keep_raw_json()
    {
        var layout = ZohoCrmResultLayout.ForSelect([new("Tag", "Tag", ZohoCrmFieldType.Unknown)]);
        var row = Parse("""{"data":[{"$approval":{"delegate":false},"Tag":[{"name":"VIP","id":"1"}],"Other":[1,{"a":2}],"id":"1"}]}""", layout).Rows[0];
        Assert.That(row, Has.Length.EqualTo(1));
        Assert.That(row[0], Is.EqualTo("""[{"name":"VIP","id":"1"}]"""));
    }

    [Test]
    public void An_empty_body_is_an_empty_last_page()
    {
        var page = Parse("", ContactsLayout(), HttpStatusCode.NoContent);
        Assert.That(page.Rows, Is.Empty);
        Assert.That(page.MoreRecords, Is.False);
    }

    [Test]
    public void Every_truncation_of_a_page_is_an_error_never_a_short_page()
    {
        var body = ContactsPage.Trim();
        var layout = ContactsLayout();
        for (var length = 1; length < body.Length; length++)
        {
            var cut = body[..length];
            var error = Assert.Throws<ZohoCrmException>(() => Parse(cut, layout), $"cut at {length}: {cut[Math.Max(0, length - 20)..]}");
            Assert.That(error!.Message, Does.Contain("POST /crm/v8/coql"));
            Assert.That(error.Code, Is.EqualTo("TRUNCATED_RESPONSE").Or.EqualTo("MALFORMED_RESPONSE"));
        }
    }

    [TestCase("""[]""")]
    [TestCase("""{"info":{"count":0}}x""")]
    [TestCase("""{"data":{}}""")]
    [TestCase("""{"data":[1]}""")]
    [TestCase("""{"data":[]} {}""")]
    [TestCase("""{"data":[{"Last_Name":"A"}],"info":{"count":2,"more_records":false}}""")]
    [TestCase("""{"data":[{"Last_Name":}]}""")]
    public void Malformed_bodies_are_errors_naming_the_request(string body)
    {
        var error = Assert.Throws<ZohoCrmException>(() => Parse(body, ContactsLayout()));
        Assert.That(error!.Message, Does.Contain("POST /crm/v8/coql"));
        Assert.That(error.Code, Is.EqualTo("MALFORMED_RESPONSE"));
    }
}

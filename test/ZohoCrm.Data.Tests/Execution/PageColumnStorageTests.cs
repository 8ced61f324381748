using System.Globalization;
using System.Text;
using Newtonsoft.Json.Linq;
using ZohoCrm.Data.Execution;
using ZohoCrm.Data.Internal;
using ZohoCrm.Data.Metadata;

namespace ZohoCrm.Data.Tests.Execution;

/// <summary>
/// Pages store their values by column in their .NET types, read back unboxed by the typed getters; values that do not
/// parse as their column's type are kept as sent; records whose keys come in another order or go missing read the
/// same; and page storage reused across pages never shows one page's values in another.
/// </summary>
public class PageColumnStorageTests
{
    private static ZohoCrmResultLayout Layout() => ZohoCrmResultLayout.ForSelect(
    [
        new("Last_Name", "Last_Name", ZohoCrmFieldType.Text),
        new("No_of_Employees", "No_of_Employees", ZohoCrmFieldType.Integer),
        new("Annual_Revenue", "Annual_Revenue", ZohoCrmFieldType.Currency),
        new("Created_Time", "Created_Time", ZohoCrmFieldType.DateTime),
        new("Owner", "Owner", ZohoCrmFieldType.OwnerLookup),
        new("id", "id", ZohoCrmFieldType.BigInt),
    ]);

    private static async Task<ZohoCrmDataReader> Read(string body)
    {
        var layout = Layout();
        var page = ZohoCrmPageRowReaderTests.Parse(body, layout);
        return await ZohoCrmDataReader.OpenAsync(layout, FakePageSource.Of(page), new CancellationTokenSource(), System.Data.CommandBehavior.Default,
            onClose: null, async: true, CancellationToken.None);
    }

    [Test]
    public async Task Typed_getters_read_the_stored_values()
    {
        await using var reader = await Read("""
            {"data":[{"Last_Name":"Hale","No_of_Employees":250,"Annual_Revenue":480000.10,"Created_Time":"2025-03-02T09:45:57-05:30",
                      "Owner":{"name":"Hart","id":"6284150000000412001"},"id":"6284150000007735012"}],"info":{"count":1,"more_records":false}}
            """);
        Assert.That(reader.Read(), Is.True);
        Assert.Multiple(() =>
        {
            Assert.That(reader.GetString(0), Is.EqualTo("Hale"));
            Assert.That(reader.GetInt32(1), Is.EqualTo(250));
            Assert.That(reader.GetInt64(1), Is.EqualTo(250L), "an integer widens to long");
            Assert.That(reader.GetDecimal(2), Is.EqualTo(480000.10m));
            Assert.That(reader.GetDateTimeOffset(3), Is.EqualTo(new DateTimeOffset(2025, 3, 2, 9, 45, 57, new TimeSpan(-5, -30, 0))));
            Assert.That(reader.GetDateTimeOffset(3).Offset, Is.EqualTo(new TimeSpan(-5, -30, 0)));
            Assert.That(reader.GetInt64(4), Is.EqualTo(6284150000000412001L));
            Assert.That(reader.GetString(reader.GetOrdinal("Owner.name")), Is.EqualTo("Hart"));
            Assert.That(reader.GetInt64(5), Is.EqualTo(6284150000007735012L));
            Assert.That(reader.GetString(5), Is.EqualTo("6284150000007735012"));
            Assert.That(reader.GetValue(5), Is.EqualTo(6284150000007735012L));
            Assert.That(reader.GetFieldValue<long?>(5), Is.EqualTo(6284150000007735012L));
        });
    }

    [Test]
    public async Task Values_that_do_not_parse_as_the_column_type_are_kept_as_sent()
    {
        await using var reader = await Read("""
            {"data":[{"Last_Name":null,"No_of_Employees":9999999999,"Annual_Revenue":"n/a","Created_Time":"yesterday","Owner":{"name":"Hart","id":"x1"},"id":"abc"}],
             "info":{"count":1,"more_records":false}}
            """);
        Assert.That(reader.Read(), Is.True);
        Assert.Multiple(() =>
        {
            Assert.That(reader.IsDBNull(0), Is.True);
            Assert.That(reader.GetValue(1), Is.EqualTo(9999999999L), "an integer past int's range stays a long");
            Assert.That(reader.GetValue(2), Is.EqualTo("n/a"));
            Assert.That(reader.GetValue(3), Is.EqualTo("yesterday"));
            Assert.That(reader.GetValue(4), Is.EqualTo("x1"));
            Assert.That(reader.GetValue(5), Is.EqualTo("abc"));
            Assert.Throws<InvalidCastException>(() => reader.GetInt32(1));
            Assert.Throws<InvalidCastException>(() => reader.GetInt64(5));
        });
    }

    [Test]
    public async Task Records_with_keys_in_another_order_or_missing_read_the_same()
    {
        await using var reader = await Read("""
            {"data":[{"id":"1","Last_Name":"A","No_of_Employees":1},
                     {"No_of_Employees":2,"Last_Name":"B","Extra":{"x":[1,2]},"id":"2"},
                     {"Last_Name":"C","id":"3"},
                     {"id":"4","No_of_Employees":4,"LAST_NAME":"D"}],"info":{"count":4,"more_records":false}}
            """);
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add($"{reader.GetInt64(5)}:{reader.GetString(0)}:{(reader.IsDBNull(1) ? "null" : reader.GetInt32(1))}");
        }

        Assert.That(rows, Is.EqualTo(new[] { "1:A:1", "2:B:2", "3:C:null", "4:D:4" }));
    }

    [Test]
    public void Typed_storage_gives_NULL_for_keys_a_record_lacks()
    {
        var layout = Layout();
        var page = ZohoCrmPageRowReaderTests.Parse("""{"data":[{"id":"1","No_of_Employees":5},{"id":"2"}],"info":{"count":2,"more_records":false}}""", layout);
        Assert.That(page.GetValue(1, 1), Is.Null);
        Assert.That(page.TryGetTyped<int>(1, 1, out _), Is.False);
        Assert.That(page.TryGetTyped<int>(0, 1, out var employees) && employees == 5, Is.True);
        Assert.That(page.Rows[1], Is.EqualTo(new object?[] { null, null, null, null, null, 2L, null }));
    }

    [Test]
    public async Task A_read_of_many_pages_through_reused_storage_shows_each_row_once_with_its_own_values()
    {
        // Four pages (2000, 2000, 2000, 203): the third and fourth are parsed into the storage of the first two. Every
        // third record lacks No_of_Employees, at other row positions on each page: no value may carry over.
        const int total = 6203;
        using var zoho = new FakeZohoApi(query =>
        {
            // Pages follow by keyset after the last id (or by OFFSET).
            var after = System.Text.RegularExpressions.Regex.Match(query, @"id > '?(\d+)'?");
            var offset = System.Text.RegularExpressions.Regex.Match(query, @"offset (\d+)");
            var first = (after.Success ? int.Parse(after.Groups[1].Value, CultureInfo.InvariantCulture) : 0)
                + (offset.Success ? int.Parse(offset.Groups[1].Value, CultureInfo.InvariantCulture) : 0) + 1;
            var last = Math.Min(total, first + 1999);
            var records = Enumerable.Range(first, last - first + 1).Select(i => i % 3 == 0
                ? new JObject { ["Last_Name"] = "Lead " + i, ["id"] = i.ToString(CultureInfo.InvariantCulture) }
                : new JObject { ["Last_Name"] = "Lead " + i, ["No_of_Employees"] = i, ["id"] = i.ToString(CultureInfo.InvariantCulture) });
            return FakeZohoApi.Page(records, more: last < total);
        });
        await using var connection = zoho.OpenConnection();
        await using var command = new ZohoCrmCommand("SELECT Last_Name, No_of_Employees, id FROM Leads LIMIT 6203", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var expected = 1L;
        while (await reader.ReadAsync())
        {
            var id = reader.GetInt64(2);
            Assert.That(id, Is.EqualTo(expected));
            Assert.That(reader.GetString(0), Is.EqualTo("Lead " + id));
            Assert.That(reader.IsDBNull(1), Is.EqualTo(id % 3 == 0), $"row {id}");
            if (id % 3 != 0)
            {
                Assert.That(reader.GetInt32(1), Is.EqualTo((int)id));
            }

            expected++;
        }

        Assert.That(expected - 1, Is.EqualTo(total));
        Assert.That(zoho.Queries, Has.Count.EqualTo(4));
    }

    [TestCase("2025-06-18T14:02:11+02:00")]
    [TestCase("2025-03-02T09:45:57-05:30")]
    [TestCase("1999-12-31T23:59:59+14:00")]
    [TestCase("2024-02-29T00:00:00-12:00")]
    [TestCase("0001-01-01T00:00:00+00:00")]
    [TestCase("2025-06-18T14:02:11Z")]
    [TestCase("2025-06-18T14:02:11.123+02:00")]
    [TestCase("2023-02-29T00:00:00+00:00")]
    [TestCase("2025-13-01T00:00:00+00:00")]
    [TestCase("2025-06-18T24:00:00+00:00")]
    [TestCase("2025-06-18T14:02:11+15:00")]
    [TestCase("2025-06-18 14:02:11+02:00")]
    [TestCase("２０２５-06-18T14:02:11+02:00")]
    public void Datetimes_read_as_the_general_Zoho_parser_reads_them(string text)
    {
        var expected = ZohoCrmDateTimes.TryParseDateTimeByFormats(text, out var general) ? (object)general : text;
        Assert.That(ZohoCrmValueParser.FromString(text, ZohoCrmFieldType.DateTime), Is.EqualTo(expected));
        if (expected is DateTimeOffset value)
        {
            Assert.That(((DateTimeOffset)ZohoCrmValueParser.FromString(text, ZohoCrmFieldType.DateTime)).Offset, Is.EqualTo(value.Offset));
        }
    }
}

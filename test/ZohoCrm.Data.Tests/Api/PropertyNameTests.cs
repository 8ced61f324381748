using System.Net;
using RichardSzalay.MockHttp;

namespace ZohoCrm.Data.Tests.Api;

/// <summary>
/// Within a page the reader hands out each property name as one string, whatever the order of a record's keys, so
/// callers can match keys by reference; names are always the exact text of the key.
/// </summary>
public class PropertyNameTests
{
    private static async Task<List<List<string>>> NamesByRecord(string body, bool sync)
    {
        using var zoho = new MockZoho();
        zoho.Mock.When(HttpMethod.Post, MockZoho.Base + "coql").Respond(HttpStatusCode.OK, "application/json", body);
        await using var page = await zoho.Client.ExecuteCoqlAsync("select Last_Name from Leads where id is not null");
        var records = new List<List<string>>();
        while (sync ? page.Read() : await page.ReadAsync())
        {
            var names = new List<string>();
            while (sync ? page.ReadProperty() : await page.ReadPropertyAsync())
            {
                names.Add(page.PropertyName);
            }

            records.Add(names);
        }

        return records;
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task Every_record_gets_the_same_string_for_a_name_in_any_key_order(bool sync)
    {
        var records = await NamesByRecord("""
            {"data":[{"Last_Name":"A","Owner":{"name":"Hart","id":"1"},"id":"10"},
                     {"Last_Name":"B","Owner":{"name":"Hart","id":"1"},"id":"11"},
                     {"id":"12","Email":"c@example.com","Last_Name":"C"},
                     {"Last_Name":"D","Owner":null,"id":"13","Extra":[{"id":"x"}]}],"info":{"count":4,"more_records":false}}
            """, sync);

        Assert.That(records.Select(r => string.Join(",", r)), Is.EqualTo(new[]
        {
            "Last_Name,Owner,id", "Last_Name,Owner,id", "id,Email,Last_Name", "Last_Name,Owner,id,Extra",
        }));
        var first = records[0];
        Assert.That(records.SelectMany(r => r).Where(n => n == "Last_Name"), Is.All.SameAs(first[0]));
        Assert.That(records.SelectMany(r => r).Where(n => n == "id"), Is.All.SameAs(first[2]));
        Assert.That(records.SelectMany(r => r).Where(n => n == "Owner"), Is.All.SameAs(first[1]));
    }

    [Test]
    public async Task Names_with_escapes_or_past_the_interning_limits_are_read_exactly()
    {
        var longName = new string('k', 300);
        var records = await NamesByRecord("""{"data":[{"Na\u006De":"1","__LONG__":"2"},{"Name":"3","__LONG__":"4"}],"info":{"count":2,"more_records":false}}""".Replace("__LONG__", longName), sync: true);
        Assert.That(records, Is.EqualTo(new[] { new[] { "Name", longName }, new[] { "Name", longName } }));
    }
}

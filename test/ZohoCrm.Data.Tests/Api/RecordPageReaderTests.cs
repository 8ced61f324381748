using System.Net;
using Newtonsoft.Json;
using ZohoCrm.Data.Api;

namespace ZohoCrm.Data.Tests.Api;

public class RecordPageReaderTests
{
    private const string CoqlUrl = MockZoho.Base + "coql";

    private static async Task<ZohoCrmRecordPageReader> CoqlAnswering(MockZoho zoho, HttpStatusCode status, string? body)
    {
        zoho.Answer(HttpMethod.Post, CoqlUrl, status, body);
        return await zoho.Client.ExecuteCoqlAsync("select Last_Name from Contacts where id is not null");
    }

    [Test]
    public async Task Records_are_read_property_by_property_with_values_as_Zoho_wrote_them()
    {
        using var zoho = new MockZoho();
        await using var page = await CoqlAnswering(zoho, HttpStatusCode.OK, Fixtures.Read("coql-response.json"));

        Assert.That(await page.ReadAsync(), Is.True);
        var values = new Dictionary<string, object?>();
        while (await page.ReadPropertyAsync())
        {
            if (page.Json.TokenType == JsonToken.StartObject)
            {
                // A lookup: read its id without building an object.
                string? id = null;
                await page.ReadTokenAsync();
                while (page.Json.TokenType != JsonToken.EndObject)
                {
                    var name = (string)page.Json.Value!;
                    await page.ReadTokenAsync();
                    if (name == "id")
                    {
                        id = (string?)page.Json.Value;
                    }

                    await page.ReadTokenAsync();
                }

                values[page.PropertyName] = id;
            }
            else if (page.Json.TokenType == JsonToken.StartArray)
            {
                values[page.PropertyName] = "(list)"; // left unread on purpose: the reader skips it
            }
            else
            {
                values[page.PropertyName] = page.Json.Value;
            }
        }

        Assert.That(values["Last_Name"], Is.EqualTo("Hale"));
        Assert.That(values["Owner"], Is.EqualTo("6284150000000412001"));
        Assert.That(values["Account_Name.Account_Name"], Is.EqualTo("Northwind Traders"));
        Assert.That(values["Created_Time"], Is.EqualTo("2025-06-18T14:02:11+02:00"), "datetimes stay text with their offset");
        Assert.That(values["id"], Is.EqualTo("6284150000007735012"));
        Assert.That(values["Languages_Known"], Is.EqualTo("(list)"));

        Assert.That(await page.ReadAsync(), Is.True);
        var second = await page.ReadRecordAsync();
        Assert.That((string?)second["Last_Name"], Is.EqualTo("Harper"));
        Assert.That(await page.ReadAsync(), Is.False);
        Assert.That(page.Info, Is.EqualTo(new ZohoCrmPageInfo { Count = 2, MoreRecords = true }));
    }

    [Test]
    public async Task Records_left_unread_are_skipped()
    {
        using var zoho = new MockZoho();
        await using var page = await CoqlAnswering(zoho, HttpStatusCode.OK, Fixtures.Read("coql-response.json"));

        var count = 0;
        while (await page.ReadAsync())
        {
            count++;
        }

        Assert.That(count, Is.EqualTo(2));
        Assert.That(page.Info!.MoreRecords, Is.True);
    }

    [Test]
    public async Task Numbers_are_decimals_so_currency_stays_exact()
    {
        using var zoho = new MockZoho();
        await using var page = await CoqlAnswering(zoho, HttpStatusCode.OK, """{"data":[{"Amount":0.1,"Count":3,"id":"1"}],"info":{"count":1,"more_records":false}}""");

        Assert.That(await page.ReadAsync(), Is.True);
        var record = await page.ReadRecordAsync();

        Assert.That(record["Amount"]!.ToObject<object>(), Is.EqualTo(0.1m).And.TypeOf<decimal>());
        Assert.That(record["Count"]!.ToObject<object>(), Is.EqualTo(3L));
    }

    [Test]
    public async Task No_content_is_an_empty_page()
    {
        using var zoho = new MockZoho();
        await using var page = await CoqlAnswering(zoho, HttpStatusCode.NoContent, null);

        Assert.That(await page.ReadAsync(), Is.False);
        Assert.That(page.Info, Is.EqualTo(new ZohoCrmPageInfo { Count = 0, MoreRecords = false }));
        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
    }

    [Test]
    public async Task Info_before_data_is_read_too()
    {
        using var zoho = new MockZoho();
        await using var page = await CoqlAnswering(zoho, HttpStatusCode.OK, """{"info":{"count":1,"more_records":true},"data":[{"id":"1"}]}""");

        Assert.That(page.Read(), Is.True);
        Assert.That(page.Read(), Is.False);
        Assert.That(page.Info!.MoreRecords, Is.True);
    }

    [Test]
    public async Task A_body_cut_in_the_middle_is_an_error_not_a_short_page()
    {
        var full = Fixtures.Read("coql-response.json");
        using var zoho = new MockZoho();
        await using var page = await CoqlAnswering(zoho, HttpStatusCode.OK, full[..(full.IndexOf("Harper", StringComparison.Ordinal) + 3)]);

        Assert.That(await page.ReadAsync(), Is.True);
        var e = Assert.ThrowsAsync<ZohoCrmException>(async () =>
        {
            while (await page.ReadAsync())
            {
                await page.ReadRecordAsync();
            }
        });

        Assert.That(e!.Code, Is.AnyOf("TRUNCATED_RESPONSE", "MALFORMED_RESPONSE"));
        Assert.That(e.Message, Does.Contain("POST /crm/v8/coql"));
    }

    [Test]
    public async Task A_body_that_stops_between_records_is_truncated()
    {
        using var zoho = new MockZoho();
        await using var page = await CoqlAnswering(zoho, HttpStatusCode.OK, """{"data":[{"id":"1"},""");

        Assert.That(await page.ReadAsync(), Is.True);
        var e = Assert.ThrowsAsync<ZohoCrmException>(() => page.ReadAsync());

        Assert.That(e!.Code, Is.EqualTo("TRUNCATED_RESPONSE"));
        Assert.That(e.Message, Does.Contain("ended before its JSON was complete (after 1 records)"));
        Assert.That(e.IsTransient, Is.True);
    }

    [Test]
    public async Task A_record_cut_in_the_middle_is_reported_as_truncated()
    {
        using var zoho = new MockZoho();
        await using var page = await CoqlAnswering(zoho, HttpStatusCode.OK, """{"data":[{"id":"1","Last_Name":"Ha""");

        Assert.That(await page.ReadAsync(), Is.True);
        var e = Assert.ThrowsAsync<ZohoCrmException>(() => page.ReadRecordAsync());

        Assert.That(e!.Code, Is.EqualTo("TRUNCATED_RESPONSE"));
    }

    [Test]
    public async Task A_failed_page_stays_failed_instead_of_looking_finished()
    {
        using var zoho = new MockZoho();
        await using var page = await CoqlAnswering(zoho, HttpStatusCode.OK, """{"data":[{"id":"1"},""");
        Assert.That(await page.ReadAsync(), Is.True);
        var first = Assert.ThrowsAsync<ZohoCrmException>(() => page.ReadAsync());

        var again = Assert.ThrowsAsync<ZohoCrmException>(() => page.ReadAsync());

        Assert.That(again, Is.SameAs(first));
    }

    [Test]
    public async Task A_disposed_page_cannot_be_read()
    {
        using var zoho = new MockZoho();
        var page = await CoqlAnswering(zoho, HttpStatusCode.OK, Fixtures.Read("coql-response.json"));
        await page.DisposeAsync();

        Assert.ThrowsAsync<ObjectDisposedException>(() => page.ReadAsync());
    }

    [Test]
    public async Task A_page_whose_info_count_disagrees_is_refused()
    {
        using var zoho = new MockZoho();
        await using var page = await CoqlAnswering(zoho, HttpStatusCode.OK, """{"data":[{"id":"1"}],"info":{"count":2,"more_records":false}}""");

        Assert.That(await page.ReadAsync(), Is.True);
        var e = Assert.ThrowsAsync<ZohoCrmException>(() => page.ReadAsync());

        Assert.That(e!.Message, Does.Contain("declares 2 records in info.count but holds 1"));
    }

    [TestCase("<html><body>Bad gateway</body></html>")]
    [TestCase("""{"data":{"id":"1"}}""")]
    [TestCase("""{"data":[{"id":"1"}]} trailing""")]
    [TestCase("""{"data":["not a record"]}""")]
    public async Task A_body_that_is_not_Zoho_JSON_is_malformed(string body)
    {
        using var zoho = new MockZoho();
        await using var page = await CoqlAnswering(zoho, HttpStatusCode.OK, body);

        var e = Assert.ThrowsAsync<ZohoCrmException>(async () =>
        {
            while (await page.ReadAsync())
            {
            }
        });

        Assert.That(e!.Code, Is.EqualTo("MALFORMED_RESPONSE"));
        Assert.That(e.IsTransient, Is.False);
    }

    [Test]
    public void An_empty_200_body_is_truncated()
    {
        using var zoho = new MockZoho();
        Assert.ThrowsAsync<ZohoCrmException>(async () =>
        {
            await using var page = await CoqlAnswering(zoho, HttpStatusCode.OK, "");
            await page.ReadAsync();
        });
    }

    [Test]
    public async Task Reading_a_record_before_ReadAsync_is_a_clear_error()
    {
        using var zoho = new MockZoho();
        await using var page = await CoqlAnswering(zoho, HttpStatusCode.OK, Fixtures.Read("coql-response.json"));

        var e = Assert.ThrowsAsync<InvalidOperationException>(() => page.ReadRecordAsync());
        Assert.That(e!.Message, Does.Contain("call ReadAsync first"));
    }
}

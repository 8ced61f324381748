using System.Net;
using Newtonsoft.Json.Linq;
using ZohoCrm.Data.Api;

namespace ZohoCrm.Data.Tests.Api;

public class RecordReadTests
{
    [Test]
    public async Task Coql_is_posted_as_select_query_json()
    {
        using var zoho = new MockZoho();
        zoho.Answer(HttpMethod.Post, MockZoho.Base + "coql", HttpStatusCode.OK, Fixtures.Read("coql-aggregate-response.json"));
        const string query = "select COUNT(Annual_Revenue), SUM(Annual_Revenue), Lead_Source from Leads where Annual_Revenue is not null group by Lead_Source";

        await using var page = await zoho.Client.ExecuteCoqlAsync(query);
        var rows = 0;
        while (await page.ReadAsync())
        {
            rows++;
        }

        Assert.That(zoho.LastRequest!.Content!.Headers.ContentType!.MediaType, Is.EqualTo("application/json"));
        Assert.That(JObject.Parse(zoho.LastBody!), Is.EqualTo(new JObject { ["select_query"] = query }).Using<JToken>((a, b) => JToken.DeepEquals(a, b)));
        Assert.That(rows, Is.GreaterThan(0));
        Assert.That(zoho.LastRequest.Options.TryGetValue(ZohoCrm.Data.Http.ZohoCrmRequestOptions.IsRead, out var isRead) && isRead, Is.True, "COQL is a read the pipeline may resend");
    }

    [Test]
    public async Task Records_are_listed_with_every_parameter_and_If_Modified_Since()
    {
        using var zoho = new MockZoho();
        zoho.Answer(HttpMethod.Get, MockZoho.Base + "Leads", HttpStatusCode.OK, Fixtures.Read("get-records-response.json"));

        await using var page = await zoho.Client.GetRecordsAsync("Leads", new ZohoCrmRecordListRequest
        {
            Fields = ["Last_Name", "Email"], PerPage = 200, PageToken = "c8582xyz", SortBy = "Modified_Time", SortOrder = "desc",
            Ids = ["6284150000007740021", "6284150000007740022"],
            ModifiedSince = new DateTimeOffset(2019, 7, 25, 15, 26, 49, TimeSpan.FromHours(5.5)),
        });
        while (await page.ReadAsync())
        {
        }

        Assert.That(zoho.LastRequest!.RequestUri!.Query, Is.EqualTo("?fields=Last_Name%2CEmail&ids=6284150000007740021%2C6284150000007740022&per_page=200&page_token=c8582xyz&sort_by=Modified_Time&sort_order=desc"));
        Assert.That(zoho.LastRequest.Headers.GetValues("If-Modified-Since").Single(), Is.EqualTo("2019-07-25T15:26:49+05:30"));
        Assert.That(page.Info!.NextPageToken, Is.Not.Null);
        Assert.That(page.Info.MoreRecords, Is.True);
    }

    [Test]
    public async Task Not_modified_is_an_empty_page()
    {
        using var zoho = new MockZoho();
        zoho.Answer(HttpMethod.Get, MockZoho.Base + "Leads", HttpStatusCode.NotModified, null);

        await using var page = await zoho.Client.GetRecordsAsync("Leads", new ZohoCrmRecordListRequest { Fields = ["id"], ModifiedSince = DateTimeOffset.UtcNow });

        Assert.That(await page.ReadAsync(), Is.False);
        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
    }

    [Test]
    public void Listing_without_fields_or_with_page_and_token_is_refused_before_calling()
    {
        using var zoho = new MockZoho();

        Assert.ThrowsAsync<ArgumentException>(() => zoho.Client.GetRecordsAsync("Leads", new ZohoCrmRecordListRequest { Fields = [] }));
        var e = Assert.ThrowsAsync<ArgumentException>(() => zoho.Client.GetRecordsAsync("Leads", new ZohoCrmRecordListRequest { Fields = ["id"], Page = 2, PageToken = "t" }));
        Assert.That(e!.Message, Does.Contain("PageToken"));
        Assert.That(zoho.Calls, Is.Zero);
    }

    [Test]
    public async Task One_record_is_read_by_id()
    {
        using var zoho = new MockZoho();
        zoho.Answer(HttpMethod.Get, MockZoho.Base + "Leads/6284150000007740021", HttpStatusCode.OK, Fixtures.Read("get-record-by-id-response.json"));

        await using var page = await zoho.Client.GetRecordAsync("Leads", "6284150000007740021");

        Assert.That(await page.ReadAsync(), Is.True);
        Assert.That((string?)(await page.ReadRecordAsync())["id"], Is.EqualTo("6284150000007740021"));
        Assert.That(await page.ReadAsync(), Is.False);
    }

    [TestCase("12 or 1=1")]
    [TestCase("../settings")]
    public void A_record_id_that_is_not_digits_is_refused(string id)
    {
        using var zoho = new MockZoho();
        Assert.ThrowsAsync<ArgumentException>(() => zoho.Client.GetRecordAsync("Leads", id));
    }

    [Test]
    public async Task Search_sends_criteria_url_encoded_with_paging()
    {
        using var zoho = new MockZoho();
        zoho.Answer(HttpMethod.Get, MockZoho.Base + "Leads/search", HttpStatusCode.OK, Fixtures.Read("search-response.json"));

        await using var page = await zoho.Client.SearchAsync("Leads", new ZohoCrmSearchRequest
        {
            Criteria = @"((Last_Name:equals:Burns\,B)and(Created_Time:greater_than:2024-02-01T18:52:56+00:00))", Fields = ["Last_Name"], Page = 2, PerPage = 100,
        });
        Assert.That(await page.ReadAsync(), Is.True);

        Assert.That(zoho.LastRequest!.RequestUri!.Query,
            Is.EqualTo("?criteria=%28%28Last_Name%3Aequals%3ABurns%5C%2CB%29and%28Created_Time%3Agreater_than%3A2024-02-01T18%3A52%3A56%2B00%3A00%29%29&fields=Last_Name&page=2&per_page=100"));
    }

    [Test]
    public void Search_needs_exactly_one_condition()
    {
        using var zoho = new MockZoho();
        Assert.ThrowsAsync<ArgumentException>(() => zoho.Client.SearchAsync("Leads", new ZohoCrmSearchRequest()));
        var e = Assert.ThrowsAsync<ArgumentException>(() => zoho.Client.SearchAsync("Leads", new ZohoCrmSearchRequest { Email = "a@b.c", Word = "x" }));
        Assert.That(e!.Message, Does.Contain("exactly one"));
    }

    [Test]
    public async Task Count_reads_the_count_and_sends_the_condition()
    {
        using var zoho = new MockZoho();
        zoho.Answer(HttpMethod.Get, MockZoho.Base + "Leads/actions/count", HttpStatusCode.OK, Fixtures.Read("record-count-response.json"));

        Assert.That(await zoho.Client.CountAsync("Leads"), Is.EqualTo(694));
        Assert.That(zoho.LastRequest!.RequestUri!.Query, Is.Empty);
        Assert.That(await zoho.Client.CountAsync("Leads", new ZohoCrmSearchRequest { Word = "Zylker" }), Is.EqualTo(694));
        Assert.That(zoho.LastRequest!.RequestUri!.Query, Is.EqualTo("?word=Zylker"));
    }

    [Test]
    public async Task Count_of_an_empty_module_answered_with_no_content_is_zero()
    {
        using var zoho = new MockZoho();
        zoho.Answer(HttpMethod.Get, MockZoho.Base + "Leads/actions/count", HttpStatusCode.NoContent, null);

        Assert.That(await zoho.Client.CountAsync("Leads"), Is.Zero);
    }

    [Test]
    public void A_module_name_with_url_characters_is_refused()
    {
        using var zoho = new MockZoho();
        var e = Assert.ThrowsAsync<ArgumentException>(() => zoho.Client.CountAsync("Leads/../settings"));
        Assert.That(e!.Message, Does.Contain("Leads/../settings"));
    }
}

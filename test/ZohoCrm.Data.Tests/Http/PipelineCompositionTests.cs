using System.Net;
using Microsoft.Extensions.DependencyInjection;
using RichardSzalay.MockHttp;
using ZohoCrm.Data.Api;
using ZohoCrm.Data.Http;

namespace ZohoCrm.Data.Tests.Http;

public class PipelineCompositionTests
{
    private const string Leads = "https://www.zohoapis.com/crm/v8/Leads";

    /// <summary>Stands in for the OAuth handler: stamps the header and counts what passes through it.</summary>
    private sealed class CountingAuthHandler : DelegatingHandler
    {
        public int Calls { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Calls++;
            request.Headers.TryAddWithoutValidation("Authorization", "Zoho-oauthtoken test");
            return base.SendAsync(request, cancellationToken);
        }
    }

    private static MockHttpMessageHandler FlakyServer(Func<int> countCall)
    {
        var mock = new MockHttpMessageHandler();
        mock.When(HttpMethod.Get, Leads).WithHeaders("Authorization", "Zoho-oauthtoken test")
            .Respond(_ => new HttpResponseMessage(countCall() == 1 ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.OK));
        return mock;
    }

    [Test]
    public async Task The_authentication_handler_is_outermost_so_retries_reuse_its_header()
    {
        var calls = 0;
        var auth = new CountingAuthHandler();
        using var client = ZohoCrmHttpPipeline.CreateHttpClient(new ZohoCrmHttpOptions { Timeout = null, TimeProvider = new InstantDelays() }, auth, loggerFactory: null, FlakyServer(() => ++calls));

        using var response = await client.GetAsync(Leads);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((auth.Calls, calls), Is.EqualTo((1, 2)));
    }

    [Test]
    public async Task The_pipeline_works_through_IHttpClientFactory()
    {
        var calls = 0;
        var auth = new CountingAuthHandler();
        var services = new ServiceCollection();
        services.AddHttpClient("zoho")
            .AddZohoCrmPipeline(new ZohoCrmHttpOptions { Timeout = null, TimeProvider = new InstantDelays() }, _ => auth)
            .ConfigurePrimaryHttpMessageHandler(() => FlakyServer(() => ++calls));
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<IHttpClientFactory>().CreateClient("zoho");
        using var response = await client.GetAsync(Leads);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((auth.Calls, calls), Is.EqualTo((1, 2)));
        Assert.That(client.Timeout, Is.EqualTo(Timeout.InfiniteTimeSpan));
    }

    [Test]
    public async Task A_write_that_timed_out_is_not_resent_and_an_absent_record_stays_unknown()
    {
        var mock = new MockHttpMessageHandler();
        var insert = mock.When(HttpMethod.Post, "https://www.zohoapis.com/crm/v8/Leads");
        insert.Respond(async () =>
        {
            await Task.Delay(Timeout.Infinite);
            return new HttpResponseMessage(HttpStatusCode.Created);
        });
        mock.When(HttpMethod.Get, "https://www.zohoapis.com/crm/v8/users").Respond("application/json", """{"users":[{"id":"111","full_name":"Me"}]}""");
        var readBack = mock.When(HttpMethod.Get, "https://www.zohoapis.com/crm/v8/Leads").Respond(HttpStatusCode.NoContent);
        using var http = ZohoCrmHttpPipeline.CreateHttpClient(new ZohoCrmHttpOptions { Timeout = TimeSpan.FromMilliseconds(200) }, null, loggerFactory: null, mock);
        var client = new ZohoCrmApiClient(http, new Uri("https://www.zohoapis.com"));

        var result = (await client.InsertAsync("Leads", [ZohoCrm.Data.Tests.Api.TextRecord.Of(("Last_Name", "x"))])).Single();

        // Zoho may still be writing a call that timed out: not finding the record yet proves nothing.
        Assert.That(result.Status, Is.EqualTo(ZohoCrmWriteStatus.Unknown));
        Assert.That(result.Message, Does.Contain("may still be writing it"));
        Assert.That(mock.GetMatchCount(insert), Is.EqualTo(1), "the insert may have been applied; it must not be sent again");
        Assert.That(mock.GetMatchCount(readBack), Is.EqualTo(1));
    }
}

using System.Net;
using System.Net.Http.Headers;
using RichardSzalay.MockHttp;
using ZohoCrm.Data.Http;

namespace ZohoCrm.Data.Tests.Http;

public class RetryTests
{
    private const string Leads = "https://www.zohoapis.com/crm/v8/Leads";
    private const string Coql = "https://www.zohoapis.com/crm/v8/coql";

    private static (HttpClient Client, InstantDelays Clock) Pipeline(MockHttpMessageHandler mock, int maxAttempts = 4)
    {
        var clock = new InstantDelays();
        var options = new ZohoCrmHttpOptions { Timeout = null, MaxAttempts = maxAttempts, TimeProvider = clock };
        return (ZohoCrmHttpPipeline.CreateHttpClient(options, null, loggerFactory: null, mock), clock);
    }

    private static HttpResponseMessage TooManyRequests(TimeSpan? retryAfter)
    {
        var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests)
        {
            Content = new StringContent("""{"code":"TOO_MANY_REQUESTS","details":{},"message":"too many","status":"error"}"""),
        };
        if (retryAfter is not null)
        {
            response.Headers.RetryAfter = new RetryConditionHeaderValue(retryAfter.Value);
        }

        return response;
    }

    [Test]
    public async Task Read_is_retried_after_429_and_waits_at_least_Retry_After()
    {
        var mock = new MockHttpMessageHandler();
        var calls = 0;
        mock.When(HttpMethod.Get, Leads).Respond(_ => ++calls == 1 ? TooManyRequests(TimeSpan.FromSeconds(7)) : new HttpResponseMessage(HttpStatusCode.OK));
        var (client, clock) = Pipeline(mock);

        using var response = await client.GetAsync(Leads);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(calls, Is.EqualTo(2));
        Assert.That(clock.Delays, Has.Count.EqualTo(1));
        Assert.That(clock.Delays[0], Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(7)).And.LessThan(TimeSpan.FromSeconds(8)));
    }

    [Test]
    public async Task Retry_After_as_a_date_is_honoured()
    {
        var mock = new MockHttpMessageHandler();
        var calls = 0;
        mock.When(HttpMethod.Get, Leads).Respond(_ =>
        {
            if (++calls > 1)
            {
                return new HttpResponseMessage(HttpStatusCode.OK);
            }

            var response = TooManyRequests(null);
            response.Headers.RetryAfter = new RetryConditionHeaderValue(DateTimeOffset.UtcNow.AddSeconds(20));
            return response;
        });
        var (client, clock) = Pipeline(mock);

        using var response = await client.GetAsync(Leads);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(clock.Delays.Single(), Is.GreaterThan(TimeSpan.FromSeconds(15)));
    }

    [TestCase(HttpStatusCode.ServiceUnavailable)]
    [TestCase(HttpStatusCode.BadGateway)]
    [TestCase(HttpStatusCode.GatewayTimeout)]
    public async Task Read_is_retried_after_a_gateway_error_with_growing_backoff(HttpStatusCode status)
    {
        var mock = new MockHttpMessageHandler();
        var calls = 0;
        mock.When(HttpMethod.Get, Leads).Respond(_ => new HttpResponseMessage(++calls < 4 ? status : HttpStatusCode.OK));
        var (client, clock) = Pipeline(mock);

        using var response = await client.GetAsync(Leads);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(calls, Is.EqualTo(4));
        // Equal jitter: attempt n waits between half and all of base * 2^(n-1), base 1 s.
        Assert.That(clock.Delays[0], Is.InRange(TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1)));
        Assert.That(clock.Delays[1], Is.InRange(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)));
        Assert.That(clock.Delays[2], Is.InRange(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)));
    }

    [Test]
    public async Task Coql_post_marked_as_read_is_retried_after_503()
    {
        var mock = new MockHttpMessageHandler();
        var calls = 0;
        mock.When(HttpMethod.Post, Coql).Respond(_ => new HttpResponseMessage(++calls == 1 ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.OK));
        var (client, _) = Pipeline(mock);

        using var request = new HttpRequestMessage(HttpMethod.Post, Coql) { Content = new StringContent("""{"select_query":"select id from Leads where id is not null"}""") }.MarkAsRead();
        using var response = await client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(calls, Is.EqualTo(2));
    }

    [Test]
    public async Task Read_is_retried_after_the_connection_dropped()
    {
        var mock = new MockHttpMessageHandler();
        var calls = 0;
        mock.When(HttpMethod.Get, Leads).Respond(_ => ++calls == 1
            ? throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely.")
            : new HttpResponseMessage(HttpStatusCode.OK));
        var (client, _) = Pipeline(mock);

        using var response = await client.GetAsync(Leads);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(calls, Is.EqualTo(2));
    }

    [Test]
    public void Insert_is_not_resent_after_the_connection_dropped_after_sending()
    {
        var mock = new MockHttpMessageHandler();
        var calls = 0;
        mock.When(HttpMethod.Post, Leads).Respond(_ =>
        {
            calls++;
            throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely.");
        });
        var (client, _) = Pipeline(mock);

        var e = Assert.ThrowsAsync<HttpRequestException>(() => client.PostAsync(Leads, new StringContent("""{"data":[{"Last_Name":"Hale"}]}""")));

        Assert.That(e!.HttpRequestError, Is.EqualTo(HttpRequestError.ResponseEnded));
        Assert.That(calls, Is.EqualTo(1), "a write that may have reached Zoho must not be sent twice");
    }

    [Test]
    public async Task Insert_is_not_resent_after_503()
    {
        var mock = new MockHttpMessageHandler();
        var calls = 0;
        mock.When(HttpMethod.Post, Leads).Respond(_ => { calls++; return new HttpResponseMessage(HttpStatusCode.ServiceUnavailable); });
        var (client, _) = Pipeline(mock);

        using var response = await client.PostAsync(Leads, new StringContent("{}"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(calls, Is.EqualTo(1));
    }

    [Test]
    public async Task Insert_is_resent_after_429_because_Zoho_rejected_it_unprocessed()
    {
        var mock = new MockHttpMessageHandler();
        var calls = 0;
        mock.When(HttpMethod.Post, Leads).Respond(_ => ++calls == 1 ? TooManyRequests(TimeSpan.FromSeconds(1)) : new HttpResponseMessage(HttpStatusCode.Created));
        var (client, _) = Pipeline(mock);

        using var response = await client.PostAsync(Leads, new StringContent("{}"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(calls, Is.EqualTo(2));
    }

    [Test]
    public async Task Insert_is_resent_when_no_connection_could_be_established()
    {
        var mock = new MockHttpMessageHandler();
        var calls = 0;
        mock.When(HttpMethod.Post, Leads).Respond(_ => ++calls == 1
            ? throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused")
            : new HttpResponseMessage(HttpStatusCode.Created));
        var (client, _) = Pipeline(mock);

        using var response = await client.PostAsync(Leads, new StringContent("{}"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(calls, Is.EqualTo(2));
    }

    [Test]
    public async Task Attempts_are_bounded_and_the_last_answer_is_returned()
    {
        var mock = new MockHttpMessageHandler();
        var calls = 0;
        mock.When(HttpMethod.Get, Leads).Respond(_ => { calls++; return new HttpResponseMessage(HttpStatusCode.ServiceUnavailable); });
        var (client, _) = Pipeline(mock, maxAttempts: 3);

        using var response = await client.GetAsync(Leads);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(calls, Is.EqualTo(3));
    }

    [Test]
    public async Task A_Retry_After_beyond_the_cap_is_returned_instead_of_waited_for()
    {
        var mock = new MockHttpMessageHandler();
        var calls = 0;
        mock.When(HttpMethod.Get, Leads).Respond(_ => { calls++; return TooManyRequests(TimeSpan.FromHours(1)); });
        var (client, clock) = Pipeline(mock);

        using var response = await client.GetAsync(Leads);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(calls, Is.EqualTo(1));
        Assert.That(clock.Delays, Is.Empty);
    }

    [Test]
    public async Task Client_errors_are_not_retried()
    {
        var mock = new MockHttpMessageHandler();
        var calls = 0;
        mock.When(HttpMethod.Get, Leads).Respond(_ => { calls++; return new HttpResponseMessage(HttpStatusCode.BadRequest); });
        var (client, _) = Pipeline(mock);

        using var response = await client.GetAsync(Leads);

        Assert.That(calls, Is.EqualTo(1));
    }
}

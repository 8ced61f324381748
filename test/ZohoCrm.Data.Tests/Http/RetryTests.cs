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
        // Equal jitter: attempt n waits between half and all of base * 2^(n-1), base 250 ms.
        Assert.That(clock.Delays[0], Is.InRange(TimeSpan.FromMilliseconds(125), TimeSpan.FromMilliseconds(250)));
        Assert.That(clock.Delays[1], Is.InRange(TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(500)));
        Assert.That(clock.Delays[2], Is.InRange(TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1)));
    }

    [Test]
    public async Task Read_is_retried_after_a_500_because_reading_again_does_no_harm()
    {
        var mock = new MockHttpMessageHandler();
        var calls = 0;
        mock.When(HttpMethod.Get, Leads).Respond(_ => new HttpResponseMessage(++calls < 3 ? HttpStatusCode.InternalServerError : HttpStatusCode.OK));
        var (client, _) = Pipeline(mock);

        using var response = await client.GetAsync(Leads);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(calls, Is.EqualTo(3));
    }

    [Test]
    public async Task Insert_is_not_resent_after_a_500()
    {
        var mock = new MockHttpMessageHandler();
        var calls = 0;
        mock.When(HttpMethod.Post, Leads).Respond(_ => { calls++; return new HttpResponseMessage(HttpStatusCode.InternalServerError); });
        var (client, _) = Pipeline(mock);

        using var response = await client.PostAsync(Leads, new StringContent("{}"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(calls, Is.EqualTo(1), "Zoho may have applied the write before failing");
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task A_COQL_page_whose_body_is_cut_short_is_requested_again_and_read_whole(bool async)
    {
        const string page = """{"data":[{"id":"1"},{"id":"2"}],"info":{"count":2,"more_records":false}}""";
        var mock = new MockHttpMessageHandler();
        var calls = 0;
        mock.When(HttpMethod.Post, Coql).Respond(_ => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = ++calls < 3 ? new CutShortContent(page) : new StringContent(page),
        });
        var (client, clock) = Pipeline(mock);
        var api = new ZohoCrm.Data.Api.ZohoCrmApiClient(client, new Uri("https://www.zohoapis.com"));

        await using var reader = async
            ? await api.ExecuteCoqlAsync("select id from Leads where id is not null")
            : await api.ExecuteCoqlAsync("select id from Leads where id is not null", async: false, CancellationToken.None);
        var ids = new List<string>();
        while (await reader.ReadAsync())
        {
            ids.Add((string)(await reader.ReadRecordAsync())["id"]!);
        }

        Assert.That(ids, Is.EqualTo(new[] { "1", "2" }));
        Assert.That(calls, Is.EqualTo(3));
        Assert.That(clock.Delays, Has.Count.EqualTo(2), "a backoff before each new attempt");
    }

    [Test]
    public void A_COQL_page_cut_short_on_every_attempt_fails_instead_of_passing_for_a_shorter_page()
    {
        const string page = """{"data":[{"id":"1"},{"id":"2"}],"info":{"count":2,"more_records":false}}""";
        var mock = new MockHttpMessageHandler();
        var calls = 0;
        mock.When(HttpMethod.Post, Coql).Respond(_ =>
        {
            calls++;
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new CutShortContent(page) };
        });
        var (client, _) = Pipeline(mock, maxAttempts: 3);
        var api = new ZohoCrm.Data.Api.ZohoCrmApiClient(client, new Uri("https://www.zohoapis.com"));

        var e = Assert.ThrowsAsync<ZohoCrmException>(() => api.ExecuteCoqlAsync("select id from Leads where id is not null"));

        Assert.That(calls, Is.EqualTo(3));
        Assert.That(e!.IsTransient, Is.True);
        Assert.That(e.Code, Is.EqualTo("TRUNCATED_RESPONSE"));
    }

    /// <summary>A body that sends its first half and then breaks, as a connection closed mid-body does.</summary>
    private sealed class CutShortContent(string body) : HttpContent
    {
        private readonly byte[] _half = System.Text.Encoding.UTF8.GetBytes(body)[..(body.Length / 2)];

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => throw new NotSupportedException();

        protected override Task<Stream> CreateContentReadStreamAsync() => Task.FromResult(CreateContentReadStream(CancellationToken.None));

        protected override Stream CreateContentReadStream(CancellationToken cancellationToken) => new CutShortStream(_half);

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }

        private sealed class CutShortStream(byte[] half) : Stream
        {
            private int _position;

            public override bool CanRead => true;
            public override bool CanSeek => false;
            public override bool CanWrite => false;
            public override long Length => throw new NotSupportedException();
            public override long Position { get => _position; set => throw new NotSupportedException(); }

            public override int Read(byte[] buffer, int offset, int count)
            {
                if (_position == half.Length)
                {
                    throw new IOException("The response ended prematurely.");
                }

                var read = Math.Min(count, half.Length - _position);
                Array.Copy(half, _position, buffer, offset, read);
                _position += read;
                return read;
            }

            public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
                Task.FromResult(Read(buffer, offset, count));

            public override void Flush()
            {
            }

            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
            public override void SetLength(long value) => throw new NotSupportedException();
            public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        }
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

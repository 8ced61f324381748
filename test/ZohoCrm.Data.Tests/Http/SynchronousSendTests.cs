using System.Net;
using Microsoft.Extensions.Logging;
using ZohoCrm.Data.Http;
using ZohoCrm.Data.Logging;

namespace ZohoCrm.Data.Tests.Http;

/// <summary>HttpClient.Send (the synchronous path) goes through the same handlers; none of them is bypassed.</summary>
public class SynchronousSendTests
{
    private sealed class SyncServer(Func<int, HttpResponseMessage> respond) : HttpMessageHandler
    {
        public int Calls { get; private set; }

        protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) => respond(++Calls);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("the synchronous path must stay synchronous");
    }

    [Test]
    public void A_synchronous_read_is_retried_and_logged()
    {
        var server = new SyncServer(call => new HttpResponseMessage(call == 1 ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.OK));
        var logger = new CollectingLoggerFactory(LogLevel.Debug);
        using var client = ZohoCrmHttpPipeline.CreateHttpClient(new ZohoCrmHttpOptions { Timeout = null, Verbosity = 2, TimeProvider = new InstantDelays() }, null, logger, server);

        using var response = client.Send(new HttpRequestMessage(HttpMethod.Get, "https://www.zohoapis.com/crm/v8/Leads"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(server.Calls, Is.EqualTo(2));
        Assert.That(logger.Lines.Select(l => l.EventId.Id), Is.EqualTo(new[]
        {
            ZohoCrmDataEventId.RequestRefused, ZohoCrmDataEventId.RetryAfterStatus, ZohoCrmDataEventId.RequestSucceeded,
        }));
    }

    [Test]
    public void A_synchronous_send_with_a_timeout_buffers_the_whole_body()
    {
        var server = new SyncServer(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("""{"data":[]}""") });
        using var client = ZohoCrmHttpPipeline.CreateHttpClient(new ZohoCrmHttpOptions { Timeout = TimeSpan.FromSeconds(30) }, null, loggerFactory: null, server);

        using var response = client.Send(new HttpRequestMessage(HttpMethod.Get, "https://www.zohoapis.com/crm/v8/Leads"));

        Assert.That(response.Content.ReadAsStringAsync().GetAwaiter().GetResult(), Is.EqualTo("""{"data":[]}"""));
    }

    [Test]
    public void A_synchronous_request_gets_the_timeout()
    {
        var server = new CancellableSyncServer();
        using var client = ZohoCrmHttpPipeline.CreateHttpClient(new ZohoCrmHttpOptions { Timeout = TimeSpan.FromMilliseconds(100) }, null, loggerFactory: null, server);

        var e = Assert.Throws<ZohoCrmException>(() => client.Send(new HttpRequestMessage(HttpMethod.Get, "https://www.zohoapis.com/crm/v8/Leads")));

        Assert.That(e!.Message, Does.Contain("Timeout"));
    }

    /// <summary>Waits for cancellation, as SocketsHttpHandler's synchronous path does while the server is silent.</summary>
    private sealed class CancellableSyncServer : HttpMessageHandler
    {
        protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            cancellationToken.WaitHandle.WaitOne();
            cancellationToken.ThrowIfCancellationRequested();
            return new HttpResponseMessage(HttpStatusCode.OK);
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("the synchronous path must stay synchronous");
    }
}

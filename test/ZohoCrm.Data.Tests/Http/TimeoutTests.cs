using System.Net;
using RichardSzalay.MockHttp;
using ZohoCrm.Data.Http;

namespace ZohoCrm.Data.Tests.Http;

public class TimeoutTests
{
    private const string Leads = "https://www.zohoapis.com/crm/v8/Leads";

    [Test]
    public void A_request_that_gets_no_answer_fails_naming_the_Timeout_property()
    {
        var mock = new MockHttpMessageHandler();
        mock.When(Leads).Respond(async () =>
        {
            await Task.Delay(Timeout.Infinite);
            return new HttpResponseMessage(HttpStatusCode.OK);
        });
        using var client = ZohoCrmHttpPipeline.CreateHttpClient(new ZohoCrmHttpOptions { Timeout = TimeSpan.FromMilliseconds(200) }, null, loggerFactory: null, mock);

        var e = Assert.ThrowsAsync<ZohoCrmException>(() => client.GetAsync(Leads));

        Assert.That(e!.Message, Does.Contain("Timeout").And.Contain("0.2 seconds").And.Contain("GET " + Leads));
        Assert.That(e.IsTransient, Is.True);
    }

    [Test]
    public async Task A_body_that_stalls_fails_with_the_same_timeout()
    {
        // Not MockHttp: it buffers response bodies, and this body must stream.
        var server = new StubHandler(() => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new StallingStream("""{"data":[""")) });
        using var client = ZohoCrmHttpPipeline.CreateHttpClient(new ZohoCrmHttpOptions { Timeout = TimeSpan.FromMilliseconds(200) }, null, loggerFactory: null, server);

        using var response = await client.GetAsync(Leads, HttpCompletionOption.ResponseHeadersRead);
        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[100];
        var first = await body.ReadAsync(buffer);

        Assert.That(first, Is.GreaterThan(0));
        var e = Assert.ThrowsAsync<ZohoCrmException>(async () => await body.ReadExactlyAsync(buffer.AsMemory(0, 1)));
        Assert.That(e!.Message, Does.Contain("Timeout"));
    }

    [Test]
    public async Task Timeout_zero_lets_a_slow_request_finish()
    {
        var mock = new MockHttpMessageHandler();
        mock.When(Leads).Respond(async () =>
        {
            await Task.Delay(300);
            return new HttpResponseMessage(HttpStatusCode.OK);
        });
        using var client = ZohoCrmHttpPipeline.CreateHttpClient(new ZohoCrmHttpOptions { Timeout = TimeSpan.Zero }, null, loggerFactory: null, mock);

        using var response = await client.GetAsync(Leads);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public void The_callers_cancellation_stays_a_cancellation()
    {
        var mock = new MockHttpMessageHandler();
        mock.When(Leads).Respond(async () =>
        {
            await Task.Delay(Timeout.Infinite);
            return new HttpResponseMessage(HttpStatusCode.OK);
        });
        using var client = ZohoCrmHttpPipeline.CreateHttpClient(new ZohoCrmHttpOptions { Timeout = TimeSpan.FromMinutes(5) }, null, loggerFactory: null, mock);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        Assert.That(async () => await client.GetAsync(Leads, cancel.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void A_negative_timeout_is_rejected_with_its_name()
    {
        var e = Assert.Throws<ArgumentException>(() => new ZohoCrmHttpOptions { Timeout = TimeSpan.FromSeconds(-1) }.Validate());
        Assert.That(e!.Message, Does.Contain("Timeout"));
    }

    private sealed class StubHandler(Func<HttpResponseMessage> respond) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) => Task.FromResult(respond());
    }

    /// <summary>Gives some bytes, then never returns from the next read until cancelled.</summary>
    private sealed class StallingStream(string start) : Stream
    {
        private readonly byte[] _start = System.Text.Encoding.UTF8.GetBytes(start);
        private bool _sent;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (!_sent)
            {
                _sent = true;
                _start.CopyTo(buffer);
                return _start.Length;
            }

            await Task.Delay(Timeout.Infinite, cancellationToken);
            return 0;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

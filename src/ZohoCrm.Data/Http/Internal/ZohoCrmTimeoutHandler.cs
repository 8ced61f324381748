using System.Net;
using ZohoCrm.Data.Api.Internal;
using ZohoCrm.Data.Internal;
using ZohoCrm.Data.Properties;

namespace ZohoCrm.Data.Http.Internal;

/// <summary>
/// Applies <c>Timeout</c> to each request: the time until the response headers arrive, retries included, and then
/// the same allowance for each read of a streamed body (so a stalled connection fails, while a reader that consumes
/// rows slowly does not). A timeout becomes a transient <see cref="ZohoCrmException"/> that names the property.
/// </summary>
internal sealed class ZohoCrmTimeoutHandler(ZohoCrmHttpOptions options) : DelegatingHandler
{
    private readonly TimeSpan _timeout = options.EffectiveTimeout ?? throw new ArgumentException("A timeout handler needs a timeout.", nameof(options));

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        SendCoreAsync(request, async: true, cancellationToken);

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) =>
        // With async false the core sends synchronously (base.Send), so the task is complete here.
        ZohoCrmSync.GetCompletedResult(SendCoreAsync(request, async: false, cancellationToken));

    private async Task<HttpResponseMessage> SendCoreAsync(HttpRequestMessage request, bool async, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(_timeout, options.TimeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        HttpResponseMessage response;
        try
        {
            response = async
                ? await base.SendAsync(request, linked.Token).ConfigureAwait(false)
                : base.Send(request, linked.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or HttpRequestException && timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw TimedOut(request, _timeout, e);
        }

        // A body already read into memory (a page, see ZohoCrmRetryHandler.ReadWholeBody) has no reads left to stall.
        if (response.Content is { } content and not ZohoCrmPooledContent && response.StatusCode != HttpStatusCode.NoContent)
        {
            response.Content = new TimeoutStreamContent(content, request, _timeout, options.TimeProvider);
        }

        return response;
    }

    internal static ZohoCrmException TimedOut(HttpRequestMessage request, TimeSpan timeout, Exception? inner) =>
        new(ZohoCrmStrings.RequestTimedOut(request.Method.Method, request.RequestUri?.GetLeftPart(UriPartial.Path) ?? "", timeout),
            code: "TIMEOUT", isTransient: true, innerException: inner);

    /// <summary>Wraps a response body so that each read gets the timeout.</summary>
    private sealed class TimeoutStreamContent : HttpContent
    {
        private readonly HttpContent _inner;
        private readonly HttpRequestMessage _request;
        private readonly TimeSpan _timeout;
        private readonly TimeProvider _timeProvider;

        public TimeoutStreamContent(HttpContent inner, HttpRequestMessage request, TimeSpan timeout, TimeProvider timeProvider)
        {
            _inner = inner;
            _request = request;
            _timeout = timeout;
            _timeProvider = timeProvider;
            foreach (var (name, values) in inner.Headers)
            {
                Headers.TryAddWithoutValidation(name, values);
            }
        }

        protected override async Task<Stream> CreateContentReadStreamAsync() =>
            new TimeoutStream(await _inner.ReadAsStreamAsync().ConfigureAwait(false), this);

        protected override async Task<Stream> CreateContentReadStreamAsync(CancellationToken cancellationToken) =>
            new TimeoutStream(await _inner.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), this);

        protected override Stream CreateContentReadStream(CancellationToken cancellationToken) =>
            new TimeoutStream(_inner.ReadAsStream(cancellationToken), this);

        // HttpClient.Send buffers the body through this synchronous overload; the base class has none.
        protected override void SerializeToStream(Stream stream, TransportContext? context, CancellationToken cancellationToken)
        {
            using var source = CreateContentReadStream(cancellationToken);
            source.CopyTo(stream);
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            await (await CreateContentReadStreamAsync().ConfigureAwait(false)).CopyToAsync(stream).ConfigureAwait(false);

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
        {
            await using var source = await CreateContentReadStreamAsync(cancellationToken).ConfigureAwait(false);
            await source.CopyToAsync(stream, cancellationToken).ConfigureAwait(false);
        }

        protected override bool TryComputeLength(out long length)
        {
            var known = _inner.Headers.ContentLength;
            length = known ?? 0;
            return known is not null;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private sealed class TimeoutStream(Stream inner, TimeoutStreamContent owner) : Stream
        {
            public override bool CanRead => true;
            public override bool CanSeek => false;
            public override bool CanWrite => false;
            public override long Length => throw new NotSupportedException();
            public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

            public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

            public override int Read(Span<byte> buffer)
            {
                // A synchronous read takes no token: when the allowance runs out, the stream is closed under it.
                using var timeout = new CancellationTokenSource(owner._timeout, owner._timeProvider);
                using var closeOnTimeout = timeout.Token.Register(static s => ((Stream)s!).Dispose(), inner);
                try
                {
                    return inner.Read(buffer);
                }
                catch (Exception e) when (e is IOException or ObjectDisposedException && timeout.IsCancellationRequested)
                {
                    throw TimedOut(owner._request, owner._timeout, e);
                }
            }

            public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
                ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

            public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
            {
                using var timeout = new CancellationTokenSource(owner._timeout, owner._timeProvider);
                using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
                try
                {
                    return await inner.ReadAsync(buffer, linked.Token).ConfigureAwait(false);
                }
                catch (Exception e) when (e is OperationCanceledException or IOException && timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
                {
                    throw TimedOut(owner._request, owner._timeout, e);
                }
            }

            public override void Flush()
            {
            }

            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
            public override void SetLength(long value) => throw new NotSupportedException();
            public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

            protected override void Dispose(bool disposing)
            {
                if (disposing)
                {
                    inner.Dispose();
                }

                base.Dispose(disposing);
            }
        }
    }
}

using System.Threading.Channels;

namespace ZohoCrm.Data.Tests.Support;

/// <summary>
/// A handler that holds each request it is asked to hold until the test releases it, so a test can see which calls were
/// made while others were still unanswered, without timing. A held call ends early when its request is cancelled.
/// </summary>
internal sealed class CallGate(HttpMessageHandler inner, Func<HttpRequestMessage, bool> holds) : DelegatingHandler(inner)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly Channel<HeldCall> _arrivals = Channel.CreateUnbounded<HeldCall>();
    private int _held;

    /// <summary>How many requests have been held so far.</summary>
    public int Held => Volatile.Read(ref _held);

    /// <summary>The next held request, once it arrives; fails the test if none arrives within 30 seconds.</summary>
    public async Task<HeldCall> NextAsync()
    {
        try
        {
            return await _arrivals.Reader.ReadAsync().AsTask().WaitAsync(Patience);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"No further call arrived within {Patience.TotalSeconds} seconds ({Held} held so far).");
            throw;
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (holds(request))
        {
            var call = new HeldCall(request, cancellationToken);
            Interlocked.Increment(ref _held);
            _arrivals.Writer.TryWrite(call);
            await call.WaitAsync();
        }

        return await base.SendAsync(request, cancellationToken);
    }

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) =>
        throw new NotSupportedException("CallGate holds asynchronous requests only.");

    /// <summary>One held request.</summary>
    internal sealed class HeldCall(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public HttpRequestMessage Request { get; } = request;

        /// <summary>Whether the caller cancelled the request while it was held (or since).</summary>
        public bool WasCancelled => cancellationToken.IsCancellationRequested;

        /// <summary>Lets the request go on to the inner handler.</summary>
        public void Release() => _released.TrySetResult();

        internal Task WaitAsync() => _released.Task.WaitAsync(cancellationToken);
    }
}

using System.Net;
using ZohoCrm.Data.Http;

namespace ZohoCrm.Data.Tests.Http;

public class ConcurrencyLimitTests
{
    /// <summary>Holds every request until released, counting how many are inside at once.</summary>
    private sealed class GateHandler : HttpMessageHandler
    {
        private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _inside;
        private int _arrived;

        public int MaxInside { get; private set; }

        public int Arrived => Volatile.Read(ref _arrived);

        public void Release() => _release.TrySetResult();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var inside = Interlocked.Increment(ref _inside);
            Interlocked.Increment(ref _arrived);
            lock (this)
            {
                MaxInside = Math.Max(MaxInside, inside);
            }

            await _release.Task.WaitAsync(cancellationToken);
            Interlocked.Decrement(ref _inside);
            return new HttpResponseMessage(HttpStatusCode.OK);
        }
    }

    [Test]
    public async Task No_more_than_MaxConcurrency_requests_are_in_flight()
    {
        var gate = new GateHandler();
        using var client = ZohoCrmHttpPipeline.CreateHttpClient(new ZohoCrmHttpOptions { MaxConcurrency = 2 }, null, loggerFactory: null, gate);

        var requests = Enumerable.Range(0, 6).Select(i => client.GetAsync($"https://www.zohoapis.com/crm/v8/Leads/{i}")).ToList();
        // Wait until the limiter has let the first two through; the others must be queued, not at the server.
        while (gate.Arrived < 2)
        {
            await Task.Delay(10);
        }

        await Task.Delay(100);
        Assert.That(gate.Arrived, Is.EqualTo(2));

        gate.Release();
        var responses = await Task.WhenAll(requests);

        Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(gate.MaxInside, Is.EqualTo(2));
        Assert.That(gate.Arrived, Is.EqualTo(6));
    }

    [Test]
    public async Task A_cancelled_waiter_gives_up_its_place_without_taking_a_slot()
    {
        var gate = new GateHandler();
        using var client = ZohoCrmHttpPipeline.CreateHttpClient(new ZohoCrmHttpOptions { MaxConcurrency = 1 }, null, loggerFactory: null, gate);
        var first = client.GetAsync("https://www.zohoapis.com/crm/v8/Leads/1");
        while (gate.Arrived < 1)
        {
            await Task.Delay(10);
        }

        using var cancel = new CancellationTokenSource();
        var second = client.GetAsync("https://www.zohoapis.com/crm/v8/Leads/2", cancel.Token);
        await cancel.CancelAsync();

        Assert.ThrowsAsync<TaskCanceledException>(() => second);
        gate.Release();
        using var firstResponse = await first;
        using var third = await client.GetAsync("https://www.zohoapis.com/crm/v8/Leads/3");
        Assert.That(third.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(gate.Arrived, Is.EqualTo(2));
    }

    [Test]
    public void MaxConcurrency_below_one_is_rejected_with_its_name()
    {
        var e = Assert.Throws<ArgumentException>(() => ZohoCrmHttpPipeline.CreateHttpClient(new ZohoCrmHttpOptions { MaxConcurrency = 0 }, null, loggerFactory: null));
        Assert.That(e!.Message, Does.Contain("MaxConcurrency"));
    }
}

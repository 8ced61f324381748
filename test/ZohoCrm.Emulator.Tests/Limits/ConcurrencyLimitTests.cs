using System.Net;
using ZohoCrm.Emulator.Domain.Limits;
using ZohoCrm.Emulator.Tests.Hosting;

namespace ZohoCrm.Emulator.Tests.Limits;

public class ConcurrencyLimitTests
{
    private EmulatorHarness _emu = null!;

    [OneTimeSetUp]
    public async Task Start() => _emu = await EmulatorHarness.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _emu.DisposeAsync();

    [SetUp]
    public void Restore() => _emu.Restore();

    [Test]
    public async Task A_call_beyond_the_editions_simultaneous_calls_gets_429_and_a_freed_slot_admits_the_next()
    {
        var emu = _emu;
        emu.Emulator.Settings.Edition = "free";
        var token = await emu.AccessTokenAsync();
        var limits = (ApiLimits)emu.Emulator.Services.GetService(typeof(ApiLimits))!;

        var held = Enumerable.Range(0, 5).Select(_ => emu.SendAsync(HttpMethod.Get, "/crm/v8/Probe/hold", token)).ToList();
        await WaitUntilAsync(() => limits.InFlight == 5);

        using var refused = await emu.SendAsync(HttpMethod.Get, "/crm/v8/Probe", token);
        await EmulatorHarness.AssertZohoErrorAsync(refused, 429, "TOO_MANY_REQUESTS");
        Assert.That(refused.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(1)));

        emu.Hold.Release();
        var done = await Task.WhenAny(held);
        (await done).Dispose();
        using var admitted = await emu.SendAsync(HttpMethod.Get, "/crm/v8/Probe", token);
        Assert.That(admitted.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        emu.Hold.Release(4);
        foreach (var response in await Task.WhenAll(held))
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            response.Dispose();
        }
    }

    [Test]
    public async Task The_concurrency_limit_follows_the_edition_setting_while_running()
    {
        var emu = _emu;
        var token = await emu.AccessTokenAsync();
        var limits = (ApiLimits)emu.Emulator.Services.GetService(typeof(ApiLimits))!;
        Assert.That(limits.ConcurrencyLimit, Is.EqualTo(20));

        emu.Emulator.Settings.ConcurrencyLimit = 1;
        var held = emu.SendAsync(HttpMethod.Get, "/crm/v8/Probe/hold", token);
        await WaitUntilAsync(() => limits.InFlight == 1);
        using var refused = await emu.SendAsync(HttpMethod.Get, "/crm/v8/Probe", token);
        emu.Hold.Release();
        using var heldResponse = await held;

        await EmulatorHarness.AssertZohoErrorAsync(refused, 429, "TOO_MANY_REQUESTS");
        Assert.That(heldResponse.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (!condition())
        {
            await Task.Delay(10, timeout.Token);
        }
    }
}

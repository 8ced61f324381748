using System.Net;
using ZohoCrm.Emulator.Domain.Limits;
using ZohoCrm.Emulator.Tests.Hosting;

namespace ZohoCrm.Emulator.Tests.Limits;

public class CreditBudgetTests
{
    private EmulatorHarness _emu = null!;

    [OneTimeSetUp]
    public async Task Start() => _emu = await EmulatorHarness.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _emu.DisposeAsync();

    [SetUp]
    public void Restore() => _emu.Restore();

    [TestCase("free", 1, 5_000)]
    [TestCase("free", 50, 5_000)]
    [TestCase("standard", 10, 52_500)]
    [TestCase("standard", 1_000, 100_000)]
    [TestCase("professional", 10, 55_000)]
    [TestCase("enterprise", 10, 60_000)]
    [TestCase("enterprise", 10_000, 2_000_000)]
    [TestCase("ultimate", 10, 70_000)]
    [TestCase("ultimate", 100_000, 200_050_000)]
    public void An_editions_budget_is_a_base_plus_credits_per_user_up_to_its_cap(string edition, int users, long budget) =>
        Assert.That(EditionLimits.For(edition).CreditBudget(users), Is.EqualTo(budget));

    [TestCase("free", 5)]
    [TestCase("standard", 10)]
    [TestCase("professional", 15)]
    [TestCase("enterprise", 20)]
    [TestCase("ultimate", 25)]
    public void An_editions_concurrency_limit_is_zohos(string edition, int limit) =>
        Assert.That(EditionLimits.For(edition).Concurrency, Is.EqualTo(limit));

    [Test]
    public void Credits_leave_the_budget_24_hours_after_they_were_spent()
    {
        var ledger = new CreditLedger();
        var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        ledger.Charge(start, 6);
        ledger.Charge(start.AddHours(1), 4);

        Assert.That(ledger.CanSpend(start.AddHours(2), 10, out var wait), Is.False);
        Assert.That(wait, Is.EqualTo(TimeSpan.FromHours(22)), "the first charge must expire to free one credit");
        Assert.That(ledger.Spent(start.AddHours(24)), Is.EqualTo(4));
        Assert.That(ledger.CanSpend(start.AddHours(24), 10, out _), Is.True);
    }

    [Test]
    public async Task Calls_past_the_budget_get_429_too_many_requests_with_retry_after_until_credits_expire()
    {
        var emu = _emu;
        emu.Emulator.Settings.CreditLimit = 10;
        var token = await emu.AccessTokenAsync();
        using (var write = await emu.SendAsync(HttpMethod.Post, "/crm/v8/Probe?credits=9", token, body: "{}"))
        {
            Assert.That(write.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        }

        using (var last = await emu.SendAsync(HttpMethod.Get, "/crm/v8/Probe", token))
        {
            Assert.That(last.StatusCode, Is.EqualTo(HttpStatusCode.OK), "9 of 10 credits spent: one more call fits");
        }

        using var refused = await emu.SendAsync(HttpMethod.Get, "/crm/v8/Probe", token);
        await EmulatorHarness.AssertZohoErrorAsync(refused, 429, "TOO_MANY_REQUESTS");
        Assert.That(refused.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromHours(24)));

        emu.Emulator.Clock.Advance(TimeSpan.FromHours(24));
        using var nextDay = await emu.SendAsync(HttpMethod.Get, "/crm/v8/Probe", await emu.AccessTokenAsync());
        Assert.That(nextDay.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task The_free_edition_budget_is_5000_credits()
    {
        var emu = _emu;
        emu.Emulator.Settings.Edition = "free";
        var token = await emu.AccessTokenAsync();
        using (var bulk = await emu.SendAsync(HttpMethod.Post, "/crm/v8/Probe?credits=4999", token, body: "{}"))
        {
            Assert.That(bulk.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        }

        using var fits = await emu.SendAsync(HttpMethod.Get, "/crm/v8/Probe", token);
        using var over = await emu.SendAsync(HttpMethod.Get, "/crm/v8/Probe", token);
        Assert.That(fits.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await EmulatorHarness.AssertZohoErrorAsync(over, 429, "TOO_MANY_REQUESTS");
    }

    [Test]
    public async Task Token_calls_and_unauthenticated_calls_cost_no_credits()
    {
        var emu = _emu;
        emu.Emulator.Settings.CreditLimit = 1;
        await emu.AccessTokenAsync();
        await emu.AccessTokenAsync();
        using (await emu.SendAsync(HttpMethod.Get, "/crm/v8/Probe", token: null))
        {
        }

        using var first = await emu.SendAsync(HttpMethod.Get, "/crm/v8/Probe", await emu.AccessTokenAsync());
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}

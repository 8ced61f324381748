using System.Net;
using ZohoCrm.Emulator.Tests.Hosting;

namespace ZohoCrm.Emulator.Tests.Admin;

public class ClockAndResetTests
{
    private EmulatorHarness _emu = null!;

    [OneTimeSetUp]
    public async Task Start() => _emu = await EmulatorHarness.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _emu.DisposeAsync();

    [SetUp]
    public void Restore() => _emu.Restore();

    [Test]
    public async Task Advancing_the_clock_moves_emulator_time_forward()
    {
        using var response = await _emu.Http.PostAsync("/_emulator/clock/advance?seconds=7200.5", null);
        var json = await EmulatorHarness.JsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(_emu.Emulator.Clock.Offset, Is.EqualTo(TimeSpan.FromSeconds(7200.5)));
        Assert.That(json["offsetSeconds"]!.GetValue<double>(), Is.EqualTo(7200.5));
        Assert.That(DateTimeOffset.Parse(json["now"]!.GetValue<string>()), Is.GreaterThan(DateTimeOffset.UtcNow.AddHours(1.9)));
    }

    [Test]
    public async Task Every_answer_is_dated_by_the_emulator_clock_as_its_record_times_are()
    {
        // Zoho's Date header and its Created_Time come from one clock; a client that corrects its own clock by the
        // Date header (to read back what a lost insert created) relies on it.
        _emu.Emulator.Clock.Advance(TimeSpan.FromHours(3));
        var token = await _emu.AccessTokenAsync();
        using var api = await _emu.SendAsync(HttpMethod.Get, "/crm/v8/settings/modules", token);
        using var admin = await _emu.Http.GetAsync("/_emulator/requests");

        foreach (var response in new[] { api, admin })
        {
            Assert.That(response.Headers.Date, Is.Not.Null);
            Assert.That(response.Headers.Date!.Value, Is.EqualTo(_emu.Emulator.Clock.UtcNow).Within(TimeSpan.FromSeconds(5)));
        }
    }

    [TestCase("")]
    [TestCase("?seconds=")]
    [TestCase("?seconds=ten")]
    [TestCase("?seconds=-5")]
    public async Task A_missing_bad_or_negative_amount_is_refused(string query)
    {
        using var response = await _emu.Http.PostAsync("/_emulator/clock/advance" + query, null);
        await EmulatorHarness.AssertZohoErrorAsync(response, 400, "INVALID_DATA");
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("'seconds'"));
        Assert.That(_emu.Emulator.Clock.Offset, Is.EqualTo(TimeSpan.Zero));
    }

    [Test]
    public async Task Reset_empties_the_log_and_the_spent_credits_and_puts_the_clock_back_but_keeps_tokens_and_settings()
    {
        var token = await _emu.AccessTokenAsync();
        using (await _emu.SendAsync(HttpMethod.Post, "/crm/v8/Probe?credits=40", token, body: "{}"))
        {
        }

        _emu.Emulator.Settings.SearchLagSeconds = 5;
        _emu.Emulator.Clock.Advance(TimeSpan.FromMinutes(5));
        var limits = (ZohoCrm.Emulator.Domain.Limits.ApiLimits)_emu.Emulator.Services.GetService(typeof(ZohoCrm.Emulator.Domain.Limits.ApiLimits))!;
        Assert.That(limits.Credits.Spent(_emu.Emulator.Clock.UtcNow), Is.EqualTo(40));

        using var reset = await _emu.Http.PostAsync("/_emulator/reset", null);
        using var log = await _emu.Http.GetAsync("/_emulator/requests");
        using var afterReset = await _emu.SendAsync(HttpMethod.Get, "/crm/v8/Probe", token);

        Assert.That(reset.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await log.Content.ReadAsStringAsync(), Is.EqualTo("[]"));
        Assert.That(_emu.Emulator.Clock.Offset, Is.EqualTo(TimeSpan.Zero));
        Assert.That(limits.Credits.Spent(_emu.Emulator.Clock.UtcNow), Is.EqualTo(1), "only the call after the reset");
        Assert.That(afterReset.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(_emu.Emulator.Settings.SearchLagSeconds, Is.EqualTo(5));
    }

    [Test]
    public async Task Reset_puts_the_records_back_to_the_seed()
    {
        var records = _emu.Emulator.Domain.Records;
        var seeded = records.Scan("Leads")[0];
        var seededCount = records.Count("Leads");
        records.Remove("Leads", seeded.Id);
        records.Put(new ZohoCrm.Emulator.Domain.Records.StoredRecord("Leads", 9_999_999_999_999_999, new Dictionary<string, object?> { ["Last_Name"] = "Added" }));

        using var reset = await _emu.Http.PostAsync("/_emulator/reset", null);

        Assert.That(reset.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(records.Find("Leads", seeded.Id), Is.Not.Null);
        Assert.That(records.Find("Leads", 9_999_999_999_999_999), Is.Null);
        Assert.That(records.Count("Leads"), Is.EqualTo(seededCount));
    }
}

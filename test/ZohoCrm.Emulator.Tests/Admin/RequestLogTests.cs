using Microsoft.Extensions.DependencyInjection;
using System.Text.Json.Nodes;
using ZohoCrm.Emulator.Tests.Hosting;

namespace ZohoCrm.Emulator.Tests.Admin;

public class RequestLogTests
{
    private EmulatorHarness _emu = null!;

    [OneTimeSetUp]
    public async Task Start() => _emu = await EmulatorHarness.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _emu.DisposeAsync();

    [SetUp]
    public void Restore() => _emu.Restore();

    private async Task<JsonArray> LogAsync(string query = "")
    {
        using var response = await _emu.Http.GetAsync("/_emulator/requests" + query);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        return (JsonArray)JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    [Test]
    public async Task Token_and_api_calls_are_logged_with_seq_method_path_query_status_credits_time_start_and_end()
    {
        var token = await _emu.AccessTokenAsync();
        using var call = await _emu.SendAsync(HttpMethod.Post, "/crm/v8/Probe?credits=3&trigger=workflow", token, body: "{}");

        var log = await LogAsync();
        Assert.That(log, Has.Count.EqualTo(2));
        var tokenCall = log[0]!.AsObject();
        var apiCall = log[1]!.AsObject();
        Assert.That(apiCall.Select(p => p.Key), Is.EqualTo(new[] { "seq", "method", "path", "query", "status", "credits", "time", "start", "end" }));
        Assert.That(tokenCall["path"]!.GetValue<string>(), Is.EqualTo("/oauth/v2/token"));
        Assert.That(tokenCall["credits"]!.GetValue<int>(), Is.EqualTo(0));
        Assert.That(apiCall["seq"]!.GetValue<long>(), Is.GreaterThan(tokenCall["seq"]!.GetValue<long>()));
        Assert.That(apiCall["method"]!.GetValue<string>(), Is.EqualTo("POST"));
        Assert.That(apiCall["path"]!.GetValue<string>(), Is.EqualTo("/crm/v8/Probe"));
        Assert.That(apiCall["query"]!.GetValue<string>(), Is.EqualTo("credits=3&trigger=workflow"));
        Assert.That(apiCall["status"]!.GetValue<int>(), Is.EqualTo(201));
        Assert.That(apiCall["credits"]!.GetValue<int>(), Is.EqualTo(3));
        Assert.That(DateTimeOffset.Parse(apiCall["time"]!.GetValue<string>()), Is.EqualTo(_emu.Emulator.Clock.UtcNow).Within(TimeSpan.FromMinutes(1)));
    }

    [Test]
    public async Task Start_and_end_tell_calls_in_flight_at_once_from_calls_one_after_another()
    {
        var token = await _emu.AccessTokenAsync();
        using (await _emu.SendAsync(HttpMethod.Get, "/crm/v8/Probe", token))
        {
        }

        using (await _emu.SendAsync(HttpMethod.Get, "/crm/v8/Probe", token))
        {
        }

        // A call held by the probe until another call has been answered: the two were in flight at once.
        var held = _emu.SendAsync(HttpMethod.Get, "/crm/v8/Probe/hold", token);
        await WaitForArrivalAsync();
        using (await _emu.SendAsync(HttpMethod.Get, "/crm/v8/Probe/echo", token))
        {
        }

        _emu.Hold.Release();
        using (await held)
        {
        }

        var calls = (await LogAsync()).Select(e => e!.AsObject()).Where(e => e["path"]!.GetValue<string>().StartsWith("/crm/", StringComparison.Ordinal))
            .Select(e => (Path: e["path"]!.GetValue<string>(), Start: e["start"]!.GetValue<long>(), End: e["end"]!.GetValue<long>()))
            .ToDictionary(e => e.Path + (e.Path == "/crm/v8/Probe" ? e.Start.ToString(System.Globalization.CultureInfo.InvariantCulture) : ""));
        var sequential = calls.Values.Where(c => c.Path == "/crm/v8/Probe").OrderBy(c => c.Start).ToList();
        var (hold, echo) = (calls["/crm/v8/Probe/hold"], calls["/crm/v8/Probe/echo"]);
        Assert.That(calls.Values, Has.All.Matches<(string Path, long Start, long End)>(c => c.Start < c.End));
        Assert.That(sequential[0].End, Is.LessThan(sequential[1].Start), "one after another");
        Assert.That(hold.Start < echo.End && echo.Start < hold.End, Is.True, "in flight at once");
    }

    /// <summary>Waits until a call is in flight (it arrived and waits for the probe's hold).</summary>
    private async Task WaitForArrivalAsync()
    {
        var limits = _emu.Emulator.Services.GetRequiredService<ZohoCrm.Emulator.Domain.Limits.ApiLimits>();
        for (var i = 0; i < 1000 && limits.InFlight == 0; i++)
        {
            await Task.Delay(10);
        }

        Assert.That(limits.InFlight, Is.EqualTo(1), "the held call arrived");
    }

    [Test]
    public async Task After_is_exclusive_and_admin_calls_are_not_logged()
    {
        var token = await _emu.AccessTokenAsync();
        for (var i = 0; i < 3; i++)
        {
            using var call = await _emu.SendAsync(HttpMethod.Get, "/crm/v8/Probe", token);
        }

        var all = await LogAsync();
        await _emu.Http.GetAsync("/_emulator/settings");
        var secondSeq = all[1]!["seq"]!.GetValue<long>();
        var after = await LogAsync("?after=" + secondSeq);

        Assert.That(all, Has.Count.EqualTo(4));
        Assert.That(after.Select(e => e!["seq"]!.GetValue<long>()), Is.EqualTo(all.Skip(2).Select(e => e!["seq"]!.GetValue<long>())));
        Assert.That((await LogAsync()).Select(e => e!["path"]!.GetValue<string>()), Has.None.StartsWith("/_emulator"));
    }

    [Test]
    public async Task In_flight_counts_the_calls_being_answered_when_one_arrives()
    {
        var token = await _emu.AccessTokenAsync();
        _emu.Emulator.Settings.Faults = [new ZohoCrm.Emulator.Domain.Faults.FaultRule { Path = "/crm/v8/Probe", LatencyMs = 500 }];
        var after = (await LogAsync()).Select(e => e!["seq"]!.GetValue<long>()).Max();

        // Two calls together, each held 500 ms: the later arrival finds the other still being answered.
        var together = await Task.WhenAll(_emu.SendAsync(HttpMethod.Get, "/crm/v8/Probe", token), _emu.SendAsync(HttpMethod.Get, "/crm/v8/Probe", token));
        foreach (var response in together)
        {
            response.Dispose();
        }

        using (await _emu.SendAsync(HttpMethod.Get, "/crm/v8/Probe", token))
        {
        }

        // The calls being answered when each arrived, itself included, from the log's counter of arrivals and answers.
        var calls = (await LogAsync("?after=" + after)).Select(e => (Start: e!["start"]!.GetValue<long>(), End: e["end"]!.GetValue<long>())).ToList();
        var inFlight = calls.Select(c => calls.Count(d => d.Start <= c.Start && c.Start < d.End)).ToList();
        Assert.That(inFlight, Is.EqualTo(new[] { 1, 2, 1 }));
    }

    [Test]
    public async Task Refused_calls_are_logged_with_their_status_and_no_credits()
    {
        using var call = await _emu.SendAsync(HttpMethod.Get, "/crm/v8/Probe", token: null);
        var entry = (await LogAsync()).Single()!;
        Assert.That(entry["status"]!.GetValue<int>(), Is.EqualTo(401));
        Assert.That(entry["credits"]!.GetValue<int>(), Is.EqualTo(0));
    }

    [Test]
    public async Task A_bad_after_is_refused_naming_the_parameter()
    {
        using var response = await _emu.Http.GetAsync("/_emulator/requests?after=yesterday");
        await EmulatorHarness.AssertZohoErrorAsync(response, 400, "INVALID_DATA");
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("'after'"));
    }

    [Test]
    public void The_log_keeps_only_the_most_recent_entries()
    {
        var log = new Http.RequestLog.RequestLog(capacity: 3);
        for (var i = 0; i < 5; i++)
        {
            log.Add(new Http.RequestLog.RequestLogEntry(log.NextSeq(), "GET", "/crm/v8/Leads", "", 200, 1, DateTimeOffset.UnixEpoch, log.NextEvent(), log.NextEvent()));
        }

        Assert.That(log.After(0).Select(e => e.Seq), Is.EqualTo(new long[] { 3, 4, 5 }));
    }
}

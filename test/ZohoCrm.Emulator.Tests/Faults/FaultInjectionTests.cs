using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using ZohoCrm.Emulator.Domain.Faults;
using ZohoCrm.Emulator.Tests.Hosting;

namespace ZohoCrm.Emulator.Tests.Faults;

public class FaultInjectionTests
{
    private EmulatorHarness _emu = null!;
    private string _token = null!;

    [OneTimeSetUp]
    public async Task Start() => _emu = await EmulatorHarness.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _emu.DisposeAsync();

    [SetUp]
    public async Task Restore()
    {
        _emu.Restore();
        _token = await _emu.AccessTokenAsync();
    }

    private void Faults(params FaultRule[] rules) => _emu.Emulator.Settings.Faults = rules;

    [Test]
    public async Task An_error_fault_answers_500_internal_error_in_zohos_envelope()
    {
        Faults(new FaultRule { Path = "/crm/v8/Probe", ErrorRate = 1 });
        using var response = await _emu.SendAsync(HttpMethod.Get, "/crm/v8/Probe", _token);
        await EmulatorHarness.AssertZohoErrorAsync(response, 500, "INTERNAL_ERROR", "Internal Server Error");
    }

    [Test]
    public async Task A_drop_fault_closes_the_connection_without_a_response_and_is_logged_with_status_0()
    {
        Faults(new FaultRule { Path = "/crm/v8/Probe", DropRate = 1 });
        Assert.ThrowsAsync<HttpRequestException>(() => _emu.SendAsync(HttpMethod.Get, "/crm/v8/Probe", _token));

        var log = JsonNode.Parse(await _emu.Http.GetStringAsync("/_emulator/requests"))!.AsArray();
        Assert.That(log.Last()!["status"]!.GetValue<int>(), Is.EqualTo(0));
    }

    [Test]
    public async Task A_lost_answer_fault_runs_the_write_then_closes_the_connection_without_a_response()
    {
        Faults(new FaultRule { Path = "/crm/v8/Leads", Method = "POST", LostAnswerRate = 1 });
        var name = "Lost-" + Guid.NewGuid().ToString("N");

        Assert.ThrowsAsync<HttpRequestException>(() => _emu.SendAsync(HttpMethod.Post, "/crm/v8/Leads", _token, body: "{\"data\":[{\"Last_Name\":\"" + name + "\"}]}"));

        Assert.That(_emu.Emulator.Domain.Records.Scan("Leads").Count(r => Equals(r["Last_Name"], name)), Is.EqualTo(1), "the insert was applied");
        var log = JsonNode.Parse(await _emu.Http.GetStringAsync("/_emulator/requests"))!.AsArray();
        Assert.That(log.Last()!["status"]!.GetValue<int>(), Is.EqualTo(0));
    }

    [Test]
    public void Fault_rates_including_lost_answers_must_add_up_to_at_most_one()
    {
        Assert.That(new FaultRule { ErrorRate = 0.5, LostAnswerRate = 0.6 }.Validate(), Does.Contain("lostAnswerRate"));
        Assert.That(new FaultRule { LostAnswerRate = -0.1 }.Validate(), Does.Contain("'lostAnswerRate' must be between 0 and 1"));
        Assert.That(new FaultRule { ErrorRate = 0.1, DropRate = 0.1, LostAnswerRate = 0.1 }.Validate(), Is.Null);
    }

    [Test]
    public async Task A_truncate_fault_declares_the_full_length_and_then_cuts_the_body()
    {
        Faults(new FaultRule { Path = "/crm/v8/Probe/big", TruncateRate = 1 });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/crm/v8/Probe/big");
        request.Headers.TryAddWithoutValidation("Authorization", "Zoho-oauthtoken " + _token);
        using var response = await _emu.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentLength, Is.EqualTo(10_000));
        var stream = await response.Content.ReadAsStreamAsync();
        var received = 0;
        var buffer = new byte[4096];
        var failure = Assert.CatchAsync(async () =>
        {
            int read;
            while ((read = await stream.ReadAsync(buffer)) > 0)
            {
                received += read;
            }
        });
        Assert.That(failure, Is.InstanceOf<IOException>().Or.InstanceOf<HttpRequestException>());
        Assert.That(received, Is.LessThan(10_000));
    }

    [Test]
    public async Task Latency_delays_matching_calls_by_at_least_the_given_time()
    {
        Faults(new FaultRule { Path = "/crm/v8/Probe", LatencyMs = 300 });
        var watch = Stopwatch.StartNew();
        using var response = await _emu.SendAsync(HttpMethod.Get, "/crm/v8/Probe", _token);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(watch.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(290)));
    }

    [Test]
    public async Task A_rule_matches_whole_path_segments_method_and_endpoint_name()
    {
        Faults(
            new FaultRule { Path = "/crm/v8/Probe/search", ErrorRate = 1 },
            new FaultRule { Endpoint = "probe.echo", ErrorRate = 1 },
            new FaultRule { Path = "/crm/v8/Probe", Method = "POST", ErrorRate = 1 });

        using var search = await _emu.SendAsync(HttpMethod.Get, "/crm/v8/Probe/search?word=x", _token);
        using var echo = await _emu.SendAsync(HttpMethod.Get, "/crm/v8/Probe/echo", _token);
        using var create = await _emu.SendAsync(HttpMethod.Post, "/crm/v8/Probe", _token, body: "{}");
        using var list = await _emu.SendAsync(HttpMethod.Get, "/crm/v8/Probe", _token);
        using var other = await _emu.SendAsync(HttpMethod.Get, "/crm/v8/Probe/searchable", _token);

        Assert.That(search.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(echo.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(create.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(list.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(other.StatusCode, Is.Not.EqualTo(HttpStatusCode.InternalServerError), "'/searchable' is not under '/search'");
    }

    [Test]
    public async Task Token_calls_can_be_faulted_too()
    {
        Faults(new FaultRule { Path = "/oauth/v2/token", ErrorRate = 1 });
        using var response = await _emu.Http.PostAsync("/oauth/v2/token", new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "refresh_token" }));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
    }

    [Test]
    public async Task With_a_fault_seed_the_same_calls_get_the_same_faults_every_time()
    {
        async Task<List<int>> RunAsync()
        {
            // New rule objects start their count again, as a PUT of the settings does.
            Faults(new FaultRule { Path = "/crm/v8/Probe", ErrorRate = 0.5 });
            var statuses = new List<int>();
            for (var i = 0; i < 24; i++)
            {
                using var response = await _emu.SendAsync(HttpMethod.Get, "/crm/v8/Probe", _token);
                statuses.Add((int)response.StatusCode);
            }

            return statuses;
        }

        _emu.Emulator.Settings.FaultSeed = 42;
        var first = await RunAsync();
        var second = await RunAsync();
        _emu.Emulator.Settings.FaultSeed = 43;
        var otherSeed = await RunAsync();

        Assert.That(second, Is.EqualTo(first));
        Assert.That(first, Does.Contain(500).And.Contain(200), "a rate of one half yields both outcomes in 24 calls");
        Assert.That(otherSeed, Is.Not.EqualTo(first));
    }

    [Test]
    public async Task Faulted_calls_cost_no_credits()
    {
        Faults(new FaultRule { Path = "/crm/v8/Probe", ErrorRate = 1 });
        using (await _emu.SendAsync(HttpMethod.Post, "/crm/v8/Probe?credits=5", _token, body: "{}"))
        {
        }

        var log = JsonNode.Parse(await _emu.Http.GetStringAsync("/_emulator/requests"))!.AsArray();
        Assert.That(log.Last()!["status"]!.GetValue<int>(), Is.EqualTo(500));
        Assert.That(log.Last()!["credits"]!.GetValue<int>(), Is.EqualTo(0));
    }
}

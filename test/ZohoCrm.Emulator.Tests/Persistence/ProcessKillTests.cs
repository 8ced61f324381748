using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ZohoCrm.Emulator.Tests.Persistence;

/// <summary>The standalone emulator with <c>--data-dir</c>, killed with SIGKILL between acknowledged writes and a restart.</summary>
[NonParallelizable]
public partial class ProcessKillTests
{
    private string _directory = null!;

    [SetUp]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("zoho-emu-kill-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    [Test]
    public async Task An_acknowledged_write_survives_kill_9_and_ids_keep_rising()
    {
        string firstId;
        using (var first = Launch())
        {
            try
            {
                var (baseUrl, http, token) = await ConnectAsync(first);
                using var created = await SendAsync(http, token, HttpMethod.Post, baseUrl + "/crm/v8/Projects", """{"data":[{"Name":"Survives SIGKILL","Budget":200,"Completion":25}]}""");
                Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
                firstId = JsonNode.Parse(await created.Content.ReadAsStringAsync())!["data"]![0]!["details"]!["id"]!.GetValue<string>();
            }
            finally
            {
                first.Kill(); // SIGKILL: no shutdown hooks, no flush beyond what the write already did
                await first.WaitForExitAsync();
            }
        }

        using var second = Launch();
        try
        {
            var (baseUrl, http, token) = await ConnectAsync(second);
            using var fetched = await SendAsync(http, token, HttpMethod.Get, baseUrl + "/crm/v8/Projects/" + firstId);
            var record = JsonNode.Parse(await fetched.Content.ReadAsStringAsync())!["data"]![0]!;
            Assert.That(record["Name"]!.GetValue<string>(), Is.EqualTo("Survives SIGKILL"));
            Assert.That(record["Earned_Value"]!.GetValue<decimal>(), Is.EqualTo(50m));

            using var next = await SendAsync(http, token, HttpMethod.Post, baseUrl + "/crm/v8/Projects", """{"data":[{"Name":"After restart"}]}""");
            var nextId = JsonNode.Parse(await next.Content.ReadAsStringAsync())!["data"]![0]!["details"]!["id"]!.GetValue<string>();
            Assert.That(long.Parse(nextId), Is.GreaterThan(long.Parse(firstId)));
        }
        finally
        {
            second.Kill();
            await second.WaitForExitAsync();
        }
    }

    private Process Launch()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "ZohoCrm.Emulator.dll"), "--port", "0", "--scale", "100", "--data-dir", _directory })
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }

    private static async Task<(string BaseUrl, HttpClient Http, string Token)> ConnectAsync(Process process)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        string? baseUrl = null;
        while (baseUrl is null && await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            var match = ListeningLine().Match(line);
            baseUrl = match.Success ? match.Groups[1].Value : null;
        }

        Assert.That(baseUrl, Is.Not.Null, "the emulator exited before printing its URL: " + (process.HasExited ? await process.StandardError.ReadToEndAsync() : ""));
        var http = new HttpClient();
        using var response = await http.PostAsync(baseUrl + "/oauth/v2/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = ZohoCrmEmulatorOptions.DefaultClientId,
            ["client_secret"] = ZohoCrmEmulatorOptions.DefaultClientSecret,
            ["refresh_token"] = ZohoCrmEmulatorOptions.DefaultRefreshToken,
        }));
        var token = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["access_token"]!.GetValue<string>();
        return (baseUrl!, http, token);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient http, string token, HttpMethod method, string url, string? body = null)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.TryAddWithoutValidation("Authorization", "Zoho-oauthtoken " + token);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        }

        return http.SendAsync(request);
    }

    [GeneratedRegex(@"listening on (https?://\S+)$")]
    private static partial Regex ListeningLine();
}

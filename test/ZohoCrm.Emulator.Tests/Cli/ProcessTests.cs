using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ZohoCrm.Emulator.Tests.Hosting;

namespace ZohoCrm.Emulator.Tests.Cli;

/// <summary>The standalone emulator as a child process: <c>dotnet ZohoCrm.Emulator.dll ...</c>.</summary>
[NonParallelizable]
public partial class ProcessTests
{
    private static string EmulatorDll => Path.Combine(AppContext.BaseDirectory, "ZohoCrm.Emulator.dll");

    private static Process Launch(IEnumerable<string> args, Dictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(EmulatorDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment ?? [])
        {
            start.Environment[key] = value;
        }

        return Process.Start(start)!;
    }

    private static async Task<string> ReadBaseUrlAsync(Process process)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            var match = ListeningLine().Match(line);
            if (match.Success)
            {
                return match.Groups[1].Value;
            }
        }

        Assert.Fail("The emulator exited before printing its URL: " + await process.StandardError.ReadToEndAsync());
        return "";
    }

    private static async Task StopAsync(Process process)
    {
        if (process.HasExited)
        {
            return;
        }

        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("The emulator did not stop within 10 s of SIGTERM.");
        }
    }

    [Test]
    public async Task It_prints_its_url_and_credentials_serves_them_and_stops_on_sigterm_within_10_seconds()
    {
        var port = StartAndHttpsTests.FreePort();
        using var process = Launch(["--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            new() { ["ASPNETCORE_URLS"] = "http://127.0.0.1:" + StartAndHttpsTests.FreePort(), ["ASPNETCORE_HTTP_PORTS"] = "5999" });
        try
        {
            var baseUrl = await ReadBaseUrlAsync(process);
            var banner = new List<string>();
            for (var i = 0; i < 5; i++)
            {
                banner.Add((await process.StandardOutput.ReadLineAsync())!);
            }

            using var http = new HttpClient();
            var token = JsonNode.Parse(await (await http.PostAsync(baseUrl + "/oauth/v2/token", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "refresh_token",
                ["client_id"] = ZohoCrmEmulatorOptions.DefaultClientId,
                ["client_secret"] = ZohoCrmEmulatorOptions.DefaultClientSecret,
                ["refresh_token"] = ZohoCrmEmulatorOptions.DefaultRefreshToken,
            }))).Content.ReadAsStringAsync())!;

            Assert.That(baseUrl, Is.EqualTo($"http://127.0.0.1:{port}"), "--port wins over ASPNETCORE_URLS");
            Assert.That(string.Join("\n", banner), Does.Contain(ZohoCrmEmulatorOptions.DefaultClientId).And.Contain(ZohoCrmEmulatorOptions.DefaultRefreshToken));
            Assert.That(token["api_domain"]!.GetValue<string>(), Is.EqualTo(baseUrl));
        }
        finally
        {
            await StopAsync(process);
        }

        Assert.That(process.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public async Task Port_0_picks_a_free_port_and_reports_it()
    {
        using var process = Launch(["--port", "0"]);
        try
        {
            var baseUrl = await ReadBaseUrlAsync(process);
            Assert.That(new Uri(baseUrl).Port, Is.GreaterThan(0));
            using var http = new HttpClient();
            Assert.That(await http.GetStringAsync(baseUrl + "/_emulator/requests"), Is.EqualTo("[]"));
        }
        finally
        {
            await StopAsync(process);
        }
    }

    [Test]
    public async Task Https_cert_serves_https_with_the_given_pfx_and_password()
    {
        using var certificate = StartAndHttpsTests.SelfSignedCertificate();
        var pfx = Path.Combine(Path.GetTempPath(), $"emulator-{Guid.NewGuid():N}.pfx");
        await File.WriteAllBytesAsync(pfx, certificate.Export(System.Security.Cryptography.X509Certificates.X509ContentType.Pfx, "pw-123"));
        using var process = Launch(["--port", "0", "--https-cert", pfx, "--https-cert-password", "pw-123"]);
        try
        {
            var baseUrl = await ReadBaseUrlAsync(process);
            using var http = new HttpClient(new SocketsHttpHandler
            {
                SslOptions = { RemoteCertificateValidationCallback = (_, presented, _, _) => presented?.GetCertHashString() == certificate.GetCertHashString() },
            });

            Assert.That(baseUrl, Does.StartWith("https://127.0.0.1:"));
            Assert.That(await http.GetStringAsync(baseUrl + "/_emulator/requests"), Is.EqualTo("[]"));
        }
        finally
        {
            await StopAsync(process);
            File.Delete(pfx);
        }
    }

    [Test]
    public async Task A_wrong_certificate_password_exits_non_zero_naming_https_cert()
    {
        using var certificate = StartAndHttpsTests.SelfSignedCertificate();
        var pfx = Path.Combine(Path.GetTempPath(), $"emulator-{Guid.NewGuid():N}.pfx");
        await File.WriteAllBytesAsync(pfx, certificate.Export(System.Security.Cryptography.X509Certificates.X509ContentType.Pfx, "right"));
        try
        {
            using var process = Launch(["--https-cert", pfx, "--https-cert-password", "wrong"]);
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await process.WaitForExitAsync(timeout.Token);

            Assert.That(process.ExitCode, Is.Not.EqualTo(0));
            Assert.That(await stderr, Does.Contain("--https-cert"));
        }
        finally
        {
            File.Delete(pfx);
        }
    }

    [TestCase("--port", "abc", "--port")]
    [TestCase("--edition", "gold", "--edition")]
    [TestCase("--https-cert", "/nonexistent/cert.pfx", "--https-cert")]
    public async Task Bad_arguments_exit_non_zero_with_a_message_naming_the_argument(string name, string value, string named)
    {
        using var process = Launch([name, value]);
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);

        Assert.That(process.ExitCode, Is.Not.EqualTo(0));
        Assert.That(await stderr, Does.Contain(named));
    }

    [Test]
    public async Task A_port_in_use_exits_non_zero_naming_the_port()
    {
        await using var busy = await ZohoCrmEmulator.StartAsync(new ZohoCrmEmulatorOptions { SeedCounts = EmulatorHarness.SmallOrg });
        var port = new Uri(busy.BaseUrl).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var process = Launch(["--port", port]);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);

        Assert.That(process.ExitCode, Is.EqualTo(1));
        Assert.That(await stderr, Does.Contain("--port").And.Contain(port));
        // One readable message: the host's own failure log (with the exception's stack trace) is not printed as well.
        var printed = await stdout + await stderr;
        Assert.That(printed, Does.Not.Contain(" at ").And.Not.Contain("Exception"), printed);
    }

    [GeneratedRegex(@"listening on (https?://\S+)$")]
    private static partial Regex ListeningLine();
}

using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;

namespace ZohoCrm.Emulator.Tests.Hosting;

public class StartAndHttpsTests
{
    [Test]
    public async Task Start_listens_on_a_free_loopback_port_with_a_base_url_without_trailing_slash()
    {
        await using var first = await ZohoCrmEmulator.StartAsync(new ZohoCrmEmulatorOptions { SeedCounts = EmulatorHarness.SmallOrg });
        await using var second = await ZohoCrmEmulator.StartAsync(new ZohoCrmEmulatorOptions { SeedCounts = EmulatorHarness.SmallOrg });

        Assert.That(first.BaseUrl, Does.Match(@"^http://127\.0\.0\.1:\d+$"));
        Assert.That(second.BaseUrl, Is.Not.EqualTo(first.BaseUrl));
        Assert.That(first.TokenEndpoint, Is.EqualTo(first.BaseUrl + "/oauth/v2/token"));
        Assert.That(first.ClientId, Is.EqualTo(ZohoCrmEmulatorOptions.DefaultClientId));
        Assert.That(first.RefreshToken, Is.EqualTo(ZohoCrmEmulatorOptions.DefaultRefreshToken));
    }

    [Test]
    public async Task A_given_port_and_credentials_are_used()
    {
        var port = FreePort();
        await using var emulator = await ZohoCrmEmulator.StartAsync(new ZohoCrmEmulatorOptions
        {
            Port = port, SeedCounts = EmulatorHarness.SmallOrg, ClientId = "1000.MINE", ClientSecret = "s3cret", RefreshToken = "1000.my.refresh",
        });
        using var http = new HttpClient();
        using var response = await http.PostAsync($"http://127.0.0.1:{port}/oauth/v2/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token", ["client_id"] = "1000.MINE", ["client_secret"] = "s3cret", ["refresh_token"] = "1000.my.refresh",
        }));

        Assert.That(emulator.BaseUrl, Is.EqualTo($"http://127.0.0.1:{port}"));
        Assert.That(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["access_token"], Is.Not.Null);
    }

    [Test]
    public async Task Disposing_stops_listening()
    {
        var emulator = await ZohoCrmEmulator.StartAsync(new ZohoCrmEmulatorOptions { SeedCounts = EmulatorHarness.SmallOrg });
        var port = new Uri(emulator.BaseUrl).Port;
        await emulator.DisposeAsync();

        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        Assert.Throws<SocketException>(() => socket.Connect(IPAddress.Loopback, port));
    }

    [Test]
    public async Task With_a_certificate_it_serves_https_that_a_client_trusting_exactly_that_certificate_accepts()
    {
        using var certificate = SelfSignedCertificate();
        await using var emulator = await ZohoCrmEmulator.StartAsync(new ZohoCrmEmulatorOptions { HttpsCertificate = certificate, SeedCounts = EmulatorHarness.SmallOrg });
        using var trusting = new HttpClient(new SocketsHttpHandler
        {
            SslOptions = { RemoteCertificateValidationCallback = (_, presented, _, _) => presented is not null && presented.GetCertHashString() == certificate.GetCertHashString() },
        });
        using var trustingNothing = new HttpClient();

        var json = JsonNode.Parse(await (await trusting.PostAsync(emulator.TokenEndpoint, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token", ["client_id"] = emulator.ClientId, ["client_secret"] = emulator.ClientSecret, ["refresh_token"] = emulator.RefreshToken,
        }))).Content.ReadAsStringAsync())!;

        Assert.That(emulator.BaseUrl, Does.StartWith("https://127.0.0.1:"));
        Assert.That(json["api_domain"]!.GetValue<string>(), Is.EqualTo(emulator.BaseUrl));
        Assert.ThrowsAsync<HttpRequestException>(() => trustingNothing.GetAsync(emulator.BaseUrl + "/_emulator/settings"));
    }

    internal static X509Certificate2 SelfSignedCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(IPAddress.Loopback);
        san.AddDnsName("localhost");
        request.CertificateExtensions.Add(san.Build());
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));

        // A PFX round trip gives a key Kestrel can use on every platform.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using ZohoCrm.Data.Http;

namespace ZohoCrm.Data.Tests.Http;

public class CertificatePinningTests
{
    private X509Certificate2 _serverCertificate = null!;
    private X509Certificate2 _otherCertificate = null!;
    private LocalTlsServer _server = null!;

    [OneTimeSetUp]
    public void StartServer()
    {
        _serverCertificate = LocalTlsServer.CreateCertificate();
        _otherCertificate = LocalTlsServer.CreateCertificate("CN=someone-else");
        _server = new LocalTlsServer(_serverCertificate);
    }

    [OneTimeTearDown]
    public async Task StopServer()
    {
        await _server.DisposeAsync();
        _serverCertificate.Dispose();
        _otherCertificate.Dispose();
    }

    private async Task<HttpStatusCode> GetAsync(string? sslServerCert, CollectingLoggerFactory? logger = null)
    {
        using var client = ZohoCrmHttpPipeline.CreateHttpClient(new ZohoCrmHttpOptions { SslServerCert = sslServerCert, MaxAttempts = 1, Verbosity = 4 }, null, logger);
        using var response = await client.GetAsync(_server.Uri);
        return response.StatusCode;
    }

    private static string Pem(X509Certificate2 certificate) => certificate.ExportCertificatePem();

    [Test]
    public async Task The_pinned_certificate_as_PEM_text_is_accepted()
    {
        Assert.That(await GetAsync(Pem(_serverCertificate)), Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public void Another_certificate_than_the_pinned_one_is_refused()
    {
        var logger = new CollectingLoggerFactory();

        var e = Assert.ThrowsAsync<HttpRequestException>(() => GetAsync(Pem(_otherCertificate), logger));

        Assert.That(e!.HttpRequestError, Is.EqualTo(HttpRequestError.SecureConnectionError));
        Assert.That(logger.Text, Does.Contain("is not the one SSLServerCert pins"));
    }

    [Test]
    public void Without_a_pin_the_system_trust_store_refuses_a_self_signed_certificate()
    {
        var e = Assert.ThrowsAsync<HttpRequestException>(() => GetAsync(null));
        Assert.That(e!.HttpRequestError, Is.EqualTo(HttpRequestError.SecureConnectionError));
    }

    [Test]
    public async Task A_SHA256_thumbprint_with_colons_pins_the_certificate()
    {
        var hex = Convert.ToHexString(_serverCertificate.GetCertHash(HashAlgorithmName.SHA256));
        var withColons = string.Join(':', Enumerable.Range(0, hex.Length / 2).Select(i => hex.Substring(i * 2, 2))).ToLowerInvariant();

        Assert.That(await GetAsync(withColons), Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_SHA1_thumbprint_pins_the_certificate()
    {
        Assert.That(await GetAsync(_serverCertificate.Thumbprint), Is.EqualTo(HttpStatusCode.OK));
        Assert.ThrowsAsync<HttpRequestException>(() => GetAsync(_otherCertificate.Thumbprint));
    }

    [TestCase(".pem")]
    [TestCase(".cer")]
    public async Task A_certificate_file_pins_the_certificate(string extension)
    {
        using var temp = new TempDirectory();
        var path = temp.File("zoho" + extension);
        if (extension == ".pem")
        {
            await File.WriteAllTextAsync(path, Pem(_serverCertificate));
        }
        else
        {
            await File.WriteAllBytesAsync(path, _serverCertificate.Export(X509ContentType.Cert));
        }

        Assert.That(await GetAsync(path), Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_star_accepts_any_certificate_and_warns()
    {
        var logger = new CollectingLoggerFactory();

        Assert.That(await GetAsync("*", logger), Is.EqualTo(HttpStatusCode.OK));
        Assert.That(logger.Lines.Any(l => l.Level == Microsoft.Extensions.Logging.LogLevel.Warning && l.Message.Contains("SSLServerCert=*")), Is.True);
    }

    [TestCase("not-a-file-or-thumbprint")]
    [TestCase("ABCDEF")]
    [TestCase("-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----")]
    public void An_unrecognised_SSLServerCert_is_an_error_naming_it(string value)
    {
        var e = Assert.Throws<ArgumentException>(() => ZohoCrmHttpPipeline.CreateHttpClient(new ZohoCrmHttpOptions { SslServerCert = value }, null, loggerFactory: null));
        Assert.That(e!.Message, Does.Contain("SSLServerCert"));
    }
}

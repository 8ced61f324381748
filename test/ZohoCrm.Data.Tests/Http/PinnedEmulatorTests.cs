using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using ZohoCrm.Emulator;

namespace ZohoCrm.Data.Tests.Http;

/// <summary>
/// <c>SSLServerCert</c> end to end: the emulator serves HTTPS with a self-signed certificate, and a data source built
/// from a connection string reaches it (token call and query) with each form of pin, and is refused, before any request
/// reaches the server, with each form of a wrong pin, in an error that names <c>SSLServerCert</c>.
/// </summary>
[NonParallelizable]
public class PinnedEmulatorTests
{
    private X509Certificate2 _certificate = null!;
    private X509Certificate2 _other = null!;
    private ZohoCrmEmulator _emulator = null!;
    private TempDirectory _files = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _certificate = LocalTlsServer.CreateCertificate();
        _other = LocalTlsServer.CreateCertificate("CN=someone-else");
        _emulator = await ZohoCrmEmulator.StartAsync(new ZohoCrmEmulatorOptions { LeadCount = 7, HttpsCertificate = _certificate });
        _files = new TempDirectory();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _emulator.DisposeAsync();
        _files.Dispose();
        _certificate.Dispose();
        _other.Dispose();
    }

    public enum PinForm { PemText, PemFile, DerFile, Sha1, Sha256 }

    private string Pin(X509Certificate2 certificate, PinForm form)
    {
        switch (form)
        {
            case PinForm.PemText:
                return certificate.ExportCertificatePem();
            case PinForm.PemFile:
                var pem = _files.File(Guid.NewGuid().ToString("N") + ".pem");
                File.WriteAllText(pem, certificate.ExportCertificatePem());
                return pem;
            case PinForm.DerFile:
                var der = _files.File(Guid.NewGuid().ToString("N") + ".cer");
                File.WriteAllBytes(der, certificate.Export(X509ContentType.Cert));
                return der;
            case PinForm.Sha1:
                return certificate.Thumbprint;
            default:
                return Convert.ToHexString(certificate.GetCertHash(HashAlgorithmName.SHA256));
        }
    }

    private ZohoCrmDataSource DataSource(string sslServerCert)
    {
        var builder = new ZohoCrmDataSourceBuilder();
        var settings = builder.ConnectionStringBuilder;
        settings.ConnectionString = "OAuthClientId=" + _emulator.ClientId + ";OAuthClientSecret=" + _emulator.ClientSecret
            + ";OAuthRefreshToken=" + _emulator.RefreshToken + ";AccountsServer=" + _emulator.BaseUrl + ";ApiDomain=" + _emulator.BaseUrl;
        settings.SslServerCert = sslServerCert;
        return builder.Build();
    }

    private static async Task<long> CountLeadsAsync(ZohoCrmDataSource dataSource)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(id) FROM Leads WHERE id IS NOT NULL";
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    [TestCase(PinForm.PemText)]
    [TestCase(PinForm.PemFile)]
    [TestCase(PinForm.DerFile)]
    [TestCase(PinForm.Sha1)]
    [TestCase(PinForm.Sha256)]
    public async Task The_pinned_certificate_is_trusted_in_each_form(PinForm form)
    {
        Assert.That(_emulator.BaseUrl, Does.StartWith("https://"));
        await using var dataSource = DataSource(Pin(_certificate, form));

        Assert.That(await CountLeadsAsync(dataSource), Is.EqualTo(_emulator.Domain.Records.Scan("Leads").Count()));
    }

    [TestCase(PinForm.PemText)]
    [TestCase(PinForm.PemFile)]
    [TestCase(PinForm.DerFile)]
    [TestCase(PinForm.Sha1)]
    [TestCase(PinForm.Sha256)]
    public void A_wrong_pin_fails_closed_with_an_error_naming_SSLServerCert(PinForm form)
    {
        var before = _emulator.Requests().Count;
        using var dataSource = DataSource(Pin(_other, form));

        var e = Assert.ThrowsAsync(Is.InstanceOf<ZohoCrmException>(), () => CountLeadsAsync(dataSource));

        Assert.That(e!.Message, Does.Contain("SSLServerCert"));
        Assert.That(_emulator.Requests().Count, Is.EqualTo(before), "no request may reach a server whose certificate is not the pinned one");
    }
}

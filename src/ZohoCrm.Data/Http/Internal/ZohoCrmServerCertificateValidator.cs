using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using ZohoCrm.Data.Logging;
using ZohoCrm.Data.Logging.Internal;
using ZohoCrm.Data.Properties;

namespace ZohoCrm.Data.Http.Internal;

/// <summary>
/// Decides whether to trust the server's TLS certificate under <c>SSLServerCert</c>. A pinned certificate (PEM text, a
/// file, or a SHA-1/SHA-256 thumbprint) is the only one accepted: when the server presents it as its own certificate
/// the connection is trusted whatever the system store says (a self-signed certificate, a name that doesn't match);
/// when it is a CA in the server's chain, the chain must otherwise be valid. <c>*</c> accepts anything.
/// </summary>
internal sealed partial class ZohoCrmServerCertificateValidator
{
    private readonly HashSet<string> _sha256Pins;
    private readonly HashSet<string> _sha1Pins;
    private readonly bool _acceptAny;
    private readonly ZohoCrmLog _log;

    private ZohoCrmServerCertificateValidator(HashSet<string> sha256Pins, HashSet<string> sha1Pins, bool acceptAny, ZohoCrmLog log)
    {
        _sha256Pins = sha256Pins;
        _sha1Pins = sha1Pins;
        _acceptAny = acceptAny;
        _log = log;
    }

    /// <summary>Parses an <c>SSLServerCert</c> value.</summary>
    /// <exception cref="ArgumentException">The value is neither <c>*</c>, PEM, a readable certificate file nor a thumbprint.</exception>
    public static ZohoCrmServerCertificateValidator Create(string sslServerCert, ZohoCrmLog log)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sslServerCert);
        var value = sslServerCert.Trim();
        var sha256 = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var sha1 = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (value == "*")
        {
            return new ZohoCrmServerCertificateValidator(sha256, sha1, acceptAny: true, log);
        }

        if (value.Contains("-----BEGIN", StringComparison.Ordinal))
        {
            AddPins(LoadPem(value, "SSLServerCert"), sha256);
        }
        else if (ThumbprintSeparators().Replace(value, "") is var hex && HexDigits().IsMatch(hex) && hex.Length is 40 or 64)
        {
            (hex.Length == 64 ? sha256 : sha1).Add(hex);
        }
        else if (File.Exists(value))
        {
            AddPins(LoadFile(value), sha256);
        }
        else
        {
            throw new ArgumentException(ZohoCrmStrings.SslServerCertNotRecognised(value.Length > 100 ? value[..100] + "..." : value), nameof(ZohoCrmHttpOptions.SslServerCert));
        }

        return new ZohoCrmServerCertificateValidator(sha256, sha1, acceptAny: false, log);
    }

    /// <summary>The <see cref="RemoteCertificateValidationCallback"/>.</summary>
    public bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (_acceptAny)
        {
            _log.Connection.ServerCertificateAcceptedUnchecked(Describe(certificate));
            return true;
        }

        if (certificate is null)
        {
            _log.Connection.ServerCertificateMissing();
            throw new AuthenticationException(ZohoCrmStrings.ServerCertificateNotPinned(Describe(null)));
        }

        using var leaf = new X509Certificate2(certificate);
        if (Matches(leaf))
        {
            _log.Connection.ServerCertificatePinned(Describe(leaf), $"is the pinned certificate ({errors})");
            return true;
        }

        // A pinned CA: it must be in the chain, and the chain must be sound apart from the CA not being in the system store.
        var chainMatches = chain?.ChainElements.Any(e => Matches(e.Certificate)) == true;
        var chainSound = (errors & SslPolicyErrors.RemoteCertificateNameMismatch) == 0
            && (errors & SslPolicyErrors.RemoteCertificateNotAvailable) == 0
            && chain?.ChainStatus.All(s => s.Status is X509ChainStatusFlags.NoError or X509ChainStatusFlags.UntrustedRoot) != false;
        if (chainMatches && chainSound)
        {
            _log.Connection.ServerCertificatePinned(Describe(leaf), "chains to the pinned certificate");
            return true;
        }

        _log.Connection.ServerCertificateNotPinned(Describe(leaf), errors.ToString());
        // Thrown rather than returning false, so the caller's error says why (SocketsHttpHandler keeps it as the inner exception).
        throw new AuthenticationException(ZohoCrmStrings.ServerCertificateNotPinned(Describe(leaf)));
    }

    private bool Matches(X509Certificate2 certificate) =>
        _sha256Pins.Contains(Convert.ToHexString(certificate.GetCertHash(HashAlgorithmName.SHA256)))
        || _sha1Pins.Contains(Convert.ToHexString(certificate.GetCertHash(HashAlgorithmName.SHA1)));

    internal static string Describe(X509Certificate? certificate) => certificate is null
        ? "(none)"
        : $"'{certificate.Subject}' (SHA-256 {Convert.ToHexString(certificate.GetCertHash(HashAlgorithmName.SHA256))})";

    private static void AddPins(X509Certificate2Collection certificates, HashSet<string> sha256)
    {
        foreach (var certificate in certificates)
        {
            sha256.Add(Convert.ToHexString(certificate.GetCertHash(HashAlgorithmName.SHA256)));
            certificate.Dispose();
        }
    }

    private static X509Certificate2Collection LoadPem(string pem, string source)
    {
        var collection = new X509Certificate2Collection();
        try
        {
            collection.ImportFromPem(pem);
        }
        catch (CryptographicException e)
        {
            throw new ArgumentException(ZohoCrmStrings.SslServerCertInvalidPem(source, e.Message), nameof(ZohoCrmHttpOptions.SslServerCert), e);
        }

        if (collection.Count == 0)
        {
            throw new ArgumentException(ZohoCrmStrings.SslServerCertInvalidPem(source, "no CERTIFICATE block"), nameof(ZohoCrmHttpOptions.SslServerCert));
        }

        return collection;
    }

    private static X509Certificate2Collection LoadFile(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ArgumentException(ZohoCrmStrings.SslServerCertFileUnreadable(path, e.Message), nameof(ZohoCrmHttpOptions.SslServerCert), e);
        }

        var text = System.Text.Encoding.ASCII.GetString(bytes);
        if (text.Contains("-----BEGIN", StringComparison.Ordinal))
        {
            return LoadPem(text, path);
        }

        try
        {
            return [X509CertificateLoader.LoadCertificate(bytes)];
        }
        catch (CryptographicException e)
        {
            throw new ArgumentException(ZohoCrmStrings.SslServerCertFileUnreadable(path, e.Message), nameof(ZohoCrmHttpOptions.SslServerCert), e);
        }
    }

    [GeneratedRegex("[\\s:-]")]
    private static partial Regex ThumbprintSeparators();

    [GeneratedRegex("^[0-9A-Fa-f]+$")]
    private static partial Regex HexDigits();
}

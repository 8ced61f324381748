using ZohoCrm.Data.Http;

namespace ZohoCrm.Data.Properties;

// Messages of the HTTP pipeline: connection settings, timeouts, proxies, firewalls, TLS and the log file.
internal static partial class ZohoCrmStrings
{
    public static string InvalidTimeout(TimeSpan timeout) =>
        Format("Timeout is {0} seconds; it must be 0 (no timeout) or a positive number of seconds below 24 days.", timeout.TotalSeconds);

    public static string InvalidMaxConcurrency(int value) =>
        Format("MaxConcurrency is {0}; it must be at least 1. Zoho allows 5 (Free) to 25 (Ultimate) concurrent calls per org.", value);

    public static string InvalidVerbosity(int value) =>
        Format("Verbosity is {0}; it must be 1 (errors and queries), 2 (requests), 3 (bodies), 4 (auth and transport) or 5 (everything).", value);

    public static string InvalidPort(string name, int value) =>
        Format("{0} is {1}; a port must be between 1 and 65535.", name, value);

    public static string CredentialsInServerName(string name, string userKey, string passwordKey) =>
        Format("{0} contains '@'; give only the host name there and the credentials in {1} and {2}.", name, userKey, passwordKey);

    public static string FirewallWithProxy(ZohoCrmFirewallType type) =>
        Format("FirewallType={0} cannot be combined with ProxyServer; choose one way out of the network.", type.ToString().ToUpperInvariant());

    public static string FirewallServerMissing(ZohoCrmFirewallType type) =>
        Format("FirewallType={0} needs FirewallServer (and usually FirewallPort); set the host name of the firewall proxy.", type.ToString().ToUpperInvariant());

    public static string ProxyUserWithoutServer =>
        "ProxyUser is set but ProxyServer is not and ProxyAutoDetect is False; set the proxy the credentials are for.";

    public static string ProxyPasswordWithoutUser =>
        "ProxyPassword is set without ProxyUser; set ProxyUser too, or use ProxyAuthScheme=NTLM or NEGOTIATE for the signed-in account.";

    public static string LogfileCannotBeOpened(string path, string reason) =>
        Format("Logfile '{0}' cannot be opened for appending: {1} Check the path and its permissions, or remove Logfile.", path, reason);

    public static string RequestTimedOut(string method, string url, TimeSpan timeout) =>
        Format("{0} {1} did not complete within the Timeout of {2} seconds. Raise Timeout in the connection string (0 disables it), or check the network path to Zoho.", method, url, timeout.TotalSeconds);

    public static string ServerCertificateNotPinned(string certificate) =>
        Format("The server presented the certificate {0}, which is not the one SSLServerCert pins, so the connection was refused before anything was sent. If the server's certificate changed, update SSLServerCert (PEM text, a certificate file, or its SHA-1 or SHA-256 thumbprint).", certificate);

        public static string SslServerCertNotRecognised(string value) =>
        Format("SSLServerCert '{0}' is not PEM text, an existing certificate file or a SHA-1/SHA-256 thumbprint (40 or 64 hex digits); use one of those, or * to accept any certificate (tests only).", value);

    public static string SslServerCertInvalidPem(string source, string reason) =>
        Format("SSLServerCert ({0}) holds no readable PEM certificate: {1}. Give a '-----BEGIN CERTIFICATE-----' block.", source, reason);

    public static string SslServerCertFileUnreadable(string path, string reason) =>
        Format("SSLServerCert file '{0}' cannot be read as a certificate: {1}. Give a PEM or DER (.cer) certificate file.", path, reason);

    public static string FirewallAuthenticationRequired(string host, int port, int status) =>
        Format("The firewall {0}:{1} requires authentication or refused the credentials (HTTP {2}); check FirewallUser and FirewallPassword.", host, port, status);

    public static string FirewallRefusedTunnel(string host, int port, string target, string statusLine) =>
        Format("The firewall {0}:{1} refused to open a tunnel to {2}: '{3}'. Check that it allows CONNECT to that host and port.", host, port, target, statusLine);

    public static string FirewallUnreachable(string host, int port, string reason) =>
        Format("The firewall {0}:{1} cannot be reached: {2} Check FirewallServer and FirewallPort.", host, port, reason);
}

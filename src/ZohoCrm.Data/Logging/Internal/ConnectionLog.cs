using Microsoft.Extensions.Logging;
using E = ZohoCrm.Data.Logging.ZohoCrmDataEventId;

namespace ZohoCrm.Data.Logging.Internal;

/// <summary>The connection area's events: proxy, firewall and TLS set-up, retries and waits for a slot (ids 30000-30099).</summary>
internal static partial class ConnectionLog
{
    [LoggerMessage(E.ProxyConfigured, LogLevel.Debug, "Transport: HTTP proxy {ProxyUri} ({ProxyAuthScheme}, user {ProxyUser}).", EventName = nameof(E.ProxyConfigured))]
    public static partial void ProxyConfigured(this ILogger logger, Uri proxyUri, ZohoCrmProxyAuthScheme proxyAuthScheme, string proxyUser);

    [LoggerMessage(E.SystemProxyConfigured, LogLevel.Debug, "Transport: the system proxy, if any (ProxyAutoDetect=True).", EventName = nameof(E.SystemProxyConfigured))]
    public static partial void SystemProxyConfigured(this ILogger logger);

    [LoggerMessage(E.SocksFirewallConfigured, LogLevel.Debug, "Transport: {Scheme} firewall {FirewallUri}, user {FirewallUser}.", EventName = nameof(E.SocksFirewallConfigured))]
    public static partial void SocksFirewallConfigured(this ILogger logger, string scheme, Uri firewallUri, string firewallUser);

    [LoggerMessage(E.TunnelConfigured, LogLevel.Debug, "Transport: CONNECT tunnel through {FirewallHost}:{FirewallPort}, user {FirewallUser}.", EventName = nameof(E.TunnelConfigured))]
    public static partial void TunnelConfigured(this ILogger logger, string firewallHost, int firewallPort, string firewallUser);

    [LoggerMessage(E.TunnelOpened, LogLevel.Debug, "Transport: tunnel to {Authority} open through {FirewallHost}:{FirewallPort}.", EventName = nameof(E.TunnelOpened))]
    public static partial void TunnelOpened(this ILogger logger, string authority, string firewallHost, int firewallPort);

    [LoggerMessage(E.AnyServerCertificateAccepted, LogLevel.Warning,
        "SSLServerCert=* accepts any server certificate: the connection can be intercepted. Use it only for tests; pin the certificate or thumbprint instead.",
        EventName = nameof(E.AnyServerCertificateAccepted))]
    public static partial void AnyServerCertificateAccepted(this ILogger logger);

    [LoggerMessage(E.ServerCertificateAcceptedUnchecked, LogLevel.Debug, "TLS: accepting the server certificate {Certificate} without checks because SSLServerCert=*.",
        EventName = nameof(E.ServerCertificateAcceptedUnchecked))]
    public static partial void ServerCertificateAcceptedUnchecked(this ILogger logger, string certificate);

    [LoggerMessage(E.ServerCertificateMissing, LogLevel.Error, "TLS: the server presented no certificate, so it cannot match SSLServerCert; the connection is refused.",
        EventName = nameof(E.ServerCertificateMissing))]
    public static partial void ServerCertificateMissing(this ILogger logger);

    [LoggerMessage(E.ServerCertificatePinned, LogLevel.Debug, "TLS: the server certificate {Certificate} {How}.", EventName = nameof(E.ServerCertificatePinned))]
    public static partial void ServerCertificatePinned(this ILogger logger, string certificate, string how);

    [LoggerMessage(E.ServerCertificateNotPinned, LogLevel.Error,
        "TLS: the server certificate {Certificate} is not the one SSLServerCert pins (system validation: {Errors}); the connection is refused. Update SSLServerCert if the server's certificate changed.",
        EventName = nameof(E.ServerCertificateNotPinned))]
    public static partial void ServerCertificateNotPinned(this ILogger logger, string certificate, string errors);

    [LoggerMessage(E.RetryAfterFailure, LogLevel.Debug,
        "{Method} {Uri} failed ({Error}); attempt {Attempt} of {MaxAttempts} in {DelayMilliseconds} ms ({ErrorType}: {ErrorMessage}).", EventName = nameof(E.RetryAfterFailure))]
    public static partial void RetryAfterFailure(this ILogger logger, HttpMethod method, Uri? uri, HttpRequestError error, int attempt, int maxAttempts, long delayMilliseconds,
        string errorType, string errorMessage);

    [LoggerMessage(E.RetryAfterStatus, LogLevel.Debug, "{Method} {Uri} answered {StatusCode}; attempt {Attempt} of {MaxAttempts} in {DelayMilliseconds} ms.",
        EventName = nameof(E.RetryAfterStatus))]
    public static partial void RetryAfterStatus(this ILogger logger, HttpMethod method, Uri? uri, int statusCode, int attempt, int maxAttempts, long delayMilliseconds);

    [LoggerMessage(E.WaitingForConcurrencySlot, LogLevel.Debug, "{Method} {Uri} waits for one of the MaxConcurrency slots.", EventName = nameof(E.WaitingForConcurrencySlot))]
    public static partial void WaitingForConcurrencySlot(this ILogger logger, HttpMethod method, Uri? uri);
}

namespace ZohoCrm.Data.Logging;

/// <summary>
/// The event ids ZohoCrm.Data logs with, for filtering and alerting. Ids are <c>30000 + 100 × area</c> (the range EF Core
/// leaves to providers, so the EF provider's ids share the scheme), and never change between releases.
/// </summary>
/// <remarks>
/// <list type="table">
/// <listheader><term>Ids</term><description>Area, logger category, and the least <c>Verbosity</c> that writes the events to the <c>Logfile</c></description></listheader>
/// <item><term>30000-30099</term><description>Connection: proxy, firewall and TLS set-up, retries and waits for a <c>MaxConcurrency</c> slot (<see cref="ZohoCrmLog.ConnectionCategory"/>). Warnings and errors at 1, the rest (Debug) at 4.</description></item>
/// <item><term>30100-30199</term><description>OAuth: token calls and sign-in (<see cref="ZohoCrmLog.OAuthCategory"/>). Warnings at 1, the rest (Debug) at 4.</description></item>
/// <item><term>30200-30299</term><description>HTTP: each request (<see cref="ZohoCrmLog.HttpCategory"/>; headers under <see cref="ZohoCrmLog.HttpHeadersCategory"/>). Failures at 1, request lines (Debug) at 2, bodies (Trace) at 3, headers (Trace) at 4, whole bodies at 5.</description></item>
/// <item><term>30300-30399</term><description>Update: EF Core's <c>ZohoCrmEventId</c> (SaveChanges), under EF Core's <c>Microsoft.EntityFrameworkCore.Update</c> category.</description></item>
/// <item><term>30400-30499</term><description>Query: one line per query (Information) at 1, the plan, which shows the query's values (Debug), at 2 (<see cref="ZohoCrmLog.QueryCategory"/>).</description></item>
/// </list>
/// Every value and message is redacted before it reaches any logger or the file: tokens, secrets, codes and passwords
/// never appear, at any level.
/// </remarks>
public static class ZohoCrmDataEventId
{
    /// <summary>An HTTP proxy from <c>ProxyServer</c> is used (Debug).</summary>
    public const int ProxyConfigured = 30000;

    /// <summary>The system proxy is used (<c>ProxyAutoDetect</c>, Debug).</summary>
    public const int SystemProxyConfigured = 30001;

    /// <summary>A SOCKS firewall is used (Debug).</summary>
    public const int SocksFirewallConfigured = 30002;

    /// <summary>A CONNECT tunnel firewall is used (Debug).</summary>
    public const int TunnelConfigured = 30003;

    /// <summary>A CONNECT tunnel was opened (Debug).</summary>
    public const int TunnelOpened = 30004;

    /// <summary><c>SSLServerCert=*</c> accepts any server certificate (Warning).</summary>
    public const int AnyServerCertificateAccepted = 30005;

    /// <summary>A server certificate was accepted without checks because of <c>SSLServerCert=*</c> (Debug).</summary>
    public const int ServerCertificateAcceptedUnchecked = 30006;

    /// <summary>The server presented no certificate to match <c>SSLServerCert</c> (Error).</summary>
    public const int ServerCertificateMissing = 30007;

    /// <summary>The server certificate is the pinned one, or chains to it (Debug).</summary>
    public const int ServerCertificatePinned = 30008;

    /// <summary>The server certificate is not the one <c>SSLServerCert</c> pins (Error).</summary>
    public const int ServerCertificateNotPinned = 30009;

    /// <summary>A request is retried after a network failure (Debug).</summary>
    public const int RetryAfterFailure = 30010;

    /// <summary>A request is retried after a throttling or server error status (Debug).</summary>
    public const int RetryAfterStatus = 30011;

    /// <summary>A request waits for one of the <c>MaxConcurrency</c> slots (Debug).</summary>
    public const int WaitingForConcurrencySlot = 30012;

    /// <summary>A call to the token endpoint starts (Debug).</summary>
    public const int TokenEndpointCalled = 30100;

    /// <summary>An access token was obtained (Debug).</summary>
    public const int AccessTokenObtained = 30101;

    /// <summary>The token endpoint refused a grant (Warning).</summary>
    public const int TokenEndpointRefused = 30102;

    /// <summary>A refresh token was revoked (Debug).</summary>
    public const int RefreshTokenRevoked = 30103;

    /// <summary>Revoking a refresh token failed and the local tokens were forgotten as asked (Warning).</summary>
    public const int RevokeFailedTokensForgotten = 30104;

    /// <summary>The token response names another API domain and the <c>ApiDomain</c> setting wins (Debug).</summary>
    public const int ApiDomainSettingKept = 30105;

    /// <summary>The token response names another API domain than <c>Domain</c> implies, and it is followed (Warning).</summary>
    public const int ApiDomainFollowed = 30106;

    /// <summary>The browser was opened at the sign-in page (Debug).</summary>
    public const int SignInPageOpened = 30107;

    /// <summary>A redirect whose state does not match this sign-in was ignored (Warning).</summary>
    public const int SignInStateMismatch = 30108;

    /// <summary>The user signed in on another data centre than the connection's (Warning).</summary>
    public const int SignInOnOtherDataCentre = 30109;

    /// <summary>A request was answered with a success status (Debug).</summary>
    public const int RequestSucceeded = 30200;

    /// <summary>A request was answered with an error status (Error).</summary>
    public const int RequestRefused = 30201;

    /// <summary>A request failed without an answer (Error).</summary>
    public const int RequestFailed = 30202;

    /// <summary>A request was cancelled (Debug).</summary>
    public const int RequestCancelled = 30203;

    /// <summary>A request's body (Trace; truncated below <c>Verbosity</c> 5).</summary>
    public const int RequestBody = 30204;

    /// <summary>A response's body (Trace; truncated below <c>Verbosity</c> 5).</summary>
    public const int ResponseBody = 30205;

    /// <summary>A request's headers (Trace, category <see cref="ZohoCrmLog.HttpHeadersCategory"/>).</summary>
    public const int RequestHeaders = 30206;

    /// <summary>A response's headers (Trace, category <see cref="ZohoCrmLog.HttpHeadersCategory"/>).</summary>
    public const int ResponseHeaders = 30207;

    /// <summary>A query finished: module, steps, calls, rows and time, never a value of the query (Information).</summary>
    public const int QueryCompleted = 30400;

    /// <summary>A query failed: the same counts and the error's type (Error).</summary>
    public const int QueryFailed = 30401;

    /// <summary>A query's plan, with the values it sends to Zoho (Debug).</summary>
    public const int QueryPlanned = 30402;

    /// <summary>The <c>MetadataCacheLocation</c> file could not be used (unreadable, or written for another org) and is rewritten with live metadata (Warning).</summary>
    public const int MetadataCacheFileIgnored = 30403;
}

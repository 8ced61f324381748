using System.Net;
using System.Net.Sockets;
using System.Text;
using ZohoCrm.Data.Properties;
using ZohoCrm.Data.Logging;
using ZohoCrm.Data.Logging.Internal;

namespace ZohoCrm.Data.Http.Internal;

/// <summary>Builds the <see cref="SocketsHttpHandler"/> at the bottom of the pipeline: proxy, firewall and TLS settings.</summary>
internal static class ZohoCrmPrimaryHandler
{
    private const int DefaultProxyPort = 80;
    private const int DefaultSocksPort = 1080;

    public static SocketsHttpHandler Create(ZohoCrmHttpOptions options, ZohoCrmLog log)
    {
        options.Validate();
        var handler = new SocketsHttpHandler
        {
            // One handler lives as long as its data source; recycling pooled connections picks up DNS changes.
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AutomaticDecompression = DecompressionMethods.All,
            UseCookies = false,
            UseProxy = false,
        };

        ConfigureProxy(handler, options, log);

        if (!string.IsNullOrWhiteSpace(options.SslServerCert))
        {
            var validator = ZohoCrmServerCertificateValidator.Create(options.SslServerCert, log);
            if (options.AcceptsAnyServerCertificate)
            {
                log.Connection.AnyServerCertificateAccepted();
            }

            handler.SslOptions.RemoteCertificateValidationCallback = validator.Validate;
        }

        return handler;
    }

    // An explicit proxy or firewall wins over the system proxy; ProxyAutoDetect=False leaves none.
    private static void ConfigureProxy(SocketsHttpHandler handler, ZohoCrmHttpOptions options, ZohoCrmLog log)
    {
        if (!string.IsNullOrWhiteSpace(options.ProxyServer))
        {
            var proxyUri = ServerUri("http", options.ProxyServer, options.ProxyPort ?? DefaultProxyPort);
            handler.UseProxy = true;
            handler.Proxy = new WebProxy(proxyUri) { BypassProxyOnLocal = false, Credentials = ProxyCredentials(options, proxyUri) };
            log.Connection.ProxyConfigured(proxyUri, options.ProxyAuthScheme, options.ProxyUser ?? "(none)");
            return;
        }

        if (options.FirewallType == ZohoCrmFirewallType.None)
        {
            if (options.ProxyAutoDetect)
            {
                handler.UseProxy = true;
                handler.Proxy = new ZohoCrmSystemProxy(HttpClient.DefaultProxy);
                if (ProxyCredentials(options) is { } credentials)
                {
                    handler.DefaultProxyCredentials = credentials;
                }

                log.Connection.SystemProxyConfigured();
            }

            return;
        }

        switch (options.FirewallType)
        {
            case ZohoCrmFirewallType.Socks4:
            case ZohoCrmFirewallType.Socks5:
                // SocketsHttpHandler speaks SOCKS itself: socks4 sends the user name as user id, socks5 does
                // username/password authentication when credentials are given.
                var scheme = options.FirewallType == ZohoCrmFirewallType.Socks4 ? "socks4" : "socks5";
                var socksUri = ServerUri(scheme, options.FirewallServer!, options.FirewallPort ?? DefaultSocksPort);
                handler.UseProxy = true;
                handler.Proxy = new WebProxy(socksUri)
                {
                    BypassProxyOnLocal = false,
                    Credentials = string.IsNullOrEmpty(options.FirewallUser) ? null : new NetworkCredential(options.FirewallUser, options.FirewallPassword ?? ""),
                };
                log.Connection.SocksFirewallConfigured(scheme, socksUri, options.FirewallUser ?? "(none)");
                break;
            case ZohoCrmFirewallType.Tunnel:
                var host = options.FirewallServer!.Trim();
                var port = options.FirewallPort ?? DefaultProxyPort;
                var authorization = string.IsNullOrEmpty(options.FirewallUser)
                    ? null
                    : Convert.ToBase64String(Encoding.UTF8.GetBytes(options.FirewallUser + ":" + options.FirewallPassword));
                handler.ConnectCallback = (context, cancellationToken) => ConnectThroughTunnelAsync(host, port, authorization, context.DnsEndPoint, log, cancellationToken);
                log.Connection.TunnelConfigured(host, port, options.FirewallUser ?? "(none)");
                break;
        }
    }

    private static ICredentials? ProxyCredentials(ZohoCrmHttpOptions options, Uri? proxyUri = null)
    {
        var scheme = options.ProxyAuthScheme switch
        {
            ZohoCrmProxyAuthScheme.Basic => "Basic",
            ZohoCrmProxyAuthScheme.Digest => "Digest",
            ZohoCrmProxyAuthScheme.Ntlm => "NTLM",
            ZohoCrmProxyAuthScheme.Negotiate => "Negotiate",
            _ => null,
        };
        if (scheme is null)
        {
            return null;
        }

        if (string.IsNullOrEmpty(options.ProxyUser))
        {
            // Integrated schemes can use the signed-in account; Basic and Digest need a user.
            return scheme is "NTLM" or "Negotiate" ? CredentialCache.DefaultNetworkCredentials : null;
        }

        var credential = new NetworkCredential(options.ProxyUser, options.ProxyPassword ?? "");
        if (proxyUri is null)
        {
            return credential;
        }

        // A cache keyed by scheme keeps the handler from answering a challenge with a scheme the user did not choose.
        return new CredentialCache { { proxyUri, scheme, credential } };
    }

    private static Uri ServerUri(string scheme, string server, int port)
    {
        server = server.Trim();
        if (server.Contains("://", StringComparison.Ordinal))
        {
            server = new Uri(server).Host;
        }

        return new UriBuilder(scheme, server, port).Uri;
    }

    /// <summary>Opens a TCP connection to the firewall and asks it, with <c>CONNECT</c>, for a tunnel to the target.</summary>
    private static async ValueTask<Stream> ConnectThroughTunnelAsync(string firewallHost, int firewallPort, string? basicAuthorization,
        DnsEndPoint target, ZohoCrmLog log, CancellationToken cancellationToken)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(firewallHost, firewallPort, cancellationToken).ConfigureAwait(false);
            var stream = new NetworkStream(socket, ownsSocket: true);
            var authority = (target.Host.Contains(':', StringComparison.Ordinal) ? "[" + target.Host + "]" : target.Host) + ":" + target.Port;
            var request = new StringBuilder()
                .Append("CONNECT ").Append(authority).Append(" HTTP/1.1\r\n")
                .Append("Host: ").Append(authority).Append("\r\n");
            if (basicAuthorization is not null)
            {
                request.Append("Proxy-Authorization: Basic ").Append(basicAuthorization).Append("\r\n");
            }

            request.Append("\r\n");
            await stream.WriteAsync(Encoding.ASCII.GetBytes(request.ToString()), cancellationToken).ConfigureAwait(false);

            var statusLine = await ReadResponseHeadAsync(stream, cancellationToken).ConfigureAwait(false);
            var parts = statusLine.Split(' ', 3);
            var status = parts.Length >= 2 && int.TryParse(parts[1], out var code) ? code : 0;
            if (status is >= 200 and < 300)
            {
                log.Connection.TunnelOpened(authority, firewallHost, firewallPort);
                return stream;
            }

            await stream.DisposeAsync().ConfigureAwait(false);
            var message = status is 401 or 407
                ? ZohoCrmStrings.FirewallAuthenticationRequired(firewallHost, firewallPort, status)
                : ZohoCrmStrings.FirewallRefusedTunnel(firewallHost, firewallPort, authority, statusLine);
            throw new HttpRequestException(HttpRequestError.ProxyTunnelError, message, statusCode: status == 0 ? null : (HttpStatusCode)status);
        }
        catch (SocketException e)
        {
            socket.Dispose();
            throw new HttpRequestException(HttpRequestError.ConnectionError, ZohoCrmStrings.FirewallUnreachable(firewallHost, firewallPort, e.Message), e);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    // Reads up to the blank line ending the proxy's answer, one byte at a time so nothing of the tunnelled stream is consumed.
    private static async Task<string> ReadResponseHeadAsync(Stream stream, CancellationToken cancellationToken)
    {
        var head = new List<byte>(256);
        var one = new byte[1];
        while (head.Count < 16 * 1024)
        {
            if (await stream.ReadAsync(one, cancellationToken).ConfigureAwait(false) == 0)
            {
                break;
            }

            head.Add(one[0]);
            if (head.Count >= 4 && head[^1] == '\n' && head[^2] == '\r' && head[^3] == '\n' && head[^4] == '\r')
            {
                break;
            }
        }

        var text = Encoding.ASCII.GetString(head.ToArray());
        var end = text.IndexOf("\r\n", StringComparison.Ordinal);
        return end < 0 ? text : text[..end];
    }
}

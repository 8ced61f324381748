using System.Net;
using ZohoCrm.Data.Http;

namespace ZohoCrm.Data.Tests.Http;

/// <summary>Requests through real proxies (tinyproxy, microsocks) started on 127.0.0.1 by the tests.</summary>
[NonParallelizable]
public class ProxyTests
{
    private static HttpClient Client(ZohoCrmHttpOptions options) =>
        ZohoCrmHttpPipeline.CreateHttpClient(options with { MaxAttempts = 1, Timeout = TimeSpan.FromSeconds(20) }, null, loggerFactory: null);

    [Test]
    public async Task Http_proxy_with_basic_auth_carries_the_request()
    {
        using var temp = new TempDirectory();
        using var proxy = ProxyProcess.StartTinyproxy(temp.Path, "alice", "wonder");
        using var target = new TargetServer();
        using var client = Client(new ZohoCrmHttpOptions { ProxyServer = "127.0.0.1", ProxyPort = proxy.Port, ProxyUser = "alice", ProxyPassword = "wonder", ProxyAuthScheme = ZohoCrmProxyAuthScheme.Basic });

        using var response = await client.GetAsync(target.Uri);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(target.Requests.Single()["Via"], Does.Contain("tinyproxy"), "the target must have been reached through the proxy");
    }

    [Test]
    public async Task Http_proxy_with_a_wrong_password_does_not_reach_the_target()
    {
        using var temp = new TempDirectory();
        using var proxy = ProxyProcess.StartTinyproxy(temp.Path, "alice", "wonder");
        using var target = new TargetServer();
        using var client = Client(new ZohoCrmHttpOptions { ProxyServer = "127.0.0.1", ProxyPort = proxy.Port, ProxyUser = "alice", ProxyPassword = "wrong" });

        using var response = await client.GetAsync(target.Uri);

        Assert.That(response.StatusCode, Is.AnyOf(HttpStatusCode.ProxyAuthenticationRequired, HttpStatusCode.Unauthorized));
        Assert.That(target.Requests, Is.Empty);
    }

    [Test]
    public async Task Firewall_tunnel_opens_a_CONNECT_tunnel_even_for_http()
    {
        using var temp = new TempDirectory();
        using var proxy = ProxyProcess.StartTinyproxy(temp.Path, "alice", "wonder");
        using var target = new TargetServer();
        using var client = Client(new ZohoCrmHttpOptions { FirewallType = ZohoCrmFirewallType.Tunnel, FirewallServer = "127.0.0.1", FirewallPort = proxy.Port, FirewallUser = "alice", FirewallPassword = "wonder" });

        using var response = await client.GetAsync(target.Uri);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await File.ReadAllTextAsync(Path.Combine(temp.Path, "tinyproxy.log")), Does.Contain($"CONNECT 127.0.0.1:{target.Port}"));
        Assert.That(target.Requests.Single()["Via"], Is.Null, "a tunnel passes the request through untouched");
    }

    [Test]
    public void Firewall_tunnel_with_wrong_credentials_names_the_settings()
    {
        using var temp = new TempDirectory();
        using var proxy = ProxyProcess.StartTinyproxy(temp.Path, "alice", "wonder");
        using var target = new TargetServer();
        using var client = Client(new ZohoCrmHttpOptions { FirewallType = ZohoCrmFirewallType.Tunnel, FirewallServer = "127.0.0.1", FirewallPort = proxy.Port, FirewallUser = "alice", FirewallPassword = "nope" });

        var e = Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(target.Uri));

        // SocketsHttpHandler wraps what the connect callback throws as a connection error.
        var tunnelError = e!.InnerException as HttpRequestException;
        Assert.That(tunnelError?.HttpRequestError, Is.EqualTo(HttpRequestError.ProxyTunnelError));
        Assert.That(tunnelError!.Message, Does.Contain("FirewallUser").And.Contain("FirewallPassword"));
        Assert.That(target.Requests, Is.Empty);
    }

    [Test]
    public async Task Socks5_firewall_with_user_and_password_carries_the_request()
    {
        using var proxy = ProxyProcess.StartMicrosocks("bob", "s0cks");
        using var target = new TargetServer();
        using var client = Client(new ZohoCrmHttpOptions { FirewallType = ZohoCrmFirewallType.Socks5, FirewallServer = "127.0.0.1", FirewallPort = proxy.Port, FirewallUser = "bob", FirewallPassword = "s0cks" });

        using var response = await client.GetAsync(target.Uri);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(() => proxy.Output, Does.Contain($"connected to 127.0.0.1:{target.Port}").After(5000, 50));
    }

    [Test]
    public void Socks5_firewall_with_a_wrong_password_fails()
    {
        using var proxy = ProxyProcess.StartMicrosocks("bob", "s0cks");
        using var target = new TargetServer();
        using var client = Client(new ZohoCrmHttpOptions { FirewallType = ZohoCrmFirewallType.Socks5, FirewallServer = "127.0.0.1", FirewallPort = proxy.Port, FirewallUser = "bob", FirewallPassword = "wrong" });

        Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(target.Uri));
        Assert.That(target.Requests, Is.Empty);
    }

    [Test]
    public void Proxy_and_firewall_together_are_rejected()
    {
        var e = Assert.Throws<ArgumentException>(() => new ZohoCrmHttpOptions { ProxyServer = "p", FirewallType = ZohoCrmFirewallType.Socks5, FirewallServer = "f" }.Validate());
        Assert.That(e!.Message, Does.Contain("FirewallType=SOCKS5").And.Contain("ProxyServer"));
    }

    [Test]
    public void A_firewall_type_without_a_server_is_rejected()
    {
        var e = Assert.Throws<ArgumentException>(() => new ZohoCrmHttpOptions { FirewallType = ZohoCrmFirewallType.Tunnel }.Validate());
        Assert.That(e!.Message, Does.Contain("FirewallServer"));
    }
}

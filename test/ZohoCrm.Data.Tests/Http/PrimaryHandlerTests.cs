using System.Net;
using ZohoCrm.Data.Http;
using ZohoCrm.Data.Http.Internal;
using ZohoCrm.Data.Logging;

namespace ZohoCrm.Data.Tests.Http;

/// <summary>How the options shape the network handler, for the cases no local proxy can play (system proxy, NTLM, SOCKS4).</summary>
public class PrimaryHandlerTests
{
    private static SocketsHttpHandler Create(ZohoCrmHttpOptions options) => ZohoCrmPrimaryHandler.Create(options, ZohoCrmLog.None);

    [Test]
    public void Without_proxy_settings_the_system_proxy_is_used_except_for_loopback_addresses()
    {
        using var handler = Create(new ZohoCrmHttpOptions());

        Assert.That(handler.UseProxy, Is.True);
        Assert.That(handler.Proxy, Is.TypeOf<ZohoCrmSystemProxy>());
        Assert.That(handler.Proxy!.IsBypassed(new Uri("http://127.0.0.1:5000/crm/v8/org")), Is.True);
        Assert.That(handler.Proxy.IsBypassed(new Uri("http://localhost:5000/crm/v8/org")), Is.True);
    }

    [Test]
    public void ProxyAutoDetect_False_uses_no_proxy_not_even_the_environments()
    {
        using var handler = Create(new ZohoCrmHttpOptions { ProxyAutoDetect = false });
        Assert.That(handler.UseProxy, Is.False);
    }

    [Test]
    public void ProxyAutoDetect_uses_the_system_proxy_with_the_given_credentials()
    {
        using var handler = Create(new ZohoCrmHttpOptions { ProxyAutoDetect = true, ProxyUser = "me", ProxyPassword = "pw" });

        Assert.That(handler.UseProxy, Is.True);
        Assert.That(handler.Proxy, Is.TypeOf<ZohoCrmSystemProxy>());
        Assert.That(handler.DefaultProxyCredentials?.GetCredential(new Uri("http://proxy"), "Basic")?.UserName, Is.EqualTo("me"));
    }

    [Test]
    public void An_explicit_proxy_server_wins_over_the_system_proxy()
    {
        using var handler = Create(new ZohoCrmHttpOptions { ProxyAutoDetect = true, ProxyServer = "proxy.example", ProxyPort = 3128 });
        Assert.That(handler.Proxy!.GetProxy(new Uri("https://www.zohoapis.com/crm/v8/org")), Is.EqualTo(new Uri("http://proxy.example:3128/")));
    }

    [TestCase(ZohoCrmProxyAuthScheme.Ntlm, "NTLM")]
    [TestCase(ZohoCrmProxyAuthScheme.Negotiate, "Negotiate")]
    [TestCase(ZohoCrmProxyAuthScheme.Digest, "Digest")]
    [TestCase(ZohoCrmProxyAuthScheme.Basic, "Basic")]
    public void The_proxy_credentials_answer_only_the_chosen_scheme(ZohoCrmProxyAuthScheme scheme, string wireName)
    {
        using var handler = Create(new ZohoCrmHttpOptions { ProxyServer = "proxy.example", ProxyPort = 3128, ProxyAuthScheme = scheme, ProxyUser = @"CORP\me", ProxyPassword = "pw" });
        var proxyUri = new Uri("http://proxy.example:3128/");

        Assert.That(handler.Proxy!.GetProxy(new Uri("https://www.zohoapis.com/crm/v8/org")), Is.EqualTo(proxyUri));
        Assert.That(handler.Proxy.Credentials!.GetCredential(proxyUri, wireName)?.UserName, Is.EqualTo(@"CORP\me"));
        var otherScheme = wireName == "Basic" ? "NTLM" : "Basic";
        Assert.That(handler.Proxy.Credentials.GetCredential(proxyUri, otherScheme), Is.Null);
    }

    [Test]
    public void Integrated_schemes_without_a_user_use_the_signed_in_account()
    {
        using var handler = Create(new ZohoCrmHttpOptions { ProxyServer = "proxy.example", ProxyAuthScheme = ZohoCrmProxyAuthScheme.Negotiate });
        Assert.That(handler.Proxy!.Credentials, Is.SameAs(CredentialCache.DefaultNetworkCredentials));
    }

    [Test]
    public void Scheme_None_sends_no_proxy_credentials()
    {
        using var handler = Create(new ZohoCrmHttpOptions { ProxyServer = "proxy.example", ProxyAuthScheme = ZohoCrmProxyAuthScheme.None, ProxyUser = "me", ProxyPassword = "pw" });
        Assert.That(handler.Proxy!.Credentials, Is.Null);
    }

    [Test]
    public void Socks4_firewall_goes_through_a_socks4_proxy_uri_with_the_user_id()
    {
        using var handler = Create(new ZohoCrmHttpOptions { FirewallType = ZohoCrmFirewallType.Socks4, FirewallServer = "fw.example", FirewallUser = "me" });

        Assert.That(handler.Proxy!.GetProxy(new Uri("https://www.zohoapis.com/")), Is.EqualTo(new Uri("socks4://fw.example:1080/")));
        Assert.That(handler.Proxy.Credentials!.GetCredential(new Uri("socks4://fw.example:1080/"), "")?.UserName, Is.EqualTo("me"));
    }

    [Test]
    public void A_proxy_server_given_as_a_url_keeps_only_its_host()
    {
        using var handler = Create(new ZohoCrmHttpOptions { ProxyServer = "http://proxy.example", ProxyPort = 8080 });
        Assert.That(handler.Proxy!.GetProxy(new Uri("https://www.zohoapis.com/")), Is.EqualTo(new Uri("http://proxy.example:8080/")));
    }

    [Test]
    public void Credentials_written_into_the_proxy_host_are_refused_rather_than_dropped()
    {
        var e = Assert.Throws<ArgumentException>(() => new ZohoCrmHttpOptions { ProxyServer = "http://me:secret@proxy.example" }.Validate());

        Assert.That(e!.Message, Does.Contain("ProxyServer").And.Contain("ProxyUser").And.Not.Contain("secret"));
    }

    [Test]
    public void A_tunnel_connects_itself_instead_of_using_a_proxy()
    {
        using var handler = Create(new ZohoCrmHttpOptions { FirewallType = ZohoCrmFirewallType.Tunnel, FirewallServer = "fw.example" });

        Assert.That(handler.UseProxy, Is.False);
        Assert.That(handler.ConnectCallback, Is.Not.Null);
    }
}

using System.Data.Common;

namespace ZohoCrm.Data.Tests.ConnectionString;

public class ZohoCrmConnectionStringBuilderTests
{
    [Test]
    public void Keys_are_case_insensitive_and_typed()
    {
        var builder = new ZohoCrmConnectionStringBuilder(
            "initiateoauth=getandrefresh;OAUTHCLIENTID=1000.ABC;domain=EU;environment=Sandbox;timeout=0;verbosity=3;usEserversidefiltering=false;proxyauthscheme=ntlm;firewalltype=socks5;firewallport=1080;readahead=5");

        Assert.Multiple(() =>
        {
            Assert.That(builder.InitiateOAuth, Is.EqualTo(ZohoCrmInitiateOAuth.GetAndRefresh));
            Assert.That(builder.OAuthClientId, Is.EqualTo("1000.ABC"));
            Assert.That(builder.Domain, Is.EqualTo("eu"));
            Assert.That(builder.Environment, Is.EqualTo(ZohoCrmEnvironment.Sandbox));
            Assert.That(builder.Timeout, Is.Zero);
            Assert.That(builder.Verbosity, Is.EqualTo(3));
            Assert.That(builder.UseServerSideFiltering, Is.False);
            Assert.That(builder.ProxyAuthScheme, Is.EqualTo(ZohoCrmProxyAuthScheme.Ntlm));
            Assert.That(builder.FirewallType, Is.EqualTo(ZohoCrmFirewallType.Socks5));
            Assert.That(builder.FirewallPort, Is.EqualTo(1080));
            Assert.That(builder.ReadAhead, Is.EqualTo(5));
        });
    }

    [Test]
    public void Unset_keys_have_documented_defaults()
    {
        var builder = new ZohoCrmConnectionStringBuilder();

        Assert.Multiple(() =>
        {
            Assert.That(builder.InitiateOAuth, Is.EqualTo(ZohoCrmInitiateOAuth.Refresh));
            Assert.That(builder.CallbackUrl, Is.EqualTo("http://localhost:33333"));
            Assert.That(builder.Domain, Is.EqualTo("com"));
            Assert.That(builder.Environment, Is.EqualTo(ZohoCrmEnvironment.Production));
            Assert.That(builder.UseServerSideFiltering, Is.True);
            Assert.That(builder.ProxyAutoDetect, Is.True);
            Assert.That(builder.ClientSideFilterLimit, Is.Zero);
            Assert.That(builder.ReadAhead, Is.EqualTo(1));
            Assert.That(builder.Verbosity, Is.EqualTo(1));
            Assert.That(builder.Scope, Does.Contain("ZohoCRM.coql.READ"));
            Assert.That(builder.ConnectionString, Is.Empty);
        });
    }

    [Test]
    public void Typed_setters_write_canonical_values()
    {
        var builder = new ZohoCrmConnectionStringBuilder
        {
            InitiateOAuth = ZohoCrmInitiateOAuth.Off,
            Environment = ZohoCrmEnvironment.Developer,
            FirewallType = ZohoCrmFirewallType.Tunnel,
            UseServerSideFiltering = false,
            MaxConcurrency = 5,
        };

        Assert.That(builder.ConnectionString,
            Is.EqualTo("InitiateOAuth=OFF;Environment=developer;FirewallType=TUNNEL;UseServerSideFiltering=False;MaxConcurrency=5"));
    }

    [TestCase("OAuthClientSecrett", "OAuthClientSecret")]
    [TestCase("Verbose", "Verbosity")]
    [TestCase("ProxyHost", "ProxyPort")]
    [TestCase("ClientId", "OAuthClientId")]
    [TestCase("OAuthClientIdd", "OAuthClientId")]
    public void An_unknown_key_names_itself_as_written_and_the_closest_known_key(string unknown, string closest)
    {
        var error = Assert.Throws<ArgumentException>(() => _ = new ZohoCrmConnectionStringBuilder($"Timeout=5; {unknown} = 'a;b=c'"));

        Assert.That(error!.Message, Does.Contain($"'{unknown}'").And.Contain($"'{closest}'"));
    }

    [Test]
    public void An_unknown_key_is_named_as_written_wherever_the_connection_string_is_set()
    {
        var builder = new ZohoCrmConnectionStringBuilder("Timeout=5");
        var fromProperty = Assert.Throws<ArgumentException>(() => builder.ConnectionString = "InitiateOAuth=OFF;OAuthClientIdd=x");
        var fromIndexer = Assert.Throws<ArgumentException>(() => builder["OAuthClientIdd"] = "x");
        using var connection = new ZohoCrmConnection("InitiateOAuth=OFF;OAuthAccessToken=t;OAuthClientIdd=x");
        var fromConnection = Assert.Throws<ArgumentException>(connection.Open);

        Assert.Multiple(() =>
        {
            Assert.That(fromProperty!.Message, Does.Contain("'OAuthClientIdd'"));
            Assert.That(fromIndexer!.Message, Does.Contain("'OAuthClientIdd'"));
            Assert.That(fromConnection!.Message, Does.Contain("'OAuthClientIdd'"));
            Assert.That(builder.ConnectionString, Is.EqualTo("Timeout=5"), "a refused connection string leaves the builder as it was");
        });
    }

    [Test]
    public void An_unknown_key_is_named_through_the_plain_DbConnectionStringBuilder_API()
    {
        // Generic ADO.NET code holds the factory's builder as a DbConnectionStringBuilder. Add and the indexer pass the key
        // as written. The base class's ConnectionString setter is not virtual and its parser lower-cases every key before
        // any provider code runs, so there the key can only be named case-insensitively (with the closest known key).
        DbConnectionStringBuilder fromFactory = ZohoCrmFactory.Instance.CreateConnectionStringBuilder();
        DbConnectionStringBuilder typed = new ZohoCrmConnectionStringBuilder("Timeout=5");
        var fromFactoryProperty = Assert.Throws<ArgumentException>(() => fromFactory.ConnectionString = "InitiateOAuth=OFF;OAuthClientIdd=x");
        var fromBaseProperty = Assert.Throws<ArgumentException>(() => typed.ConnectionString = "InitiateOAuth=OFF; OAuthClientIdd = x");
        var fromAdd = Assert.Throws<ArgumentException>(() => typed.Add("OAuthClientIdd", "x"));
        var fromIndexer = Assert.Throws<ArgumentException>(() => typed["OAuthClientIdd"] = "x");

        Assert.Multiple(() =>
        {
            Assert.That(fromFactoryProperty!.Message, Does.Contain("'OAuthClientIdd'").IgnoreCase.And.Contain("'OAuthClientId'"));
            Assert.That(fromBaseProperty!.Message, Does.Contain("'OAuthClientIdd'").IgnoreCase.And.Contain("'OAuthClientId'"));
            Assert.That(fromAdd!.Message, Does.Contain("'OAuthClientIdd'"));
            Assert.That(fromIndexer!.Message, Does.Contain("'OAuthClientIdd'"));
            Assert.That(typed.ConnectionString, Is.EqualTo("Timeout=5"), "a refused connection string leaves the builder as it was");
        });
    }

    [TestCase("InitiateOAuth=ALWAYS", "InitiateOAuth", "OFF, GETANDREFRESH, REFRESH")]
    [TestCase("Domain=us", "Domain", "com, eu, in, com.au, jp, com.cn, ca, sa")]
    [TestCase("Environment=staging", "Environment", "production, sandbox, developer")]
    [TestCase("ProxyAuthScheme=KERBEROS", "ProxyAuthScheme", "BASIC, DIGEST, NTLM, NEGOTIATE, NONE")]
    [TestCase("FirewallType=SOCKS6", "FirewallType", "NONE, TUNNEL, SOCKS4, SOCKS5")]
    [TestCase("Verbosity=9", "Verbosity", "from 1 to 5")]
    [TestCase("ReadAhead=26", "ReadAhead", "from 1 to 25")]
    [TestCase("ReadAhead=0", "ReadAhead", "from 1 to 25")]
    [TestCase("Timeout=soon", "Timeout", "0 = no timeout")]
    [TestCase("UseServerSideFiltering=maybe", "UseServerSideFiltering", "True or False")]
    [TestCase("CallbackURL=localhost:33333", "CallbackURL", "absolute http:// or https:// URL")]
    public void A_bad_value_names_the_key_and_the_allowed_values(string connectionString, string key, string allowed)
    {
        var error = Assert.Throws<ArgumentException>(() => _ = new ZohoCrmConnectionStringBuilder(connectionString));

        Assert.That(error!.Message, Does.Contain($"'{key}'").And.Contain(allowed));
    }

    [Test]
    public void Redacted_form_hides_every_secret_and_keeps_the_rest()
    {
        var builder = new ZohoCrmConnectionStringBuilder(
            "OAuthClientId=client-1;OAuthClientSecret=cs-SECRET;OAuthAccessToken=at-SECRET;OAuthRefreshToken=rt-SECRET;"
            + "OAuthVerifier=code-SECRET;ProxyPassword=pp-SECRET;FirewallPassword=fp-SECRET;ProxyUser=alice");

        var redacted = builder.ToRedactedString();

        Assert.Multiple(() =>
        {
            Assert.That(redacted, Does.Not.Contain("SECRET"));
            Assert.That(builder.ToString(), Does.Not.Contain("SECRET"));
            Assert.That(builder.ToSettings().ToString(), Does.Not.Contain("SECRET"));
            Assert.That(redacted, Does.Contain("OAuthClientId=client-1").And.Contain("ProxyUser=alice").And.Contain("OAuthClientSecret=***"));
            Assert.That(builder.ConnectionString, Does.Contain("OAuthRefreshToken=rt-SECRET"), "the real connection string is kept for passing on");
        });
    }

    [Test]
    public void Setting_null_or_empty_removes_a_key_and_unknown_keys_are_not_contained()
    {
        var builder = new ZohoCrmConnectionStringBuilder("Scope=ZohoCRM.modules.ALL") { OAuthSettingsLocation = "/tmp/t.json" };
        builder["scope"] = null;
        builder.ConnectionString = builder.ConnectionString + ";OAuthAccessToken=;ProxyServer= ";

        Assert.Multiple(() =>
        {
            Assert.That(builder.ContainsKey("Scope"), Is.False);
            Assert.That(builder.ContainsKey("oauthsettingslocation"), Is.True);
            Assert.That(builder.ContainsKey("NoSuchKey"), Is.False);
            Assert.That(builder.ContainsKey("OAuthAccessToken"), Is.False, "an empty value is no value");
            Assert.That(builder.ProxyServer, Is.Null);
            Assert.That(builder.Remove("NoSuchKey"), Is.False);
        });
    }

    [Test]
    public void A_failed_parse_leaves_the_previous_connection_string()
    {
        var builder = new ZohoCrmConnectionStringBuilder("Domain=eu");

        Assert.Throws<ArgumentException>(() => builder.ConnectionString = "Domain=in;Verbosity=0");
        Assert.That(builder.Domain, Is.EqualTo("eu"));
    }
}

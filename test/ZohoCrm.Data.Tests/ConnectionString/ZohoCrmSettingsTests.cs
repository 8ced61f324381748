namespace ZohoCrm.Data.Tests.ConnectionString;

public class ZohoCrmSettingsTests
{
    private const string Client = "OAuthClientId=id;OAuthClientSecret=secret;";

    [TestCase(null, ZohoCrmEnvironment.Production, "https://accounts.zoho.com/", "https://www.zohoapis.com/")]
    [TestCase("eu", ZohoCrmEnvironment.Production, "https://accounts.zoho.eu/", "https://www.zohoapis.eu/")]
    [TestCase("com.au", ZohoCrmEnvironment.Sandbox, "https://accounts.zoho.com.au/", "https://sandbox.zohoapis.com.au/")]
    [TestCase("ca", ZohoCrmEnvironment.Developer, "https://accounts.zohocloud.ca/", "https://developer.zohoapis.ca/")]
    [TestCase("com.cn", ZohoCrmEnvironment.Production, "https://accounts.zoho.com.cn/", "https://www.zohoapis.com.cn/")]
    [TestCase("sa", ZohoCrmEnvironment.Sandbox, "https://accounts.zoho.sa/", "https://sandbox.zohoapis.sa/")]
    public void The_data_centre_table_gives_accounts_server_and_api_domain(string? domain, ZohoCrmEnvironment environment, string accounts, string api)
    {
        var builder = new ZohoCrmConnectionStringBuilder(Client) { Environment = environment };
        if (domain is not null)
        {
            builder.Domain = domain;
        }

        var settings = builder.ToSettings();

        Assert.Multiple(() =>
        {
            Assert.That(settings.AccountsServer.ToString(), Is.EqualTo(accounts));
            Assert.That(settings.ApiDomain.ToString(), Is.EqualTo(api));
            Assert.That(settings.AccountsServerIsOverridden, Is.False);
        });
    }

    [Test]
    public void Overrides_point_both_roles_at_one_server_and_key_tokens_by_it()
    {
        var settings = new ZohoCrmConnectionStringBuilder(Client + "AccountsServer=http://127.0.0.1:5123/;ApiDomain=http://127.0.0.1:5123").ToSettings();

        Assert.Multiple(() =>
        {
            Assert.That(settings.AccountsServer, Is.EqualTo(new Uri("http://127.0.0.1:5123")));
            Assert.That(settings.ApiDomain, Is.EqualTo(new Uri("http://127.0.0.1:5123")));
            Assert.That(settings.ApiDomainIsOverridden, Is.True);
            Assert.That(settings.TokenDataCenter, Is.EqualTo("http://127.0.0.1:5123"));
        });
    }

    [Test]
    public void Sandbox_tokens_are_keyed_apart_from_production_tokens()
    {
        var production = new ZohoCrmConnectionStringBuilder(Client + "Domain=eu").ToSettings();
        var sandbox = new ZohoCrmConnectionStringBuilder(Client + "Domain=eu;Environment=sandbox").ToSettings();

        Assert.That(production.TokenDataCenter, Is.EqualTo("eu"));
        Assert.That(sandbox.TokenDataCenter, Is.EqualTo("eu/sandbox"));
    }

    [Test]
    public void Timeout_zero_means_no_timeout() =>
        Assert.That(new ZohoCrmConnectionStringBuilder(Client + "Timeout=0").ToSettings().Timeout, Is.EqualTo(Timeout.InfiniteTimeSpan));

    [TestCase("123456", "ZohoCRM.123456")]
    [TestCase("ZohoCRM.123456", "ZohoCRM.123456")]
    public void Soid_is_accepted_with_or_without_its_prefix(string given, string expected) =>
        Assert.That(new ZohoCrmConnectionStringBuilder(Client + "OAuthSoid=" + given).ToSettings().OAuthSoid, Is.EqualTo(expected));

    [Test]
    public void Off_without_an_access_token_says_what_to_set()
    {
        var error = Assert.Throws<ArgumentException>(() => new ZohoCrmConnectionStringBuilder("InitiateOAuth=OFF").ToSettings());
        Assert.That(error!.Message, Does.Contain("OAuthAccessToken"));
    }

    [Test]
    public void Refresh_without_client_credentials_names_the_missing_key()
    {
        var error = Assert.Throws<ArgumentException>(() => new ZohoCrmConnectionStringBuilder("OAuthClientId=id;OAuthRefreshToken=r").ToSettings());
        Assert.That(error!.Message, Does.StartWith("OAuthClientSecret is not set"));
    }
}

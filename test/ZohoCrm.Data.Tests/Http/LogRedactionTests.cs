using ZohoCrm.Data.Logging.Internal;

namespace ZohoCrm.Data.Tests.Http;

public class LogRedactionTests
{
    [TestCase("access_token")]
    [TestCase("refresh_token")]
    [TestCase("client_secret")]
    [TestCase("code")]
    [TestCase("password")]
    [TestCase("OAuthAccessToken")]
    [TestCase("OAuthVerifier")]
    [TestCase("ProxyPassword")]
    public void Secret_names_are_recognised(string name) => Assert.That(LogRedaction.IsSensitiveName(name), Is.True);

    [TestCase("next_page_token")]
    [TestCase("page_token")]
    [TestCase("token_type")]
    [TestCase("client_id")]
    [TestCase("select_query")]
    [TestCase("api_domain")]
    public void Ordinary_names_are_kept(string name) => Assert.That(LogRedaction.IsSensitiveName(name), Is.False);

    [Test]
    public void Query_string_values_of_secrets_are_masked()
    {
        var redacted = LogRedaction.Redact(new Uri("https://accounts.zoho.com/oauth/v2/token?refresh_token=abc&client_id=xyz&client_secret=def&grant_type=refresh_token"));

        Assert.That(redacted, Is.EqualTo("https://accounts.zoho.com/oauth/v2/token?refresh_token=***&client_id=xyz&client_secret=***&grant_type=refresh_token"));
    }

    [Test]
    public void Json_values_of_secrets_are_masked_including_escaped_quotes_and_numbers()
    {
        var redacted = LogRedaction.Redact("""{"access_token":"a\"b","code":123456,"scope":"ZohoCRM.modules.ALL"}""");

        Assert.That(redacted, Is.EqualTo("""{"access_token":"***","code":"***","scope":"ZohoCRM.modules.ALL"}"""));
    }

    [Test]
    public void A_secret_cut_off_by_truncation_is_still_masked()
    {
        Assert.That(LogRedaction.Redact("""{"refresh_token":"1000.abcdef"""), Does.Not.Contain("abcdef"));
    }

    [Test]
    public void Credentials_after_an_auth_scheme_are_masked_anywhere()
    {
        Assert.That(LogRedaction.Redact("header was Zoho-oauthtoken 1000.x.y and Basic dXNlcjpwYXNz"),
            Is.EqualTo("header was Zoho-oauthtoken *** and Basic ***"));
    }

    [Test]
    public void Connection_string_passwords_are_masked()
    {
        Assert.That(LogRedaction.Redact("ProxyServer=p;ProxyPassword=hunter2;OAuthClientSecret=s3"), Is.EqualTo("ProxyServer=p;ProxyPassword=***;OAuthClientSecret=***"));
    }
}

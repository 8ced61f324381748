using RichardSzalay.MockHttp;
using ZohoCrm.Data.Tests.Support;

namespace ZohoCrm.Data.Tests.OAuth;

/// <summary>
/// The bearer token goes only to Zoho: a token response's <c>api_domain</c> is followed only when it is HTTPS on a
/// Zoho CRM API host of a known data centre, unless the user named the servers (<c>AccountsServer</c>, <c>ApiDomain</c>).
/// </summary>
public class ApiDomainTrustTests
{
    [TestCase("https://evil.example")]
    [TestCase("https://www.zohoapis.com.evil.example")]
    [TestCase("https://zohoapis.com")]
    [TestCase("http://www.zohoapis.com")]
    [TestCase("https://www.zohoapis.com:8443")]
    [TestCase("https://user@www.zohoapis.com")]
    [TestCase("https://www.zohoapis.com/elsewhere")]
    public void A_token_response_naming_a_host_that_is_not_a_Zoho_API_host_is_refused_and_nothing_is_sent_there(string hostile)
    {
        var mock = new MockHttpMessageHandler();
        mock.When(HttpMethod.Post, ZohoOAuthMock.TokenEndpoint)
            .Respond("application/json", ZohoOAuthMock.TokenJson("access-SECRET", apiDomain: hostile));
        var elsewhere = new List<Uri>();
        mock.Fallback.Respond(request =>
        {
            elsewhere.Add(request.RequestUri!);
            return new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new StringContent("{\"org\":[]}") };
        });
        using var dataSource = ZohoOAuthMock.Builder(ZohoOAuthMock.Client + "OAuthRefreshToken=refresh-SECRET", mock).Build();

        var e = Assert.ThrowsAsync<ZohoCrmAuthenticationException>(async () => await dataSource.GetOrgAsync());
        Assert.ThrowsAsync<ZohoCrmAuthenticationException>(async () =>
        {
            await using var connection = await dataSource.OpenConnectionAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT Last_Name FROM Leads WHERE Last_Name = 'x'";
            await command.ExecuteScalarAsync();
        });

        Assert.That(e!.Message, Does.Contain(new Uri(hostile).Host).And.Contain("ApiDomain").And.Contain("AccountsServer"));
        Assert.That(e.Message, Does.Not.Contain("access-SECRET"));
        Assert.That(elsewhere, Is.Empty, "no call may carry the token anywhere but Zoho");
    }

    [TestCase("https://www.zohoapis.eu")]
    [TestCase("https://sandbox.zohoapis.com.au")]
    [TestCase("https://developer.zohoapis.ca")]
    [TestCase("https://WWW.ZOHOAPIS.COM/")]
    public async Task A_Zoho_API_host_of_any_known_data_centre_is_followed(string apiDomain)
    {
        var mock = new MockHttpMessageHandler();
        mock.When(HttpMethod.Post, ZohoOAuthMock.TokenEndpoint)
            .Respond("application/json", ZohoOAuthMock.TokenJson("access-SECRET", apiDomain: apiDomain));
        using var dataSource = ZohoOAuthMock.Builder(ZohoOAuthMock.Client + "OAuthRefreshToken=refresh-SECRET", mock).Build();

        Assert.That(await dataSource.GetApiBaseUriAsync(), Is.EqualTo(new Uri(apiDomain)));
    }

    [TestCase("AccountsServer=https://accounts.proxy.example")]
    [TestCase("ApiDomain=https://crm.proxy.example")]
    public async Task A_server_the_user_named_is_trusted(string setting)
    {
        var mock = new MockHttpMessageHandler();
        mock.When(HttpMethod.Post, "*/oauth/v2/token")
            .Respond("application/json", ZohoOAuthMock.TokenJson("access-SECRET", apiDomain: "https://crm.proxy.example"));
        using var dataSource = ZohoOAuthMock.Builder(ZohoOAuthMock.Client + "OAuthRefreshToken=refresh-SECRET;" + setting, mock).Build();

        Assert.That((await dataSource.GetApiBaseUriAsync()).Host, Is.EqualTo("crm.proxy.example"));
    }
}

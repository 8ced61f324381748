using System.Net;
using RichardSzalay.MockHttp;
using ZohoCrm.Data.OAuth;

namespace ZohoCrm.Data.Tests.Support;

/// <summary>Shared pieces of the OAuth unit tests: a data source over MockHttp and Zoho's token responses.</summary>
internal static class ZohoOAuthMock
{
    public const string Accounts = "https://accounts.zoho.com";
    public const string TokenEndpoint = Accounts + "/oauth/v2/token";
    public const string Api = "https://www.zohoapis.com";
    public const string Client = "OAuthClientId=1000.CLIENT;OAuthClientSecret=client-SECRET;";

    public static readonly DateTimeOffset Start = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    public static string TokenJson(string accessToken, string? refreshToken = null, int expiresIn = 3600, string apiDomain = Api) =>
        "{\"access_token\":\"" + accessToken + "\"," + (refreshToken is null ? "" : "\"refresh_token\":\"" + refreshToken + "\",")
        + "\"scope\":\"ZohoCRM.modules.ALL\",\"api_domain\":\"" + apiDomain + "\",\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn + "}";

    public const string InvalidToken = "{\"code\":\"INVALID_TOKEN\",\"details\":{},\"message\":\"invalid oauth token\",\"status\":\"error\"}";

    public static MockedRequest RefreshReturns(this MockHttpMessageHandler mock, string accessToken, string? refreshToken = "refresh-SECRET") =>
        mock.When(HttpMethod.Post, TokenEndpoint)
            .WithFormData("grant_type", "refresh_token")
            .WithFormData("refresh_token", refreshToken ?? "")
            .WithFormData("client_id", "1000.CLIENT")
            .WithFormData("client_secret", "client-SECRET")
            .Respond("application/json", TokenJson(accessToken));

    public static MockedRequest ApiAccepts(this MockHttpMessageHandler mock, string accessToken, string path = "/crm/v8/org") =>
        mock.When(Api + path)
            .WithHeaders("Authorization", "Zoho-oauthtoken " + accessToken)
            .Respond("application/json", "{\"org\":[]}");

    public static MockedRequest ApiRejects(this MockHttpMessageHandler mock, string accessToken, string body = InvalidToken, string path = "/crm/v8/org") =>
        mock.When(Api + path)
            .WithHeaders("Authorization", "Zoho-oauthtoken " + accessToken)
            .Respond(HttpStatusCode.Unauthorized, "application/json", body);

    public static ZohoCrmDataSourceBuilder Builder(string connectionString, MockHttpMessageHandler mock, ManualTimeProvider? time = null,
        IZohoCrmTokenStore? store = null)
    {
        var builder = new ZohoCrmDataSourceBuilder(connectionString)
            .UseHttpMessageHandler(mock)
            .UseTimeProvider(time ?? new ManualTimeProvider(Start))
            .UseBrowserLauncher(new NoBrowser());
        return store is null ? builder : builder.UseTokenStore(store);
    }

    public static async Task<HttpResponseMessage> GetOrgAsync(this ZohoCrmDataSource dataSource, CancellationToken cancellationToken = default) =>
        await dataSource.HttpClient.GetAsync(new Uri(await dataSource.GetApiBaseUriAsync(cancellationToken), "/crm/v8/org"), cancellationToken);

    public static ZohoCrmTokenKey OwnKey(string dataCenter = "com") => new("1000.CLIENT", ZohoCrmTokenKey.DefaultUser, dataCenter);

    private sealed class NoBrowser : IZohoCrmBrowserLauncher
    {
        public bool TryOpen(Uri uri) => false;
    }
}

namespace ZohoCrm.Data;

/// <summary>
/// A Zoho data centre: the accounts (OAuth) server and the API domain of each environment. Refresh tokens belong to
/// one data centre and one environment, so both are part of a token's key.
/// </summary>
public sealed class ZohoCrmDataCenter
{
    private static readonly ZohoCrmDataCenter[] All =
    [
        new("com", "https://accounts.zoho.com", "zohoapis.com"),
        new("eu", "https://accounts.zoho.eu", "zohoapis.eu"),
        new("in", "https://accounts.zoho.in", "zohoapis.in"),
        new("com.au", "https://accounts.zoho.com.au", "zohoapis.com.au"),
        new("jp", "https://accounts.zoho.jp", "zohoapis.jp"),
        new("com.cn", "https://accounts.zoho.com.cn", "zohoapis.com.cn"),
        new("ca", "https://accounts.zohocloud.ca", "zohoapis.ca"),
        new("sa", "https://accounts.zoho.sa", "zohoapis.sa"),
    ];

    private readonly string _apiHost;

    private ZohoCrmDataCenter(string domain, string accountsServer, string apiHost)
    {
        Domain = domain;
        AccountsServer = new Uri(accountsServer);
        _apiHost = apiHost;
    }

    /// <summary>The <c>Domain</c> value that selects this data centre (<c>com</c>, <c>eu</c>, <c>com.au</c>, ...).</summary>
    public string Domain { get; }

    /// <summary>The accounts server that issues this data centre's tokens, e.g. <c>https://accounts.zoho.eu</c>.</summary>
    public Uri AccountsServer { get; }

    /// <summary>The <c>Domain</c> values Zoho CRM is served from.</summary>
    public static IReadOnlyList<string> Domains { get; } = All.Select(d => d.Domain).ToArray();

    /// <summary>The US data centre (<c>Domain=com</c>), used when <c>Domain</c> is not set.</summary>
    public static ZohoCrmDataCenter Default => All[0];

    /// <summary>The API domain of an environment, e.g. <c>https://sandbox.zohoapis.eu</c>.</summary>
    public Uri GetApiDomain(ZohoCrmEnvironment environment) => environment switch
    {
        ZohoCrmEnvironment.Sandbox => new Uri("https://sandbox." + _apiHost),
        ZohoCrmEnvironment.Developer => new Uri("https://developer." + _apiHost),
        _ => new Uri("https://www." + _apiHost),
    };

    /// <summary>Finds the data centre of a <c>Domain</c> value (case-insensitive, a leading dot allowed).</summary>
    public static bool TryFind(string? domain, out ZohoCrmDataCenter dataCenter)
    {
        var wanted = domain?.Trim().TrimStart('.');
        dataCenter = All.FirstOrDefault(d => string.Equals(d.Domain, wanted, StringComparison.OrdinalIgnoreCase))!;
        return dataCenter is not null;
    }

    /// <summary>Finds the data centre whose accounts server is <paramref name="accountsServer"/>, if it is one of Zoho's.</summary>
    public static ZohoCrmDataCenter? FindByAccountsServer(Uri accountsServer) =>
        All.FirstOrDefault(d => string.Equals(d.AccountsServer.Host, accountsServer.Host, StringComparison.OrdinalIgnoreCase)
                                && accountsServer.Scheme == Uri.UriSchemeHttps);

    /// <inheritdoc />
    public override string ToString() => Domain;
}

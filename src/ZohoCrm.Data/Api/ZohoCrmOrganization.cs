namespace ZohoCrm.Data.Api;

/// <summary>The CRM organization, from <c>GET /org</c>.</summary>
public sealed record ZohoCrmOrganization
{
    /// <summary>The org id.</summary>
    public required string Id { get; init; }

    /// <summary>Company name.</summary>
    public string? CompanyName { get; init; }

    /// <summary>The primary contact's email.</summary>
    public string? PrimaryEmail { get; init; }

    /// <summary>IANA time zone of the org.</summary>
    public string? TimeZone { get; init; }

    /// <summary>ISO 4217 code of the home currency.</summary>
    public string? CurrencyIsoCode { get; init; }

    /// <summary>Currency symbol of the home currency.</summary>
    public string? CurrencySymbol { get; init; }

    /// <summary>Whether multiple currencies are enabled (records then carry <c>Currency</c> and <c>Exchange_Rate</c>).</summary>
    public bool MultiCurrencyEnabled { get; init; }

    /// <summary>Country code.</summary>
    public string? CountryCode { get; init; }

    /// <summary>The edition (<c>enterprise</c>, <c>professional</c>...), which sets Zoho's concurrency and credit limits.</summary>
    public string? Edition { get; init; }
}

using System.Text.Json.Serialization;
using ZohoCrm.Emulator.Domain.Faults;

namespace ZohoCrm.Emulator.Domain;

/// <summary>
/// The knobs Zoho has in the wild, settable from the command line, <c>PUT /_emulator/settings</c> and tests.
/// JSON names are the admin endpoint's. Read them on each request: they may change while the emulator runs.
/// </summary>
public sealed class EmulatorSettings
{
    /// <summary>After a record changes, Search still matches its previous values for this long (Zoho: 3-4 minutes).</summary>
    [JsonPropertyName("searchLagSeconds")]
    public int SearchLagSeconds { get; set; } = 210;

    /// <summary>The same lag for COQL filters; off by default.</summary>
    [JsonPropertyName("coqlLagSeconds")]
    public int CoqlLagSeconds { get; set; }

    [JsonPropertyName("tokenLifetimeSeconds")]
    public int TokenLifetimeSeconds { get; set; } = 3600;

    /// <summary>Most columns a COQL SELECT may list (Zoho documents 50; v7 notes say 500).</summary>
    [JsonPropertyName("selectColumnCap")]
    public int SelectColumnCap { get; set; } = 50;

    /// <summary>free, standard, professional, enterprise or ultimate: sets the credit budget and concurrency limit.</summary>
    [JsonPropertyName("edition")]
    public string Edition { get; set; } = "enterprise";

    /// <summary>Strict mode (default): the UNCONFIRMED behaviours take Zoho's strictest reading, e.g. WHERE required in COQL.</summary>
    [JsonPropertyName("strict")]
    public bool Strict { get; set; } = true;

    /// <summary>The consent page approves at once and redirects, for tests that play the browser.</summary>
    [JsonPropertyName("autoApprove")]
    public bool AutoApprove { get; set; }

    /// <summary>Access tokens one refresh token may mint per 10 minutes before Zoho's throttle answers (Zoho: 10).</summary>
    [JsonPropertyName("tokenMintLimit")]
    public int TokenMintLimit { get; set; } = 10;

    /// <summary>Overrides the edition's rolling 24-hour credit budget; null uses the edition's (api.md §8).</summary>
    [JsonPropertyName("creditLimit")]
    public long? CreditLimit { get; set; }

    /// <summary>Overrides the edition's limit of simultaneous API calls; null uses the edition's.</summary>
    [JsonPropertyName("concurrencyLimit")]
    public int? ConcurrencyLimit { get; set; }

    /// <summary>Fault injection rules; the first rule that matches a call applies.</summary>
    [JsonPropertyName("faults")]
    public IReadOnlyList<FaultRule> Faults { get; set; } = [];

    /// <summary>
    /// The <c>api_domain</c> token responses name; null names the emulator's own base URL. Zoho names another domain when
    /// an org moves data centre; pointing it at another name of this emulator (<c>http://localhost:port</c>) plays that.
    /// </summary>
    [JsonPropertyName("apiDomain")]
    public string? ApiDomain { get; set; }

    /// <summary>Makes fault draws repeatable: the n-th call a rule matches always gets the same fault. Null draws at random.</summary>
    [JsonPropertyName("faultSeed")]
    public int? FaultSeed { get; set; }

    public EmulatorSettings Clone() => (EmulatorSettings)MemberwiseClone();

    /// <summary>Copies every knob from <paramref name="other"/>, so holders of this instance see the new values.</summary>
    public void CopyFrom(EmulatorSettings other)
    {
        SearchLagSeconds = other.SearchLagSeconds;
        CoqlLagSeconds = other.CoqlLagSeconds;
        TokenLifetimeSeconds = other.TokenLifetimeSeconds;
        SelectColumnCap = other.SelectColumnCap;
        Edition = other.Edition;
        Strict = other.Strict;
        AutoApprove = other.AutoApprove;
        TokenMintLimit = other.TokenMintLimit;
        CreditLimit = other.CreditLimit;
        ConcurrencyLimit = other.ConcurrencyLimit;
        Faults = other.Faults;
        FaultSeed = other.FaultSeed;
        ApiDomain = other.ApiDomain;
    }

    /// <summary>Names the first knob with an unusable value, or returns null.</summary>
    public string? Validate()
    {
        var problem =
            SearchLagSeconds < 0 ? $"'searchLagSeconds' must not be negative, but was {SearchLagSeconds}." :
            CoqlLagSeconds < 0 ? $"'coqlLagSeconds' must not be negative, but was {CoqlLagSeconds}." :
            TokenLifetimeSeconds <= 0 ? $"'tokenLifetimeSeconds' must be positive, but was {TokenLifetimeSeconds}." :
            SelectColumnCap <= 0 ? $"'selectColumnCap' must be positive, but was {SelectColumnCap}." :
            TokenMintLimit <= 0 ? $"'tokenMintLimit' must be positive, but was {TokenMintLimit}." :
            CreditLimit is < 0 ? $"'creditLimit' must not be negative, but was {CreditLimit}." :
            ConcurrencyLimit is <= 0 ? $"'concurrencyLimit' must be positive, but was {ConcurrencyLimit}." :
            ApiDomain is not null && !(Uri.TryCreate(ApiDomain, UriKind.Absolute, out var apiDomain) && apiDomain.Scheme is "http" or "https")
                ? $"'apiDomain' must be an absolute http or https URL, but was '{ApiDomain}'." :
            !Limits.EditionLimits.IsKnown(Edition) ? $"'edition' must be one of {string.Join(", ", Limits.EditionLimits.Names)}, but was '{Edition}'." :
            null;
        if (problem is not null)
        {
            return problem;
        }

        return (Faults ?? []).Select(f => f is null ? "A fault rule must be an object." : f.Validate()).FirstOrDefault(m => m is not null);
    }
}

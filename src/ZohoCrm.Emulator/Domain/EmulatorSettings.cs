using System.Text.Json.Serialization;

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

    public EmulatorSettings Clone() => (EmulatorSettings)MemberwiseClone();
}

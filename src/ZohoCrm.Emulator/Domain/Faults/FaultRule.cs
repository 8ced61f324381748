using System.Text.Json.Serialization;

namespace ZohoCrm.Emulator.Domain.Faults;

/// <summary>
/// Faults injected into the calls one rule matches: by path prefix (<c>/crm/v8/coql</c>, <c>/oauth/v2/token</c>),
/// optionally by method and by endpoint name. Per matching call at most one of error, drop, truncate or lost answer happens,
/// drawn with the given rates; the latency is added to every matching call.
/// </summary>
public sealed class FaultRule
{
    /// <summary>Path prefix the call must start with (case-insensitive, whole segments). Empty or null matches every API and token call.</summary>
    [JsonPropertyName("path")]
    public string? Path { get; set; }

    /// <summary>HTTP method to match; null matches all.</summary>
    [JsonPropertyName("method")]
    public string? Method { get; set; }

    /// <summary>Endpoint (route) name to match, as given with <c>WithName</c>; null matches all.</summary>
    [JsonPropertyName("endpoint")]
    public string? Endpoint { get; set; }

    /// <summary>Share of matching calls, 0 to 1, answered 500 INTERNAL_ERROR without running the endpoint.</summary>
    [JsonPropertyName("errorRate")]
    public double ErrorRate { get; set; }

    /// <summary>Share of matching calls whose connection is dropped before any response byte.</summary>
    [JsonPropertyName("dropRate")]
    public double DropRate { get; set; }

    /// <summary>Share of matching calls whose body is cut in half after a header that announced all of it.</summary>
    [JsonPropertyName("truncateRate")]
    public double TruncateRate { get; set; }

    /// <summary>
    /// Share of matching calls that run (a write is applied) and then lose their answer: the connection is dropped
    /// before any response byte, as when a network path fails after the request arrived.
    /// </summary>
    [JsonPropertyName("lostAnswerRate")]
    public double LostAnswerRate { get; set; }

    /// <summary>Milliseconds of real time added before each matching call runs.</summary>
    [JsonPropertyName("latencyMs")]
    public int LatencyMs { get; set; }

    /// <summary>Names what is wrong with the rule, or null when it is usable.</summary>
    public string? Validate()
    {
        foreach (var (name, rate) in new[] { ("errorRate", ErrorRate), ("dropRate", DropRate), ("truncateRate", TruncateRate), ("lostAnswerRate", LostAnswerRate) })
        {
            if (double.IsNaN(rate) || rate < 0 || rate > 1)
            {
                return $"Fault rule '{name}' must be between 0 and 1, but was {rate}.";
            }
        }

        if (ErrorRate + DropRate + TruncateRate + LostAnswerRate > 1)
        {
            return "Fault rule rates errorRate + dropRate + truncateRate + lostAnswerRate must add up to at most 1.";
        }

        if (LatencyMs < 0)
        {
            return $"Fault rule 'latencyMs' must not be negative, but was {LatencyMs}.";
        }

        return null;
    }
}

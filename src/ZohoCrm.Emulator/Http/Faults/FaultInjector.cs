using System.Runtime.CompilerServices;
using ZohoCrm.Emulator.Domain;
using ZohoCrm.Emulator.Domain.Faults;

namespace ZohoCrm.Emulator.Http.Faults;

/// <summary>What a fault rule does to one call.</summary>
public enum FaultKind
{
    None,
    Error,
    Drop,
    Truncate,
    LoseAnswer,
}

public readonly record struct FaultDecision(FaultKind Kind, TimeSpan Latency);

/// <summary>
/// Picks the fault for a call from the live <see cref="EmulatorSettings.Faults"/>. With a
/// <see cref="EmulatorSettings.FaultSeed"/> the draw depends only on the seed and on how many calls the rule has
/// matched before, so a test sees the same faults on every run.
/// </summary>
public sealed class FaultInjector
{
    private readonly EmulatorSettings _settings;
    private readonly ConditionalWeakTable<FaultRule, StrongBox<long>> _matchCounts = new();

    public FaultInjector(EmulatorSettings settings) => _settings = settings;

    public FaultDecision Decide(string method, string path, string? endpointName)
    {
        var rule = _settings.Faults.FirstOrDefault(r => Matches(r, method, path, endpointName));
        if (rule is null)
        {
            return default;
        }

        var n = Interlocked.Increment(ref _matchCounts.GetValue(rule, _ => new StrongBox<long>()).Value);
        var draw = _settings.FaultSeed is { } seed ? UnitInterval(seed, n) : Random.Shared.NextDouble();
        var kind = draw < rule.ErrorRate ? FaultKind.Error
            : draw < rule.ErrorRate + rule.DropRate ? FaultKind.Drop
            : draw < rule.ErrorRate + rule.DropRate + rule.TruncateRate ? FaultKind.Truncate
            : draw < rule.ErrorRate + rule.DropRate + rule.TruncateRate + rule.LostAnswerRate ? FaultKind.LoseAnswer
            : FaultKind.None;
        return new FaultDecision(kind, TimeSpan.FromMilliseconds(rule.LatencyMs));
    }

    private static bool Matches(FaultRule rule, string method, string path, string? endpointName)
    {
        if (rule.Method is not null && !rule.Method.Equals(method, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (rule.Endpoint is not null && !rule.Endpoint.Equals(endpointName, StringComparison.Ordinal))
        {
            return false;
        }

        if (string.IsNullOrEmpty(rule.Path))
        {
            return true;
        }

        var prefix = rule.Path.TrimEnd('/');
        return path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
            && (path.Length == prefix.Length || path[prefix.Length] == '/' || prefix.Length == 0);
    }

    /// <summary>SplitMix64 of (seed, n), mapped to [0, 1).</summary>
    private static double UnitInterval(int seed, long n)
    {
        var z = unchecked(((ulong)(uint)seed << 32) ^ (ulong)n) + 0x9E3779B97F4A7C15UL;
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        z ^= z >> 31;
        return (z >> 11) * (1.0 / (1UL << 53));
    }
}

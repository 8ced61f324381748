using QuickStart.Metering;

namespace QuickStart.Tour;

/// <summary>What one step of the tour sent and what it cost: its COQL, the calls it made, and the provider's query log lines.</summary>
public sealed record StepReport(string Title, IReadOnlyList<string> Coql, IReadOnlyList<MeteredCall> Calls, IReadOnlyList<string> QueryLogLines)
{
    public int ApiCalls => Calls.Count(c => c.IsApiCall);

    public int Credits => Calls.Sum(c => c.Credits);
}

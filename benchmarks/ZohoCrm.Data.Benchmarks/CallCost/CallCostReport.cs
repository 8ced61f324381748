using System.Globalization;
using System.Text;

namespace ZohoCrm.Data.Benchmarks.CallCost;

/// <summary>
/// <c>--cost-report</c>: runs every shape of <see cref="CallCostShapes"/> against in-process emulators and prints a
/// markdown table of the calls and credits made next to the minimum Zoho's rules allow.
/// </summary>
public static class CallCostReport
{
    /// <summary>Runs the report; returns 1 when a shape costs more than its minimum and the shape does not say why.</summary>
    public static async Task<int> RunAsync(TextWriter output, bool includeLarge)
    {
        var results = new List<CallCostResult>();
        var groups = CallCostShapes.All.Where(s => includeLarge || s.LeadCount == CallCostOrg.DefaultLeadCount).GroupBy(s => s.LeadCount);
        foreach (var group in groups)
        {
            await output.WriteLineAsync($"Starting the emulator with {group.Key:N0} Leads...").ConfigureAwait(false);
            await using var runner = await CallCostRunner.StartAsync(group.Key).ConfigureAwait(false);
            foreach (var shape in group)
                results.Add(await runner.RunAsync(shape).ConfigureAwait(false));
        }

        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteAsync(Table(results)).ConfigureAwait(false);
        var unexplained = results.Where(r => (r.Calls > r.Minimum.Calls || r.Credits > r.Minimum.Credits) && r.Shape.Excess is null).ToList();
        foreach (var result in unexplained)
        {
            await output.WriteLineAsync().ConfigureAwait(false);
            await output.WriteLineAsync($"'{result.Shape.Name}' costs more than its minimum; its plan:").ConfigureAwait(false);
            await output.WriteLineAsync(result.Plan).ConfigureAwait(false);
        }

        return unexplained.Count == 0 ? 0 : 1;
    }

    /// <summary>The markdown table of <paramref name="results"/>.</summary>
    public static string Table(IEnumerable<CallCostResult> results)
    {
        var text = new StringBuilder();
        text.AppendLine("| Shape | Rows | Calls (COQL/Search) | Minimum calls | Credits | Minimum credits | How the minimum follows from Zoho's rules |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---|");
        foreach (var r in results)
        {
            var why = r.Minimum.Derivation + (r.Shape.Excess is { } excess ? ". **Above the minimum:** " + excess : "");
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Shape.Name} | {r.Rows:N0} | {r.Calls}{Kinds(r)} | {r.Minimum.Calls} | {r.Credits} | {r.Minimum.Credits} | {why} |"));
        }

        return text.ToString();
    }

    private static string Kinds(CallCostResult result)
    {
        var coql = result.Endpoints.Count(e => e.EndsWith("/coql", StringComparison.Ordinal));
        var search = result.Endpoints.Count(e => e.EndsWith("/search", StringComparison.Ordinal));
        var other = result.Endpoints.Count - coql - search;
        return result.Endpoints.Count == 0 ? "" : " (" + string.Join(", ", new[] { (coql, "COQL"), (search, "Search"), (other, "other") }
            .Where(k => k.Item1 > 0).Select(k => k.Item1.ToString(CultureInfo.InvariantCulture) + " " + k.Item2)) + ")";
    }
}

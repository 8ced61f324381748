using System.Globalization;
using System.Net;
using System.Text;

namespace EFCore.ZohoCrm.Benchmarks.EndToEnd;

/// <summary>The end-to-end table (markdown), the wall-time chart (SVG) and the README section they go into.</summary>
public sealed class EndToEndReport(
    IReadOnlyList<E2eScenario> scenarios, IReadOnlyList<E2eMeasurement> measurements, E2eOrgCounts org, int latencyMs, int repeat)
{
    /// <summary>Calls in flight at once the minimum's wall time assumes: the provider's default <c>MaxConcurrency</c> (Zoho's Free edition cap).</summary>
    public const int MinimumConcurrency = 5;

    /// <summary>
    /// What the EF and ADO.NET variants add to their connection string: the default <c>MaxConcurrency</c> and a
    /// <c>ReadAhead</c> equal to it, so the pages of a read within the OFFSET window overlap as far as the calls allowed in flight.
    /// </summary>
    public static readonly string ProviderSettings = string.Create(CultureInfo.InvariantCulture, $"MaxConcurrency={MinimumConcurrency};ReadAhead={MinimumConcurrency};");

    /// <summary>The issue's target for allocations: EF at most 2x the hand-written client's.</summary>
    private const double AllocationTarget = 2.0;

    private const string SectionStart = "<!-- end-to-end:begin -->";
    private const string SectionEnd = "<!-- end-to-end:end -->";
    private const string EfName = "EF LINQ";
    private const string HandWrittenName = "Hand-written";
    private const string MinimumName = "Minimum (Zoho's rules)";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The lower bound of a scenario's wall time: its minimum calls, <see cref="MinimumConcurrency"/> at a time, each taking the latency.</summary>
    public double MinimumWallMs(E2eMinimum minimum) => latencyMs * Math.Ceiling(minimum.Calls / (double)MinimumConcurrency);

    public string Table()
    {
        var text = new StringBuilder();
        text.AppendLine(string.Create(Invariant,
            $"EF LINQ and ADO.NET connect with `{ProviderSettings.TrimEnd(';')}`: up to {MinimumConcurrency} pages of a read on the wire at once, as many as `MaxConcurrency` allows."));
        text.AppendLine();
        text.AppendLine("| Scenario | Variant | Rows | Calls | Credits | KB received / sent | Wall time (ms) | Wall time, EF / hand-written (target) | Allocated (MB) | Allocated, EF / hand-written (target ≤ 2x) | Peak working set (MB) |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|---|---:|---|---:|");
        foreach (var scenario in scenarios)
        {
            var rows = measurements.Where(m => m.Scenario == scenario.Name).ToList();
            var hand = rows.FirstOrDefault(m => m.Variant == HandWrittenName);
            foreach (var m in rows)
            {
                var isEf = m.Variant == EfName && hand is not null;
                var wall = isEf ? Ratio(m.WallMs / hand!.WallMs, scenario.TargetRatio) : "";
                var allocated = isEf ? Ratio((double)m.AllocatedBytes / hand!.AllocatedBytes, AllocationTarget) : "";
                text.AppendLine(string.Create(Invariant,
                    $"| {scenario.Name} | {m.Variant} | {m.Rows:N0} | {m.Calls} | {m.Credits} | {m.BytesReceived / 1024.0:N1} / {m.BytesSent / 1024.0:N1} | {m.WallMs:N0} | {wall} | {m.AllocatedBytes / 1048576.0:N2} | {allocated} | {m.PeakWorkingSetBytes / 1048576.0:N0} |"));
            }

            var minimum = scenario.Minimum(org);
            text.AppendLine(string.Create(Invariant,
                $"| {scenario.Name} | {MinimumName} | | {minimum.Calls} | {minimum.Credits} | | ≥ {MinimumWallMs(minimum):N0} | {minimum.Derivation} | | | |"));
        }

        var offMinimum = CallsOffMinimum().ToList();
        text.AppendLine();
        text.AppendLine(offMinimum.Count == 0
            ? "Calls equal to the minimum in every scenario, for every variant."
            : "Calls other than the minimum: " + string.Join("; ", offMinimum) + ".");
        return text.ToString();
    }

    /// <summary>Every measured call count that differs from the minimum, with the paths called.</summary>
    public IEnumerable<string> CallsOffMinimum() =>
        from scenario in scenarios
        let minimum = scenario.Minimum(org)
        from m in measurements.Where(m => m.Scenario == scenario.Name && m.Calls != minimum.Calls)
        select string.Create(Invariant, $"{scenario.Name}, {m.Variant}: {m.Calls} calls against a minimum of {minimum.Calls} ({string.Join(", ", m.Endpoints.GroupBy(e => e).Select(g => g.Count() + "x " + g.Key))})");

    private static string Ratio(double ratio, double? target) => target is not { } t
        ? string.Create(Invariant, $"{ratio:F2}x (no target)")
        : ratio <= t
            ? string.Create(Invariant, $"{ratio:F2}x (≤ {t:F1}x: met)")
            : string.Create(Invariant, $"{ratio:F2}x (≤ {t:F1}x: **missed, {ratio / t:F2}x the target**)");

    /// <summary>A grouped horizontal bar chart of wall time per scenario and variant, the minimum's lower bound included.</summary>
    public string Chart()
    {
        string[] variants = ["EF LINQ", "ADO.NET", HandWrittenName, MinimumName];
        string[] colours = ["#1f77b4", "#ff7f0e", "#2ca02c", "#9a9a9a"];
        const int left = 250, barHeight = 13, groupGap = 14, chartWidth = 560, top = 50;
        var bars = scenarios.Select(s => variants.Select(v => v == MinimumName
                ? MinimumWallMs(s.Minimum(org))
                : measurements.FirstOrDefault(m => m.Scenario == s.Name && m.Variant == v)?.WallMs ?? 0).ToArray()).ToList();
        var max = Math.Max(1, bars.SelectMany(b => b).Max());
        var height = top + scenarios.Count * (variants.Length * barHeight + groupGap) + 30;
        var svg = new StringBuilder();
        svg.AppendLine(string.Create(Invariant, $"""<svg xmlns="http://www.w3.org/2000/svg" width="{left + chartWidth + 110}" height="{height}" font-family="sans-serif" font-size="11">"""));
        svg.AppendLine("""<rect width="100%" height="100%" fill="white"/>""");
        svg.AppendLine(string.Create(Invariant, $"""<text x="10" y="18" font-size="14" font-weight="bold">Wall time per scenario (ms, median of {repeat}), emulator latency {latencyMs} ms per API call</text>"""));
        for (var v = 0; v < variants.Length; v++)
        {
            svg.AppendLine(string.Create(Invariant, $"""<rect x="{10 + v * 190}" y="28" width="10" height="10" fill="{colours[v]}"/><text x="{24 + v * 190}" y="37">{WebUtility.HtmlEncode(variants[v] == MinimumName ? "Minimum (minimum calls, 5 at a time)" : variants[v])}</text>"""));
        }

        var y = top;
        for (var s = 0; s < scenarios.Count; s++)
        {
            svg.AppendLine(string.Create(Invariant, $"""<text x="{left - 8}" y="{y + variants.Length * barHeight / 2 + 4}" text-anchor="end">{WebUtility.HtmlEncode(scenarios[s].Name)}</text>"""));
            for (var v = 0; v < variants.Length; v++)
            {
                var width = bars[s][v] / max * chartWidth;
                svg.AppendLine(string.Create(Invariant, $"""<rect x="{left}" y="{y}" width="{width:F1}" height="{barHeight - 2}" fill="{colours[v]}"/><text x="{left + width + 4:F1}" y="{y + barHeight - 3}">{bars[s][v]:N0}</text>"""));
                y += barHeight;
            }

            y += groupGap;
        }

        svg.AppendLine(string.Create(Invariant, $"""<line x1="{left}" y1="{top - 4}" x2="{left}" y2="{y - groupGap + 2}" stroke="black"/>"""));
        svg.AppendLine("</svg>");
        return svg.ToString();
    }

    /// <summary>Puts <paramref name="table"/> between the section's markers in the README text (appends the markers when missing).</summary>
    public static string ReplaceSection(string readme, string table)
    {
        var start = readme.IndexOf(SectionStart, StringComparison.Ordinal);
        var end = readme.IndexOf(SectionEnd, StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            return readme.TrimEnd() + Environment.NewLine + Environment.NewLine + SectionStart + Environment.NewLine + table + SectionEnd + Environment.NewLine;
        }

        return readme[..(start + SectionStart.Length)] + Environment.NewLine + table + readme[end..];
    }
}

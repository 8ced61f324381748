using System.Globalization;
using System.Text;
using ZohoCrm.Data.Coql.Evaluation;

namespace ZohoCrm.Data.Coql;

/// <summary>
/// How one execution of a query reads its rows: the Zoho calls to make (<see cref="Steps"/>, in order, their rows
/// concatenated), the columns read by id in further calls (<see cref="StitchedColumnGroups"/>), and what the client does
/// with the rows (<see cref="ProcessRows"/>). <see cref="Explain"/> describes it all, with expected calls and credits.
/// </summary>
internal sealed class ZohoCrmQueryPlan
{
    internal ZohoCrmQueryPlan(CoqlRowProcessor processor) => Processor = processor;

    internal CoqlRowProcessor Processor { get; }

    /// <summary>The command text the plan was made for.</summary>
    public required string CommandText { get; init; }

    /// <summary>The module queried.</summary>
    public required string Module { get; init; }

    /// <summary>The result columns, in SELECT order.</summary>
    public required IReadOnlyList<ZohoCrmPlanColumn> Columns { get; init; }

    /// <summary>The calls that produce rows; empty when the query cannot match any row (no call is needed).</summary>
    public required IReadOnlyList<ZohoCrmPlanStep> Steps { get; init; }

    /// <summary>Columns beyond one call's cap, read by id for each page of rows and merged into them before processing.</summary>
    public IReadOnlyList<ZohoCrmColumnGroup> StitchedColumnGroups { get; init; } = [];

    /// <summary>Rows of several steps may repeat; <see cref="ProcessRows"/> keeps the first of each id.</summary>
    public bool MergesStepsById => Processor.DeduplicateById;

    /// <summary>The predicates Zoho evaluates, in the dialect; null when nothing is pushed.</summary>
    public string? PushedFilter => _pushedFilter?.Value;

    /// <summary>
    /// Writes <see cref="PushedFilter"/> when it is first read: with an IN list of thousands of values the text is long,
    /// and only <see cref="Explain"/> and the logs read it.
    /// </summary>
    internal Func<string?> WritePushedFilter { init => _pushedFilter = new Lazy<string?>(value); }

    private readonly Lazy<string?>? _pushedFilter;

    /// <summary>The predicate the client checks every row against, in the dialect; null when Zoho's answer is exact.</summary>
    public string? ClientFilter { get; init; }

    /// <summary>Why the client does more than read rows (for logs and <see cref="Explain"/>).</summary>
    public IReadOnlyList<string> ClientWork { get; init; } = [];

    /// <summary>The most rows the client may read before failing (from ClientSideFilterLimit); null when unbounded.</summary>
    public long? MaxRowsRead => Processor.MaxRowsRead;

    /// <summary>Sort, skip and take run on the client, so every matching row must be read before the first is returned.</summary>
    public bool ReadsAllRowsFirst => Processor.ClientOrderBy is { Count: > 0 } || Processor.ClientGroupBy is not null;

    /// <summary>
    /// The rows of the single step are the result as they come: no re-check, merge, grouping, ordering, paging or row
    /// cap on the client, and every column has a <see cref="ZohoCrmPlanColumn.SourcePath"/>. A reader may then read
    /// values straight from the response instead of going through <see cref="ProcessRows"/>.
    /// </summary>
    public bool IsPassThrough =>
        Steps.Count == 1 && StitchedColumnGroups.Count == 0 && Processor is
        {
            Residual: null, DeduplicateById: false, ServerAggregateKeys: null, ClientGroupBy: null, ClientOrderBy: null or { Count: 0 },
            ClientOffset: 0, ClientLimit: null, MaxRowsRead: null,
        } && Columns.All(c => c.SourcePath is not null);

    /// <summary>Calls the plan makes when every step reads all it may, the stitched columns' calls for each page included; null when a step is unbounded.</summary>
    public int? ExpectedCalls => Expected(s => s.ExpectedCalls, (g, rows) => g.CallsFor(rows));

    /// <summary>Credits the plan costs as <see cref="ExpectedCalls"/> counts them; null when a step is unbounded.</summary>
    public int? ExpectedCredits => Expected(s => s.ExpectedCredits, (g, rows) => g.CreditsFor(rows));

    private int? Expected(Func<ZohoCrmPlanStep, int?> ofStep, Func<ZohoCrmColumnGroup, int, int> ofGroupPerPage)
    {
        var total = 0;
        foreach (var step in Steps)
        {
            if (ofStep(step) is not { } own || step.ExpectedRowPageSizes is not { } pages)
            {
                return null;
            }

            total += own + pages.Sum(rows => StitchedColumnGroups.Sum(g => ofGroupPerPage(g, rows)));
        }

        return total;
    }

    /// <summary>
    /// Applies the client's part of the plan to the rows the steps returned (stitched columns merged in): the merge by
    /// id, the row cap, the residual predicate, grouping, ordering, OFFSET/LIMIT, and the projection onto
    /// <see cref="Columns"/>. Lazy: stop enumerating and no further row is pulled.
    /// </summary>
    public IEnumerable<object?[]> ProcessRows(IEnumerable<IZohoCrmRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return Processor.Process(rows);
    }

    /// <summary>A human-readable description: endpoints, pushed predicates, client-side work, expected calls and credits.</summary>
    /// <param name="readAhead">The pages of one read kept on the wire at once (the connection's ReadAhead, capped by MaxConcurrency).</param>
    public string Explain(int readAhead = 1)
    {
        var text = new StringBuilder();
        text.Append("Query on ").Append(Module).Append('\n');
        if (Steps.Count == 0)
        {
            text.Append("  No call: the query cannot match any record.\n");
        }

        for (var i = 0; i < Steps.Count; i++)
            text.Append("  ").Append(Steps.Count > 1 ? (i + 1).ToString(CultureInfo.InvariantCulture) + ". " : "").Append(Steps[i].Describe(readAhead)).Append('\n');
        foreach (var group in StitchedColumnGroups)
            text.Append("  + ").Append(group.Describe()).Append('\n');
        text.Append("  Pushed to Zoho: ").Append(PushedFilter ?? "nothing").Append('\n');
        if (ClientFilter is not null) text.Append("  Re-checked on the client: ").Append(ClientFilter).Append('\n');
        foreach (var work in ClientWork) text.Append("  On the client: ").Append(work).Append('\n');
        if (Steps.Count > 0)
        {
            if (Processor.ClientGroupBy is not null) text.Append("  Grouped and aggregated on the client.\n");
            if (Processor.ClientOrderBy is { Count: > 0 } order)
                text.Append("  Ordered on the client after every matching row is read: ")
                    .Append(string.Join(", ", order.Select(o => Rewriting.CoqlDialectWriter.Describe(o.Expression) + (o.Descending ? " DESC" : "")))).Append('\n');
            if (Processor.ClientLimit is { } limit)
                text.Append("  LIMIT ").Append(limit.ToString("N0", CultureInfo.InvariantCulture))
                    .Append(Processor.ClientOffset > 0 ? " OFFSET " + Processor.ClientOffset.ToString("N0", CultureInfo.InvariantCulture) : "")
                    .Append(" applied on the client").Append(ReadsAllRowsFirst ? "" : "; reading stops once it has its rows").Append(".\n");
        }

        if (MaxRowsRead is { } max) text.Append("  Row cap (ClientSideFilterLimit): ").Append(max.ToString("N0", CultureInfo.InvariantCulture)).Append('\n');
        text.Append("  Expected: ")
            .Append(ExpectedCalls is { } calls ? calls.ToString(CultureInfo.InvariantCulture) + " call(s), " + ExpectedCredits!.Value.ToString(CultureInfo.InvariantCulture) + " credit(s)"
                : StitchedColumnGroups.Count > 0 ? "depends on the number of matching records: the calls above for each page of rows"
                : "depends on the number of matching records")
            .Append('\n');
        return text.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => Explain();
}

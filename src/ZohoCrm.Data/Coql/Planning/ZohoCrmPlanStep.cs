using System.Globalization;
using ZohoCrm.Data.Coql.Planning;

namespace ZohoCrm.Data.Coql;

/// <summary>One source of rows in a plan: a COQL query paged through, or a Search.</summary>
internal abstract class ZohoCrmPlanStep
{
    private protected ZohoCrmPlanStep() { }

    /// <summary>The HTTP method and path the step calls, relative to <c>/crm/v8</c>.</summary>
    public abstract string Endpoint { get; }

    /// <summary>Calls the step makes, when its row count is bounded; null when it reads until Zoho has no more.</summary>
    public abstract int? ExpectedCalls { get; }

    /// <summary>Credits the step costs, when its row count is bounded.</summary>
    public abstract int? ExpectedCredits { get; }

    /// <summary>
    /// The rows of each call whose rows are results, when bounded: the pages the plan's stitched columns are read for
    /// (<see cref="ZohoCrmColumnGroup.CallsFor"/>).
    /// </summary>
    public abstract IReadOnlyList<int>? ExpectedRowPageSizes { get; }

    /// <summary>A line describing the step for <see cref="ZohoCrmQueryPlan.Explain"/>.</summary>
    /// <param name="readAhead">The pages of one read kept on the wire at once (the connection's ReadAhead, capped by MaxConcurrency).</param>
    public abstract string Describe(int readAhead = 1);
}

/// <summary>Rows read with COQL (<c>POST /coql</c>), page after page through a <see cref="ZohoCrmCoqlCursor"/>.</summary>
internal sealed class ZohoCrmCoqlStep : ZohoCrmPlanStep
{
    private readonly int _pageSize;
    private readonly int _window;

    internal ZohoCrmCoqlStep(CoqlQueryTemplate template, long? limit, long offset, int pageSize, int window, bool isFullScan)
    {
        Template = template;
        Limit = limit;
        Offset = offset;
        _pageSize = pageSize;
        _window = window;
        IsFullScan = isFullScan;
    }

    internal CoqlQueryTemplate Template { get; }

    /// <summary>Rows the step returns at most; null for every matching row.</summary>
    public long? Limit { get; }

    /// <summary>Matching rows skipped before the first returned row.</summary>
    public long Offset { get; }

    /// <summary>Rows one call returns at most (its LIMIT).</summary>
    public int PageSize => _pageSize;

    /// <summary>The step reads every record of the module (server-side filtering off, or nothing to narrow by).</summary>
    public bool IsFullScan { get; }

    /// <summary>The field paths the step selects (Zoho adds <c>id</c> to every non-aggregate row).</summary>
    public IReadOnlyList<string> Columns => Template.Select;

    /// <inheritdoc />
    public override string Endpoint => "POST /coql";

    /// <summary>The text of the first call.</summary>
    public string FirstQuery => CreateCursor().Query ?? Template.Render(null, 1, 0);

    /// <summary>A cursor over the step's pages; each execution creates its own (see the cursor for <paramref name="overlapPages"/>).</summary>
    public ZohoCrmCoqlCursor CreateCursor(bool overlapPages = false) => new(Template, Limit, Offset, _pageSize, _window, overlapPages);

    /// <summary>The page sizes of the calls, when bounded (the keyset jumps of a large OFFSET included).</summary>
    public IReadOnlyList<int>? ExpectedPageSizes => ExpectedRowPageSizes is { } rows ? [.. Enumerable.Repeat(1, KeysetJumps()), .. rows] : null;

    /// <inheritdoc />
    public override IReadOnlyList<int>? ExpectedRowPageSizes
    {
        get
        {
            if (Limit is null) return null;
            var pages = new List<int>();
            for (var remaining = Limit.Value; remaining > 0; remaining -= _pageSize)
                pages.Add((int)Math.Min(_pageSize, remaining));
            return pages;
        }
    }

    /// <summary>The one-row keyset jumps that cross offsets past the window; their rows are not results.</summary>
    private int KeysetJumps()
    {
        var jumps = 0;
        for (var skip = Offset; skip + Math.Min(_pageSize, Limit!.Value) > _window && Template.SupportsKeyset; skip -= Math.Min(skip, _window))
            jumps++;
        return jumps;
    }

    /// <inheritdoc />
    public override int? ExpectedCalls => ExpectedPageSizes?.Count;

    /// <inheritdoc />
    public override int? ExpectedCredits => ExpectedPageSizes?.Sum(ZohoCrmCredits.ForCoql);

    /// <inheritdoc />
    public override string Describe(int readAhead = 1)
    {
        var paging = Limit is { } limit
            ? string.Format(CultureInfo.InvariantCulture, "{0} call(s), {1} credit(s): {2}", ExpectedCalls, ExpectedCredits,
                string.Join(" + ", ExpectedPageSizes!.Select(p => p.ToString(CultureInfo.InvariantCulture))))
            : string.Format(CultureInfo.InvariantCulture, "pages of {0:N0} until Zoho has no more ({1} credit(s) each), {2}", _pageSize, ZohoCrmCredits.ForCoql(_pageSize),
                Template.OrderedByIdOnly && readAhead == 1 ? "each page after the last id" : Template.SupportsKeyset
                    ? "by OFFSET, then by keyset past row " + CoqlQueryTemplate.Describe(_window)
                    : "by OFFSET up to row " + CoqlQueryTemplate.Describe(_window));
        if (readAhead > 1 && (Limit is null || Limit > _pageSize))
        {
            paging += string.Format(CultureInfo.InvariantCulture,
                "; asynchronously up to {0} pages on the wire at once (ReadAhead), so up to {1} call(s) more when the rows end before they were expected",
                readAhead, readAhead - 1);
        }

        return string.Format(CultureInfo.InvariantCulture, "{0}{1}: {2}\n    {3}", Endpoint, IsFullScan ? " (full scan)" : "", paging, FirstQuery);
    }
}

/// <summary>Rows read with the Search API (<c>GET /{module}/search?criteria=…</c>), 200 a page, 2,000 at most.</summary>
internal sealed class ZohoCrmSearchStep : ZohoCrmPlanStep
{
    internal ZohoCrmSearchStep(string module, string criteria, IReadOnlyList<string> fields)
    {
        Module = module;
        Criteria = criteria;
        Fields = fields;
    }

    /// <summary>The module searched.</summary>
    public string Module { get; }

    /// <summary>The <c>criteria</c> value, escaped for Search but not yet URL-encoded.</summary>
    public string Criteria { get; }

    /// <summary>The <c>fields</c> to request.</summary>
    public IReadOnlyList<string> Fields { get; }

    /// <summary>Records per page.</summary>
    public int PerPage => 200;

    /// <summary>Records Search can return at most; a search with more fails with a message asking to narrow it.</summary>
    public int MaxRecords => 2000;

    /// <inheritdoc />
    public override string Endpoint => "GET /" + Module + "/search";

    /// <summary>The query-string parameters of a page (values not URL-encoded).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> QueryParameters(int page) =>
    [
        new("criteria", Criteria),
        new("fields", string.Join(",", Fields)),
        new("page", page.ToString(CultureInfo.InvariantCulture)),
        new("per_page", PerPage.ToString(CultureInfo.InvariantCulture)),
    ];

    /// <inheritdoc />
    public override int? ExpectedCalls => null;

    /// <inheritdoc />
    public override int? ExpectedCredits => null;

    /// <inheritdoc />
    public override IReadOnlyList<int>? ExpectedRowPageSizes => null;

    /// <inheritdoc />
    public override string Describe(int readAhead = 1) => string.Format(CultureInfo.InvariantCulture,
        "{0}: 1 call (1 credit) per {1} matching records, at most {2:N0} records, every row re-checked on the client\n    criteria={3}",
        Endpoint, PerPage, MaxRecords, Criteria);
}

/// <summary>
/// Columns read by id for each page of rows and merged into them: in further COQL calls, because one call cannot select
/// them all (Zoho's column cap), or from the records API (<c>$se_module</c>, which COQL cannot select).
/// </summary>
internal sealed class ZohoCrmColumnGroup
{
    private readonly CoqlQueryTemplate? _template;
    private readonly string? _module;

    internal ZohoCrmColumnGroup(CoqlQueryTemplate template) => _template = template;

    private ZohoCrmColumnGroup(string module) => _module = module;

    /// <summary>The group that reads a module's <c>$se_module</c> (What_Id's module) from the records API.</summary>
    public static ZohoCrmColumnGroup RelatedModule(string module) => new(module);

    /// <summary>The paths this group reads.</summary>
    public IReadOnlyList<string> Columns => _template?.Select ?? [Binding.CoqlBuiltInModules.RelatedModule.ApiName];

    /// <summary>The group reads from the records API (<see cref="BuildRecordRequests"/>) rather than with COQL (<see cref="BuildQueries"/>).</summary>
    public bool ReadsRecords => _module is not null;

    /// <summary>The module the group reads.</summary>
    public string Module => _module ?? _template!.Module;

    /// <summary>Ids per call: 2,000 for COQL (twenty IN lists of 100), 100 for the records API.</summary>
    public int IdsPerCall => ReadsRecords ? RecordIdsPerCall : CoqlIdsPerCall;

    private const int CoqlIdsPerCall = 2000;
    private const int RecordIdsPerCall = 100;

    /// <summary>The calls that read the group's columns for a page of <paramref name="rows"/> rows (the stitcher reads each page's ids).</summary>
    public int CallsFor(int rows) => (rows + IdsPerCall - 1) / IdsPerCall;

    /// <summary>The credits of <see cref="CallsFor"/>: 1 a records call; a COQL call priced as a LIMIT of the ids it reads.</summary>
    public int CreditsFor(int rows) => ReadsRecords
        ? CallsFor(rows) * ZohoCrmCredits.PerGetRecordsCall
        : rows / IdsPerCall * ZohoCrmCredits.ForCoql(IdsPerCall) + (rows % IdsPerCall > 0 ? ZohoCrmCredits.ForCoql(rows % IdsPerCall) : 0);

    /// <summary>The line <see cref="ZohoCrmQueryPlan.Explain"/> shows for the group: the calls it adds to each page of rows.</summary>
    public string Describe() => ReadsRecords
        ? "GET /" + Module + "?ids=...&fields=" + Binding.CoqlBuiltInModules.RelatedModuleLookup + " by id, for each page of rows 1 call (1 credit) per 100 of its rows: "
            + string.Join(", ", Columns)
        : "POST /coql by id, for each page of rows 1 call per 2,000 of its rows (priced as a LIMIT of that many): " + string.Join(", ", Columns);

    /// <summary>The COQL calls that read this group's columns for the given record ids.</summary>
    public IReadOnlyList<string> BuildQueries(IReadOnlyList<long> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return ids.Distinct().Chunk(CoqlIdsPerCall).Select(chunk =>
        {
            var idColumn = new Syntax.CoqlColumn("id") { Binding = new Syntax.CoqlFieldBinding(Binding.CoqlBuiltInModules.Id, [], "id") };
            var lists = chunk.Chunk(Rewriting.CoqlPushdown.MaxInValues)
                .Select(c => (Syntax.CoqlExpression)new Syntax.CoqlIn(idColumn, c.Select(id => (Syntax.CoqlExpression)new Syntax.CoqlLiteral(id)).ToList(), Negated: false))
                .ToList();
            var template = new CoqlQueryTemplate(_template!.Module, _template.Select, Rewriting.CoqlPushdown.Or(lists), []);
            return template.Render(null, chunk.Length, 0);
        }).ToList();
    }

    /// <summary>
    /// The Get Records calls that read <c>$se_module</c> for the given ids: Zoho returns it beside <c>What_Id</c>, so
    /// that is the field asked for.
    /// </summary>
    public IReadOnlyList<Api.ZohoCrmRecordListRequest> BuildRecordRequests(IReadOnlyList<long> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return ids.Distinct().Chunk(RecordIdsPerCall).Select(chunk => new Api.ZohoCrmRecordListRequest
        {
            Fields = [Binding.CoqlBuiltInModules.RelatedModuleLookup],
            Ids = chunk.Select(id => id.ToString(CultureInfo.InvariantCulture)).ToList(),
            PerPage = RecordIdsPerCall,
        }).ToList();
    }
}

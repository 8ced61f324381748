namespace ZohoCrm.Data.Coql;

/// <summary>How the planner may use Zoho and the client, and the Zoho limits it plans around.</summary>
internal sealed record ZohoCrmQueryPlannerOptions
{
    /// <summary>The defaults: server-side filtering on, no client-side filtering, Zoho's documented limits.</summary>
    public static readonly ZohoCrmQueryPlannerOptions Default = new();

    /// <summary>
    /// True (default): predicates Zoho can evaluate go to Zoho. False: every row of the module is read (keyset on id,
    /// 2,000 a call) and WHERE, ORDER BY, LIMIT and aggregates run in-process, exact even while Zoho's filter index lags.
    /// </summary>
    public bool UseServerSideFiltering { get; init; } = true;

    /// <summary>
    /// Zero (default): a query needing work Zoho cannot do (a predicate, ordering or aggregate it has no form for) is an
    /// error. Above zero: that work runs on the client, reading at most this many rows (more is an error).
    /// </summary>
    public int ClientSideFilterLimit { get; init; }

    /// <summary>Columns per COQL call; more are read in further calls and stitched by id. Zoho documents 50.</summary>
    public int MaxSelectColumns { get; init; } = 50;

    /// <summary>Criteria per COQL WHERE (Zoho: 25).</summary>
    public int MaxCriteria { get; init; } = 25;

    /// <summary>Rows per COQL call (Zoho: 2,000).</summary>
    public int MaxPageSize { get; init; } = 2000;

    /// <summary>LIMIT + OFFSET reachable per COQL query (Zoho: 100,000); keyset paging continues past it.</summary>
    public int OffsetWindow { get; init; } = 100_000;

    /// <summary>ORDER BY items (Zoho: 10).</summary>
    public int MaxOrderBy { get; init; } = 10;

    /// <summary>Distinct lookups followed in WHERE (Zoho: 5).</summary>
    public int MaxWhereJoins { get; init; } = 5;

    /// <summary>Distinct lookups followed in SELECT (Zoho: 15).</summary>
    public int MaxSelectJoins { get; init; } = 15;

    /// <summary>Aggregates per query (Zoho: 5).</summary>
    public int MaxAggregates { get; init; } = 5;

    /// <summary>GROUP BY columns (Zoho: 4).</summary>
    public int MaxGroupBy { get; init; } = 4;
}

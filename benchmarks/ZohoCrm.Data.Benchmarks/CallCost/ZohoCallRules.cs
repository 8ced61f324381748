namespace ZohoCrm.Data.Benchmarks.CallCost;

/// <summary>
/// Zoho's published call and credit rules (shared/zoho-reference/api.md §3, §4, §8), written out here on purpose rather
/// than taken from the provider, so the minimums the report compares against do not share the planner's arithmetic.
/// </summary>
public static class ZohoCallRules
{
    /// <summary>Rows one COQL call returns at most.</summary>
    public const int CoqlPageSize = 2000;

    /// <summary>Records one Search page returns at most.</summary>
    public const int SearchPageSize = 200;

    /// <summary>Values one COQL IN list may hold.</summary>
    public const int InListCap = 100;

    /// <summary>Criteria one COQL WHERE may hold.</summary>
    public const int CriteriaCap = 25;

    /// <summary>Columns one COQL SELECT may list (the documented figure).</summary>
    public const int SelectColumnCap = 50;

    /// <summary>LIMIT + OFFSET one COQL query may reach.</summary>
    public const int OffsetWindow = 100_000;

    /// <summary>Credits of one COQL call by its LIMIT: 1-200 cost 1, 201-1,000 cost 2, 1,001-2,000 cost 3.</summary>
    public static int CoqlCredits(int limit) => limit <= 200 ? 1 : limit <= 1000 ? 2 : 3;

    /// <summary>The LIMITs of the fewest COQL calls that return exactly <paramref name="rows"/> rows (at least one call).</summary>
    public static IReadOnlyList<int> BoundedPages(long rows)
    {
        var pages = new List<int>();
        for (var left = rows; left > 0; left -= CoqlPageSize)
            pages.Add((int)Math.Min(CoqlPageSize, left));
        return pages.Count == 0 ? [1] : pages;
    }

    /// <summary>
    /// Calls to read every one of <paramref name="rows"/> rows when their number is not known in advance: each call asks
    /// for 2,000 rows, and only a short page or <c>more_records: false</c> says the end was reached (at least one call).
    /// </summary>
    public static int UnboundedCalls(long rows) => (int)Math.Max(1, (rows + CoqlPageSize - 1) / CoqlPageSize);

    /// <summary>Search pages of 200 to read <paramref name="matches"/> records (a search with none is still one call).</summary>
    public static int SearchCalls(long matches) => (int)Math.Max(1, (matches + SearchPageSize - 1) / SearchPageSize);
}

using static ZohoCrm.Data.Benchmarks.CallCost.ZohoCallRules;

namespace EFCore.ZohoCrm.Benchmarks.EndToEnd;

/// <summary>The fewest calls and credits Zoho's rules allow for a scenario, and the one-line reason.</summary>
public sealed record E2eMinimum(int Calls, int Credits, string Derivation);

/// <summary>What the minimums need to know about the org, counted by the parent process in the emulator's records.</summary>
/// <param name="Accounts">Accounts in the org.</param>
/// <param name="ContactsWithAccount">Contacts whose Account_Name is set.</param>
/// <param name="SearchMatches">Contacts Search's <c>equals</c> returns for the searched Description (it matches words, so those containing it).</param>
public sealed record E2eOrgCounts(int Accounts, int ContactsWithAccount, int SearchMatches);

/// <summary>
/// One scenario of the end-to-end benchmark: what each variant runs, the minimum from Zoho's rules, and the issue's
/// target for EF's wall time against the hand-written client's.
/// </summary>
/// <param name="Name">As the table shows it.</param>
/// <param name="TargetRatio">EF wall time / hand-written wall time the issue asks for; null when it sets none.</param>
/// <param name="Run">Runs the scenario on a variant; returns the rows read or written.</param>
/// <param name="Minimum">The minimum for the org.</param>
public sealed record E2eScenario(string Name, double? TargetRatio, Func<E2eVariant, E2eInputs, string, Task<int>> Run, Func<E2eOrgCounts, E2eMinimum> Minimum)
{
    /// <summary>Untimed work before <see cref="Run"/> (EF loads the Leads it will update).</summary>
    public Func<E2eVariant, E2eInputs, Task>? Prepare { get; init; }

    /// <summary>Needs the 150,000-Lead org (<c>--large</c>).</summary>
    public bool Large { get; init; }
}

/// <summary>The scenarios in the order of the list, as far as they are built.</summary>
public static class EndToEndScenarios
{
    /// <summary>Records one insert or update call writes at most.</summary>
    public const int WriteBatchSize = 100;

    /// <summary>Insert and update cost 1 credit per 10 records (shared/zoho-reference/api.md §6).</summary>
    public static int WriteCredits(int records) => (records + 9) / 10;

    /// <summary>Targets of the issue: single-call queries at most 1.1x the hand-written client.</summary>
    private const double SingleCall = 1.1;

    /// <summary>Targets of the issue: the large reads and the 1,000-record writes at most 0.5x (calls overlapped).</summary>
    private const double Overlapped = 0.5;

    public static IReadOnlyList<E2eScenario> All { get; } =
    [
        new("Point lookup by id", SingleCall, (v, i, _) => v.PointLookupAsync(i.LeadId),
            _ => new(1, CoqlCredits(1), "ids are unique: one call of LIMIT 1, 1 credit")),

        new("Filtered page of 10", SingleCall, (v, _, _) => v.FilteredPageAsync(),
            _ => new(1, CoqlCredits(10), "10 rows fit one call; LIMIT 1-200 costs 1 credit")),

        new("10,000 rows", Overlapped, (v, _, _) => v.ReadLeadsAsync(10_000),
            _ => Bounded(10_000, "5 pages of 2,000 (3 credits each)")),

        new("Count", SingleCall, (v, _, _) => v.CountAsync(),
            _ => new(1, CoqlCredits(1), "one aggregate row: one call, 1 credit")),

        new("GroupBy", SingleCall, (v, _, _) => v.GroupByAsync(),
            _ => new(1, CoqlCredits(9), "at most 8 picklist values + NULL = 9 groups: one call, 1 credit")),

        new("Include Account, 1,000 Contacts", SingleCall, (v, _, _) => v.IncludeAccountAsync(),
            _ => new(1, CoqlCredits(1000), "the Account's fields through the lookup path in the same COQL: one call of LIMIT 1,000, 2 credits")),

        new("1,000 inserts", Overlapped, (v, _, tag) => v.InsertAsync(tag),
            _ => new(1000 / WriteBatchSize, 1000 / WriteBatchSize * WriteCredits(WriteBatchSize), "100 records a call, 1 credit per 10 records")),

        new("1,000 updates", Overlapped, (v, i, tag) => v.UpdateAsync(i.UpdateIds, tag),
            _ => new(1000 / WriteBatchSize, 1000 / WriteBatchSize * WriteCredits(WriteBatchSize), "100 records a call, 1 credit per 10 records"))
        {
            Prepare = (v, i) => v.PrepareUpdateAsync(i.UpdateIds),
        },

        new("Search-routed filter", SingleCall, (v, i, _) => v.SearchAsync(i.ContactDescription),
            org => new(SearchCalls(org.SearchMatches), SearchCalls(org.SearchMatches),
                $"equality on multi-line text is Search's (COQL cannot filter it): {org.SearchMatches:N0} records returned, 200 a page, 1 credit a call")),

        new("Include Contacts, 2,000 Accounts", null, (v, _, _) => v.IncludeContactsAsync(),
            org => new(UnboundedCalls(org.Accounts) + UnboundedCalls(org.ContactsWithAccount),
                3 * (UnboundedCalls(org.Accounts) + UnboundedCalls(org.ContactsWithAccount)),
                $"{org.Accounts:N0} Accounts and the {org.ContactsWithAccount:N0} Contacts that have one, 2,000 a call (3 credits), counts unknown in advance")),

        new("150,000 rows, streamed", Overlapped, (v, _, _) => v.StreamLeadsAsync(150_000),
            _ => Bounded(150_000, "75 pages of 2,000 (3 credits each); past 100,000 by keyset on id"))
        {
            Large = true,
        },
    ];

    private static E2eMinimum Bounded(int rows, string derivation)
    {
        var pages = BoundedPages(rows);
        return new(pages.Count, pages.Sum(CoqlCredits), derivation);
    }
}

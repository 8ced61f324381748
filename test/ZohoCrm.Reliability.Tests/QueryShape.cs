using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace ZohoCrm.Reliability.Tests;

/// <summary>
/// A query as a user writes it through EF Core, with its answer computed by LINQ to Objects over the emulator's own
/// records. Rows are compared as text, in the order the query promises (sorted where it promises none).
/// </summary>
public sealed record QueryShape(string Name, Func<CrmContext, CancellationToken, Task<List<string>>> Run, Func<List<string>> Expected)
{
    public override string ToString() => Name;

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static List<string> Sorted(IEnumerable<string> rows) => rows.Order(StringComparer.Ordinal).ToList();

    /// <summary>A filtered read of 100 rows: one COQL page.</summary>
    public static readonly QueryShape SinglePage = new(
        "single page",
        async (db, ct) => (await db.Leads.Where(l => l.Lead_Source == "Advertisement").OrderBy(l => l.Id).Take(100).Select(l => l.Id).ToListAsync(ct)).ConvertAll(Id),
        () => FaultyOrg.Records("Leads", "Lead_Source").Where(r => (string?)r.Value == "Advertisement").Select(r => r.Id).Order().Take(100).Select(Id).ToList());

    /// <summary>The whole module in id order: three 2,000-row COQL pages.</summary>
    public static readonly QueryShape MultiPage = new(
        "multi-page",
        async (db, ct) => (await db.Leads.OrderBy(l => l.Id).Select(l => l.Id).ToListAsync(ct)).ConvertAll(Id),
        () => FaultyOrg.Records("Leads", "Id").Select(r => r.Id).Order().Select(Id).ToList());

    /// <summary>StartsWith on a multi-line text field goes to the Search API and every row is re-checked on the client.</summary>
    public static readonly QueryShape SearchWithRecheck = new(
        "Search with re-check",
        async (db, ct) =>
        {
            var prefix = SearchPrefix();
            return Sorted((await db.Leads.Where(l => l.Description!.StartsWith(prefix)).Select(l => l.Id).ToListAsync(ct)).ConvertAll(Id));
        },
        () =>
        {
            var prefix = SearchPrefix();
            return Sorted(FaultyOrg.Records("Leads", "Description")
                .Where(r => r.Value is string d && d.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)).Select(r => Id(r.Id)));
        });

    /// <summary>Include of a collection: accounts of one industry, each with its contacts.</summary>
    public static readonly QueryShape IncludeCollection = new(
        "Include of a collection",
        async (db, ct) => Sorted((await db.Accounts.Include(a => a.Contacts).Where(a => a.Industry == "Large Enterprise").ToListAsync(ct))
            .Select(a => Id(a.Id) + ":" + string.Join(',', a.Contacts.Select(c => c.Id).Order()))),
        () =>
        {
            var contacts = FaultyOrg.Records("Contacts", "Account_Name").Where(r => r.Value is not null)
                .ToLookup(r => Convert.ToInt64(r.Value, CultureInfo.InvariantCulture), r => r.Id);
            return Sorted(FaultyOrg.Records("Accounts", "Industry").Where(r => (string?)r.Value == "Large Enterprise")
                .Select(r => Id(r.Id) + ":" + string.Join(',', contacts[r.Id].Order())));
        });

    /// <summary>Rows streamed one at a time (await foreach) across pages, never buffered by the caller.</summary>
    public static readonly QueryShape Streaming = new(
        "streaming",
        async (db, ct) =>
        {
            var rows = new List<string>();
            await foreach (var lead in db.Leads.AsNoTracking().Where(l => l.No_of_Employees > 50).OrderBy(l => l.Id).AsAsyncEnumerable().WithCancellation(ct))
            {
                rows.Add(Id(lead.Id) + ":" + lead.Last_Name);
            }

            return rows;
        },
        () =>
        {
            var names = FaultyOrg.Records("Leads", "Last_Name").ToDictionary(r => r.Id, r => (string?)r.Value);
            return FaultyOrg.Records("Leads", "No_of_Employees").Where(r => r.Value is not null && Convert.ToInt64(r.Value, CultureInfo.InvariantCulture) > 50)
                .Select(r => r.Id).Order().Select(id => Id(id) + ":" + names[id]).ToList();
        });

    public static readonly QueryShape[] All = [SinglePage, MultiPage, SearchWithRecheck, IncludeCollection, Streaming];

    /// <summary>The first word of the first lead description: a prefix some, not all, descriptions share.</summary>
    private static string SearchPrefix() =>
        FaultyOrg.Records("Leads", "Description").Select(r => r.Value as string).First(d => !string.IsNullOrEmpty(d))!.Split(' ')[0];
}

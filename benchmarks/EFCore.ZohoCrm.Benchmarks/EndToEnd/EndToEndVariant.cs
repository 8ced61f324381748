using System.Globalization;

namespace EFCore.ZohoCrm.Benchmarks.EndToEnd;

/// <summary>What the scenarios need from the org: ids picked by the parent process from the emulator's records.</summary>
/// <param name="LeadId">The Lead the point lookup reads.</param>
/// <param name="UpdateIds">The 1,000 Leads the update scenario changes.</param>
/// <param name="ContactDescription">The Description the Search-routed filter looks for among Contacts.</param>
public sealed record E2eInputs(long LeadId, IReadOnlyList<long> UpdateIds, string ContactDescription);

/// <summary>
/// One way of talking to Zoho CRM (EF, ADO.NET, a hand-written client), with one method per scenario. Every method
/// returns the rows it read or wrote, so the report can show that all variants did the same work.
/// </summary>
public abstract class E2eVariant : IAsyncDisposable
{
    /// <summary>The COQL columns every Lead scenario reads: the mapped properties of <see cref="E2eLead"/>.</summary>
    public const string LeadColumns = "Last_Name, First_Name, Company, Email, Lead_Status, Designation, Annual_Revenue";

    /// <summary>The COQL columns of <see cref="E2eContact"/> but its id.</summary>
    public const string ContactColumns = "Last_Name, Email, Description, Account_Name";

    public abstract Task<int> PointLookupAsync(long id);

    /// <summary>Ten Contacted Leads ordered by Last_Name.</summary>
    public abstract Task<int> FilteredPageAsync();

    /// <summary>The first <paramref name="count"/> Leads by id, kept in a list.</summary>
    public abstract Task<int> ReadLeadsAsync(int count);

    /// <summary>The first <paramref name="count"/> Leads by id, each dropped once read (a streaming export: memory bounded).</summary>
    public abstract Task<int> StreamLeadsAsync(int count);

    /// <summary>How many Leads are Contacted.</summary>
    public abstract Task<int> CountAsync();

    /// <summary>Leads per Lead_Status.</summary>
    public abstract Task<int> GroupByAsync();

    /// <summary>The first 1,000 Contacts by id with their Account.</summary>
    public abstract Task<int> IncludeAccountAsync();

    /// <summary>1,000 new Leads.</summary>
    public abstract Task<int> InsertAsync(string tag);

    /// <summary>Untimed: what the variant needs before the update (EF loads and tracks the Leads).</summary>
    public virtual Task PrepareUpdateAsync(IReadOnlyList<long> ids) => Task.CompletedTask;

    /// <summary>Sets Designation of the given Leads to <paramref name="value"/>.</summary>
    public abstract Task<int> UpdateAsync(IReadOnlyList<long> ids, string value);

    /// <summary>The Contacts whose Description equals <paramref name="description"/> (multi-line text: Zoho's Search API, re-checked).</summary>
    public abstract Task<int> SearchAsync(string description);

    /// <summary>Every Account with its Contacts.</summary>
    public abstract Task<int> IncludeContactsAsync();

    public abstract ValueTask DisposeAsync();

    protected static IEnumerable<(int Index, string LastName, string Company)> NewLeads(string tag) =>
        Enumerable.Range(0, 1000).Select(i => (i, "E2e " + tag + " " + i.ToString(CultureInfo.InvariantCulture), "E2e Benchmarks Ltd"));
}

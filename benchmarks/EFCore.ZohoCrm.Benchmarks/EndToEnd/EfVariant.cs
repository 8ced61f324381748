using Microsoft.EntityFrameworkCore;
using ZohoCrm.Data;

namespace EFCore.ZohoCrm.Benchmarks.EndToEnd;

/// <summary>(a) EF Core LINQ through the provider, a new context per scenario as a web request has.</summary>
public sealed class EfVariant(ZohoCrmDataSource dataSource) : E2eVariant
{
    private readonly DbContextOptions<E2eContext> _options = E2eContext.CreateOptions(dataSource);
    private E2eContext? _updateContext;
    private List<E2eLead>? _updateLeads;

    public override async Task<int> PointLookupAsync(long id)
    {
        await using var db = new E2eContext(_options);
        return await db.Leads.AsNoTracking().FirstOrDefaultAsync(l => l.Id == id) is null ? 0 : 1;
    }

    public override async Task<int> FilteredPageAsync()
    {
        await using var db = new E2eContext(_options);
        return (await db.Leads.AsNoTracking().Where(l => l.Lead_Status == "Contacted").OrderBy(l => l.Last_Name).Take(10).ToListAsync()).Count;
    }

    public override async Task<int> ReadLeadsAsync(int count)
    {
        await using var db = new E2eContext(_options);
        return (await db.Leads.AsNoTracking().OrderBy(l => l.Id).Take(count).ToListAsync()).Count;
    }

    public override async Task<int> StreamLeadsAsync(int count)
    {
        await using var db = new E2eContext(_options);
        var rows = 0;
        await foreach (var lead in db.Leads.AsNoTracking().OrderBy(l => l.Id).Take(count).AsAsyncEnumerable())
        {
            rows += lead.Id != 0 ? 1 : 0;
        }

        return rows;
    }

    public override async Task<int> CountAsync()
    {
        await using var db = new E2eContext(_options);
        return await db.Leads.CountAsync(l => l.Lead_Status == "Contacted") >= 0 ? 1 : 0;
    }

    public override async Task<int> GroupByAsync()
    {
        await using var db = new E2eContext(_options);
        return (await db.Leads.GroupBy(l => l.Lead_Status).Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync()).Count;
    }

    public override async Task<int> IncludeAccountAsync()
    {
        await using var db = new E2eContext(_options);
        var contacts = await db.Contacts.AsNoTracking().Include(c => c.Account).OrderBy(c => c.Id).Take(1000).ToListAsync();
        return contacts.Count;
    }

    public override async Task<int> InsertAsync(string tag)
    {
        await using var db = new E2eContext(_options);
        db.Leads.AddRange(NewLeads(tag).Select(l => new E2eLead { Last_Name = l.LastName, Company = l.Company }));
        return await db.SaveChangesAsync();
    }

    public override async Task PrepareUpdateAsync(IReadOnlyList<long> ids)
    {
        _updateContext = new E2eContext(_options);
        var wanted = ids.ToList();
        _updateLeads = await _updateContext.Leads.Where(l => wanted.Contains(l.Id)).ToListAsync();
    }

    public override async Task<int> UpdateAsync(IReadOnlyList<long> ids, string value)
    {
        foreach (var lead in _updateLeads!)
        {
            lead.Designation = value;
        }

        var written = await _updateContext!.SaveChangesAsync();
        await _updateContext.DisposeAsync();
        _updateContext = null;
        return written;
    }

    public override async Task<int> SearchAsync(string description)
    {
        await using var db = new E2eContext(_options);
        return (await db.Contacts.AsNoTracking().Where(c => c.Description == description).ToListAsync()).Count;
    }

    public override async Task<int> IncludeContactsAsync()
    {
        await using var db = new E2eContext(_options);
        var accounts = await db.Accounts.AsNoTracking().Include(a => a.Contacts).ToListAsync();
        return accounts.Count + accounts.Sum(a => a.Contacts.Count);
    }

    public override async ValueTask DisposeAsync()
    {
        if (_updateContext is not null)
        {
            await _updateContext.DisposeAsync();
        }
    }
}

using EFCore.ZohoCrm.FunctionalTests.TestUtilities;
using Microsoft.EntityFrameworkCore;

namespace EFCore.ZohoCrm.FunctionalTests.Query;

/// <summary>
/// The activities' <c>What_Id</c> (a record of one of several modules) and <c>Who_Id</c> as plain id properties: read,
/// filtered and compared with LINQ-to-Objects over the emulator's records.
/// </summary>
[NonParallelizable]
public class MultiModuleLookupTests
{
    private static List<CrmTask> Tasks => EmulatorOrg.Expected<CrmTask>();

    private static IEnumerable<long> Ids(string module) => EmulatorOrg.Emulator.Domain.Records.Scan(module).Select(r => r.Id);

    [Test]
    public async Task Where_on_WhatId_compares_the_related_records_id_and_reads_both_lookups()
    {
        await using var db = EmulatorOrg.CreateContext();
        var accounts = Ids("Accounts").ToHashSet();
        var accountId = Tasks.Where(t => t.WhatId is { } w && accounts.Contains(w)).GroupBy(t => t.WhatId).OrderByDescending(g => g.Count()).First().Key;
        var query = db.Tasks.Where(t => t.WhatId == accountId);

        Assert.That(query.ToQueryString(), Does.Contain("WHERE What_Id = @accountId"));
        var expected = Tasks.Where(t => t.WhatId == accountId).Select(t => (t.Id, t.Subject, t.WhatId, t.WhoId)).ToList();
        Assert.That(expected, Is.Not.Empty);
        Assert.That((await query.ToListAsync()).Select(t => (t.Id, t.Subject, t.WhatId, t.WhoId)), Is.EquivalentTo(expected));
    }

    [Test]
    public async Task Tasks_related_to_any_of_a_set_of_deals_or_to_nothing()
    {
        await using var db = EmulatorOrg.CreateContext();
        var deals = Ids("Deals").Take(300).ToList();

        var related = await db.Tasks.Where(t => t.WhatId != null && deals.Contains(t.WhatId.Value)).Select(t => t.Id).ToListAsync();
        var unrelated = await db.Tasks.CountAsync(t => t.WhatId == null && t.WhoId != null);

        var expected = Tasks.Where(t => t.WhatId != null && deals.Contains(t.WhatId.Value)).Select(t => t.Id).ToList();
        Assert.That(expected, Is.Not.Empty);
        Assert.That(related, Is.EquivalentTo(expected));
        Assert.That(unrelated, Is.EqualTo(Tasks.Count(t => t.WhatId == null && t.WhoId != null)));
    }

    [Test]
    public async Task WhatModule_reads_the_module_of_the_related_record()
    {
        await using var db = EmulatorOrg.CreateContext();

        var read = await db.Tasks.Where(t => t.WhatId != null || t.WhoId != null).Select(t => new { t.Id, t.WhatId, t.WhatModule }).ToListAsync();

        var expected = Tasks.Where(t => t.WhatId != null || t.WhoId != null).Select(t => (t.Id, t.WhatId, t.WhatModule)).ToList();
        Assert.That(expected.Select(t => t.WhatModule).Distinct().Count(), Is.GreaterThan(2), "tasks point at several modules");
        Assert.That(read.Select(t => (t.Id, t.WhatId, t.WhatModule)), Is.EquivalentTo(expected));
    }

    [Test]
    public async Task Filtering_on_WhatModule_is_checked_on_the_client_when_ClientSideFilterLimit_allows_it()
    {
        await using (var db = EmulatorOrg.CreateContext())
        {
            var error = Assert.ThrowsAsync<global::ZohoCrm.Data.ZohoCrmQueryException>(() => db.Tasks.Where(t => t.WhatModule == "Deals").ToListAsync())!;
            Assert.That(error.Message, Does.Contain("$se_module").And.Contain("ClientSideFilterLimit"));
        }

        var expected = Tasks.Where(t => t.WhatModule == "Deals" && t.Status == "Completed").Select(t => t.Id).ToList();
        Assert.That(expected, Is.Not.Empty);
        await using (var db = new CrmContext(EmulatorOrg.ConnectionString.TrimEnd(';') + ";ClientSideFilterLimit=5000"))
        {
            var read = await db.Tasks.Where(t => t.WhatModule == "Deals" && t.Status == "Completed").Select(t => t.Id).ToListAsync();
            Assert.That(read, Is.EquivalentTo(expected));
        }
    }

    [Test]
    public async Task Notes_read_and_filter_the_record_they_hang_on_by_its_id()
    {
        await using var db = EmulatorOrg.CreateContext();
        var notes = EmulatorOrg.Expected<CrmNote>();
        var leads = Ids("Leads").ToHashSet();
        var onLeads = notes.Where(n => leads.Contains(n.ParentId)).Select(n => n.ParentId).Distinct().Take(50).ToList();

        var read = await db.Notes.Where(n => onLeads.Contains(n.ParentId)).ToListAsync();

        var expected = notes.Where(n => onLeads.Contains(n.ParentId)).Select(n => (n.Id, n.Note_Title, n.ParentId)).ToList();
        Assert.That(expected, Is.Not.Empty);
        Assert.That(read.Select(n => (n.Id, n.Note_Title, n.ParentId)), Is.EquivalentTo(expected));
    }
}

using EFCore.ZohoCrm.FunctionalTests.TestUtilities;
using Microsoft.EntityFrameworkCore;

namespace EFCore.ZohoCrm.FunctionalTests.Update;

/// <summary>
/// SaveChanges and the activities' <c>What_Id</c>: Zoho takes a new value only with the record's module
/// (<c>$se_module</c>), so <c>WhatId</c> and <c>WhatModule</c> are written together when either changes; other changes
/// leave What_Id alone. State is read back from the emulator.
/// </summary>
[NonParallelizable]
public class MultiModuleLookupSaveTests
{
    private static object? StoredWhatId(long id) => EmulatorOrg.Emulator.Domain.Records.Find("Tasks", id)!["What_Id"];

    private static (long? Id, string? Module) StoredWhat(long id)
    {
        var domain = EmulatorOrg.Emulator.Domain;
        var what = domain.Records.Find("Tasks", id)!["What_Id"] as long?;
        return (what, what is { } w ? domain.Wire.ModuleOf(domain.Schema.FindModule("Tasks")!.FindField("What_Id")!, w) : null);
    }

    [Test]
    public async Task Changing_other_fields_of_a_task_keeps_what_it_is_related_to_and_clearing_WhatId_needs_no_module()
    {
        var deal = EmulatorOrg.Emulator.Domain.Records.Scan("Deals")[0].Id;
        var id = InsertThroughZoho($$"""{"Subject":"Follow up","What_Id":{"id":"{{deal}}"},"$se_module":"Deals"}""");
        await using var db = EmulatorOrg.CreateContext();

        var task = await db.Tasks.SingleAsync(t => t.Id == id);
        Assert.That(task.WhatId, Is.EqualTo(deal));
        task.Status = "Completed";
        await db.SaveChangesAsync();
        Assert.That(StoredWhatId(id), Is.EqualTo(deal));

        task.WhatId = null;
        await db.SaveChangesAsync();
        Assert.That(StoredWhatId(id), Is.Null);

        db.Tasks.Remove(task);
        await db.SaveChangesAsync();
    }

    private static long InsertThroughZoho(string recordJson)
    {
        var request = global::ZohoCrm.Emulator.Domain.Records.RecordWriteRequest.Parse(System.Text.Encoding.UTF8.GetBytes("{\"data\":[" + recordJson + "]}"));
        var result = EmulatorOrg.Emulator.Domain.Writer.Insert("Tasks", request).Results.Single();
        Assert.That(result.Succeeded, Is.True);
        return result.Id!.Value;
    }

    [Test]
    public async Task Tasks_created_against_an_account_and_a_deal_and_moved_from_one_to_the_other()
    {
        var account = EmulatorOrg.Emulator.Domain.Records.Scan("Accounts")[0].Id;
        var deal = EmulatorOrg.Emulator.Domain.Records.Scan("Deals")[0].Id;
        await using var db = EmulatorOrg.CreateContext();
        var onAccount = new CrmTask { Subject = "Call the account", WhatId = account, WhatModule = "Accounts" };
        var onDeal = new CrmTask { Subject = "Send the deal's quote", WhatId = deal, WhatModule = "Deals" };
        db.Tasks.AddRange(onAccount, onDeal);

        await db.SaveChangesAsync();

        Assert.That(StoredWhat(onAccount.Id), Is.EqualTo(((long?)account, "Accounts")));
        Assert.That(StoredWhat(onDeal.Id), Is.EqualTo(((long?)deal, "Deals")));

        onAccount.WhatId = deal;
        onAccount.WhatModule = "Deals";
        onDeal.WhatId = account;
        onDeal.WhatModule = "Accounts";
        await db.SaveChangesAsync();

        Assert.That(StoredWhat(onAccount.Id), Is.EqualTo(((long?)deal, "Deals")));
        Assert.That(StoredWhat(onDeal.Id), Is.EqualTo(((long?)account, "Accounts")));
        await using (var reader = EmulatorOrg.CreateContext())
        {
            var read = await reader.Tasks.Where(t => t.Id == onAccount.Id || t.Id == onDeal.Id)
                .Select(t => new { t.Id, t.WhatId, t.WhatModule }).ToListAsync();
            Assert.That(read.Select(t => (t.Id, t.WhatId, t.WhatModule)), Is.EquivalentTo(new[]
            {
                (onAccount.Id, (long?)deal, "Deals"),
                (onDeal.Id, (long?)account, "Accounts"),
            }));
        }

        db.Tasks.RemoveRange(onAccount, onDeal);
        await db.SaveChangesAsync();
    }

    [Test]
    public async Task Moving_a_task_to_another_deal_sends_the_unchanged_module_with_What_Id()
    {
        var deals = EmulatorOrg.Emulator.Domain.Records.Scan("Deals").Take(2).Select(r => r.Id).ToArray();
        var id = InsertThroughZoho($$"""{"Subject":"Next deal","What_Id":{"id":"{{deals[0]}}"},"$se_module":"Deals"}""");
        await using var db = EmulatorOrg.CreateContext();
        var task = await db.Tasks.SingleAsync(t => t.Id == id);

        task.WhatId = deals[1];
        await db.SaveChangesAsync();

        Assert.That(StoredWhat(id), Is.EqualTo(((long?)deals[1], "Deals")));
        db.Tasks.Remove(task);
        await db.SaveChangesAsync();
    }

    [Test]
    public async Task Changing_only_WhatModule_sends_What_Id_with_it()
    {
        // Zoho checks What_Id against the module sent with it: a deal's id named as an account's is refused, which shows
        // the unchanged What_Id went with the new module.
        var deal = EmulatorOrg.Emulator.Domain.Records.Scan("Deals")[0].Id;
        var id = InsertThroughZoho($$"""{"Subject":"Wrong module","What_Id":{"id":"{{deal}}"},"$se_module":"Deals"}""");
        await using var db = EmulatorOrg.CreateContext();
        var task = await db.Tasks.SingleAsync(t => t.Id == id);
        Assert.That((task.WhatId, task.WhatModule), Is.EqualTo(((long?)deal, "Deals")));

        task.WhatModule = "Accounts";
        var error = Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync())!;

        Assert.That(error.Message, Does.Contain("What_Id").Or.Contain("$se_module"));
        Assert.That(StoredWhat(id), Is.EqualTo(((long?)deal, "Deals")));
        db.ChangeTracker.Clear();
        db.Tasks.Remove(new CrmTask { Id = id });
        await db.SaveChangesAsync();
    }

    [Test]
    public async Task Setting_WhatId_without_WhatModule_is_refused_by_zoho_naming_the_missing_module()
    {
        var account = EmulatorOrg.Emulator.Domain.Records.Scan("Accounts")[0].Id;
        await using var db = EmulatorOrg.CreateContext();
        db.Tasks.Add(new CrmTask { Subject = "No module", WhatId = account });

        var error = Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync())!;

        Assert.That(error.Message, Does.Contain("$se_module").And.Contain("MANDATORY_NOT_FOUND"));
    }
}

using EFCore.ZohoCrm.FunctionalTests.TestUtilities;
using Microsoft.EntityFrameworkCore;

namespace EFCore.ZohoCrm.FunctionalTests.Update;

/// <summary>
/// SaveChanges and the activities' <c>What_Id</c>: Zoho takes a new value only with the record's module
/// (<c>$se_module</c>), which COQL cannot read back, so an entity cannot carry it; other changes leave What_Id alone.
/// </summary>
[NonParallelizable]
public class MultiModuleLookupSaveTests
{
    private static object? StoredWhatId(long id) => EmulatorOrg.Emulator.Domain.Records.Find("Tasks", id)!["What_Id"];

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
    public async Task Setting_WhatId_is_refused_by_zoho_naming_the_missing_module()
    {
        var account = EmulatorOrg.Emulator.Domain.Records.Scan("Accounts")[0].Id;
        await using var db = EmulatorOrg.CreateContext();
        db.Tasks.Add(new CrmTask { Subject = "No module", WhatId = account });

        var error = Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync())!;

        Assert.That(error.Message, Does.Contain("$se_module").And.Contain("MANDATORY_NOT_FOUND"));
    }
}

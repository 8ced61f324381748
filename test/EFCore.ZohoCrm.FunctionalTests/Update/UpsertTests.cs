using EFCore.ZohoCrm.FunctionalTests.TestUtilities;
using Microsoft.EntityFrameworkCore;

namespace EFCore.ZohoCrm.FunctionalTests.Update;

/// <summary><c>DbSet.UpsertAsync</c>: new entities inserted, existing ones (matched on a unique field) updated, each reported, ids and system fields set, all tracked Unchanged.</summary>
[NonParallelizable]
public class UpsertTests
{
    [Test]
    public async Task A_mix_of_new_and_existing_entities_is_inserted_or_updated_on_the_alternate_key()
    {
        var tag = "Upsert-" + Guid.NewGuid().ToString("N")[..8];
        var existing = await InsertAsync(tag, 2);
        await using var db = new EmailLeadContext(EmulatorOrg.ConnectionString);
        var entities = new List<EmailLead>
        {
            new() { Last_Name = tag + "-0", Company = "Changed", Email = existing[0].Email },
            new() { Last_Name = tag + "-new", Company = "New", Email = tag.ToLowerInvariant() + "-new@example.com" },
            new() { Last_Name = tag + "-1", Company = "Changed", Email = existing[1].Email },
        };

        var results = await db.Leads.UpsertAsync(entities);

        Assert.That(results.Select(r => r.Entity), Is.EqualTo(entities));
        Assert.That(results.Select(r => r.Inserted), Is.EqualTo(new[] { false, true, false }));
        Assert.That(entities[0].Id, Is.EqualTo(existing[0].Id));
        Assert.That(entities[2].Id, Is.EqualTo(existing[1].Id));
        Assert.That(entities.Select(e => db.Entry(e).State), Is.All.EqualTo(EntityState.Unchanged));

        var stored = EmulatorOrg.Expected<EmailLead, EmailLeadContext>(() => new EmailLeadContext(EmulatorOrg.ConnectionString))
            .Where(l => l.Last_Name.StartsWith(tag, StringComparison.Ordinal)).ToDictionary(l => l.Id);
        Assert.That(stored, Has.Count.EqualTo(3), "two updated, one inserted, no duplicate");
        foreach (var entity in entities)
        {
            var record = stored[entity.Id];
            Assert.That((record.Email, record.Company, record.Last_Name), Is.EqualTo((entity.Email, entity.Company, entity.Last_Name)));
            Assert.That(entity.Modified_Time, Is.EqualTo(record.Modified_Time), "the system fields Zoho returned are set");
            Assert.That(entity.Created_Time, Is.EqualTo(record.Created_Time));
        }

        // Tracked as saved: a change is an ordinary update.
        entities[1].First_Name = "Ann";
        Assert.That(await db.SaveChangesAsync(), Is.EqualTo(1));
        Assert.That(EmulatorOrg.Emulator.Domain.Records.Find("Leads", entities[1].Id)!["First_Name"], Is.EqualTo("Ann"));
    }

    [Test]
    public async Task A_lambda_names_the_duplicate_check_field_and_the_synchronous_form_works_alike()
    {
        var tag = "UpsertSync-" + Guid.NewGuid().ToString("N")[..8];
        var existing = await InsertAsync(tag, 1);
        var changed = new EmailLead { Last_Name = tag + "-0", Company = "Changed", Email = existing[0].Email };
        var added = new EmailLead { Last_Name = tag + "-new", Company = "New", Email = tag.ToLowerInvariant() + "-new@example.com" };
        using var context = new EmailLeadContext(EmulatorOrg.ConnectionString);

        var results = context.Leads.Upsert([changed, added], l => l.Email);

        Assert.That(results.Select(r => r.Inserted), Is.EqualTo(new[] { false, true }));
        Assert.That(changed.Id, Is.EqualTo(existing[0].Id));
        Assert.That(added.Id, Is.GreaterThan(0));
        Assert.That(EmulatorOrg.Emulator.Domain.Records.Find("Leads", changed.Id)!["Company"], Is.EqualTo("Changed"));
        Assert.That(EmulatorOrg.Emulator.Domain.Records.Find("Leads", added.Id)!["Email"], Is.EqualTo(added.Email));
    }

    [Test]
    public void A_lambda_that_names_no_property_is_refused_before_anything_is_sent()
    {
        using var context = new EmailLeadContext(EmulatorOrg.ConnectionString);
        var exception = Assert.ThrowsAsync<ArgumentException>(() => context.Leads.UpsertAsync([new EmailLead()], l => l.Email.ToUpperInvariant()));
        Assert.That(exception!.Message, Does.Contain("must name mapped properties of 'EmailLead'"));
    }

    private static async Task<List<EmailLead>> InsertAsync(string tag, int count)
    {
        await using var db = new EmailLeadContext(EmulatorOrg.ConnectionString);
        var leads = Enumerable.Range(0, count)
            .Select(i => new EmailLead { Last_Name = $"{tag}-{i}", Company = "Before", Email = $"{tag.ToLowerInvariant()}-{i}@example.com" }).ToList();
        db.Leads.AddRange(leads);
        await db.SaveChangesAsync();
        return leads;
    }
}

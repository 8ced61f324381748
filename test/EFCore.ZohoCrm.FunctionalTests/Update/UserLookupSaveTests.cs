using EFCore.ZohoCrm.FunctionalTests.TestUtilities;
using Microsoft.EntityFrameworkCore;

namespace EFCore.ZohoCrm.FunctionalTests.Update;

/// <summary>
/// SaveChanges and user lookups: the owner is written as its id, an insert without one gets the creating user, and
/// users themselves are never written.
/// </summary>
[NonParallelizable]
public class UserLookupSaveTests
{
    private static long UserId(string lastName) => EmulatorOrg.Emulator.Domain.Schema.Users.Single(u => u.LastName == lastName).Id;

    [Test]
    public async Task Changing_OwnerId_writes_the_owner_lookup_and_reads_back()
    {
        var first = UserId("Okafor");
        var second = UserId("Tanaka");
        await using var db = EmulatorOrg.CreateContext();
        var lead = new Lead { Last_Name = "Owner-" + Guid.NewGuid().ToString("N")[..8], OwnerId = first };
        db.Leads.Add(lead);
        await db.SaveChangesAsync();
        Assert.That(EmulatorOrg.Emulator.Domain.Records.Find("Leads", lead.Id)!["Owner"], Is.EqualTo(first));

        lead.OwnerId = second;
        await db.SaveChangesAsync();

        Assert.That(EmulatorOrg.Emulator.Domain.Records.Find("Leads", lead.Id)!["Owner"], Is.EqualTo(second));
        await using (var other = EmulatorOrg.CreateContext())
        {
            var read = await other.Leads.Include(l => l.Owner).SingleAsync(l => l.Id == lead.Id);
            Assert.That(read.OwnerId, Is.EqualTo(second));
            Assert.That(read.Owner!.Email, Is.EqualTo("mei.tanaka@zylker.example"));
        }

        db.Leads.Remove(lead);
        await db.SaveChangesAsync();
    }

    [Test]
    public async Task Reassigning_a_lead_loaded_with_its_owner_to_another_loaded_user_writes_only_the_lead()
    {
        await using var db = EmulatorOrg.CreateContext();
        var lead = new Lead { Last_Name = "Reassign-" + Guid.NewGuid().ToString("N")[..8], OwnerId = UserId("Okafor") };
        db.Leads.Add(lead);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var loaded = await db.Leads.Include(l => l.Owner).Where(l => l.Id == lead.Id || l.Owner!.LastName == "Wrobel").ToListAsync();
        var target = loaded.Single(l => l.Id == lead.Id);
        var wrobel = loaded.First(l => l.Owner!.LastName == "Wrobel").Owner!;
        target.Owner = wrobel;
        var before = await EmulatorOrg.LastRequestSeqAsync();
        await db.SaveChangesAsync();

        var calls = await EmulatorOrg.ApiCallsAfterAsync(before);
        Assert.That(calls.Select(c => c.Method + " " + c.Path), Is.EqualTo(new[] { "PUT /crm/v8/Leads" }));
        Assert.That(target.OwnerId, Is.EqualTo(wrobel.Id));
        Assert.That(EmulatorOrg.Emulator.Domain.Records.Find("Leads", lead.Id)!["Owner"], Is.EqualTo(wrobel.Id));
        db.Leads.Remove(target);
        await db.SaveChangesAsync();
    }

    [Test]
    public async Task Assigning_an_attached_user_to_the_navigation_writes_its_id()
    {
        var owner = UserId("Raman");
        await using var db = EmulatorOrg.CreateContext();
        var user = new ZohoCrmUser { Id = owner };
        db.Attach(user);
        var lead = new Lead { Last_Name = "Attached-" + Guid.NewGuid().ToString("N")[..8], Owner = user };
        db.Leads.Add(lead);
        await db.SaveChangesAsync();

        Assert.That(lead.OwnerId, Is.EqualTo(owner));
        Assert.That(EmulatorOrg.Emulator.Domain.Records.Find("Leads", lead.Id)!["Owner"], Is.EqualTo(owner));
        db.Leads.Remove(lead);
        await db.SaveChangesAsync();
    }

    [Test]
    public async Task Insert_without_an_owner_gets_the_creating_user_and_reads_it_back()
    {
        await using var db = EmulatorOrg.CreateContext();
        var lead = new Lead { Last_Name = "NoOwner-" + Guid.NewGuid().ToString("N")[..8] };
        db.Leads.Add(lead);
        await db.SaveChangesAsync();

        var currentUser = EmulatorOrg.Emulator.Domain.Schema.CurrentUser.Id;
        Assert.That(EmulatorOrg.Emulator.Domain.Records.Find("Leads", lead.Id)!["Owner"], Is.EqualTo(currentUser));
        Assert.That(lead.OwnerId, Is.EqualTo(currentUser));
        Assert.That(db.Entry(lead).State, Is.EqualTo(EntityState.Unchanged));
        db.Leads.Remove(lead);
        await db.SaveChangesAsync();
    }

    [Test]
    public async Task An_owner_mapped_as_a_plain_long_is_written_as_the_lookup_and_read_back()
    {
        await using var db = new ScalarOwnerContext(EmulatorOrg.ConnectionString);
        var lead = new ScalarOwnerLead { Last_Name = "Scalar-" + Guid.NewGuid().ToString("N")[..8] };
        db.Leads.Add(lead);
        await db.SaveChangesAsync();
        Assert.That(lead.OwnerId, Is.EqualTo(EmulatorOrg.Emulator.Domain.Schema.CurrentUser.Id));

        lead.OwnerId = UserId("Raman");
        await db.SaveChangesAsync();
        Assert.That(EmulatorOrg.Emulator.Domain.Records.Find("Leads", lead.Id)!["Owner"], Is.EqualTo(lead.OwnerId));
        Assert.That(await db.Leads.Where(l => l.OwnerId == lead.OwnerId && l.Id == lead.Id).CountAsync(), Is.EqualTo(1));
        db.Leads.Remove(lead);
        await db.SaveChangesAsync();
    }

    [Test]
    public async Task A_new_user_assigned_to_the_navigation_is_refused_before_anything_is_written()
    {
        await using var db = EmulatorOrg.CreateContext();
        await db.Leads.Take(1).ToListAsync();
        var before = await EmulatorOrg.LastRequestSeqAsync();
        var lastName = "NewUser-" + Guid.NewGuid().ToString("N")[..8];
        db.Accounts.Add(new Account { Account_Name = lastName });
        db.Leads.Add(new Lead { Last_Name = lastName, Owner = new ZohoCrmUser { Id = UserId("Raman") } });

        var exception = Assert.ThrowsAsync<InvalidOperationException>(async () => await db.SaveChangesAsync());

        Assert.That(exception!.Message, Does.Contain("insert a 'ZohoCrmUser'").And.Contain("lead.OwnerId = userId").And.Contain("context.Attach(user)"));
        Assert.That(await EmulatorOrg.ApiCallsAfterAsync(before), Is.Empty);
        Assert.That(EmulatorOrg.Emulator.Domain.Records.Scan("Leads").Any(r => (string?)r["Last_Name"] == lastName), Is.False);
    }

    [Test]
    public async Task Changing_or_deleting_a_loaded_user_is_refused()
    {
        await using var db = EmulatorOrg.CreateContext();
        var lead = await db.Leads.Include(l => l.Owner).FirstAsync();
        var before = await EmulatorOrg.LastRequestSeqAsync();

        lead.Owner!.Email = "someone.else@zylker.example";
        var update = Assert.ThrowsAsync<InvalidOperationException>(async () => await db.SaveChangesAsync());
        Assert.That(update!.Message, Does.Contain("update a 'ZohoCrmUser'"));

        db.Entry(lead.Owner).State = EntityState.Deleted;
        var delete = Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
        Assert.That(delete!.Message, Does.Contain("delete a 'ZohoCrmUser'"));
        Assert.That(await EmulatorOrg.ApiCallsAfterAsync(before), Is.Empty);
    }

    [Test]
    public async Task Created_By_and_Modified_By_are_read_back_and_never_written()
    {
        await using var db = new Query.UserLookupTests.AuditContext(EmulatorOrg.ConnectionString);
        var lead = new Query.UserLookupTests.AuditedLead { Last_Name = "Audit-" + Guid.NewGuid().ToString("N")[..8], CreatedById = UserId("Raman") };
        db.Leads.Add(lead);
        await db.SaveChangesAsync();

        var currentUser = EmulatorOrg.Emulator.Domain.Schema.CurrentUser.Id;
        Assert.That(lead.CreatedById, Is.EqualTo(currentUser));
        Assert.That(lead.ModifiedById, Is.EqualTo(currentUser));

        lead.ModifiedById = UserId("Raman");
        lead.Last_Name += "-changed";
        await db.SaveChangesAsync();
        Assert.That(EmulatorOrg.Emulator.Domain.Records.Find("Leads", lead.Id)!["Modified_By"], Is.EqualTo(currentUser));
        Assert.That(lead.ModifiedById, Is.EqualTo(currentUser));

        db.Leads.Remove(lead);
        await db.SaveChangesAsync();
    }

    /// <summary>A lead whose owner is only its id, with no navigation.</summary>
    [System.ComponentModel.DataAnnotations.Schema.Table("Leads")]
    public class ScalarOwnerLead
    {
        public long Id { get; set; }

        public string Last_Name { get; set; } = "";

        [System.ComponentModel.DataAnnotations.Schema.Column("Owner")]
        public long? OwnerId { get; set; }
    }

    public class ScalarOwnerContext(string connectionString) : DbContext
    {
        public DbSet<ScalarOwnerLead> Leads => Set<ScalarOwnerLead>();

        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseZohoCrm(connectionString);
    }
}

using System.ComponentModel.DataAnnotations.Schema;
using EFCore.ZohoCrm.FunctionalTests.TestUtilities;
using Microsoft.EntityFrameworkCore;
using ZohoCrm.Emulator.Domain.Metadata;

namespace EFCore.ZohoCrm.FunctionalTests.Query;

/// <summary>
/// Owner and user lookups in queries: the foreign key compares the user id, the navigation to
/// <see cref="ZohoCrmUser"/> becomes COQL's lower-case user path (<c>Owner.email</c>), and Include fills the users
/// from the same call. Results are compared with LINQ-to-Objects over the emulator's records and users.
/// </summary>
[NonParallelizable]
public class UserLookupTests
{
    private static List<Lead> Leads => EmulatorOrg.Expected<Lead>();

    private static List<Contact> Contacts => EmulatorOrg.Expected<Contact>();

    private static Dictionary<long, UserDefinition> Users => EmulatorOrg.Emulator.Domain.Schema.Users.ToDictionary(u => u.Id);

    [Test]
    public async Task Where_on_the_owner_foreign_key_compares_the_user_id()
    {
        await using var db = EmulatorOrg.CreateContext();
        var ownerId = Leads.GroupBy(l => l.OwnerId).OrderBy(g => g.Count()).First(g => g.Key != null).Key;
        var query = db.Leads.Where(l => l.OwnerId == ownerId).Select(l => l.Id);

        Assert.That(query.ToQueryString(), Does.EndWith("SELECT id FROM Leads WHERE Owner = @ownerId"));
        var expected = Leads.Where(l => l.OwnerId == ownerId).Select(l => l.Id).ToList();
        Assert.That(expected, Is.Not.Empty);
        Assert.That(await query.ToListAsync(), Is.EquivalentTo(expected));
    }

    [Test]
    public async Task Comparing_the_owner_navigation_compares_the_lookup_itself()
    {
        await using var db = EmulatorOrg.CreateContext();
        var owner = new ZohoCrmUser { Id = Users.Values.First(u => u.LastName == "Okafor").Id };
        var query = db.Leads.Where(l => l.Owner == owner || l.Owner == null).Select(l => l.Id);

        Assert.That(query.ToQueryString(), Does.EndWith("SELECT id FROM Leads WHERE Owner = @entity_equality_owner_Id OR Owner IS NULL"));
        var expected = Leads.Where(l => l.OwnerId == owner.Id || l.OwnerId == null).Select(l => l.Id).ToList();
        Assert.That(expected, Is.Not.Empty);
        Assert.That(await query.ToListAsync(), Is.EquivalentTo(expected));
        Assert.That(await db.Leads.CountAsync(l => l.Owner != null), Is.EqualTo(Leads.Count(l => l.OwnerId != null)));
    }

    [Test]
    public async Task Where_on_the_owner_email_is_the_Owner_email_path()
    {
        await using var db = EmulatorOrg.CreateContext();
        var email = Users.Values.First(u => u.LastName == "Raman").Email;
        var query = db.Leads.Where(l => l.Owner!.Email == email).Select(l => l.Id);

        Assert.That(query.ToQueryString(), Does.EndWith("SELECT id FROM Leads WHERE Owner.email = @email"));
        var users = Users;
        var expected = Leads.Where(l => l.OwnerId is { } o && users[o].Email == email).Select(l => l.Id).ToList();
        Assert.That(expected, Is.Not.Empty);
        Assert.That(await query.ToListAsync(), Is.EquivalentTo(expected));
    }

    [Test]
    public async Task OrderBy_owner_last_name_sorts_on_Owner_last_name()
    {
        await using var db = EmulatorOrg.CreateContext();
        var query = db.Leads.OrderBy(l => l.Owner!.LastName).ThenBy(l => l.Id).Take(300).Select(l => new { l.Id, Owner = l.Owner!.LastName });

        Assert.That(query.ToQueryString(), Does.EndWith("SELECT id, Owner.last_name FROM Leads ORDER BY Owner.last_name ASC, id ASC LIMIT @p"));
        var users = Users;
        var expected = Leads.OrderBy(l => users[l.OwnerId!.Value].LastName, StringComparer.OrdinalIgnoreCase).ThenBy(l => l.Id).Take(300)
            .Select(l => new { l.Id, Owner = (string?)users[l.OwnerId!.Value].LastName }).ToList();
        Assert.That(await query.ToListAsync(), Is.EqualTo(expected));
    }

    [Test]
    public async Task Select_of_owner_fields_reads_the_user_paths()
    {
        await using var db = EmulatorOrg.CreateContext();
        var query = db.Leads.Where(l => l.Lead_Status == "Contacted")
            .Select(l => new { l.Id, l.Last_Name, OwnerEmail = l.Owner!.Email, OwnerName = l.Owner.FullName });

        Assert.That(query.ToQueryString(),
            Is.EqualTo("SELECT id, Last_Name, Owner.email, Owner.full_name FROM Leads WHERE Lead_Status = 'Contacted'"));
        var users = Users;
        var expected = Leads.Where(l => l.Lead_Status == "Contacted")
            .Select(l => new { l.Id, l.Last_Name, OwnerEmail = (string?)users[l.OwnerId!.Value].Email, OwnerName = (string?)users[l.OwnerId!.Value].FullName })
            .ToList();
        Assert.That(expected, Is.Not.Empty);
        Assert.That(await query.ToListAsync(), Is.EquivalentTo(expected));
    }

    [Test]
    public async Task Where_on_a_contact_owner_name_combines_with_other_conditions()
    {
        await using var db = EmulatorOrg.CreateContext();
        var actual = await db.Contacts.Where(c => c.Owner!.FirstName == "Priya" || c.Owner!.LastName == "Tanaka")
            .Where(c => !c.Email_Opt_Out)
            .Select(c => c.Id).ToListAsync();
        var users = Users;
        var expected = Contacts
            .Where(c => c.OwnerId is { } o && (users[o].FirstName == "Priya" || users[o].LastName == "Tanaka"))
            .Where(c => !c.Email_Opt_Out)
            .Select(c => c.Id).ToList();
        Assert.That(expected, Is.Not.Empty);
        Assert.That(actual, Is.EquivalentTo(expected));
    }

    [Test]
    public async Task Include_of_the_owner_fills_it_from_the_same_COQL_call_with_tracking()
    {
        await using var db = EmulatorOrg.CreateContext();
        await db.Leads.Take(1).ToListAsync(); // token and metadata are fetched once per data source
        var before = await EmulatorOrg.LastRequestSeqAsync();
        var leads = await db.Leads.Include(l => l.Owner).Where(l => l.Last_Name.StartsWith("A")).ToListAsync();
        var calls = await EmulatorOrg.ApiCallsAfterAsync(before);

        Assert.That(calls.Select(c => c.Method + " " + c.Path), Is.EqualTo(new[] { "POST /crm/v8/coql" }));
        AssertOwnersMatch(leads);
        // One tracked instance per user, shared by the leads that user owns.
        var owners = leads.Select(l => l.Owner!).ToList();
        Assert.That(owners.Distinct().Count(), Is.EqualTo(leads.Select(l => l.OwnerId).Distinct().Count()));
        Assert.That(db.ChangeTracker.Entries<ZohoCrmUser>().Count(), Is.EqualTo(owners.Distinct().Count()));
        Assert.That(db.ChangeTracker.HasChanges(), Is.False);
    }

    [Test]
    public async Task Include_of_the_owner_without_tracking()
    {
        await using var db = EmulatorOrg.CreateContext();
        var leads = await db.Leads.AsNoTracking().Include(l => l.Owner).Where(l => l.Lead_Source == "Web Download").ToListAsync();

        AssertOwnersMatch(leads);
        Assert.That(db.ChangeTracker.Entries().Count(), Is.Zero);
    }

    [Test]
    public async Task Include_of_the_owner_and_of_the_account_with_its_fields_in_one_call()
    {
        await using var db = EmulatorOrg.CreateContext();
        var query = db.Contacts.Include(c => c.Owner).Include(c => c.Account).Where(c => c.Owner!.LastName == "Okafor");

        Assert.That(query.ToQueryString(), Does.Contain("Owner.id, Owner.email, Owner.first_name, Owner.full_name, Owner.last_name")
            .And.Contain("Account_Name.id").And.EndWith("WHERE Owner.last_name = 'Okafor'"));
        var contacts = await query.ToListAsync();
        var expected = Contacts.Where(c => c.OwnerId is { } o && Users[o].LastName == "Okafor").Select(c => c.Id).ToList();
        Assert.That(contacts.Select(c => c.Id), Is.EquivalentTo(expected));
        Assert.That(contacts, Has.All.Matches<Contact>(c => c.Owner!.LastName == "Okafor" && c.Owner.Id == c.OwnerId));
        Assert.That(contacts.Where(c => c.AccountId != null), Has.All.Matches<Contact>(c => c.Account!.Id == c.AccountId));
    }

    [Test]
    public async Task Querying_the_users_as_a_set_says_to_use_lookups_or_the_Users_API()
    {
        await using var db = EmulatorOrg.CreateContext();
        var exception = Assert.ThrowsAsync<InvalidOperationException>(async () => await db.Set<ZohoCrmUser>().ToListAsync());
        Assert.That(exception!.Message, Does.Contain("not a COQL module").And.Contain("l.Owner.Email").And.Contain("GetUsersAsync"));
    }

    [Test]
    public async Task Explicit_loading_of_the_owner_says_to_Include_it()
    {
        await using var db = EmulatorOrg.CreateContext();
        var lead = await db.Leads.OrderBy(l => l.Id).FirstAsync();
        var exception = Assert.ThrowsAsync<InvalidOperationException>(async () => await db.Entry(lead).Reference(l => l.Owner).LoadAsync());
        Assert.That(exception!.Message, Does.Contain("Include it from the records that hold the lookup"));
        Assert.That(lead.Owner, Is.Null);
    }

    [Test]
    public async Task Created_By_and_Modified_By_are_user_lookups_too()
    {
        await using var db = new AuditContext(EmulatorOrg.ConnectionString);
        var creator = Users.Values.First(u => u.LastName == "Wrobel");
        var query = db.Leads.Include(l => l.CreatedBy).Include(l => l.ModifiedBy).Where(l => l.CreatedBy!.Email == creator.Email);

        Assert.That(query.ToQueryString(), Does.Contain("Created_By.email").And.Contain("Modified_By.last_name")
            .And.EndWith("WHERE Created_By.email = @creator_Email"));
        var leads = await query.ToListAsync();
        var expected = EmulatorOrg.Emulator.Domain.Records.Scan("Leads").Where(r => (long?)r["Created_By"] == creator.Id)
            .ToDictionary(r => r.Id, r => (long)r["Modified_By"]!);
        Assert.That(expected, Is.Not.Empty);
        Assert.That(leads.Select(l => l.Id), Is.EquivalentTo(expected.Keys));
        Assert.That(leads, Has.All.Matches<AuditedLead>(l => l.CreatedBy!.Email == creator.Email && l.CreatedById == creator.Id));
        Assert.That(leads, Has.All.Matches<AuditedLead>(l => l.ModifiedById == expected[l.Id] && l.ModifiedBy!.Id == expected[l.Id]));
        // Both are the same tracked instance when one user created and last modified a lead.
        Assert.That(leads.Where(l => l.ModifiedById == l.CreatedById), Has.All.Matches<AuditedLead>(l => ReferenceEquals(l.CreatedBy, l.ModifiedBy)));
    }

    [Test]
    public async Task A_user_entity_type_of_ones_own_maps_to_the_lower_case_user_keys()
    {
        await using var db = new SalesRepContext(EmulatorOrg.ConnectionString);
        var leads = await db.Leads.Where(l => l.Owner!.First_Name == "Mei").Include(l => l.Owner).ToListAsync();

        var expected = Leads.Where(l => l.OwnerId is { } o && Users[o].FirstName == "Mei").Select(l => l.Id).ToList();
        Assert.That(expected, Is.Not.Empty);
        Assert.That(leads.Select(l => l.Id), Is.EquivalentTo(expected));
        Assert.That(leads, Has.All.Matches<RepLead>(l => l.Owner!.Email == "mei.tanaka@zylker.example" && l.Owner.First_Name == "Mei"));
    }

    [Test]
    public async Task The_owner_role_of_a_declared_user_type_is_the_Owner_role_name_path()
    {
        await using var db = new SalesRepContext(EmulatorOrg.ConnectionString);
        var query = db.Leads.Where(l => l.Owner!.Role!.Name == "Manager").Select(l => new { l.Id, Role = l.Owner!.Role!.Name, RoleId = l.Owner.RoleId });

        Assert.That(query.ToQueryString(), Is.EqualTo("SELECT id, Owner.role.name, Owner.role FROM Leads WHERE Owner.role.name = 'Manager'"));
        var users = Users;
        var expected = Leads.Where(l => l.OwnerId is { } o && users[o].RoleName == "Manager")
            .Select(l => new { l.Id, Role = (string?)"Manager", RoleId = (long?)users[l.OwnerId!.Value].RoleId }).ToList();
        Assert.That(expected, Is.Not.Empty);
        Assert.That(await query.ToListAsync(), Is.EquivalentTo(expected));
    }

    private static void AssertOwnersMatch(IReadOnlyCollection<Lead> leads)
    {
        var users = Users;
        Assert.That(leads, Is.Not.Empty);
        foreach (var lead in leads)
        {
            var user = users[lead.OwnerId!.Value];
            Assert.That(lead.Owner, Is.Not.Null);
            Assert.That(
                new { lead.Owner!.Id, lead.Owner.FirstName, lead.Owner.LastName, lead.Owner.FullName, lead.Owner.Email },
                Is.EqualTo(new { user.Id, FirstName = (string?)user.FirstName, LastName = (string?)user.LastName, FullName = (string?)user.FullName, Email = (string?)user.Email }));
        }
    }

    /// <summary>Leads with their audit lookups.</summary>
    [Table("Leads")]
    public class AuditedLead
    {
        public long Id { get; set; }

        public string Last_Name { get; set; } = "";

        [Column("Created_By")]
        public long? CreatedById { get; set; }

        public ZohoCrmUser? CreatedBy { get; set; }

        [Column("Modified_By")]
        public long? ModifiedById { get; set; }

        public ZohoCrmUser? ModifiedBy { get; set; }
    }

    /// <summary>Leads whose owner is a user type declared by the application.</summary>
    [Table("Leads")]
    public class RepLead
    {
        public long Id { get; set; }

        [Column("Owner")]
        public long? OwnerId { get; set; }

        public SalesRep? Owner { get; set; }
    }

    /// <summary>A user type of the application's own, mapped to Zoho's users, with the user's role.</summary>
    public class SalesRep
    {
        public long Id { get; set; }

        public string? First_Name { get; set; }

        public string? Email { get; set; }

        public long? RoleId { get; set; }

        public SalesRole? Role { get; set; }
    }

    /// <summary>A Zoho role, which COQL reaches from a user (<c>Owner.role.name</c>).</summary>
    [Table("roles")]
    public class SalesRole
    {
        public long Id { get; set; }

        public string? Name { get; set; }
    }

    public class AuditContext(string connectionString) : DbContext
    {
        public DbSet<AuditedLead> Leads => Set<AuditedLead>();

        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseZohoCrm(connectionString);
    }

    public class SalesRepContext(string connectionString) : DbContext
    {
        public DbSet<RepLead> Leads => Set<RepLead>();

        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseZohoCrm(connectionString);

        protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.Entity<SalesRep>().ToTable("users");
    }
}

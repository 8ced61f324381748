using System.ComponentModel.DataAnnotations.Schema;
using EFCore.ZohoCrm.FunctionalTests.TestUtilities;
using EFCore.ZohoCrm.Properties;
using Microsoft.EntityFrameworkCore;
using ZohoCrm.Data.Metadata;

namespace EFCore.ZohoCrm.FunctionalTests.Query;

/// <summary>
/// Include of collection navigations against the emulator: the query runs without the collection, then one query on
/// the related module filtered by the lookup loads the collections of each batch of returned records. Results are
/// compared with LINQ to Objects over the emulator's own records.
/// </summary>
[NonParallelizable]
public class IncludeTests
{
    private static Dictionary<long, long[]> ExpectedContactsByAccount() =>
        EmulatorOrg.Expected<Contact>().Where(c => c.AccountId != null).GroupBy(c => c.AccountId!.Value)
            .ToDictionary(g => g.Key, g => g.Select(c => c.Id).ToArray());

    private static void AssertContactsOf(IEnumerable<Account> accounts, Dictionary<long, long[]> expected)
    {
        foreach (var account in accounts)
        {
            Assert.That(account.Contacts.Select(c => c.Id), Is.EquivalentTo(expected.GetValueOrDefault(account.Id, [])), "contacts of " + account.Id);
            Assert.That(account.Contacts.All(c => ReferenceEquals(c.Account, account)), Is.True, "each contact points back to its account");
        }
    }

    [Test]
    public async Task Include_of_a_collection_loads_the_contacts_of_every_account()
    {
        await using var db = EmulatorOrg.CreateContext();
        var expectedAccounts = EmulatorOrg.Expected<Account>().Where(a => a.Industry == "Large Enterprise").Select(a => a.Id).ToList();

        var accounts = await db.Accounts.Include(a => a.Contacts).Where(a => a.Industry == "Large Enterprise").ToListAsync();

        Assert.That(accounts.Select(a => a.Id), Is.EquivalentTo(expectedAccounts));
        Assert.That(accounts.Sum(a => a.Contacts.Count), Is.GreaterThan(0));
        AssertContactsOf(accounts, ExpectedContactsByAccount());
        Assert.That(accounts.All(a => db.Entry(a).Collection(x => x.Contacts).IsLoaded), Is.True);
    }

    [Test]
    public void Include_of_a_collection_runs_synchronously_too()
    {
        using var db = EmulatorOrg.CreateContext();
        var accounts = db.Accounts.Include(a => a.Contacts).Where(a => a.Industry == "Small/Medium Enterprise").ToList();

        Assert.That(accounts.Select(a => a.Id), Is.EquivalentTo(EmulatorOrg.Expected<Account>().Where(a => a.Industry == "Small/Medium Enterprise").Select(a => a.Id)));
        AssertContactsOf(accounts, ExpectedContactsByAccount());
    }

    [Test]
    public async Task Include_without_tracking_fixes_up_both_navigations_and_tracks_nothing()
    {
        await using var db = EmulatorOrg.CreateContext();
        var accounts = await db.Accounts.AsNoTracking().Include(a => a.Contacts).Where(a => a.Industry == "Large Enterprise").ToListAsync();

        Assert.That(accounts, Is.Not.Empty);
        AssertContactsOf(accounts, ExpectedContactsByAccount());
        Assert.That(db.ChangeTracker.Entries(), Is.Empty);
    }

    [Test]
    public async Task Include_with_identity_resolution_shares_one_instance_per_record()
    {
        await using var db = EmulatorOrg.CreateContext();
        var contacts = await db.Contacts.AsNoTrackingWithIdentityResolution()
            .Include(c => c.Account).ThenInclude(a => a!.Contacts)
            .Where(c => c.Lead_Source == "Advertisement").ToListAsync();

        var expected = ExpectedContactsByAccount();
        var accounts = contacts.Where(c => c.Account != null).Select(c => c.Account!).ToList();
        Assert.That(accounts, Is.Not.Empty);
        Assert.That(accounts.GroupBy(a => a.Id).All(g => g.Distinct().Count() == 1), Is.True, "one Account instance per id");
        foreach (var account in accounts.Distinct())
        {
            Assert.That(account.Contacts.Select(c => c.Id), Is.EquivalentTo(expected[account.Id]));
            Assert.That(account.Contacts.Select(c => c.Id).Distinct().Count(), Is.EqualTo(account.Contacts.Count), "no contact added twice");
        }

        Assert.That(db.ChangeTracker.Entries(), Is.Empty);
    }

    [Test]
    public async Task Collection_after_reference_loads_the_collection_of_each_referenced_account_once()
    {
        await using var db = EmulatorOrg.CreateContext();
        var contacts = await db.Contacts.Include(c => c.Account).ThenInclude(a => a!.Contacts).ToListAsync();

        Assert.That(contacts, Has.Count.EqualTo(EmulatorOrg.Expected<Contact>().Count), "more than one batch of 2,000 contacts");
        var expected = ExpectedContactsByAccount();
        foreach (var account in contacts.Where(c => c.Account != null).Select(c => c.Account!).Distinct())
        {
            Assert.That(account.Contacts.Select(c => c.Id), Is.EquivalentTo(expected[account.Id]));
        }
    }

    [Test]
    public void Streaming_synchronously_across_batches_without_tracking()
    {
        using var db = EmulatorOrg.CreateContext();
        var expected = ExpectedContactsByAccount();
        var count = 0;
        foreach (var contact in db.Contacts.AsNoTracking().Include(c => c.Account).ThenInclude(a => a!.Contacts).OrderBy(c => c.Id))
        {
            if (contact.Account is { } account)
            {
                Assert.That(account.Contacts.Select(c => c.Id), Is.EquivalentTo(expected[account.Id]));
            }

            count++;
        }

        Assert.That(count, Is.EqualTo(EmulatorOrg.Expected<Contact>().Count), "three batches of up to 2,000 contacts");
    }

    [Test]
    public async Task Order_of_the_query_is_kept()
    {
        await using var db = EmulatorOrg.CreateContext();
        var expected = EmulatorOrg.Expected<Account>().Where(a => a.Industry == "Large Enterprise")
            .OrderByDescending(a => a.Annual_Revenue).ThenBy(a => a.Id).Select(a => a.Id).ToList();

        var accounts = await db.Accounts.Where(a => a.Industry == "Large Enterprise").Include(a => a.Contacts)
            .OrderByDescending(a => a.Annual_Revenue).ThenBy(a => a.Id).ToListAsync();

        Assert.That(accounts.Select(a => a.Id), Is.EqualTo(expected));
        AssertContactsOf(accounts, ExpectedContactsByAccount());
    }

    [Test]
    public async Task Filtered_include_loads_only_the_matching_contacts_in_their_order()
    {
        await using var db = EmulatorOrg.CreateContext();
        var source = "Advertisement";
        var expected = EmulatorOrg.Expected<Contact>().Where(c => c.AccountId != null && c.Lead_Source == source)
            .GroupBy(c => c.AccountId!.Value).ToDictionary(g => g.Key, g => g.OrderBy(c => c.Last_Name).ThenBy(c => c.Id).Select(c => c.Id).ToList());

        var accounts = await db.Accounts.AsNoTracking()
            .Include(a => a.Contacts.Where(c => c.Lead_Source == source).OrderBy(c => c.Last_Name).ThenBy(c => c.Id))
            .Where(a => a.Industry == "Large Enterprise").ToListAsync();

        Assert.That(accounts, Is.Not.Empty);
        foreach (var account in accounts)
        {
            Assert.That(account.Contacts.Select(c => c.Id), Is.EqualTo(expected.GetValueOrDefault(account.Id, [])));
        }
    }

    [Test]
    public async Task String_include_of_a_collection()
    {
        await using var db = EmulatorOrg.CreateContext();
        var accounts = await db.Accounts.Include("Contacts").Where(a => a.Industry == "Small/Medium Enterprise").ToListAsync();

        Assert.That(accounts, Is.Not.Empty);
        AssertContactsOf(accounts, ExpectedContactsByAccount());
    }

    [Test]
    public async Task First_loads_the_collection_of_the_one_record()
    {
        await using var db = EmulatorOrg.CreateContext();
        var expected = ExpectedContactsByAccount().MaxBy(p => p.Value.Length);

        var account = await db.Accounts.Include(a => a.Contacts).FirstAsync(a => a.Id == expected.Key);
        var again = db.Accounts.AsNoTracking().Include(a => a.Contacts).Single(a => a.Id == expected.Key);

        Assert.That(account.Contacts.Select(c => c.Id), Is.EquivalentTo(expected.Value));
        Assert.That(again.Contacts.Select(c => c.Id), Is.EquivalentTo(expected.Value));
    }

    private static readonly Func<CrmContext, string, IAsyncEnumerable<Account>> AccountsWithContactsByIndustry =
        EF.CompileAsyncQuery((CrmContext db, string industry) => db.Accounts.Include(a => a.Contacts).Where(a => a.Industry == industry));

    [Test]
    public async Task Compiled_query_with_a_collection_include()
    {
        await using var db = EmulatorOrg.CreateContext();
        var expected = ExpectedContactsByAccount();
        foreach (var industry in new[] { "Large Enterprise", "Storage Equipment" })
        {
            var accounts = new List<Account>();
            await foreach (var account in AccountsWithContactsByIndustry(db, industry))
            {
                accounts.Add(account);
            }

            Assert.That(accounts.Select(a => a.Id), Is.EquivalentTo(EmulatorOrg.Expected<Account>().Where(a => a.Industry == industry).Select(a => a.Id)));
            AssertContactsOf(accounts, expected);
        }
    }

    [Test]
    public async Task Streaming_all_accounts_without_tracking_loads_every_collection()
    {
        await using var db = EmulatorOrg.CreateContext();
        var expected = ExpectedContactsByAccount();
        var count = 0;
        await foreach (var account in db.Accounts.AsNoTracking().Include(a => a.Contacts).AsAsyncEnumerable())
        {
            Assert.That(account.Contacts.Select(c => c.Id), Is.EquivalentTo(expected.GetValueOrDefault(account.Id, [])));
            count++;
        }

        Assert.That(count, Is.EqualTo(EmulatorOrg.Expected<Account>().Count));
    }

    [Test]
    public async Task Include_for_N_accounts_costs_one_root_call_and_one_contacts_call_per_2000_accounts()
    {
        await using var db = EmulatorOrg.CreateContext();
        // The token and each module's field metadata are fetched once per data source.
        await db.Accounts.AsNoTracking().Include(a => a.Contacts).Take(1).ToListAsync();
        var before = await EmulatorOrg.LastRequestSeqAsync();

        var accounts = await db.Accounts.Include(a => a.Contacts).Where(a => a.Industry == "Large Enterprise").ToListAsync();

        var calls = await EmulatorOrg.ApiCallsAfterAsync(before);
        Assert.That(accounts.Count, Is.InRange(101, 2000), "more accounts than one COQL IN list of 100 holds");
        Assert.That(accounts.Sum(a => a.Contacts.Count), Is.LessThanOrEqualTo(2000), "the contacts fit in one page");
        // One COQL call for the accounts; one for their contacts (the long id list becomes OR'ed IN lists of 100).
        Assert.That(calls.Select(c => c.Method + " " + c.Path), Is.EqualTo(new[] { "POST /crm/v8/coql", "POST /crm/v8/coql" }));
    }

    [Test]
    public async Task Include_over_the_whole_module_costs_one_call_per_page_of_accounts_and_of_contacts()
    {
        await using var db = EmulatorOrg.CreateContext();
        await db.Accounts.AsNoTracking().Include(a => a.Contacts).Take(1).ToListAsync();
        var before = await EmulatorOrg.LastRequestSeqAsync();

        var accounts = await db.Accounts.AsNoTracking().Include(a => a.Contacts).ToListAsync();

        var calls = await EmulatorOrg.ApiCallsAfterAsync(before);
        var contacts = EmulatorOrg.Expected<Contact>().Count(c => c.AccountId != null);
        Assert.That(accounts, Has.Count.EqualTo(EmulatorOrg.Expected<Account>().Count));
        Assert.That(accounts.Sum(a => a.Contacts.Count), Is.EqualTo(contacts));
        // Pages of 2,000 records: the accounts, then their contacts (all 2,000 ids in one query of OR'ed IN lists).
        Assert.That(calls, Has.Count.EqualTo(Pages(accounts.Count) + Pages(contacts)));
        static int Pages(int records) => (records + 1999) / 2000;
    }

    [Test]
    public async Task Include_of_the_account_for_1000_contacts_is_one_call()
    {
        await using var db = EmulatorOrg.CreateContext();
        await db.Contacts.AsNoTracking().Include(c => c.Account).FirstAsync();
        var before = await EmulatorOrg.LastRequestSeqAsync();

        var contacts = await db.Contacts.Include(c => c.Account).OrderBy(c => c.Id).Take(1000).ToListAsync();

        var calls = await EmulatorOrg.ApiCallsAfterAsync(before);
        var accounts = EmulatorOrg.Expected<Account>().ToDictionary(a => a.Id);
        Assert.That(contacts.Select(c => c.Id), Is.EqualTo(EmulatorOrg.Expected<Contact>().Select(c => c.Id).Order().Take(1000)));
        Assert.That(contacts.Where(c => c.AccountId != null).All(c => c.Account!.Account_Name == accounts[c.AccountId!.Value].Account_Name), Is.True);
        // The account's fields are lookup paths (Account_Name.Account_Name, ...) of the same COQL query, LIMIT 1000.
        Assert.That(calls, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task First_with_a_reference_include_reads_the_account_through_the_lookup()
    {
        await using var db = EmulatorOrg.CreateContext();
        var expected = EmulatorOrg.Expected<Contact>().Where(c => c.AccountId != null && c.Lead_Source == "Trade Show").MinBy(c => c.Last_Name + c.Id.ToString("D20"))!;

        var contact = await db.Contacts.Include(c => c.Account).Where(c => c.Lead_Source == "Trade Show" && c.AccountId != null)
            .OrderBy(c => c.Last_Name).ThenBy(c => c.Id).FirstAsync();

        Assert.That(contact.Id, Is.EqualTo(expected.Id));
        Assert.That(contact.Account!.Id, Is.EqualTo(expected.AccountId));
    }

    [Test]
    public async Task Cancellation_stops_an_include_query()
    {
        await using var db = EmulatorOrg.CreateContext();
        using var cancellation = new CancellationTokenSource();
        var read = 0;
        Assert.CatchAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in db.Accounts.Include(a => a.Contacts).AsAsyncEnumerable().WithCancellation(cancellation.Token))
            {
                read++;
                await cancellation.CancelAsync();
            }
        });
        Assert.That(read, Is.EqualTo(1));

        await cancellation.CancelAsync();
        Assert.CatchAsync<OperationCanceledException>(async () => await db.Accounts.Include(a => a.Contacts).FirstAsync(cancellation.Token));
    }

    [Test]
    public void Collection_in_a_projection_fails_and_names_the_alternatives()
    {
        using var db = EmulatorOrg.CreateContext();
        var exception = Assert.Throws<InvalidOperationException>(() => db.Accounts.Select(a => new { a.Account_Name, a.Contacts }).ToList());
        Assert.That(exception!.Message, Does.Contain(ZohoCrmStrings.CollectionJoinNotSupported));
    }

    [Test]
    public void Include_then_projection_to_another_shape_fails_and_says_to_project_after_loading()
    {
        using var db = EmulatorOrg.CreateContext();
        var exception = Assert.Throws<InvalidOperationException>(
            () => db.Accounts.Include(a => a.Contacts).Select(a => new { a, a.Account_Name }).ToList());
        Assert.That(exception!.Message, Is.EqualTo(ZohoCrmStrings.CollectionIncludeNotOnResults("Account.Contacts", "Account")));
    }

    [Test]
    public async Task Include_before_a_projection_to_values_is_ignored_as_EF_does()
    {
        await using var db = EmulatorOrg.CreateContext();
        var names = await db.Accounts.Include(a => a.Contacts).Where(a => a.Industry == "Small/Medium Enterprise").Select(a => a.Account_Name).ToListAsync();
        Assert.That(names, Is.EquivalentTo(EmulatorOrg.Expected<Account>().Where(a => a.Industry == "Small/Medium Enterprise").Select(a => a.Account_Name)));
        Assert.That(await db.Accounts.Include(a => a.Contacts).CountAsync(a => a.Industry == "Small/Medium Enterprise"), Is.EqualTo(names.Count));
    }

    [Test]
    public void Filtered_include_with_Take_fails_and_says_why()
    {
        using var db = EmulatorOrg.CreateContext();
        var exception = Assert.Throws<InvalidOperationException>(() => db.Accounts.Include(a => a.Contacts.Take(3)).ToList());
        Assert.That(exception!.Message, Is.EqualTo(ZohoCrmStrings.FilteredIncludeOperatorNotSupported("Account.Contacts", "Take")));
    }

    // Chains through a third module, on a model of Accounts, Contacts and Deals.
    [Test]
    public async Task Reference_after_collection_and_collection_after_collection()
    {
        await using var db = new SalesContext(EmulatorOrg.ConnectionString);
        var deals = Records("Deals");
        var contacts = Records("Contacts");

        var accounts = await db.Accounts.Where(a => a.Industry == "Large Enterprise")
            .Include(a => a.Deals).ThenInclude(d => d.Contact)
            .Include(a => a.Contacts).ThenInclude(c => c.Deals)
            .ToListAsync();

        Assert.That(accounts, Is.Not.Empty);
        foreach (var account in accounts)
        {
            Assert.That(account.Deals.Select(d => d.Id), Is.EquivalentTo(deals.Where(d => Equals(d["Account_Name"], account.Id)).Select(d => d.Id)));
            foreach (var deal in account.Deals)
            {
                Assert.That(deal.Contact?.Id, Is.EqualTo(deal.ContactId));
            }

            Assert.That(account.Contacts.Select(c => c.Id), Is.EquivalentTo(contacts.Where(c => Equals(c["Account_Name"], account.Id)).Select(c => c.Id)));
            foreach (var contact in account.Contacts)
            {
                Assert.That(contact.Deals.Select(d => d.Id), Is.EquivalentTo(deals.Where(d => Equals(d["Contact_Name"], contact.Id)).Select(d => d.Id)));
            }
        }
    }

    [Test]
    public async Task Collection_after_reference_after_collection_without_tracking()
    {
        await using var db = new SalesContext(EmulatorOrg.ConnectionString);
        var deals = Records("Deals");

        var contacts = await db.Contacts.AsNoTracking().Where(c => c.Lead_Source == "Advertisement")
            .Include(c => c.Deals).ThenInclude(d => d.Account).ThenInclude(a => a!.Deals)
            .ToListAsync();

        Assert.That(contacts.SelectMany(c => c.Deals).Count(d => d.Account != null), Is.GreaterThan(0));
        foreach (var deal in contacts.SelectMany(c => c.Deals))
        {
            Assert.That(deal.Account?.Id, Is.EqualTo(deal.AccountId));
            if (deal.Account is { } account)
            {
                Assert.That(account.Deals.Select(d => d.Id), Is.EquivalentTo(deals.Where(d => Equals(d["Account_Name"], account.Id)).Select(d => d.Id)));
            }
        }
    }

    [Test]
    public async Task Collections_configured_with_AutoInclude_are_loaded_unless_ignored()
    {
        await using var db = new AutoIncludeContext(EmulatorOrg.ConnectionString);
        var contacts = Records("Contacts");
        var deals = Records("Deals");

        var accounts = await db.Accounts.Where(a => a.Industry == "Storage Equipment").ToListAsync();
        var bare = await db.Accounts.AsNoTracking().IgnoreAutoIncludes().Where(a => a.Industry == "Storage Equipment").ToListAsync();

        Assert.That(accounts, Is.Not.Empty);
        foreach (var account in accounts)
        {
            Assert.That(account.Contacts.Select(c => c.Id), Is.EquivalentTo(contacts.Where(c => Equals(c["Account_Name"], account.Id)).Select(c => c.Id)));
            foreach (var contact in account.Contacts)
            {
                Assert.That(contact.Deals.Select(d => d.Id), Is.EquivalentTo(deals.Where(d => Equals(d["Contact_Name"], contact.Id)).Select(d => d.Id)));
            }
        }

        Assert.That(bare.Select(a => a.Id), Is.EquivalentTo(accounts.Select(a => a.Id)));
        Assert.That(bare.All(a => a.Contacts.Count == 0), Is.True);
    }

    private static List<global::ZohoCrm.Emulator.Domain.Records.StoredRecord> Records(string module) =>
        EmulatorOrg.Emulator.Domain.Records.Scan(module).ToList();

    public sealed class SalesContext(string connectionString) : DbContext
    {
        public DbSet<SalesAccount> Accounts => Set<SalesAccount>();

        public DbSet<SalesContact> Contacts => Set<SalesContact>();

        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseZohoCrm(connectionString);

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<SalesAccount>().Property(a => a.Industry).HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);
            modelBuilder.Entity<SalesContact>().Property(c => c.Lead_Source).HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);
        }
    }

    private sealed class AutoIncludeContext(string connectionString) : DbContext
    {
        public DbSet<SalesAccount> Accounts => Set<SalesAccount>();

        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseZohoCrm(connectionString);

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<SalesAccount>().Property(a => a.Industry).HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);
            modelBuilder.Entity<SalesContact>().Property(c => c.Lead_Source).HasZohoCrmFieldType(ZohoCrmFieldType.Picklist);
            modelBuilder.Entity<SalesAccount>().Navigation(a => a.Contacts).AutoInclude();
            modelBuilder.Entity<SalesContact>().Navigation(c => c.Deals).AutoInclude();
        }
    }

    [Table("Accounts")]
    public sealed class SalesAccount
    {
        public long Id { get; set; }

        public string Account_Name { get; set; } = "";

        public string? Industry { get; set; }

        public List<SalesContact> Contacts { get; set; } = [];

        public List<SalesDeal> Deals { get; set; } = [];
    }

    [Table("Contacts")]
    public sealed class SalesContact
    {
        public long Id { get; set; }

        public string Last_Name { get; set; } = "";

        public string? Lead_Source { get; set; }

        [Column("Account_Name")]
        public long? AccountId { get; set; }

        public SalesAccount? Account { get; set; }

        public List<SalesDeal> Deals { get; set; } = [];
    }

    [Table("Deals")]
    public sealed class SalesDeal
    {
        public long Id { get; set; }

        public string Deal_Name { get; set; } = "";

        [Column("Account_Name")]
        public long? AccountId { get; set; }

        public SalesAccount? Account { get; set; }

        [Column("Contact_Name")]
        public long? ContactId { get; set; }

        public SalesContact? Contact { get; set; }
    }
}

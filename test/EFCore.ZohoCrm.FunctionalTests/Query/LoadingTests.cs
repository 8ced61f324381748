using System.ComponentModel.DataAnnotations.Schema;
using EFCore.ZohoCrm.FunctionalTests.TestUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace EFCore.ZohoCrm.FunctionalTests.Query;

/// <summary>
/// Explicit loading (Entry(...).Collection/Reference) and lazy loading (proxies, and an injected ILazyLoader) against
/// the emulator: each load is one query on the related module, compared with the emulator's own records.
/// </summary>
[NonParallelizable]
public class LoadingTests
{
    private static (long AccountId, long[] ContactIds) AccountWithMostContacts()
    {
        var group = EmulatorOrg.Expected<Contact>().Where(c => c.AccountId != null).GroupBy(c => c.AccountId!.Value)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First();
        return (group.Key, group.Select(c => c.Id).ToArray());
    }

    [Test]
    public async Task Collection_LoadAsync_loads_the_contacts_in_one_call_and_marks_the_collection_loaded()
    {
        await using var db = EmulatorOrg.CreateContext();
        var (accountId, contactIds) = AccountWithMostContacts();
        var account = await db.Accounts.SingleAsync(a => a.Id == accountId);
        await db.Contacts.AsNoTracking().Take(1).ToListAsync(); // the module's field metadata is read once per data source
        var before = await EmulatorOrg.LastRequestSeqAsync();

        await db.Entry(account).Collection(a => a.Contacts).LoadAsync();

        Assert.That((await EmulatorOrg.ApiCallsAfterAsync(before)).Select(c => c.Method + " " + c.Path), Is.EqualTo(new[] { "POST /crm/v8/coql" }));
        Assert.That(account.Contacts.Select(c => c.Id), Is.EquivalentTo(contactIds));
        Assert.That(account.Contacts.All(c => ReferenceEquals(c.Account, account)), Is.True);
        Assert.That(db.Entry(account).Collection(a => a.Contacts).IsLoaded, Is.True);
    }

    [Test]
    public void Collection_Load_works_synchronously()
    {
        using var db = EmulatorOrg.CreateContext();
        var (accountId, contactIds) = AccountWithMostContacts();
        var account = db.Accounts.Single(a => a.Id == accountId);

        db.Entry(account).Collection(a => a.Contacts).Load();

        Assert.That(account.Contacts.Select(c => c.Id), Is.EquivalentTo(contactIds));
    }

    [Test]
    public async Task Collection_Query_filters_on_the_server_and_fixes_up_what_it_loads()
    {
        await using var db = EmulatorOrg.CreateContext();
        var (accountId, _) = AccountWithMostContacts();
        var expected = EmulatorOrg.Expected<Contact>().Where(c => c.AccountId == accountId && !c.Email_Opt_Out).Select(c => c.Id).ToList();
        var account = await db.Accounts.SingleAsync(a => a.Id == accountId);

        var loaded = await db.Entry(account).Collection(a => a.Contacts).Query().Where(c => !c.Email_Opt_Out).ToListAsync();
        var count = await db.Entry(account).Collection(a => a.Contacts).Query().CountAsync();

        Assert.That(loaded.Select(c => c.Id), Is.EquivalentTo(expected));
        Assert.That(account.Contacts.Select(c => c.Id), Is.EquivalentTo(expected), "tracked results are fixed up into the collection");
        Assert.That(count, Is.EqualTo(EmulatorOrg.Expected<Contact>().Count(c => c.AccountId == accountId)));
        Assert.That(db.Entry(account).Collection(a => a.Contacts).IsLoaded, Is.False, "a filtered query does not load the whole collection");
    }

    [Test]
    public async Task Reference_LoadAsync_and_Load_load_the_account_of_a_contact()
    {
        await using var db = EmulatorOrg.CreateContext();
        var expected = EmulatorOrg.Expected<Contact>().Where(c => c.AccountId != null).OrderBy(c => c.Id).Take(2).ToList();
        var accounts = EmulatorOrg.Expected<Account>().ToDictionary(a => a.Id);
        var first = await db.Contacts.SingleAsync(c => c.Id == expected[0].Id);
        var second = await db.Contacts.SingleAsync(c => c.Id == expected[1].Id);

        await db.Entry(first).Reference(c => c.Account).LoadAsync();
        db.Entry(second).Reference(c => c.Account).Load();

        Assert.That(first.Account!.Id, Is.EqualTo(expected[0].AccountId));
        Assert.That(first.Account.Account_Name, Is.EqualTo(accounts[first.Account.Id].Account_Name));
        Assert.That(second.Account!.Id, Is.EqualTo(expected[1].AccountId));
        Assert.That(first.Account.Contacts, Does.Contain(first));
        Assert.That(db.Entry(first).Reference(c => c.Account).IsLoaded, Is.True);
    }

    [Test]
    public async Task LoadAsync_honours_cancellation()
    {
        await using var db = EmulatorOrg.CreateContext();
        var account = await db.Accounts.OrderBy(a => a.Id).FirstAsync();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        Assert.CatchAsync<OperationCanceledException>(() => db.Entry(account).Collection(a => a.Contacts).LoadAsync(cancellation.Token));
    }

    [Test]
    public async Task Lazy_loading_proxies_load_a_collection_and_a_reference_once_each()
    {
        await using var db = new ProxyContext(EmulatorOrg.ConnectionString);
        var (accountId, contactIds) = AccountWithMostContacts();
        var account = await db.Accounts.SingleAsync(a => a.Id == accountId);
        await db.Contacts.AsNoTracking().Take(1).ToListAsync();
        var before = await EmulatorOrg.LastRequestSeqAsync();

        var contacts = account.Contacts.ToList();
        _ = account.Contacts.Count;
        var calls = await EmulatorOrg.ApiCallsAfterAsync(before);

        Assert.That(account.GetType(), Is.Not.EqualTo(typeof(LazyAccount)), "a proxy");
        Assert.That(contacts.Select(c => c.Id), Is.EquivalentTo(contactIds));
        Assert.That(calls, Has.Count.EqualTo(1), "the second access uses the loaded collection");

        var contact = await db.Contacts.OrderBy(c => c.Id).FirstAsync(c => c.AccountId != null && c.AccountId != accountId);
        var expectedAccount = EmulatorOrg.Expected<Account>().Single(a => a.Id == contact.AccountId);
        Assert.That(contact.Account!.Account_Name, Is.EqualTo(expectedAccount.Account_Name));
    }

    [Test]
    public async Task Lazy_loading_after_a_collection_Include_makes_no_further_call()
    {
        await using var db = new ProxyContext(EmulatorOrg.ConnectionString);
        var (accountId, contactIds) = AccountWithMostContacts();
        var account = await db.Accounts.Include(a => a.Contacts).SingleAsync(a => a.Id == accountId);
        var before = await EmulatorOrg.LastRequestSeqAsync();

        var contacts = account.Contacts.ToList();

        Assert.That(contacts.Select(c => c.Id), Is.EquivalentTo(contactIds));
        Assert.That(await EmulatorOrg.ApiCallsAfterAsync(before), Is.Empty);
    }

    [Test]
    public async Task Untracked_proxies_do_not_lazy_load_a_collection_that_Include_loaded()
    {
        await using var db = new ProxyContext(EmulatorOrg.ConnectionString);
        var (accountId, contactIds) = AccountWithMostContacts();
        var account = await db.Accounts.AsNoTracking().Include(a => a.Contacts).SingleAsync(a => a.Id == accountId);
        var before = await EmulatorOrg.LastRequestSeqAsync();

        var contacts = account.Contacts.ToList();

        Assert.That(contacts.Select(c => c.Id), Is.EquivalentTo(contactIds));
        Assert.That(await EmulatorOrg.ApiCallsAfterAsync(before), Is.Empty);
    }

    [Test]
    public async Task Lazy_loading_through_an_injected_ILazyLoader()
    {
        await using var db = new LoaderContext(EmulatorOrg.ConnectionString);
        var (accountId, contactIds) = AccountWithMostContacts();
        var account = await db.Accounts.SingleAsync(a => a.Id == accountId);

        Assert.That(account.Contacts.Select(c => c.Id), Is.EquivalentTo(contactIds));
        Assert.That(account.Contacts.All(c => ReferenceEquals(c.Account, account)), Is.True);
    }

    private sealed class ProxyContext(string connectionString) : DbContext
    {
        public DbSet<LazyAccount> Accounts => Set<LazyAccount>();

        public DbSet<LazyContact> Contacts => Set<LazyContact>();

        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
            optionsBuilder.UseZohoCrm(connectionString).UseLazyLoadingProxies();
    }

    private sealed class LoaderContext(string connectionString) : DbContext
    {
        public DbSet<LoaderAccount> Accounts => Set<LoaderAccount>();

        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseZohoCrm(connectionString);
    }
}

[Table("Accounts")]
public class LazyAccount
{
    public virtual long Id { get; set; }

    public virtual string Account_Name { get; set; } = "";

    public virtual ICollection<LazyContact> Contacts { get; set; } = new List<LazyContact>();
}

[Table("Contacts")]
public class LazyContact
{
    public virtual long Id { get; set; }

    public virtual string Last_Name { get; set; } = "";

    [Column("Account_Name")]
    public virtual long? AccountId { get; set; }

    public virtual LazyAccount? Account { get; set; }
}

/// <summary>Lazy loading without proxies: EF injects the loader through the constructor.</summary>
[Table("Accounts")]
public class LoaderAccount
{
    private readonly ILazyLoader? _lazyLoader;
    private List<LoaderContact>? _contacts;

    public LoaderAccount()
    {
    }

    private LoaderAccount(ILazyLoader lazyLoader) => _lazyLoader = lazyLoader;

    public long Id { get; set; }

    public string Account_Name { get; set; } = "";

    public List<LoaderContact> Contacts
    {
        get => _lazyLoader.Load(this, ref _contacts) ?? [];
        set => _contacts = value;
    }
}

[Table("Contacts")]
public class LoaderContact
{
    public long Id { get; set; }

    public string Last_Name { get; set; } = "";

    [Column("Account_Name")]
    public long? AccountId { get; set; }

    public LoaderAccount? Account { get; set; }
}

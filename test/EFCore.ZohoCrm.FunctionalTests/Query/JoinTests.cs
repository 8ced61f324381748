using System.ComponentModel.DataAnnotations.Schema;
using EFCore.ZohoCrm.FunctionalTests.TestUtilities;
using Microsoft.EntityFrameworkCore;

namespace EFCore.ZohoCrm.FunctionalTests.Query;

/// <summary>
/// LINQ joins on lookups (Contacts→Accounts, Deals→Contacts, Deals→Accounts), in query and method syntax, give the
/// rows LINQ-to-Objects gives over the emulator's records: an inner join keeps only the records whose lookup is set
/// (also when only the outer side is projected, and under Count, Any and paging), a left join keeps them all.
/// </summary>
public class JoinTests
{
    private static List<Contact> Contacts => Oracle.Contacts;

    private static List<Account> Accounts => Oracle.Accounts;

    private static List<Deal> Deals => Oracle.Deals;

    [OneTimeSetUp]
    public void The_org_has_records_with_and_without_each_lookup()
    {
        // Otherwise an inner join that keeps every record could not be told from a right one.
        Assert.That(Contacts.Count(c => c.AccountId is null), Is.GreaterThan(0).And.LessThan(Contacts.Count));
        Assert.That(Deals.Count(d => d.ContactId is null), Is.GreaterThan(0).And.LessThan(Deals.Count));
        Assert.That(Deals.Count(d => d.AccountId is null), Is.GreaterThan(0).And.LessThan(Deals.Count));
    }

    [Test]
    public async Task Inner_join_in_method_syntax_projecting_both_sides_matches_LINQ()
    {
        await using var db = CrmQueryContext.Create();
        var actual = await db.Contacts.Join(db.Accounts, c => c.AccountId, a => (long?)a.Id, (c, a) => new { c.Id, a.Account_Name }).ToListAsync();
        var expected = Contacts.Join(Accounts, c => c.AccountId, a => (long?)a.Id, (c, a) => new { c.Id, a.Account_Name }).ToList();

        Assert.That(actual, Is.EquivalentTo(expected));
    }

    [Test]
    public async Task Inner_join_in_query_syntax_projecting_the_outer_side_only_matches_LINQ()
    {
        await using var db = CrmQueryContext.Create();
        var actual = await (from c in db.Contacts join a in db.Accounts on c.AccountId equals a.Id select c.Id).ToListAsync();
        var expected = (from c in Contacts join a in Accounts on c.AccountId equals a.Id select c.Id).ToList();

        Assert.That(actual, Is.EquivalentTo(expected));
    }

    [Test]
    public async Task Inner_join_projecting_the_inner_side_only_matches_LINQ()
    {
        await using var db = CrmQueryContext.Create();
        var actual = await (from d in db.Deals join c in db.Contacts on d.ContactId equals c.Id select new { c.Id, c.Last_Name }).ToListAsync();
        var expected = (from d in Deals join c in Contacts on d.ContactId equals c.Id select new { c.Id, c.Last_Name }).ToList();

        Assert.That(actual, Is.EquivalentTo(expected));
    }

    [Test]
    public async Task Inner_join_returning_entities_matches_LINQ()
    {
        await using var db = CrmQueryContext.Create();
        var actual = await db.Deals.Join(db.Accounts, d => d.AccountId, a => a.Id, (d, a) => new { Deal = d, Account = a })
            .AsNoTracking().ToListAsync();
        var expected = Deals.Join(Accounts, d => d.AccountId, a => a.Id, (d, a) => new { DealId = d.Id, AccountId = a.Id, a.Account_Name }).ToList();

        Assert.That(actual.Select(x => new { DealId = x.Deal.Id, AccountId = x.Account.Id, x.Account.Account_Name }), Is.EquivalentTo(expected));
    }

    [Test]
    public async Task Where_on_either_side_of_an_inner_join_matches_LINQ()
    {
        var industry = Accounts.First(a => a.Industry != null).Industry;
        await using var db = CrmQueryContext.Create();

        var onOuter = await (from d in db.Deals join c in db.Contacts on d.ContactId equals c.Id where d.Amount > 100_000m select d.Id).ToListAsync();
        var onInner = await (from c in db.Contacts join a in db.Accounts on c.AccountId equals a.Id where a.Industry == industry select c.Id).ToListAsync();
        var onBoth = await db.Deals.Join(db.Accounts, d => d.AccountId, a => a.Id, (d, a) => new { d, a })
            .Where(x => x.d.Stage != "Closed Lost" && x.a.Industry != industry).Select(x => x.d.Id).ToListAsync();
        var onInnerEmptyField = await (from c in db.Contacts join a in db.Accounts on c.AccountId equals a.Id where a.Industry == null select c.Id).ToListAsync();

        Assert.Multiple(() =>
        {
            Assert.That(onOuter, Is.EquivalentTo(from d in Deals join c in Contacts on d.ContactId equals c.Id where d.Amount > 100_000m select d.Id));
            Assert.That(onInner, Is.EquivalentTo(from c in Contacts join a in Accounts on c.AccountId equals a.Id where a.Industry == industry select c.Id));
            Assert.That(onBoth, Is.EquivalentTo(Deals.Join(Accounts, d => d.AccountId, a => a.Id, (d, a) => new { d, a })
                .Where(x => x.d.Stage != "Closed Lost" && x.a.Industry != industry).Select(x => x.d.Id)));
            Assert.That(onInnerEmptyField, Is.EquivalentTo(from c in Contacts join a in Accounts on c.AccountId equals a.Id where a.Industry == null select c.Id));
        });
    }

    [Test]
    public async Task Inner_join_of_a_filtered_module_matches_LINQ()
    {
        var industry = Accounts.GroupBy(a => a.Industry).Where(g => g.Key != null).OrderByDescending(g => g.Count()).First().Key;
        await using var db = CrmQueryContext.Create();
        var rows = await (from c in db.Contacts
                          join a in db.Accounts.Where(a => a.Industry == industry) on c.AccountId equals a.Id
                          select new { c.Id, a.Account_Name }).ToListAsync();
        var count = await db.Deals.Where(d => d.Amount > 50_000m)
            .Join(db.Accounts.Where(a => a.Industry != industry), d => d.AccountId, a => a.Id, (d, a) => d.Id).CountAsync();
        var page = await db.Deals.Join(db.Contacts.Where(c => !c.Email_Opt_Out), d => d.ContactId, c => c.Id, (d, c) => new { d.Id, c.Last_Name })
            .OrderBy(x => x.Id).Skip(7).Take(30).ToListAsync();

        Assert.Multiple(() =>
        {
            Assert.That(rows, Is.EquivalentTo(from c in Contacts
                                              join a in Accounts.Where(a => a.Industry == industry) on c.AccountId equals a.Id
                                              select new { c.Id, a.Account_Name }));
            Assert.That(count, Is.EqualTo(Deals.Where(d => d.Amount > 50_000m)
                .Join(Accounts.Where(a => a.Industry != industry), d => d.AccountId, a => a.Id, (d, a) => d.Id).Count()));
            Assert.That(page, Is.EqualTo(Deals.Join(Contacts.Where(c => !c.Email_Opt_Out), d => d.ContactId, c => c.Id, (d, c) => new { d.Id, c.Last_Name })
                .OrderBy(x => x.Id).Skip(7).Take(30)));
        });
    }

    [Test]
    public async Task Count_and_Any_of_an_inner_join_match_LINQ()
    {
        await using var db = CrmQueryContext.Create();
        var contactsWithAccount = await db.Contacts.Join(db.Accounts, c => c.AccountId, a => (long?)a.Id, (c, a) => new { c.Id, a.Account_Name }).CountAsync();
        var dealsWithContact = await (from d in db.Deals join c in db.Contacts on d.ContactId equals c.Id select d).CountAsync();
        var dealsWithAccount = await db.Deals.Join(db.Accounts, d => d.AccountId, a => a.Id, (d, a) => a.Id).LongCountAsync();
        var anyWithoutContactJoined = await db.Deals.Where(d => d.ContactId == null).Join(db.Contacts, d => d.ContactId, c => c.Id, (d, c) => d).AnyAsync();
        var anyWithContactJoined = await db.Deals.Where(d => d.ContactId != null).Join(db.Contacts, d => d.ContactId, c => c.Id, (d, c) => d).AnyAsync();

        Assert.Multiple(() =>
        {
            Assert.That(contactsWithAccount, Is.EqualTo(Contacts.Join(Accounts, c => c.AccountId, a => (long?)a.Id, (c, a) => c).Count()));
            Assert.That(dealsWithContact, Is.EqualTo((from d in Deals join c in Contacts on d.ContactId equals c.Id select d).Count()));
            Assert.That(dealsWithAccount, Is.EqualTo(Deals.Join(Accounts, d => d.AccountId, a => a.Id, (d, a) => a.Id).LongCount()));
            Assert.That(anyWithoutContactJoined, Is.False);
            Assert.That(anyWithContactJoined, Is.True);
        });
    }

    [Test]
    public async Task Take_after_an_inner_join_pages_the_joined_records_only()
    {
        await using var db = CrmQueryContext.Create();
        var first = await db.Contacts.Join(db.Accounts, c => c.AccountId, a => a.Id, (c, a) => new { c.Id, a.Account_Name })
            .OrderBy(x => x.Id).Take(40).ToListAsync();
        var unordered = await db.Deals.Join(db.Contacts, d => d.ContactId, c => c.Id, (d, c) => d.Id).Take(15).ToListAsync();
        var firstWithContact = await (from d in db.Deals join c in db.Contacts on d.ContactId equals c.Id orderby d.Id select d.Id).FirstAsync();

        var expected = Contacts.Join(Accounts, c => c.AccountId, a => a.Id, (c, a) => new { c.Id, a.Account_Name }).OrderBy(x => x.Id).ToList();
        var dealsWithContact = Deals.Join(Contacts, d => d.ContactId, c => c.Id, (d, c) => d.Id).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(first, Is.EqualTo(expected.Take(40)));
            Assert.That(unordered, Has.Count.EqualTo(Math.Min(15, dealsWithContact.Count)).And.SubsetOf(dealsWithContact));
            Assert.That(firstWithContact, Is.EqualTo(dealsWithContact.Min()));
        });
    }

    [Test]
    public async Task OrderBy_Skip_Take_after_an_inner_join_matches_LINQ()
    {
        await using var db = CrmQueryContext.Create();
        var actual = await (from d in db.Deals
                            join a in db.Accounts on d.AccountId equals a.Id
                            orderby d.Amount descending, d.Id
                            select new { d.Id, d.Amount, a.Account_Name })
            .Skip(10).Take(100).ToListAsync();
        var expected = (from d in Deals
                        join a in Accounts on d.AccountId equals a.Id
                        orderby d.Amount descending, d.Id
                        select new { d.Id, d.Amount, a.Account_Name })
            .Skip(10).Take(100).ToList();

        Assert.That(actual, Is.EqualTo(expected));
    }

    [Test]
    public async Task Paged_inner_join_under_a_reference_Include_keeps_the_condition_inside_the_page()
    {
        await using var db = CrmQueryContext.Create();
        var actual = await db.Deals.Join(db.Contacts, d => d.ContactId, c => c.Id, (d, c) => d)
            .OrderByDescending(d => d.Id).Skip(2).Take(10).Include(d => d.Account).AsNoTracking()
            .Select(d => new { d.Id, Account = d.Account == null ? null : d.Account.Account_Name }).ToListAsync();
        var accounts = Accounts.ToDictionary(a => a.Id);
        var expected = Deals.Join(Contacts, d => d.ContactId, c => c.Id, (d, c) => d)
            .OrderByDescending(d => d.Id).Skip(2).Take(10)
            .Select(d => new { d.Id, Account = d.AccountId is { } id ? accounts[id].Account_Name : null }).ToList();

        Assert.That(actual, Is.EqualTo(expected));
    }

    [Test]
    public async Task Left_join_in_query_syntax_keeps_every_record_as_LINQ_does()
    {
        await using var db = CrmQueryContext.Create();
        var actual = await (from c in db.Contacts
                            join a in db.Accounts on c.AccountId equals a.Id into accounts
                            from a in accounts.DefaultIfEmpty()
                            select new { c.Id, Account = a == null ? null : a.Account_Name }).ToListAsync();
        var expected = (from c in Contacts
                        join a in Accounts on c.AccountId equals a.Id into accounts
                        from a in accounts.DefaultIfEmpty()
                        select new { c.Id, Account = a == null ? null : a.Account_Name }).ToList();

        Assert.That(expected.Count, Is.EqualTo(Contacts.Count));
        Assert.That(actual, Is.EquivalentTo(expected));
    }

    [Test]
    public async Task Left_join_in_method_syntax_with_Count_Where_and_a_page_matches_LINQ()
    {
        await using var db = CrmQueryContext.Create();
        var count = await db.Deals.LeftJoin(db.Contacts, d => d.ContactId, c => c.Id, (d, c) => new { d.Id, c }).CountAsync();
        var withoutContact = await db.Deals.LeftJoin(db.Contacts, d => d.ContactId, c => c.Id, (d, c) => new { d.Id, c })
            .Where(x => x.c == null).Select(x => x.Id).ToListAsync();
        var page = await db.Deals.LeftJoin(db.Accounts, d => d.AccountId, a => a.Id, (d, a) => new { d.Id, Account = a == null ? null : a.Account_Name })
            .OrderBy(x => x.Id).Skip(3).Take(25).ToListAsync();
        var joinedAfterPage = await db.Contacts.OrderBy(c => c.Id).Skip(100).Take(50)
            .LeftJoin(db.Accounts, c => c.AccountId, a => a.Id, (c, a) => new { c.Id, Account = a == null ? null : a.Account_Name }).ToListAsync();

        Assert.Multiple(() =>
        {
            Assert.That(joinedAfterPage, Is.EqualTo(Contacts.OrderBy(c => c.Id).Skip(100).Take(50)
                .LeftJoin(Accounts, c => c.AccountId, a => a.Id, (c, a) => new { c.Id, Account = a == null ? null : a.Account_Name })));
            Assert.That(count, Is.EqualTo(Deals.Count));
            Assert.That(withoutContact, Is.EquivalentTo(Deals.LeftJoin(Contacts, d => d.ContactId, c => c.Id, (d, c) => new { d.Id, c })
                .Where(x => x.c == null).Select(x => x.Id)));
            Assert.That(page, Is.EqualTo(Deals.LeftJoin(Accounts, d => d.AccountId, a => a.Id, (d, a) => new { d.Id, Account = a == null ? null : a.Account_Name })
                .OrderBy(x => x.Id).Skip(3).Take(25)));
        });
    }

    [Test]
    public async Task Optional_navigation_keeps_every_record()
    {
        await using var db = CrmQueryContext.Create();
        var included = await db.Deals.Include(d => d.Contact).AsNoTracking().ToListAsync();
        var projected = await db.Deals.Select(d => new { d.Id, Contact = d.Contact!.Last_Name }).ToListAsync();
        var contacts = Contacts.ToDictionary(c => c.Id);

        Assert.Multiple(() =>
        {
            Assert.That(included.Select(d => (d.Id, d.Contact?.Id)), Is.EquivalentTo(Deals.Select(d => (d.Id, d.ContactId))));
            Assert.That(projected, Is.EquivalentTo(Deals.Select(d => new { d.Id, Contact = d.ContactId is { } id ? contacts[id].Last_Name : null })));
        });
    }

    [Test]
    public async Task Required_navigation_is_an_inner_join_and_skips_records_whose_lookup_is_empty()
    {
        // EF joins a required principal with INNER JOIN, so a record whose (required) lookup is empty is not in a
        // query through the navigation, as a row without its principal is not in a relational database's answer.
        await using var db = new RequiredContactContext();
        var included = await db.Deals.Include(d => d.Contact).AsNoTracking().Select(d => new { d.Id, ContactId = d.Contact.Id }).ToListAsync();
        var projected = await db.Deals.Select(d => new { d.Id, d.Contact.Last_Name }).ToListAsync();
        var counted = await db.Deals.CountAsync(d => d.Contact.Last_Name != null);
        var contacts = Contacts.ToDictionary(c => c.Id);
        var withContact = Deals.Where(d => d.ContactId is not null).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(included, Is.EquivalentTo(withContact.Select(d => new { d.Id, ContactId = d.ContactId!.Value })));
            Assert.That(projected, Is.EquivalentTo(withContact.Select(d => new { d.Id, contacts[d.ContactId!.Value].Last_Name })));
            Assert.That(counted, Is.EqualTo(withContact.Count));
        });
    }

    /// <summary>A deal whose contact is mapped as required (a non-nullable foreign key).</summary>
    [Table("Deals")]
    public class DealOfContact
    {
        public long Id { get; set; }

        [Column("Contact_Name")]
        public long ContactId { get; set; }

        public Contact Contact { get; set; } = null!;
    }

    private sealed class RequiredContactContext() : CrmContext(EmulatorOrg.ConnectionString)
    {
        public DbSet<DealOfContact> Deals => Set<DealOfContact>();

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            base.OnModelCreating(modelBuilder);
            modelBuilder.Entity<DealOfContact>().HasOne(d => d.Contact).WithMany().HasForeignKey(d => d.ContactId);
        }
    }
}

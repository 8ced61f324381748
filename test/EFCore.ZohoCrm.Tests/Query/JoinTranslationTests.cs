using System.ComponentModel.DataAnnotations.Schema;
using EFCore.ZohoCrm.Properties;
using EFCore.ZohoCrm.Tests.TestUtilities;
using Microsoft.EntityFrameworkCore;

namespace EFCore.ZohoCrm.Tests.Query;

/// <summary>
/// Joins on a lookup are COQL lookup paths, which keep every record as a LEFT JOIN does; an INNER JOIN keeps only
/// the records whose lookup is set, so its text carries <c>&lt;lookup&gt; IS NOT NULL</c>, in the same query as the
/// page that follows it.
/// </summary>
public class JoinTranslationTests
{
    [Test]
    public void Inner_join_projecting_both_sides_requires_the_lookup()
    {
        using var db = new CrmContext();
        var text = db.Contacts.Join(db.Accounts, c => c.AccountId, a => (long?)a.Id, (c, a) => new { c.Id, a.Account_Name }).ToQueryString();
        Assert.That(text, Is.EqualTo("SELECT id, Account_Name.Account_Name FROM Contacts WHERE Account_Name IS NOT NULL"));
    }

    [Test]
    public void Inner_join_in_query_syntax_projecting_the_outer_side_only_requires_the_lookup()
    {
        using var db = new CrmContext();
        var query = from c in db.Contacts
                    join a in db.Accounts on c.AccountId equals a.Id
                    select c.LastName;
        Assert.That(query.ToQueryString(), Is.EqualTo("SELECT Last_Name FROM Contacts WHERE Account_Name IS NOT NULL"));
    }

    [Test]
    public void Inner_join_projecting_the_inner_side_only_requires_the_lookup()
    {
        using var db = new CrmContext();
        var text = db.Contacts.Join(db.Accounts, c => c.AccountId, a => a.Id, (c, a) => a.Industry).ToQueryString();
        Assert.That(text, Is.EqualTo("SELECT Account_Name.Industry FROM Contacts WHERE Account_Name IS NOT NULL"));
    }

    [Test]
    public void Inner_join_with_conditions_on_both_sides_ands_the_lookup_condition()
    {
        using var db = new CrmContext();
        var query = from c in db.Contacts
                    join a in db.Accounts on c.AccountId equals a.Id
                    where c.LastName == "Smith" && a.Industry == "Technology"
                    select c.Id;
        var text = query.ToQueryString();
        Assert.That(text, Is.EqualTo(
            "SELECT id FROM Contacts WHERE (Last_Name = 'Smith' AND Account_Name.Industry = 'Technology') AND Account_Name IS NOT NULL"));
    }

    [Test]
    public void Inner_join_of_a_filtered_module_carries_the_filter_through_the_lookup()
    {
        using var db = new CrmContext();
        var text = db.Contacts.Where(c => c.LastName == "Smith")
            .Join(db.Accounts.Where(a => a.Industry == "Technology"), c => c.AccountId, a => a.Id, (c, a) => new { c.Id, a.Account_Name })
            .ToQueryString();
        Assert.That(text, Is.EqualTo(
            "SELECT id, Account_Name.Account_Name FROM Contacts "
            + "WHERE Last_Name = 'Smith' AND (Account_Name IS NOT NULL AND Account_Name.Industry = 'Technology')"));
    }

    [Test]
    public void Inner_join_of_a_filtered_module_followed_by_a_further_lookup_keeps_both()
    {
        using var db = new CrmContext();
        var text = (from c in db.Contacts
                    join a in db.Accounts.Where(a => a.Annual_Revenue > 1000m) on c.AccountId equals a.Id
                    join p in db.Accounts on a.ParentAccountId equals p.Id
                    select new { c.Id, Parent = p.Account_Name }).ToQueryString();
        Assert.That(text, Is.EqualTo(
            "SELECT id, Account_Name.Parent_Account.Account_Name FROM Contacts "
            + "WHERE (Account_Name IS NOT NULL AND Account_Name.Annual_Revenue > 1000) AND Account_Name.Parent_Account IS NOT NULL"));
    }

    [Test]
    public void Left_join_of_a_filtered_module_fails_as_a_subquery()
    {
        using var db = new CrmContext();
        var exception = Assert.Throws<InvalidOperationException>(() => (from c in db.Contacts
                    join a in db.Accounts.Where(a => a.Industry == "Technology") on c.AccountId equals a.Id into accounts
                    from a in accounts.DefaultIfEmpty()
                    select new { c.Id, Account = a!.Account_Name }).ToQueryString());
        Assert.That(exception!.Message, Does.Contain(ZohoCrmStrings.SubqueriesNotSupported));
    }

    [Test]
    public void Inner_join_of_a_paged_module_fails_as_a_subquery()
    {
        using var db = new CrmContext();
        var exception = Assert.Throws<InvalidOperationException>(() => db.Contacts
            .Join(db.Accounts.OrderBy(a => a.Id).Take(5), c => c.AccountId, a => a.Id, (c, a) => new { c.Id, a.Account_Name }).ToQueryString());
        Assert.That(exception!.Message, Does.Contain(ZohoCrmStrings.SubqueriesNotSupported));
    }

    [Test]
    public void Count_and_Any_of_an_inner_join_count_only_records_with_the_lookup()
    {
        using var db = new CrmContext();
        var join = db.Contacts.Join(db.Accounts, c => c.AccountId, a => a.Id, (c, a) => c);
        Assert.That(ZohoCrmQueryText.Of(db, () => join.Count()), Is.EqualTo("SELECT COUNT(id) FROM Contacts WHERE Account_Name IS NOT NULL"));
        Assert.That(ZohoCrmQueryText.Of(db, () => join.Any()), Is.EqualTo("SELECT COUNT(id) FROM Contacts WHERE Account_Name IS NOT NULL"));
    }

    [Test]
    public void Page_after_an_inner_join_pages_only_the_joined_records_in_one_query()
    {
        using var db = new CrmContext();
        var text = db.Contacts.Join(db.Accounts, c => c.AccountId, a => a.Id, (c, a) => new { c.Id, a.Account_Name })
            .OrderBy(x => x.Account_Name).ThenBy(x => x.Id).Skip(20).Take(10).ToQueryString();
        Assert.That(text, Does.EndWith(
            "SELECT id, Account_Name.Account_Name FROM Contacts WHERE Account_Name IS NOT NULL "
            + "ORDER BY Account_Name.Account_Name ASC, id ASC LIMIT @p1 OFFSET @p"));
    }

    [Test]
    public void Inner_join_inside_a_paged_subquery_keeps_its_condition_inside_the_page()
    {
        using var db = new CrmContext();
        var text = db.Contacts.Join(db.Accounts, c => c.AccountId, a => a.Id, (c, a) => c)
            .OrderBy(c => c.Id).Take(10).Include(c => c.Account).ToQueryString();
        Assert.That(text, Does.Not.Contain("(SELECT"));
        Assert.That(text, Does.Contain("Account_Name.Account_Name").And.EndWith("FROM Contacts WHERE Account_Name IS NOT NULL ORDER BY id ASC LIMIT @p"));
    }

    [Test]
    public void Page_before_an_inner_join_cannot_be_one_query_and_fails_as_a_subquery()
    {
        using var db = new CrmContext();
        var exception = Assert.Throws<InvalidOperationException>(() => db.Contacts.OrderBy(c => c.Id).Take(10)
            .Join(db.Accounts, c => c.AccountId, a => a.Id, (c, a) => new { c.Id, a.Account_Name }).ToQueryString());
        Assert.That(exception!.Message, Does.Contain(ZohoCrmStrings.SubqueriesNotSupported));
    }

    [Test]
    public void Page_before_a_left_join_stays_one_query_since_a_left_join_keeps_the_page()
    {
        using var db = new CrmContext();
        var text = db.Contacts.OrderBy(c => c.Id).Take(10)
            .LeftJoin(db.Accounts, c => c.AccountId, a => a.Id, (c, a) => new { c.Id, Account = a!.Account_Name }).ToQueryString();
        Assert.That(text, Does.EndWith("SELECT id, Account_Name.Account_Name FROM Contacts ORDER BY id ASC LIMIT @p"));
    }

    [Test]
    public void GroupBy_after_an_inner_join_groups_only_the_joined_records()
    {
        using var db = new CrmContext();
        var text = db.Contacts.Join(db.Accounts, c => c.AccountId, a => a.Id, (c, a) => new { c.Id, a.Industry })
            .GroupBy(x => x.Industry).Select(g => new { g.Key, Count = g.Count() }).ToQueryString();
        Assert.That(text, Is.EqualTo("SELECT Account_Name.Industry, COUNT(id) FROM Contacts WHERE Account_Name IS NOT NULL GROUP BY Account_Name.Industry"));
    }

    [Test]
    public void Inner_joins_through_two_lookups_require_both()
    {
        using var db = new CrmContext();
        var text = db.Contacts
            .Join(db.Accounts, c => c.AccountId, a => a.Id, (c, a) => new { c.Id, a.ParentAccountId })
            .Join(db.Accounts, x => x.ParentAccountId, p => p.Id, (x, p) => new { x.Id, p.Account_Name })
            .ToQueryString();
        Assert.That(text, Is.EqualTo(
            "SELECT id, Account_Name.Parent_Account.Account_Name FROM Contacts "
            + "WHERE Account_Name IS NOT NULL AND Account_Name.Parent_Account IS NOT NULL"));
    }

    [Test]
    public void Join_from_the_principal_to_the_records_pointing_to_it_fails_and_says_to_join_from_the_lookup_side()
    {
        using var db = new CrmContext();
        var exception = Assert.Throws<InvalidOperationException>(() => db.Accounts
            .Join(db.Contacts, a => (long?)a.Id, c => c.AccountId, (a, c) => new { a.Account_Name, c.LastName }).ToQueryString());
        Assert.That(exception!.Message, Does.Contain(ZohoCrmStrings.ReverseLookupJoinNotSupported));
    }

    [Test]
    public void Left_join_in_query_syntax_keeps_every_record()
    {
        using var db = new CrmContext();
        var query = from c in db.Contacts
                    join a in db.Accounts on c.AccountId equals a.Id into accounts
                    from a in accounts.DefaultIfEmpty()
                    select new { c.Id, Account = a!.Account_Name };
        Assert.That(query.ToQueryString(), Is.EqualTo("SELECT id, Account_Name.Account_Name FROM Contacts"));
    }

    [Test]
    public void Left_join_in_method_syntax_keeps_every_record()
    {
        using var db = new CrmContext();
        var text = db.Contacts.LeftJoin(db.Accounts, c => c.AccountId, a => a.Id, (c, a) => new { c.Id, Account = a!.Account_Name })
            .ToQueryString();
        Assert.That(text, Is.EqualTo("SELECT id, Account_Name.Account_Name FROM Contacts"));
    }

    [Test]
    public void Optional_navigation_in_Include_and_Select_keeps_every_record()
    {
        using var db = new CrmContext();
        Assert.That(db.Contacts.Include(c => c.Account).ToQueryString(), Does.Not.Contain("IS NOT NULL"));
        Assert.That(db.Contacts.Select(c => new { c.Id, c.Account!.Industry }).ToQueryString(),
            Is.EqualTo("SELECT id, Account_Name.Industry FROM Contacts"));
    }

    [Test]
    public void Required_navigation_is_an_inner_join_and_requires_the_lookup()
    {
        using var db = new RequiredLookupContext();
        Assert.That(db.Contacts.Select(c => new { c.Id, c.Account.Industry }).ToQueryString(),
            Is.EqualTo("SELECT id, Account_Name.Industry FROM Contacts WHERE Account_Name IS NOT NULL"));
        Assert.That(db.Contacts.Include(c => c.Account).ToQueryString(), Does.EndWith("FROM Contacts WHERE Account_Name IS NOT NULL"));
    }

    [Table("Contacts")]
    public class ContactOfAccount
    {
        public long Id { get; set; }

        public string Last_Name { get; set; } = "";

        [Column("Account_Name")]
        public long AccountId { get; set; }

        public Account Account { get; set; } = null!;
    }

    /// <summary>Contacts whose account is required (a non-nullable foreign key): EF joins it with INNER JOIN.</summary>
    private sealed class RequiredLookupContext : DbContext
    {
        public DbSet<ContactOfAccount> Contacts => Set<ContactOfAccount>();

        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseZohoCrm(new FakeDbConnection());

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<Account>().Ignore(a => a.Contacts).Ignore(a => a.ParentAccount);
            modelBuilder.Entity<ContactOfAccount>().HasOne(c => c.Account).WithMany().HasForeignKey(c => c.AccountId);
        }
    }
}

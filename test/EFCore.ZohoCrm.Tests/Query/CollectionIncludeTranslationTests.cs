using EFCore.ZohoCrm.Properties;
using EFCore.ZohoCrm.Tests.TestUtilities;
using Microsoft.EntityFrameworkCore;

namespace EFCore.ZohoCrm.Tests.Query;

/// <summary>
/// Collection Includes leave the query without a join: the query text is the one without the collection, followed
/// by a line describing the second query; shapes the second query cannot serve fail with a sentence naming them.
/// </summary>
public class CollectionIncludeTranslationTests
{
    [Test]
    public void Collection_include_leaves_the_collection_out_of_the_query_and_describes_the_second_query()
    {
        using var db = new CrmContext();
        var text = db.Accounts.Include(a => a.Contacts).Where(a => a.Industry == "Banking").ToQueryString();
        var withoutInclude = db.Accounts.Where(a => a.Industry == "Banking").ToQueryString();

        Assert.That(text, Is.EqualTo(withoutInclude + Environment.NewLine + Environment.NewLine
            + ZohoCrmStrings.CollectionIncludeQueryDescription("Account.Contacts", "Contacts", "Account_Name", 2000)));
        Assert.That(text, Does.Not.Contain("JOIN"));
    }

    [Test]
    public void Reference_part_of_a_chain_stays_in_the_query_as_lookup_paths()
    {
        using var db = new CrmContext();
        var text = db.Contacts.Include(c => c.Account).ThenInclude(a => a!.Contacts).ToQueryString();

        Assert.That(text, Does.StartWith(db.Contacts.Include(c => c.Account).ToQueryString()));
        Assert.That(text, Does.Contain("Account_Name.Account_Name"));
        Assert.That(text, Does.EndWith(ZohoCrmStrings.CollectionIncludeQueryDescription("Account.Contacts", "Contacts", "Account_Name", 2000)));
    }

    [Test]
    public void String_include_is_cut_at_the_collection()
    {
        using var db = new CrmContext();
        Assert.That(db.Contacts.Include("Account.Contacts").ToQueryString(),
            Is.EqualTo(db.Contacts.Include(c => c.Account).ThenInclude(a => a!.Contacts).ToQueryString()));
    }

    [Test]
    public void Include_before_a_projection_to_values_is_ignored()
    {
        using var db = new CrmContext();
        Assert.That(db.Accounts.Include(a => a.Contacts).Select(a => a.Account_Name).ToQueryString(),
            Is.EqualTo(db.Accounts.Select(a => a.Account_Name).ToQueryString()));
        Assert.That(db.Accounts.Include(a => a.Contacts).Select(a => new { a.Account_Name, a.Industry }).ToQueryString(),
            Is.EqualTo(db.Accounts.Select(a => new { a.Account_Name, a.Industry }).ToQueryString()));
    }

    [Test]
    public void Include_followed_by_a_projection_of_the_entity_fails_and_says_where_to_project()
    {
        using var db = new CrmContext();
        var exception = Assert.Throws<InvalidOperationException>(
            () => db.Accounts.Include(a => a.Contacts).Select(a => new { Account = a, a.Industry }).ToQueryString());
        Assert.That(exception!.Message, Is.EqualTo(ZohoCrmStrings.CollectionIncludeNotOnResults("Account.Contacts", "Account")));
    }

    [Test]
    public void Include_followed_by_a_projection_to_a_related_record_of_the_same_type_fails()
    {
        using var db = new CrmContext();
        var exception = Assert.Throws<InvalidOperationException>(
            () => db.Accounts.Include(a => a.Contacts).Select(a => a.ParentAccount).ToQueryString());
        Assert.That(exception!.Message, Is.EqualTo(ZohoCrmStrings.CollectionIncludeNotOnResults("Account.Contacts", "Account")));
    }

    [Test]
    public void Filtered_include_with_Skip_fails_and_names_the_operator()
    {
        using var db = new CrmContext();
        var exception = Assert.Throws<InvalidOperationException>(
            () => db.Accounts.Include(a => a.Contacts.OrderBy(c => c.Id).Skip(1)).ToQueryString());
        Assert.That(exception!.Message, Is.EqualTo(ZohoCrmStrings.FilteredIncludeOperatorNotSupported("Account.Contacts", "Skip")));
    }

    [Test]
    public void Filtered_include_that_reads_the_owning_record_fails()
    {
        using var db = new CrmContext();
        var exception = Assert.Throws<InvalidOperationException>(
            () => db.Accounts.Include(a => a.Contacts.Where(c => c.LastName == a.Account_Name)).ToQueryString());
        Assert.That(exception!.Message, Is.EqualTo(ZohoCrmStrings.FilteredIncludeUsesPrincipal("Account.Contacts")));
    }

    [Test]
    public void Two_different_filters_on_one_collection_fail()
    {
        using var db = new CrmContext();
        var exception = Assert.Throws<InvalidOperationException>(() => db.Accounts
            .Include(a => a.Contacts.Where(c => c.Email_Opt_Out))
            .Include(a => a.Contacts.Where(c => !c.Email_Opt_Out)).ToQueryString());
        Assert.That(exception!.Message, Is.EqualTo(ZohoCrmStrings.ConflictingFilteredIncludes("Account.Contacts")));
    }

    [Test]
    public void Collection_in_a_projection_fails_and_suggests_Include()
    {
        using var db = new CrmContext();
        var exception = Assert.Throws<InvalidOperationException>(
            () => db.Accounts.Select(a => new { a.Account_Name, a.Contacts }).ToQueryString());
        Assert.That(exception!.Message, Does.Contain(ZohoCrmStrings.CollectionJoinNotSupported).And.Contain("Include("));
    }
}

using EFCore.ZohoCrm.Properties;
using EFCore.ZohoCrm.Tests.TestUtilities;
using Microsoft.EntityFrameworkCore;

namespace EFCore.ZohoCrm.Tests.Query;

/// <summary>User lookups in the dialect: the foreign key compares the id, the navigation is the lower-case user path.</summary>
public class UserLookupTranslationTests
{
    [Test]
    public void Owner_foreign_key_compared_with_a_value_or_null_or_a_list()
    {
        using var db = new UserLookupContext();
        Assert.That(db.Deals.Where(d => d.OwnerId == 5725767000000412001L).Select(d => d.Id).ToQueryString(),
            Is.EqualTo("SELECT id FROM Deals WHERE Owner = 5725767000000412001"));
        Assert.That(db.Deals.Where(d => d.Owner == null).Select(d => d.Id).ToQueryString(),
            Is.EqualTo("SELECT id FROM Deals WHERE Owner IS NULL"));
        var owners = new List<long?> { 1, 2 };
        Assert.That(db.Deals.Where(d => owners.Contains(d.OwnerId)).Select(d => d.Id).ToQueryString(),
            Does.EndWith("SELECT id FROM Deals WHERE Owner IN (@owners1, @owners2)"));
    }

    [Test]
    public void Owner_fields_in_where_orderby_and_select_are_lower_case_user_paths()
    {
        using var db = new UserLookupContext();
        Assert.That(
            db.Deals.Where(d => d.Owner!.LastName!.StartsWith("Ha") && d.Approver!.Email != null)
                .OrderBy(d => d.Owner!.FirstName)
                .Select(d => new { d.Deal_Name, d.CreatedBy!.FullName }).ToQueryString(),
            Is.EqualTo("SELECT Deal_Name, Created_By.full_name FROM Deals WHERE Owner.last_name LIKE 'Ha%' AND Approver.email IS NOT NULL ORDER BY Owner.first_name ASC"));
    }

    [Test]
    public void Owner_of_a_looked_up_record_is_the_second_relation_of_the_path()
    {
        using var db = new UserLookupContext();
        Assert.That(db.Deals.Where(d => d.Account!.Owner!.Email == "x@zylker.example").Select(d => d.Account!.Owner!.LastName).ToQueryString(),
            Is.EqualTo("SELECT Account_Name.Owner.last_name FROM Deals WHERE Account_Name.Owner.email = 'x@zylker.example'"));
    }

    [Test]
    public void A_lookup_three_relations_deep_through_the_owner_is_refused()
    {
        using var db = new UserLookupContext();
        var exception = Assert.Throws<InvalidOperationException>(
            () => db.Deals.Where(d => d.Account!.ParentAccount!.Owner!.Email == "x").Select(d => d.Id).ToQueryString());
        Assert.That(exception!.Message, Does.Contain(ZohoCrmStrings.LookupPathTooDeep("Account_Name.Parent_Account.Owner")));
    }

    [Test]
    public void Include_of_owners_reads_the_user_fields_in_the_same_query()
    {
        using var db = new UserLookupContext();
        Assert.That(db.Deals.Include(d => d.Owner).Include(d => d.Account).ThenInclude(a => a!.Owner).ToQueryString(),
            Is.EqualTo("SELECT id, Account_Name, Approver, Created_By, Deal_Name, Owner, Owner.id, Owner.email, Owner.first_name, Owner.full_name, Owner.last_name, "
                + "Account_Name.id, Account_Name.Account_Name, Account_Name.Owner, Account_Name.Parent_Account, Account_Name.Owner.id, Account_Name.Owner.email, "
                + "Account_Name.Owner.first_name, Account_Name.Owner.full_name, Account_Name.Owner.last_name FROM Deals"));
    }

    [Test]
    public void Users_as_the_queried_set_fail_with_the_lookup_and_Users_API_sentence()
    {
        using var db = new UserLookupContext();
        var expected = ZohoCrmStrings.UsersNotQueryable(nameof(ZohoCrmUser));
        Assert.That(Assert.Throws<InvalidOperationException>(() => db.Users.ToQueryString())!.Message, Does.Contain(expected));
        Assert.That(Assert.Throws<InvalidOperationException>(() => db.Users.Where(u => u.Email == "x").Select(u => u.Id).ToQueryString())!.Message,
            Does.Contain(expected));
        Assert.That(Assert.Throws<InvalidOperationException>(() => db.Users.Count())!.Message, Does.Contain(expected));
    }
}

using EFCore.ZohoCrm.Scaffolding.Internal;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;
using Microsoft.EntityFrameworkCore.Scaffolding.Metadata;

#pragma warning disable EF1001 // The scaffolder's naming service is internal API.

namespace EFCore.ZohoCrm.Tests.Scaffolding;

/// <summary>The names scaffolded lookups get: never the API name plus "Navigation".</summary>
public class ZohoCrmCandidateNamingServiceTests
{
    private readonly ZohoCrmCandidateNamingService _naming = new();

    [TestCase("Account_Name", "lookup", "AccountId")]
    [TestCase("Parent_Account", "lookup", "ParentAccountId")]
    [TestCase("Who_Id", "lookup", "WhoId")]
    [TestCase("Owner", "ownerlookup", "OwnerId")]
    [TestCase("Created_By", "ownerlookup", "CreatedById")]
    [TestCase("Project_Manager", "userlookup", "ProjectManagerId")]
    [TestCase("Last_Name", "text(80)", "LastName")]
    [TestCase("No_of_Employees", "integer", "NoOfEmployees")]
    public void Property_names(string field, string storeType, string expected) =>
        Assert.That(_naming.GenerateCandidateIdentifier(new DatabaseColumn { Name = field, StoreType = storeType }), Is.EqualTo(expected));

    [Test]
    public void Navigations_are_named_after_the_lookup_and_several_lookups_to_one_module_stay_distinct()
    {
        var model = new ModelBuilder(new ConventionSet()).Model;
        var account = model.AddEntityType("Account");
        account.SetPrimaryKey(account.AddProperty("Id", typeof(long)));
        var deal = model.AddEntityType("Deal");
        deal.SetPrimaryKey(deal.AddProperty("Id", typeof(long)));
        var accountFk = AddLookup(deal, account, "AccountId", "Account_Name");
        var vendorFk = AddLookup(deal, account, "VendorAccountId", "Vendor_Account");

        Assert.Multiple(() =>
        {
            Assert.That(_naming.GetDependentEndCandidateNavigationPropertyName(accountFk), Is.EqualTo("Account"));
            Assert.That(_naming.GetDependentEndCandidateNavigationPropertyName(vendorFk), Is.EqualTo("VendorAccount"));
            Assert.That(_naming.GetPrincipalEndCandidateNavigationPropertyName(accountFk, "Account"), Is.EqualTo("AccountDeal"));
            Assert.That(_naming.GetPrincipalEndCandidateNavigationPropertyName(vendorFk, "VendorAccount"), Is.EqualTo("VendorAccountDeal"));
        });

        var contact = model.AddEntityType("Contact");
        contact.SetPrimaryKey(contact.AddProperty("Id", typeof(long)));
        var single = AddLookup(contact, account, "AccountId", "Account_Name");
        Assert.That(_naming.GetPrincipalEndCandidateNavigationPropertyName(single, "Account"), Is.EqualTo("Contact"), "pluralized to Contacts by EF");
    }

    [Test]
    public void An_inverse_collection_of_a_prefixed_class_takes_the_module_name()
    {
        var model = new ModelBuilder(new ConventionSet()).Model;
        var contact = model.AddEntityType("Contact");
        contact.SetPrimaryKey(contact.AddProperty("Id", typeof(long)));
        var task = model.AddEntityType("CrmTask");
        task.SetPrimaryKey(task.AddProperty("Id", typeof(long)));
        var who = AddLookup(task, contact, "WhoId", "Who_Id");

        Assert.That(_naming.GetPrincipalEndCandidateNavigationPropertyName(who, "Who"), Is.EqualTo("Task"), "pluralized to Tasks by EF");
    }

    [Test]
    public void With_database_names_the_navigation_still_drops_the_suffix()
    {
        var model = new ModelBuilder(new ConventionSet()).Model;
        var account = model.AddEntityType("Accounts");
        account.SetPrimaryKey(account.AddProperty("id", typeof(long)));
        var contact = model.AddEntityType("Contacts");
        contact.SetPrimaryKey(contact.AddProperty("id", typeof(long)));
        var fk = AddLookup(contact, account, "Account_Name", "Account_Name");

        Assert.That(_naming.GetDependentEndCandidateNavigationPropertyName(fk), Is.EqualTo("Account"));
    }

    private static IMutableForeignKey AddLookup(IMutableEntityType dependent, IMutableEntityType principal, string property, string column)
    {
        var lookup = dependent.AddProperty(property, typeof(long?));
        lookup.SetColumnName(column);
        return dependent.AddForeignKey(lookup, principal.FindPrimaryKey()!, principal);
    }
}

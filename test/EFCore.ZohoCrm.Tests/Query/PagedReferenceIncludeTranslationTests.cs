using EFCore.ZohoCrm.Properties;
using EFCore.ZohoCrm.Tests.TestUtilities;
using Microsoft.EntityFrameworkCore;

namespace EFCore.ZohoCrm.Tests.Query;

/// <summary>
/// A reference Include with Take/Skip/First: EF joins after paging (a subquery); the lookup join is flattened back
/// into one COQL query with lookup paths, since a lookup matches at most one record.
/// </summary>
public class PagedReferenceIncludeTranslationTests
{
    [Test]
    public void Reference_include_after_Take_is_one_query_with_lookup_paths()
    {
        using var db = new CrmContext();
        var text = db.Contacts.Include(c => c.Account).OrderBy(c => c.LastName).Take(1000).ToQueryString();
        Assert.That(text, Does.Contain("Account_Name.Account_Name").And.Contain("FROM Contacts").And.EndWith("ORDER BY Last_Name ASC LIMIT @p"));
        Assert.That(text, Does.Not.Contain("(SELECT"));
    }

    [Test]
    public void Reference_include_after_a_filtered_page_keeps_the_filter_and_the_page_in_one_query()
    {
        using var db = new CrmContext();
        var text = db.Contacts.Where(c => c.Email_Opt_Out).Include(c => c.Account).OrderBy(c => c.Id).Skip(5).Take(10).ToQueryString();

        Assert.That(text, Does.Not.Contain("(SELECT"));
        Assert.That(text, Does.Contain("FROM Contacts WHERE Email_Opt_Out = ").And.Contain("Account_Name.Account_Name").And.Contain("ORDER BY id ASC LIMIT"));
    }

    [Test]
    public void Filter_applied_after_the_page_is_not_flattened_and_fails_as_a_subquery()
    {
        using var db = new CrmContext();
        var exception = Assert.Throws<InvalidOperationException>(
            () => db.Contacts.Include(c => c.Account).OrderBy(c => c.Id).Take(10).Where(c => c.Email_Opt_Out).ToQueryString());
        Assert.That(exception!.Message, Does.Contain(ZohoCrmStrings.SubqueriesNotSupported));
    }
}

using EFCore.ZohoCrm.Tests.TestUtilities;
using Microsoft.EntityFrameworkCore;

namespace EFCore.ZohoCrm.Tests.Query;

public class WhereTranslationTests
{
    [Test]
    public void Entity_query_selects_every_mapped_field()
    {
        using var db = new CrmContext();
        Assert.That(db.Contacts.ToQueryString(), Is.EqualTo(
            "SELECT id, Account_Name, Created_Time, Date_of_Birth, Email, Email_Opt_Out, First_Name, Last_Name FROM Contacts"));
    }

    [Test]
    public void Equality_on_text_with_a_constant_is_a_quoted_literal()
    {
        using var db = new CrmContext();
        Assert.That(db.Leads.Where(l => l.Lead_Status == "Hot").Select(l => l.Last_Name).ToQueryString(),
            Is.EqualTo("SELECT Last_Name FROM Leads WHERE Lead_Status = 'Hot'"));
    }
}

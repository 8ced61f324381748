using ZohoCrm.Emulator.Domain;
using ZohoCrm.Emulator.Domain.Records;

namespace ZohoCrm.Emulator.Tests.Coql;

/// <summary>ORDER BY, LIMIT/OFFSET in both forms, and the credits a page costs.</summary>
public class CoqlPagingTests
{
    private QueryTestOrg _org = null!;

    [SetUp]
    public void Create() => _org = new QueryTestOrg();

    private static string[] L(params int[] n) => n.Select(QueryTestOrg.Lead).ToArray();

    [Test]
    public void Default_order_is_id_ascending()
    {
        Assert.That(_org.Ids("select Last_Name from Leads where id is not null"), Is.EqualTo(L(1, 2, 3, 4, 5, 6, 7, 8)));
    }

    [Test]
    public void Order_by_sorts_by_several_columns_with_nulls_first_ascending()
    {
        Assert.That(_org.Ids("select Last_Name from Leads where id is not null order by Lead_Source asc, Annual_Revenue desc"),
            Is.EqualTo(L(8, 3, 7, 1, 4, 2, 6, 5)));
        Assert.That(_org.Ids("select Last_Name from Leads where id is not null order by Annual_Revenue desc limit 2"), Is.EqualTo(L(5, 7)));
    }

    [Test]
    public void Order_by_may_name_an_alias()
    {
        Assert.That(_org.Ids("select No_of_Employees as staff from Leads where id is not null order by staff desc limit 3"), Is.EqualTo(L(8, 7, 6)));
    }

    [Test]
    public void Limit_with_offset_and_the_mysql_form_page_the_same_way()
    {
        Assert.That(_org.Ids("select Last_Name from Leads where id is not null limit 2 offset 3"), Is.EqualTo(L(4, 5)));
        Assert.That(_org.Ids("select Last_Name from Leads where id is not null limit 3, 2"), Is.EqualTo(L(4, 5)));
        Assert.That(_org.Ids("select Last_Name from Leads where id is not null limit 2 offset 8"), Is.Empty);
    }

    [Test]
    public void Default_limit_is_200()
    {
        for (var i = 0; i < 250; i++)
        {
            _org.Store.Put(new StoredRecord("Leads", QueryTestOrg.LeadBase + 100 + i,
                new Dictionary<string, object?> { ["Last_Name"] = "Bulk" }));
        }

        var body = _org.Query("select Last_Name from Leads where Last_Name = 'Bulk'")!;
        Assert.That(QueryTestOrg.Text(body["info"]!), Is.EqualTo("""{"count":200,"more_records":true}"""));
    }

    [TestCase(1, 1)]
    [TestCase(200, 1)]
    [TestCase(201, 2)]
    [TestCase(1000, 2)]
    [TestCase(1001, 3)]
    [TestCase(2000, 3)]
    public void Credits_follow_the_limit(int limit, int credits)
    {
        Assert.That(_org.Coql.Execute($"select Last_Name from Leads where id is not null limit {limit}").Credits, Is.EqualTo(credits));
    }
}

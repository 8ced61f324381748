using ZohoCrm.Data.Coql;
using ZohoCrm.Data.Metadata;
using static ZohoCrm.Data.Tests.Coql.PlanTestHelpers;

namespace ZohoCrm.Data.Tests.Coql;

/// <summary>
/// A query whose answer is known to be small asks for a small page, so it is charged in a cheaper credit band: ids pin
/// the record count, and grouping by picklists or booleans bounds the number of groups.
/// </summary>
public class CoqlPageSizeTests
{
    private static readonly IZohoCrmSchema StatusSchema = new ZohoCrmSchemaSnapshot(
    [
        new ZohoCrmModuleMetadata
        {
            ApiName = "Leads",
            Fields =
            [
                new() { ApiName = "Last_Name", DataType = ZohoCrmFieldType.Text },
                new() { ApiName = "Lead_Status", DataType = ZohoCrmFieldType.Picklist, PicklistValues = ["Hot", "Warm", "Cold"] },
                new() { ApiName = "Email_Opt_Out", DataType = ZohoCrmFieldType.Boolean },
            ],
        },
    ]);

    private static ZohoCrmCoqlStep Step(string text, params (string Name, object? Value)[] parameters) =>
        (ZohoCrmCoqlStep)Plan(text, parameters).Steps.Single();

    [Test]
    public void Id_in_250_values_asks_for_250_rows_at_2_credits_instead_of_2000_at_3()
    {
        var ids = Enumerable.Range(1, 250).Select(i => 6284150000007000000L + i).ToArray();
        var step = Step("select Last_Name from Leads where id in (@ids)", ("ids", ids));
        Assert.That(step.FirstQuery, Does.EndWith(" limit 250"));
        Assert.That(step.Describe(), Does.Contain("pages of 250 until Zoho has no more (2 credit(s) each)"));
    }

    [Test]
    public void An_id_pinned_inside_an_and_bounds_the_page_by_the_fewest_ids()
    {
        var step = Step("select Last_Name from Leads where id in (1, 2, 3) and Company = 'a'");
        Assert.That(step.FirstQuery, Does.EndWith(" limit 3"));
    }

    [Test]
    public void Ids_or_ed_with_another_condition_do_not_bound_the_page()
    {
        var step = Step("select Last_Name from Leads where id = 1 or Company = 'a'");
        Assert.That(step.FirstQuery, Does.EndWith(" limit 2000"));
    }

    [Test]
    public void A_lookup_id_does_not_bound_the_page()
    {
        var step = Step("select Last_Name from Leads where Account_Name.id in (1, 2)");
        Assert.That(step.FirstQuery, Does.EndWith(" limit 2000"));
    }

    [Test]
    public void Group_by_a_picklist_asks_for_its_values_plus_null()
    {
        var step = (ZohoCrmCoqlStep)Planner.Plan("select Lead_Status, COUNT(*) from Leads group by Lead_Status", StatusSchema, null).Steps.Single();
        Assert.That(step.FirstQuery, Is.EqualTo("select Lead_Status, COUNT(id) from Leads where id is not null group by Lead_Status limit 4"));
    }

    [Test]
    public void Group_by_a_picklist_and_a_boolean_asks_for_the_product_of_their_values()
    {
        var step = (ZohoCrmCoqlStep)Planner.Plan("select Lead_Status, Email_Opt_Out, COUNT(*) from Leads group by Lead_Status, Email_Opt_Out",
            StatusSchema, null).Steps.Single();
        // (3 statuses + NULL) x (true, false, NULL)
        Assert.That(step.FirstQuery, Does.EndWith(" limit 12"));
    }

    [Test]
    public void Group_by_a_picklist_whose_values_are_unknown_is_unbounded()
    {
        var step = Step("select Lead_Status, COUNT(*) from Leads group by Lead_Status");
        Assert.That(step.FirstQuery, Does.EndWith(" limit 2000"));
    }

    [Test]
    public void Group_by_a_text_field_is_unbounded()
    {
        var step = Step("select Company, COUNT(*) from Leads group by Company");
        Assert.That(step.FirstQuery, Does.EndWith(" limit 2000"));
    }

    [Test]
    public void A_full_page_at_the_bound_is_still_followed_by_the_next_page()
    {
        // The bound only sizes pages: should Zoho hold more groups than the metadata lists, they are still read.
        var cursor = ((ZohoCrmCoqlStep)Planner.Plan("select Lead_Status, COUNT(*) from Leads group by Lead_Status", StatusSchema, null).Steps.Single()).CreateCursor();
        var first = cursor.PageSize;
        cursor.Advance(first, moreRecords: true, lastRow: null);
        Assert.That(cursor.Query, Is.Not.Null);
        Assert.That(cursor.Query, Does.EndWith(" limit " + first + " offset " + first));
    }
}

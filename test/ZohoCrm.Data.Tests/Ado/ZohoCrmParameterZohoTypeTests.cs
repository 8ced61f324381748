using System.Data;
using ZohoCrm.Data.Coql;
using ZohoCrm.Data.Metadata;
using ZohoCrm.Data.Tests.Coql;

namespace ZohoCrm.Data.Tests.Ado;

/// <summary>
/// <see cref="ZohoCrmParameter.ZohoType"/>: the type the caller intends. The compared field's metadata types the literal;
/// a stated type of another kind is an error naming both; where no field decides, the stated type converts the value.
/// </summary>
public class ZohoCrmParameterZohoTypeTests
{
    private static ZohoCrmQueryPlan Plan(string text, ZohoCrmQueryPlannerOptions? options, params ZohoCrmParameter[] parameters) =>
        PlanTestHelpers.Planner.Plan(text, TestSchema.Schema, parameters.ToDictionary(p => p.NormalizedName, p => p.BindingValue), options);

    private static string FirstCoql(string text, params ZohoCrmParameter[] parameters) =>
        ((ZohoCrmCoqlStep)Plan(text, null, parameters).Steps.Single()).FirstQuery;

    [Test]
    public void A_stated_type_that_agrees_with_the_field_sends_the_fields_literal()
    {
        var coql = FirstCoql("SELECT Last_Name FROM Leads WHERE Created_Time >= @since AND Birth_Date = @born LIMIT 10",
            new ZohoCrmParameter("since", ZohoCrmFieldType.DateTime, "2024-03-01T09:30:00+01:00"),
            new ZohoCrmParameter("born", ZohoCrmFieldType.Date, new DateTime(1990, 5, 17)));

        Assert.That(coql, Is.EqualTo(
            "select Last_Name from Leads where (Created_Time >= '2024-03-01T09:30:00+01:00' and Birth_Date = '1990-05-17') limit 10"));
    }

    [Test]
    public void Kinds_that_compare_are_accepted_numbers_with_ids_and_dates_with_datetimes()
    {
        var coql = FirstCoql("SELECT Last_Name FROM Leads WHERE id = @id AND Birth_Date > @after AND Annual_Revenue > @revenue LIMIT 10",
            new ZohoCrmParameter("id", ZohoCrmFieldType.BigInt, 5725767000003464060L),
            new ZohoCrmParameter("after", ZohoCrmFieldType.DateTime, new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero)),
            new ZohoCrmParameter("revenue", ZohoCrmFieldType.Integer, 1000));

        Assert.That(coql, Is.EqualTo(
            "select Last_Name from Leads where ((id = '5725767000003464060' and Birth_Date > '2000-01-01') and Annual_Revenue > 1000) limit 10"));
    }

    [Test]
    public void A_stated_type_that_contradicts_the_field_names_the_parameter_the_field_and_both_types()
    {
        var error = Assert.Throws<ZohoCrmQueryException>(() => FirstCoql("SELECT Last_Name FROM Leads WHERE Birth_Date = @born LIMIT 10",
            new ZohoCrmParameter("born", ZohoCrmFieldType.Integer, 19900517)));

        Assert.That(error!.Message, Is.EqualTo(
            "Parameter @born is declared as Zoho type Integer (its ZohoType), but it is compared with field 'Birth_Date' of type Date. "
            + "Set ZohoType to Date (or a type of the same kind), or leave it unset to let the field decide."));
    }

    [Test]
    public void A_contradiction_is_found_on_either_side_and_in_IN_lists()
    {
        Assert.Throws<ZohoCrmQueryException>(() => FirstCoql("SELECT Last_Name FROM Leads WHERE @flag = Email_Opt_Out LIMIT 10",
            new ZohoCrmParameter("flag", ZohoCrmFieldType.Text, "true")));
        var error = Assert.Throws<ZohoCrmQueryException>(() => FirstCoql("SELECT Last_Name FROM Leads WHERE id IN (@ids) LIMIT 10",
            new ZohoCrmParameter("ids", ZohoCrmFieldType.Picklist, new[] { "1", "2" })));
        Assert.That(error!.Message, Does.Contain("@ids").And.Contain("'id'").And.Contain("Picklist"));
    }

    [Test]
    public void Without_a_stated_type_the_field_alone_decides_as_before()
    {
        var coql = FirstCoql("SELECT Last_Name FROM Leads WHERE No_of_Employees IN (@sizes) LIMIT 10",
            new ZohoCrmParameter("sizes", new[] { "10", "20" }));
        Assert.That(coql, Is.EqualTo("select Last_Name from Leads where No_of_Employees in (10, 20) limit 10"));
    }

    [Test]
    public void DbType_plays_no_part_as_Dapper_sets_it_on_every_parameter()
    {
        var born = new ZohoCrmParameter("born", "1990-05-17") { DbType = DbType.String };
        Assert.That(FirstCoql("SELECT Last_Name FROM Leads WHERE Birth_Date = @born LIMIT 10", born),
            Is.EqualTo("select Last_Name from Leads where Birth_Date = '1990-05-17' limit 10"));
    }

    [Test]
    public void Where_no_field_decides_the_stated_type_converts_the_value()
    {
        // Two values meet: as text "10" sorts before "9"; as integers it does not, and no row can match, so no call is made.
        var asText = Plan("SELECT Last_Name FROM Leads WHERE @low < @high LIMIT 10", null,
            new ZohoCrmParameter("low", "10"), new ZohoCrmParameter("high", "9"));
        var asIntegers = Plan("SELECT Last_Name FROM Leads WHERE @low < @high LIMIT 10", null,
            new ZohoCrmParameter("low", ZohoCrmFieldType.Integer, "10"), new ZohoCrmParameter("high", ZohoCrmFieldType.Integer, "9"));

        Assert.That(asText.Steps, Has.Count.EqualTo(1));
        Assert.That(asIntegers.Steps, Is.Empty);
    }

    [Test]
    public void A_value_that_is_not_of_its_stated_type_is_an_error_naming_the_parameter()
    {
        var options = new ZohoCrmQueryPlannerOptions { ClientSideFilterLimit = 100 };
        var error = Assert.Throws<ZohoCrmQueryException>(() => Plan("SELECT Last_Name FROM Leads WHERE LENGTH(Last_Name) = @n", options,
            new ZohoCrmParameter("n", ZohoCrmFieldType.Integer, "five")));
        Assert.That(Plan("SELECT Last_Name FROM Leads WHERE LENGTH(Last_Name) = @n", options, new ZohoCrmParameter("n", ZohoCrmFieldType.Integer, "5"))
            .ClientFilter, Is.EqualTo("LENGTH(Last_Name) = 5"));
        Assert.That(error!.Message, Is.EqualTo("The value of parameter @n (text) is not a value of its ZohoType Integer; pass a whole number."));
    }
}

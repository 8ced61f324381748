using ZohoCrm.Data.Coql;

namespace ZohoCrm.Data.Tests.Coql;

internal static class PlanTestHelpers
{
    public static readonly ZohoCrmQueryPlanner Planner = new();

    public static ZohoCrmQueryPlan Plan(string text, ZohoCrmQueryPlannerOptions? options = null, params (string Name, object? Value)[] parameters) =>
        Planner.Plan(text, TestSchema.Schema, parameters.ToDictionary(p => p.Name, p => p.Value), options);

    public static ZohoCrmQueryPlan Plan(string text, params (string Name, object? Value)[] parameters) => Plan(text, null, parameters);

    /// <summary>The text of the single COQL call a plan makes first.</summary>
    public static string FirstCoql(string text, params (string Name, object? Value)[] parameters) =>
        ((ZohoCrmCoqlStep)Plan(text, parameters).Steps.Single()).FirstQuery;

    public static string Where(string condition, params (string Name, object? Value)[] parameters)
    {
        var query = FirstCoql("select Last_Name from Leads where " + condition + " limit 10", parameters);
        const string prefix = "select Last_Name from Leads where ";
        Assert.That(query, Does.StartWith(prefix).And.EndWith(" limit 10"));
        return query[prefix.Length..^" limit 10".Length];
    }
}

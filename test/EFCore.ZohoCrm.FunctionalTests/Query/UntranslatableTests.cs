using EFCore.ZohoCrm.FunctionalTests.TestUtilities;
using EFCore.ZohoCrm.Properties;
using Microsoft.EntityFrameworkCore;

namespace EFCore.ZohoCrm.FunctionalTests.Query;

/// <summary>
/// What COQL cannot run fails when the query is compiled, with a sentence saying what Zoho cannot do and what to
/// write instead, and without a call to Zoho; transactions are refused.
/// </summary>
[NonParallelizable]
public class UntranslatableTests
{
    private const string TranslationFailed = "could not be translated";

    public static IEnumerable<TestCaseData> Queries()
    {
        yield return Case("Join_on_fields_that_are_not_a_lookup", ZohoCrmStrings.JoinNotLookup, db =>
            db.Contacts.Join(db.Leads, c => c.Last_Name, l => l.Last_Name, (c, l) => new { c.Id, Lead = l.Id }).ToListAsync());
        yield return Case("Cross_join_with_SelectMany", ZohoCrmStrings.JoinNotLookup, db =>
            db.Accounts.SelectMany(a => db.Deals, (a, d) => new { a.Id, Deal = d.Id }).ToListAsync());
        yield return Case("Left_join_on_fields_that_are_not_a_lookup", ZohoCrmStrings.JoinNotLookup, db =>
            db.Deals.LeftJoin(db.Accounts, d => d.Amount, a => a.Annual_Revenue, (d, a) => new { d.Id, Account = a!.Id }).ToListAsync());
        yield return Case("Any_over_another_module_in_Where", ZohoCrmStrings.SubqueriesNotSupported, db =>
            db.Accounts.Where(a => db.Contacts.Any(c => c.AccountId == a.Id)).ToListAsync());
        yield return Case("Contains_over_a_query", ZohoCrmStrings.SubqueriesNotSupported, db =>
            db.Accounts.Where(a => db.Deals.Where(d => d.Stage == "Closed Won").Select(d => d.AccountId).Contains(a.Id)).ToListAsync());
        yield return Case("Count_of_a_query_in_Select", ZohoCrmStrings.SubqueriesNotSupported, db =>
            db.Accounts.Select(a => new { a.Id, Deals = db.Deals.Count(d => d.AccountId == a.Id) }).ToListAsync());
        yield return Case("Where_after_Take", ZohoCrmStrings.SubqueriesNotSupported, db =>
            db.Leads.OrderBy(l => l.Id).Take(10).Where(l => l.Email_Opt_Out).ToListAsync());
        yield return Case("Reordering_after_Take_with_a_lookup", ZohoCrmStrings.SubqueriesNotSupported, db =>
            db.Contacts.OrderBy(c => c.Id).Take(20).OrderBy(c => c.Last_Name).Select(c => new { c.Id, c.Account!.Account_Name }).ToListAsync());
        yield return Case("FromSql_with_a_projection_of_some_columns", ZohoCrmStrings.FromSqlNotComposable, db =>
            db.Leads.FromSqlRaw("SELECT Company, id FROM Leads WHERE Lead_Source = 'Chat'").Select(l => new { l.Company, l.Id }).ToListAsync());
        yield return Case("Union", ZohoCrmStrings.SetOperationsNotSupported("Union"), db =>
            db.Leads.Select(l => l.Last_Name).Union(db.Contacts.Select(c => c.Last_Name)).ToListAsync());
        yield return Case("Concat", ZohoCrmStrings.SetOperationsNotSupported("Concat"), db =>
            db.Leads.Where(l => l.Email_Opt_Out).Concat(db.Leads.Where(l => l.Industry == null)).ToListAsync());
        yield return Case("Except", ZohoCrmStrings.SetOperationsNotSupported("Except"), db =>
            db.Leads.Select(l => l.Id).Except(db.Leads.Where(l => l.Email_Opt_Out).Select(l => l.Id)).ToListAsync());
        yield return Case("Intersect", ZohoCrmStrings.SetOperationsNotSupported("Intersect"), db =>
            db.Leads.Select(l => l.Company).Intersect(db.Accounts.Select(a => a.Account_Name)).ToListAsync());
        yield return Case("Substring_in_Where", ZohoCrmStrings.MethodNotSupported("String.Substring"), db =>
            db.Leads.Where(l => l.Last_Name.Substring(0, 1) == "K").ToListAsync());
        yield return Case("String_length_in_Where", ZohoCrmStrings.MethodNotSupported("String.Length"), db =>
            db.Leads.Where(l => l.Last_Name.Length > 5).ToListAsync());
        yield return Case("Date_part_in_Where", ZohoCrmStrings.MethodNotSupported("DateOnly.Year"), db =>
            db.Contacts.Where(c => c.Date_of_Birth!.Value.Year == 1980).ToListAsync());
        yield return Case("Sum_of_two_fields_compared_with_a_third", ZohoCrmStrings.ComputationNotSupported("arithmetic ('Add')"), db =>
            db.Leads.Where(l => l.No_of_Employees + l.No_of_Employees > l.No_of_Employees).ToListAsync());
        yield return Case("Arithmetic_on_a_field_compared_with_a_value", ZohoCrmStrings.ComputationNotSupported("arithmetic ('Multiply')"), db =>
            db.Leads.Where(l => l.Annual_Revenue * 2 > 1_000_000m).ToListAsync());
        yield return Case("String_concatenation_in_Where", ZohoCrmStrings.ComputationNotSupported("string concatenation"), db =>
            db.Leads.Where(l => l.First_Name + " " + l.Last_Name == "Anna Becker").ToListAsync());
        yield return Case("Coalesce_in_Where", ZohoCrmStrings.ComputationNotSupported("the ?? operator"), db =>
            db.Leads.Where(l => (l.Industry ?? "none") == "none").ToListAsync());
        yield return Case("Conditional_in_OrderBy", ZohoCrmStrings.ComputationNotSupported("a conditional expression (?:)"), db =>
            db.Leads.OrderBy(l => l.Email_Opt_Out ? l.Last_Name : l.Company).ToListAsync());
        yield return Case("Distinct", ZohoCrmStrings.DistinctNotSupported, db =>
            db.Leads.Select(l => l.Lead_Status).Distinct().ToListAsync());
        yield return Case("Filter_on_groups", ZohoCrmStrings.HavingNotSupported, db =>
            db.Deals.GroupBy(d => d.Stage).Where(g => g.Count() > 10).Select(g => g.Key).ToListAsync());
        yield return Case("Reverse", ZohoCrmStrings.OperatorNotSupported("Reverse"), db =>
            db.Leads.OrderBy(l => l.Id).Reverse().ToListAsync());
        yield return Case("Aggregate_of_a_computed_value", ZohoCrmStrings.ComputationNotSupported("arithmetic ('Divide')"), db =>
            db.Deals.SumAsync(d => d.Amount * d.Probability / 100));
    }

    [TestCaseSource(nameof(Queries))]
    public async Task Fails_at_translation_with_EFs_message_and_the_reason_and_makes_no_call(string reason, Func<CrmQueryContext, Task> query)
    {
        await using var db = CrmQueryContext.Create();
        await db.Leads.Take(1).ToListAsync(); // token and metadata first
        var before = await EmulatorOrg.LastRequestSeqAsync();

        var exception = Assert.CatchAsync<InvalidOperationException>(() => query(db));

        // EF's own message (which suggests AsEnumerable) carries the reason, whether the operator was refused while
        // translating or the translated query was refused by the COQL shape check.
        Assert.That(exception!.Message, Does.Contain(TranslationFailed).And.Contain(reason));

        Assert.That(await EmulatorOrg.ApiCallsAfterAsync(before), Is.Empty);
    }

    [Test]
    public void BeginTransaction_is_not_supported()
    {
        using var db = CrmQueryContext.Create();
        var exception = Assert.Throws<NotSupportedException>(() => db.Database.BeginTransaction());
        Assert.That(exception!.Message, Is.EqualTo(ZohoCrmStrings.TransactionsNotSupported));
        Assert.ThrowsAsync<NotSupportedException>(() => db.Database.BeginTransactionAsync());
    }

    private static TestCaseData Case(string name, string reason, Func<CrmQueryContext, Task> query) =>
        new TestCaseData(reason, query).SetArgDisplayNames(name);
}

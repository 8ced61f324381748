using EFCore.ZohoCrm.FunctionalTests.TestUtilities;
using EFCore.ZohoCrm.Properties;
using Microsoft.EntityFrameworkCore;
using ZohoCrm.Data;

namespace EFCore.ZohoCrm.FunctionalTests.Query;

/// <summary>
/// Where: every comparison COQL has, on every kind of field, gives the rows LINQ-to-Objects gives over the
/// emulator's records (C# null semantics included).
/// </summary>
public class WhereTests
{
    [Test]
    public async Task Equality_and_inequality_on_text_and_picklists_match_LINQ()
    {
        var leads = Oracle.Leads;
        var lastName = leads.GroupBy(l => l.Last_Name).OrderByDescending(g => g.Count()).First().Key;
        await QueryAssert.SameRowsAsync(db => db.Leads, leads,
            l => l.Last_Name == lastName,
            l => l.Last_Name != lastName,
            l => l.Lead_Status == "Contacted",
            l => l.Lead_Status != "Contacted",
            l => l.Industry == "Large Enterprise",
            l => l.Industry != "Large Enterprise",
            l => "Trade Show" == l.Lead_Source);
    }

    [Test]
    public async Task Equality_and_inequality_on_booleans_match_LINQ()
    {
        await QueryAssert.SameRowsAsync(db => db.Leads, Oracle.Leads,
            l => l.Email_Opt_Out,
            l => !l.Email_Opt_Out,
            l => l.Email_Opt_Out == true,
            l => l.Email_Opt_Out != true,
            l => l.Email_Opt_Out == false);
        await QueryAssert.SameRowsAsync(db => db.Meetings, Oracle.Meetings, m => m.All_day, m => !m.All_day);
    }

    [Test]
    public async Task Equality_and_inequality_on_lookup_ids_match_LINQ()
    {
        var contacts = Oracle.ContactsWithAccounts;
        var account = contacts.Where(c => c.AccountId != null).GroupBy(c => c.AccountId).OrderByDescending(g => g.Count()).First().Key;
        await QueryAssert.SameRowsAsync(db => db.Contacts, contacts, allowTrivial: false,
            (c => c.AccountId == account, c => c.AccountId == account),
            (c => c.AccountId != account, c => c.AccountId != account),
            (c => c.Account!.Id == account, c => c.Account != null && c.Account.Id == account),
            (c => c.AccountId == null, c => c.AccountId == null),
            (c => c.AccountId != null, c => c.AccountId != null));
    }

    [Test]
    public async Task Every_comparison_on_integers_and_decimals_matches_LINQ()
    {
        var leads = Oracle.Leads;
        var employees = leads.First(l => l.No_of_Employees > 100).No_of_Employees!.Value;
        var revenue = leads.Where(l => l.Annual_Revenue != null).Select(l => l.Annual_Revenue!.Value).Order().ElementAt(3_000);
        await QueryAssert.SameRowsAsync(db => db.Leads, leads,
            l => l.No_of_Employees == employees,
            l => l.No_of_Employees != employees,
            l => l.No_of_Employees < employees,
            l => l.No_of_Employees <= employees,
            l => l.No_of_Employees > employees,
            l => l.No_of_Employees >= employees,
            l => l.Annual_Revenue == revenue,
            l => l.Annual_Revenue != revenue,
            l => l.Annual_Revenue < revenue,
            l => l.Annual_Revenue <= revenue,
            l => l.Annual_Revenue > revenue,
            l => l.Annual_Revenue >= revenue,
            l => l.Discount_Rate > 12.5m,
            l => 5000 < l.No_of_Employees);
    }

    [Test]
    public async Task Every_comparison_on_DateOnly_matches_LINQ()
    {
        var contacts = Oracle.Contacts;
        var birthday = contacts.Where(c => c.Date_of_Birth != null).Select(c => c.Date_of_Birth!.Value).Order().ElementAt(800);
        await QueryAssert.SameRowsAsync(db => db.Contacts, contacts,
            c => c.Date_of_Birth == birthday,
            c => c.Date_of_Birth != birthday,
            c => c.Date_of_Birth < birthday,
            c => c.Date_of_Birth <= birthday,
            c => c.Date_of_Birth > birthday,
            c => c.Date_of_Birth >= birthday,
            c => c.Date_of_Birth < new DateOnly(1970, 1, 1));
    }

    [Test]
    public async Task Every_comparison_on_DateTimeOffset_and_DateTime_matches_LINQ()
    {
        var meetings = Oracle.Meetings;
        var start = meetings.Select(m => m.Start_DateTime).Order().ElementAt(meetings.Count / 2);
        var end = meetings.Select(m => m.End_DateTime).Order().ElementAt(meetings.Count / 3);
        var endElsewhere = end.ToOffset(TimeSpan.FromHours(5.5)); // the same instant written in another offset
        var created = meetings.Select(m => m.Created_Time!.Value).Order().ElementAt(meetings.Count / 4);
        await QueryAssert.SameRowsAsync(db => db.Meetings, meetings,
            m => m.Start_DateTime == start,
            m => m.Start_DateTime != start,
            m => m.Start_DateTime < start,
            m => m.Start_DateTime <= start,
            m => m.Start_DateTime > start,
            m => m.Start_DateTime >= start,
            m => m.End_DateTime == end,
            m => m.End_DateTime != end,
            m => m.End_DateTime < end,
            m => m.End_DateTime <= endElsewhere,
            m => m.End_DateTime > endElsewhere,
            m => m.End_DateTime >= end,
            m => m.Created_Time > created,
            m => m.Created_Time <= created);
    }

    [Test]
    public async Task Ranges_between_two_bounds_match_LINQ()
    {
        var low = new DateOnly(1970, 1, 1);
        var high = new DateOnly(1980, 12, 31);
        await QueryAssert.SameRowsAsync(db => db.Contacts, Oracle.Contacts,
            c => c.Date_of_Birth >= low && c.Date_of_Birth <= high,
            c => c.Date_of_Birth < low || c.Date_of_Birth > high);
        await QueryAssert.SameRowsAsync(db => db.Leads, Oracle.Leads,
            l => l.No_of_Employees > 100 && l.No_of_Employees < 1_000,
            l => l.Annual_Revenue >= 1_000_000m && l.Annual_Revenue < 2_000_000m);
    }

    [Test]
    public async Task And_or_and_not_combine_as_in_CSharp()
    {
        await QueryAssert.SameRowsAsync(db => db.Leads, Oracle.Leads,
            l => l.Lead_Status == "Contacted" && l.Email_Opt_Out,
            l => l.Lead_Status == "Contacted" || l.Industry == "Large Enterprise",
            l => !(l.Lead_Status == "Contacted"),
            l => !(l.No_of_Employees > 500),
            l => !(l.Lead_Status == "Contacted" || l.No_of_Employees < 100),
            l => !(l.Lead_Status == "Contacted" && l.No_of_Employees < 100),
            l => (l.Lead_Status == "Contacted" || l.Lead_Status == "Junk Lead") && !(l.Industry == null || l.Email_Opt_Out),
            l => l.Lead_Source == "Chat" || (l.Annual_Revenue > 40_000_000m && (l.No_of_Employees < 50 || l.Discount_Rate >= 20m)));
    }

    [Test]
    public async Task Null_checks_match_LINQ()
    {
        await QueryAssert.SameRowsAsync(db => db.Leads, Oracle.Leads,
            l => l.Industry == null,
            l => l.Industry != null,
            l => l.No_of_Employees == null,
            l => l.Annual_Revenue != null,
            l => l.Preferred_Contact_Date == null,
            l => l.First_Name == null || l.Discount_Rate == null);
    }

    [Test]
    public async Task StartsWith_EndsWith_and_Contains_match_LINQ_ignoring_case_as_Zoho_does()
    {
        var leads = Oracle.Leads;
        var prefix = leads.First(l => l.Company is { Length: > 4 }).Company![..3];
        const StringComparison IgnoreCase = StringComparison.OrdinalIgnoreCase;
        await QueryAssert.SameRowsAsync(db => db.Leads, leads, allowTrivial: false,
            (l => l.Company!.StartsWith(prefix), l => l.Company != null && l.Company.StartsWith(prefix, IgnoreCase)),
            (l => l.Last_Name.EndsWith("son"), l => l.Last_Name.EndsWith("son", IgnoreCase)),
            (l => l.Last_Name.Contains("ar"), l => l.Last_Name.Contains("ar", IgnoreCase)),
            (l => !l.Last_Name.Contains("a"), l => !l.Last_Name.Contains('a', IgnoreCase)),
            (l => l.Lead_Status!.StartsWith("contact"), l => l.Lead_Status != null && l.Lead_Status.StartsWith("contact", IgnoreCase)),
            (l => l.Company!.EndsWith("s.r.o."), l => l.Company != null && l.Company.EndsWith("s.r.o.", IgnoreCase)));
        await QueryAssert.SameRowsAsync(db => db.Contacts, Oracle.Contacts, allowTrivial: false,
            (c => c.Email!.EndsWith("0@mail.example"), c => c.Email != null && c.Email.EndsWith("0@mail.example", IgnoreCase)),
            (c => c.Email!.Contains("anna."), c => c.Email != null && c.Email.Contains("anna.", IgnoreCase)));
    }

    [Test]
    public async Task Wildcards_in_a_search_value_are_matched_literally()
    {
        await using var db = CrmQueryContext.Create();
        var percent = "co%";
        var underscore = "o_";
        Assert.That(await db.Leads.CountAsync(l => l.Company!.Contains(percent)), Is.Zero);
        Assert.That(await db.Leads.CountAsync(l => l.Last_Name.StartsWith(underscore)), Is.Zero);
        Assert.That(await db.Leads.CountAsync(l => l.Last_Name.EndsWith("n%")), Is.Zero);
        Assert.That(await db.Leads.CountAsync(l => l.Last_Name.EndsWith("n")), Is.EqualTo(Oracle.Leads.Count(l => l.Last_Name.EndsWith('n'))));
    }

    [Test]
    public async Task List_Contains_becomes_IN_for_any_length_of_list()
    {
        var leads = Oracle.Leads;
        var statuses = new[] { "Contacted", "Junk Lead" };
        var ids250 = leads.Where((_, i) => i % 13 == 0).Take(250).Select(l => l.Id).ToList();
        var ids1 = ids250.Take(1).ToList();
        var ids100 = ids250.Take(100).ToList();
        var ids101 = ids250.Take(101).ToList();
        var none = new List<long>();
        Assert.That(ids250, Has.Count.EqualTo(250));
        await QueryAssert.SameRowsAsync(db => db.Leads, leads, allowTrivial: true,
            l => statuses.Contains(l.Lead_Status!),
            l => !statuses.Contains(l.Lead_Status!),
            l => ids1.Contains(l.Id),
            l => ids100.Contains(l.Id),
            l => ids101.Contains(l.Id),
            l => ids250.Contains(l.Id),
            l => !ids250.Contains(l.Id),
            l => none.Contains(l.Id),
            l => new int?[] { 10, 20, 30 }.Contains(l.No_of_Employees));
    }

    [Test]
    public async Task Captured_variables_are_read_when_the_query_runs()
    {
        await using var db = CrmQueryContext.Create();
        var leads = Oracle.Leads;
        var status = "Contacted";
        var query = db.Leads.Where(l => l.Lead_Status == status).Select(l => l.Id);
        var contacted = await query.ToListAsync();
        status = "Junk Lead";
        var junk = await query.ToListAsync();

        Assert.That(contacted, Is.EquivalentTo(leads.Where(l => l.Lead_Status == "Contacted").Select(l => l.Id)));
        Assert.That(junk, Is.EquivalentTo(leads.Where(l => l.Lead_Status == "Junk Lead").Select(l => l.Id)));
    }

    [Test]
    public async Task UtcNow_is_evaluated_on_the_client_each_time_the_query_runs()
    {
        var meetings = Oracle.Meetings;
        using var capture = CoqlCapture.Start();
        await using var db = CrmQueryContext.Create();

        var past = await db.Meetings.CountAsync(m => m.Start_DateTime < DateTime.UtcNow);
        var pastOffsets = await db.Meetings.CountAsync(m => m.End_DateTime < DateTimeOffset.UtcNow.AddYears(-100));

        // The seeded org lies in the past: every meeting started before now, none ended a century ago.
        Assert.That(past, Is.EqualTo(meetings.Count(m => m.Start_DateTime < DateTime.UtcNow)).And.EqualTo(meetings.Count));
        Assert.That(pastOffsets, Is.Zero);
        Assert.That(capture.Commands, Is.EqualTo(new[]
        {
            "SELECT COUNT(id) FROM Events WHERE Start_DateTime < @UtcNow",
            "SELECT COUNT(id) FROM Events WHERE End_DateTime < @AddYears",
        }), "the clock is read on the client and sent as a value");
    }

    [Test]
    public async Task Range_comparison_on_text_fails_clearly_unless_client_side_filtering_is_allowed()
    {
        await using (var db = CrmQueryContext.Create())
        {
            var exception = Assert.ThrowsAsync<ZohoCrmQueryException>(
                () => db.Leads.Where(l => string.Compare(l.Last_Name, "M") > 0).ToListAsync());
            Assert.That(exception!.Message, Does.Contain("Last_Name").And.Contain("ClientSideFilterLimit(n)"));
        }

        var expected = Oracle.Leads.Where(l => l.Lead_Status == "Contacted" && string.Compare(l.Last_Name, "M", StringComparison.OrdinalIgnoreCase) > 0)
            .Select(l => l.Id).ToList();
        Assert.That(expected, Is.Not.Empty);

        await using (var db = CrmQueryContext.Create(o => o.UseServerSideFiltering(false)))
        {
            var actual = await db.Leads.Where(l => l.Lead_Status == "Contacted" && string.Compare(l.Last_Name, "M") > 0).Select(l => l.Id).ToListAsync();
            Assert.That(actual, Is.EquivalentTo(expected));
        }

        await using (var db = CrmQueryContext.Create(o => o.ClientSideFilterLimit(20_000)))
        {
            var actual = await db.Leads.Where(l => l.Lead_Status == "Contacted" && string.Compare(l.Last_Name, "M") > 0).Select(l => l.Id).ToListAsync();
            Assert.That(actual, Is.EquivalentTo(expected));
        }

        await using (var db = CrmQueryContext.Create(o => o.ClientSideFilterLimit(100)))
        {
            var exception = Assert.CatchAsync(
                () => db.Leads.Where(l => l.Lead_Status == "Contacted" && string.Compare(l.Last_Name, "M") > 0).Select(l => l.Id).ToListAsync());
            Assert.That(exception!.Message, Does.Contain("ClientSideFilterLimit"));
        }
    }
}

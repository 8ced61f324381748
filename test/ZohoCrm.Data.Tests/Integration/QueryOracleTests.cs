using System.Globalization;
using ZohoCrm.Emulator.Domain.Records;
using ZohoCrm.Emulator.Domain.Seeding;
using static ZohoCrm.Data.Tests.Integration.LeadOracle;

namespace ZohoCrm.Data.Tests.Integration;

/// <summary>
/// Queries against the seeded emulator whose answers must equal what the stored records say (SQL semantics), whatever
/// route the planner takes: COQL, Search with re-check, or client-side work.
/// </summary>
[NonParallelizable]
public class QueryOracleTests
{
    private EmulatorConnection _emulator = null!;
    private ZohoCrmConnection _connection = null!;
    private IReadOnlyList<StoredRecord> _leads = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _emulator = await EmulatorConnection.StartAsync();
        _connection = _emulator.Open();
        _leads = _emulator.Records("Leads");
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _connection.DisposeAsync();
        await _emulator.DisposeAsync();
    }

    public static IEnumerable<LeadOracle> WhereCases()
    {
        var p = StandardOrg.Picklists.LeadStatus;
        foreach (var status in StandardOrg.Picklists.LeadStatus)
        {
            yield return new($"Lead_Status = '{status}'", r => Eq(S(r, "Lead_Status"), status));
        }

        foreach (var source in StandardOrg.Picklists.LeadSource)
        {
            yield return new($"Lead_Source = '{source}'", r => Eq(S(r, "Lead_Source"), source));
        }

        foreach (var rating in StandardOrg.Picklists.Rating)
        {
            yield return new($"Rating != '{rating}'", r => Ne(S(r, "Rating"), rating));
        }

        var industries = StandardOrg.Picklists.Industry;
        for (var i = 0; i + 2 < industries.Length; i += 4)
        {
            var set = industries.Skip(i).Take(3).ToArray();
            yield return new($"Industry in ({string.Join(", ", set.Select(s => "'" + s + "'"))})", r => S(r, "Industry") is { } v ? set.Contains(v, StringComparer.OrdinalIgnoreCase) : null);
            yield return new($"Industry not in ({string.Join(", ", set.Select(s => "'" + s + "'"))})", r => S(r, "Industry") is { } v ? !set.Contains(v, StringComparer.OrdinalIgnoreCase) : null);
        }

        foreach (var field in new[] { "Lead_Source", "Industry", "Rating", "Annual_Revenue", "Preferred_Contact_Date", "Email" })
        {
            yield return new($"{field} is null", r => r[field] is null);
            yield return new($"{field} is not null", r => r[field] is not null);
        }

        foreach (var n in new[] { 100m, 5000m, 15000m })
        {
            var text = n.ToString(CultureInfo.InvariantCulture);
            yield return new($"No_of_Employees > {text}", r => Cmp(N(r, "No_of_Employees"), v => v > n));
            yield return new($"No_of_Employees >= {text}", r => Cmp(N(r, "No_of_Employees"), v => v >= n));
            yield return new($"No_of_Employees < {text}", r => Cmp(N(r, "No_of_Employees"), v => v < n));
            yield return new($"No_of_Employees <= {text}", r => Cmp(N(r, "No_of_Employees"), v => v <= n));
        }

        foreach (var (lo, hi) in new[] { (10_000m, 1_000_000m), (5_000_000m, 20_000_000m), (40_000_000m, 60_000_000m) })
        {
            var l = lo.ToString(CultureInfo.InvariantCulture);
            var h = hi.ToString(CultureInfo.InvariantCulture);
            yield return new($"Annual_Revenue between {l} and {h}", r => Cmp(N(r, "Annual_Revenue"), v => v >= lo && v <= hi));
            yield return new($"Annual_Revenue not between {l} and {h}", r => Cmp(N(r, "Annual_Revenue"), v => v < lo || v > hi));
        }

        yield return new("Email_Opt_Out = true", r => B(r, "Email_Opt_Out"));
        yield return new("Email_Opt_Out = false", r => B(r, "Email_Opt_Out") is { } b ? !b : null);

        foreach (var letter in "ABCDEFGHKMS")
        {
            yield return new($"Company like '{letter}%'", r => StartsWith(S(r, "Company"), letter.ToString()));
        }

        foreach (var part in new[] { "son", "er", "ez" })
        {
            yield return new($"Last_Name like '%{part}'", r => EndsWith(S(r, "Last_Name"), part));
            yield return new($"Last_Name like '%{part}%'", r => Contains(S(r, "Last_Name"), part));
            yield return new($"Last_Name not like '%{part}%'", r => Not(Contains(S(r, "Last_Name"), part)));
        }

        var today = new DateOnly(2026, 1, 1);
        foreach (var days in new[] { 0, 200, 400 })
        {
            var date = today.AddDays(days);
            var text = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            yield return new($"Preferred_Contact_Date >= '{text}'", r => D(r, "Preferred_Contact_Date") is { } d ? d >= date : null);
            yield return new($"Preferred_Contact_Date < '{text}'", r => D(r, "Preferred_Contact_Date") is { } d ? d < date : null);
        }

        foreach (var rate in new[] { 5m, 12.5m, 20m })
        {
            yield return new($"Discount_Rate > {rate.ToString(CultureInfo.InvariantCulture)}", r => Cmp(N(r, "Discount_Rate"), v => v > rate));
        }

        // AND / OR / NOT nesting, as EF writes it.
        yield return new($"Lead_Status = '{p[0]}' and No_of_Employees > 1000",
            r => And(Eq(S(r, "Lead_Status"), p[0]), Cmp(N(r, "No_of_Employees"), v => v > 1000)));
        yield return new($"Lead_Status = '{p[1]}' or Lead_Status = '{p[2]}'",
            r => Or(Eq(S(r, "Lead_Status"), p[1]), Eq(S(r, "Lead_Status"), p[2])));
        yield return new($"(Lead_Status = '{p[1]}' or Lead_Status = '{p[2]}') and Annual_Revenue > 1000000",
            r => And(Or(Eq(S(r, "Lead_Status"), p[1]), Eq(S(r, "Lead_Status"), p[2])), Cmp(N(r, "Annual_Revenue"), v => v > 1_000_000)));
        yield return new($"Lead_Status = '{p[3]}' and Rating = 'Active' and Email_Opt_Out = false",
            r => And(And(Eq(S(r, "Lead_Status"), p[3]), Eq(S(r, "Rating"), "Active")), B(r, "Email_Opt_Out") is { } b ? !b : null));
        yield return new($"not (Lead_Status = '{p[4]}')", r => Not(Eq(S(r, "Lead_Status"), p[4])));
        yield return new($"not (Lead_Status = '{p[4]}' or Lead_Source = 'Chat')",
            r => Not(Or(Eq(S(r, "Lead_Status"), p[4]), Eq(S(r, "Lead_Source"), "Chat"))));
        yield return new("not (No_of_Employees > 5000 and Annual_Revenue < 1000000)",
            r => Not(And(Cmp(N(r, "No_of_Employees"), v => v > 5000), Cmp(N(r, "Annual_Revenue"), v => v < 1_000_000))));
        yield return new("Lead_Source is null or Industry is null", r => r["Lead_Source"] is null || r["Industry"] is null);
        yield return new("(Company like 'A%' or Company like 'B%') and (Rating = 'Active' or Rating is null)",
            r => And(Or(StartsWith(S(r, "Company"), "A"), StartsWith(S(r, "Company"), "B")), Or(Eq(S(r, "Rating"), "Active"), r["Rating"] is null)));
        yield return new("Annual_Revenue > 40000000 or No_of_Employees > 19000 or Discount_Rate > 24",
            r => Or(Or(Cmp(N(r, "Annual_Revenue"), v => v > 40_000_000), Cmp(N(r, "No_of_Employees"), v => v > 19_000)), Cmp(N(r, "Discount_Rate"), v => v > 24)));
        yield return new("Lead_Status != 'Junk Lead' and Lead_Status != 'Lost Lead' and Industry = 'Large Enterprise'",
            r => And(And(Ne(S(r, "Lead_Status"), "Junk Lead"), Ne(S(r, "Lead_Status"), "Lost Lead")), Eq(S(r, "Industry"), "Large Enterprise")));

        // Multi-line text: Search, every row re-checked on the client.
        foreach (var sentence in new[] { "Referred by a partner; high priority.", "Asked for a demo with their operations team.", "Requires on-premise deployment and SSO." })
        {
            yield return new($"Description = '{sentence}'", r => Eq(S(r, "Description"), sentence));
        }
    }

    [TestCaseSource(nameof(WhereCases))]
    public async Task Rows_equal_the_oracle(LeadOracle oracle)
    {
        var expected = _leads.Where(r => oracle.Predicate(r) == true).ToList();
        await using var command = new ZohoCrmCommand("SELECT id, Last_Name, Annual_Revenue FROM Leads WHERE " + oracle.Where, _connection);
        var actual = new List<(long Id, string? Name, decimal? Revenue)>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                actual.Add((reader.GetInt64(0), reader.GetFieldValue<string?>(1), reader.GetFieldValue<decimal?>(2)));
            }
        }

        Assert.That(actual.Select(a => a.Id).Order(), Is.EqualTo(expected.Select(e => e.Id)), command.Explain());
        var byId = expected.ToDictionary(e => e.Id);
        Assert.That(actual.All(a => a.Name == S(byId[a.Id], "Last_Name") && a.Revenue == N(byId[a.Id], "Annual_Revenue")), Is.True, "values match the stored record");
    }

    [TestCaseSource(nameof(WhereCases))]
    public async Task Count_equals_the_oracle(LeadOracle oracle)
    {
        await using var command = new ZohoCrmCommand("SELECT COUNT(*) FROM Leads WHERE " + oracle.Where, _connection);
        Assert.That(await command.ExecuteScalarAsync(), Is.EqualTo((long)_leads.Count(r => oracle.Predicate(r) == true)));
    }

    public static IEnumerable<TestCaseData> OrderedCases()
    {
        yield return new TestCaseData("ORDER BY id DESC LIMIT 25", (Func<IEnumerable<StoredRecord>, IEnumerable<StoredRecord>>)(rs => rs.OrderByDescending(r => r.Id).Take(25)));
        yield return new TestCaseData("WHERE Annual_Revenue is not null ORDER BY Annual_Revenue DESC, id ASC LIMIT 40",
            (Func<IEnumerable<StoredRecord>, IEnumerable<StoredRecord>>)(rs => rs.Where(r => r["Annual_Revenue"] is not null).OrderByDescending(r => N(r, "Annual_Revenue")).ThenBy(r => r.Id).Take(40)));
        yield return new TestCaseData("WHERE No_of_Employees is not null ORDER BY No_of_Employees, id LIMIT 30 OFFSET 10",
            (Func<IEnumerable<StoredRecord>, IEnumerable<StoredRecord>>)(rs => rs.Where(r => r["No_of_Employees"] is not null).OrderBy(r => N(r, "No_of_Employees")).ThenBy(r => r.Id).Skip(10).Take(30)));
        yield return new TestCaseData("WHERE Lead_Status = 'Contacted' ORDER BY id LIMIT 2500",
            (Func<IEnumerable<StoredRecord>, IEnumerable<StoredRecord>>)(rs => rs.Where(r => Eq(S(r, "Lead_Status"), "Contacted") == true).OrderBy(r => r.Id).Take(2500)));
        yield return new TestCaseData("ORDER BY id LIMIT 3000, 5",
            (Func<IEnumerable<StoredRecord>, IEnumerable<StoredRecord>>)(rs => rs.OrderBy(r => r.Id).Skip(3000).Take(5)));
        yield return new TestCaseData("WHERE Company like 'C%' ORDER BY Last_Name, id LIMIT 50",
            (Func<IEnumerable<StoredRecord>, IEnumerable<StoredRecord>>)(rs => rs.Where(r => StartsWith(S(r, "Company"), "C") == true)
                .OrderBy(r => S(r, "Last_Name"), StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Id).Take(50)));
    }

    [TestCaseSource(nameof(OrderedCases))]
    public async Task Ordered_and_paged_rows_equal_the_oracle(string tail, Func<IEnumerable<StoredRecord>, IEnumerable<StoredRecord>> oracle)
    {
        await using var command = new ZohoCrmCommand("SELECT id FROM Leads " + tail, _connection);
        var ids = new List<long>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                ids.Add(reader.GetInt64(0));
            }
        }

        Assert.That(ids, Is.EqualTo(oracle(_leads).Select(r => r.Id)), command.Explain());
    }

    [TestCase(true, TestName = "Group_by_counts_computed_by_zoho_equal_the_oracle")]
    [TestCase(false, TestName = "Group_by_counts_computed_on_the_client_equal_the_oracle")]
    public async Task Group_by_counts_equal_the_oracle(bool serverSideFiltering)
    {
        await using var connection = _emulator.Open($"UseServerSideFiltering={serverSideFiltering};");
        await using var command = new ZohoCrmCommand("SELECT Lead_Status, COUNT(*) AS n, SUM(No_of_Employees) AS staff FROM Leads GROUP BY Lead_Status", connection);
        var actual = new Dictionary<string, (long Count, long? Staff)>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                actual[reader.GetString(0)] = (reader.GetInt64(1), reader.GetFieldValue<long?>(2));
            }
        }

        var expected = _leads.GroupBy(r => S(r, "Lead_Status")!)
            .ToDictionary(g => g.Key, g => ((long)g.Count(), (long?)g.Sum(r => (long?)(r["No_of_Employees"] as long?))));
        Assert.That(actual, Is.EquivalentTo(expected));
    }

    [Test]
    public async Task Sum_and_average_equal_the_oracle()
    {
        await using var command = new ZohoCrmCommand("SELECT SUM(Annual_Revenue), MAX(No_of_Employees), MIN(Annual_Revenue) FROM Leads WHERE Industry = 'Large Enterprise'", _connection);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.That(await reader.ReadAsync(), Is.True);
        var rows = _leads.Where(r => Eq(S(r, "Industry"), "Large Enterprise") == true).ToList();
        Assert.That(reader.GetDecimal(0), Is.EqualTo(rows.Sum(r => N(r, "Annual_Revenue") ?? 0)));
        Assert.That(reader.GetInt64(1), Is.EqualTo((long)rows.Max(r => N(r, "No_of_Employees"))!));
        Assert.That(reader.GetDecimal(2), Is.EqualTo(rows.Min(r => N(r, "Annual_Revenue"))));
    }

    [Test]
    public async Task Parameters_bind_as_literals_of_the_fields_type()
    {
        await using var command = new ZohoCrmCommand("SELECT id FROM Leads WHERE Lead_Status = @status AND No_of_Employees >= @min AND Email_Opt_Out = @opt", _connection);
        command.Parameters.AddWithValue("@status", "Contacted");
        command.Parameters.AddWithValue("min", 2500);
        command.Parameters.AddWithValue("@OPT", false);
        var ids = new List<long>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                ids.Add(reader.GetInt64(0));
            }
        }

        var expected = _leads.Where(r => Eq(S(r, "Lead_Status"), "Contacted") == true && N(r, "No_of_Employees") >= 2500 && B(r, "Email_Opt_Out") == false);
        Assert.That(ids, Is.EquivalentTo(expected.Select(r => r.Id)));
    }

    [TestCase("x' or id is not null or Last_Name = '")]
    [TestCase("') or (id is not null")]
    [TestCase("%")]
    [TestCase("_")]
    [TestCase("back\\slash\\")]
    [TestCase("line\nbreak")]
    [TestCase("ünïcødé ✓")]
    public async Task Hostile_values_match_nothing_and_change_nothing(string value)
    {
        await using var command = new ZohoCrmCommand("SELECT id FROM Leads WHERE Last_Name = @name", _connection);
        command.Parameters.AddWithValue("name", value);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.That(await reader.ReadAsync(), Is.False);
    }

    [Test]
    public async Task A_very_long_value_is_one_literal()
    {
        await using var command = new ZohoCrmCommand("SELECT COUNT(*) FROM Leads WHERE Company = @company", _connection);
        command.Parameters.AddWithValue("company", new string('x', 5000) + "' or id is not null");
        Assert.That(await command.ExecuteScalarAsync(), Is.EqualTo(0L));
    }
}

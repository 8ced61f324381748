using ZohoCrm.Data.Coql;
using static ZohoCrm.Data.Tests.Coql.PlanTestHelpers;

namespace ZohoCrm.Data.Tests.Coql;

public class CoqlPagingTests
{
    /// <summary>Drives a cursor as an executor would, against a module whose rows have ids 1..total and No_of_Employees = id / 3.</summary>
    /// <remarks>With <paramref name="ahead"/>, also collects what the cursor guessed before each call about the calls after it.</remarks>
    private static List<(string Query, int PageSize, bool Discard)> Walk(ZohoCrmCoqlStep step, long total, int maxCalls = 200, bool overlapPages = false,
        List<List<string>>? ahead = null)
    {
        var calls = new List<(string, int, bool)>();
        var cursor = step.CreateCursor(overlapPages);
        long position = 0;
        while (cursor.Query is { } query && calls.Count < maxCalls)
        {
            calls.Add((query, cursor.PageSize, cursor.DiscardRows));
            ahead?.Add(cursor.QueriesAhead().ToList());
            var offset = ParseOffset(query);
            var after = ParseAfterId(query);
            var start = after is null ? offset : after.Value + offset;
            var count = (int)Math.Max(0, Math.Min(cursor.PageSize, total - start));
            position = start + count;
            var last = count == 0 ? null : new ZohoCrmDictionaryRow([new("id", position), new("No_of_Employees", (int)(position / 3)), new("Annual_Revenue", (decimal)position)]);
            cursor.Advance(count, position < total, last);
        }

        Assert.That(cursor.Calls, Is.EqualTo(calls.Count));
        return calls;
    }

    private static long ParseOffset(string query)
    {
        var index = query.IndexOf(" offset ", StringComparison.Ordinal);
        return index < 0 ? 0 : long.Parse(query[(index + 8)..], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static long? ParseAfterId(string query)
    {
        var match = System.Text.RegularExpressions.Regex.Match(query, @"id > '(\d+)'");
        return match.Success ? long.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    private static ZohoCrmCoqlStep Step(string text, ZohoCrmQueryPlannerOptions? options = null) => (ZohoCrmCoqlStep)Plan(text, options).Steps.Single();

    [Test]
    public void A_limit_within_one_page_is_one_call()
    {
        var step = Step("select Last_Name from Leads where Company = 'a' limit 10");
        Assert.That(Walk(step, 1_000_000).Select(c => c.Query), Is.EqualTo(new[] { "select Last_Name from Leads where Company = 'a' limit 10" }));
        Assert.That((step.ExpectedCalls, step.ExpectedCredits), Is.EqualTo(((int?)1, (int?)1)));
    }

    [Test]
    public void Limit_5000_is_three_calls_of_2000_2000_and_1000()
    {
        var step = Step("select Last_Name from Leads limit 5000");
        var calls = Walk(step, 1_000_000);
        Assert.That(calls.Select(c => c.PageSize), Is.EqualTo(new[] { 2000, 2000, 1000 }));
        Assert.That(calls[0].Query, Is.EqualTo("select Last_Name from Leads where id is not null order by id asc limit 2000"));
        Assert.That(calls[1].Query, Is.EqualTo("select Last_Name from Leads where id > '2000' order by id asc limit 2000"));
        Assert.That(calls[2].Query, Is.EqualTo("select Last_Name from Leads where id > '4000' order by id asc limit 1000"));
        Assert.That(step.ExpectedPageSizes, Is.EqualTo(new[] { 2000, 2000, 1000 }));
        Assert.That(step.ExpectedCredits, Is.EqualTo(8));
    }

    [TestCase(150, 1)]
    [TestCase(200, 1)]
    [TestCase(201, 2)]
    [TestCase(1000, 2)]
    [TestCase(1001, 3)]
    [TestCase(2000, 3)]
    public void Credits_follow_the_limit_of_each_call(int limit, int credits) =>
        Assert.That(Step("select Last_Name from Leads limit " + limit).ExpectedCredits, Is.EqualTo(credits));

    [Test]
    public void Offset_pages_keep_the_filter_and_order()
    {
        var calls = Walk(Step("select Last_Name from Leads where Company = 'a' order by No_of_Employees desc limit 3000 offset 500"), 1_000_000);
        Assert.That(calls.Select(c => c.Query), Is.EqualTo(new[]
        {
            "select Last_Name, No_of_Employees from Leads where Company = 'a' order by No_of_Employees desc, id asc limit 2000 offset 500",
            "select Last_Name, No_of_Employees from Leads where Company = 'a' order by No_of_Employees desc, id asc limit 1000 offset 2500",
        }));
    }

    [Test]
    public void No_limit_reads_every_row_by_keyset_on_id()
    {
        var calls = Walk(Step("select Last_Name from Leads where Company = 'a'"), 4500);
        Assert.That(calls.Select(c => c.Query), Is.EqualTo(new[]
        {
            "select Last_Name from Leads where Company = 'a' order by id asc limit 2000",
            "select Last_Name from Leads where (Company = 'a' and id > '2000') order by id asc limit 2000",
            "select Last_Name from Leads where (Company = 'a' and id > '4000') order by id asc limit 2000",
        }));
    }

    [Test]
    public void Every_row_past_100000_is_reachable_by_keyset()
    {
        var calls = Walk(Step("select Last_Name from Leads"), 150_000);
        Assert.That(calls, Has.Count.EqualTo(75));
        Assert.That(calls.All(c => ParseOffset(c.Query) == 0), "id keyset needs no OFFSET");
        Assert.That(calls[^1].Query, Does.Contain("id > '148000'"));
    }

    [Test]
    public void Other_orderings_use_offsets_in_the_window_then_a_column_and_id_keyset()
    {
        var calls = Walk(Step("select Last_Name from Leads order by No_of_Employees"), 104_000);
        Assert.That(calls.Take(50).All(c => c.Query.Contains("order by No_of_Employees asc, id asc", StringComparison.Ordinal)));
        Assert.That(ParseOffset(calls[49].Query), Is.EqualTo(98_000));
        // Past the window, the keyset continues after (No_of_Employees, id) of the last row: 100000 / 3 = 33333.
        Assert.That(calls[50].Query, Does.Contain("where (No_of_Employees > 33333 or (No_of_Employees = 33333 and id > '100000'))"));
        Assert.That(ParseOffset(calls[50].Query), Is.EqualTo(0));
    }

    [Test]
    public void Overlapped_id_order_uses_offsets_in_the_window_then_id_keyset_and_guesses_only_what_follows()
    {
        var ahead = new List<List<string>>();
        var calls = Walk(Step("select Last_Name from Leads"), 150_000, overlapPages: true, ahead: ahead);
        Assert.That(calls, Has.Count.EqualTo(75));
        Assert.That(calls.Take(50).Select(c => ParseOffset(c.Query)), Is.EqualTo(Enumerable.Range(0, 50).Select(i => i * 2000L)));
        Assert.That(calls.Take(50).Select(c => ParseAfterId(c.Query)), Is.All.Null, "no id keyset inside the window");
        Assert.That(calls[50].Query, Does.Contain("id > '100000'"));
        Assert.That(ParseOffset(calls[50].Query), Is.Zero);
        Assert.That(ParseOffset(calls[51].Query), Is.EqualTo(2000), "a new window after the keyset");

        // Nothing is guessed before a full first page, nor across the window's end; with no LIMIT the guesses grow with
        // the full pages seen (n - 1 after n); every guess is a later call, in order (or, past the last row, a call the
        // read drops).
        Assert.That(ahead[0], Is.Empty);
        Assert.That(ahead.Skip(1).Take(48).Select(a => a.Count), Is.EqualTo(Enumerable.Range(1, 48).Select(i => Math.Min(i - 1, 49 - i))));
        Assert.That(ahead[49], Is.Empty, "the first page past the window needs the last row");
        Assert.That(ahead[51], Has.Count.EqualTo(48), "the next window's pages follow by OFFSET after the keyset");
        for (var i = 0; i < calls.Count; i++)
        {
            var following = calls.Skip(i + 1).Select(c => c.Query).ToList();
            var known = Math.Min(ahead[i].Count, following.Count);
            Assert.That(ahead[i].Take(known), Is.EqualTo(following.Take(known)), "guesses before call " + (i + 1));
        }
    }

    [Test]
    public void Guesses_stop_at_the_limit_and_are_none_without_overlap()
    {
        var ahead = new List<List<string>>();
        var calls = Walk(Step("select Last_Name from Leads order by No_of_Employees limit 7000 offset 300"), 1_000_000, overlapPages: true, ahead: ahead);
        Assert.That(calls.Select(c => c.PageSize), Is.EqualTo(new[] { 2000, 2000, 2000, 1000 }));
        Assert.That(ahead.Select(a => a.Count), Is.EqualTo(new[] { 0, 2, 1, 0 }));
        Assert.That(ahead[1], Is.EqualTo(calls.Skip(2).Select(c => c.Query)));

        var keyset = new List<List<string>>();
        Walk(Step("select Last_Name from Leads"), 10_000, ahead: keyset);
        Assert.That(keyset.SelectMany(a => a), Is.Empty, "pages after the last id are never guessed");
    }

    [Test]
    public void A_descending_keyset_keeps_null_values_reachable()
    {
        var calls = Walk(Step("select Last_Name from Leads order by No_of_Employees desc"), 102_000);
        Assert.That(calls[50].Query, Does.Contain("((No_of_Employees < 33333 or No_of_Employees is null) or (No_of_Employees = 33333 and id > '100000'))"));
    }

    [Test]
    public void An_offset_beyond_the_window_is_crossed_by_keyset_jumps()
    {
        var step = Step("select Last_Name from Leads limit 10 offset 250000");
        var calls = Walk(step, 1_000_000);
        Assert.That(calls.Select(c => (c.PageSize, c.Discard)), Is.EqualTo(new[] { (1, true), (1, true), (10, false) }));
        Assert.That(calls[0].Query, Does.EndWith("limit 1 offset 99999"));
        Assert.That(calls[1].Query, Does.Contain("id > '100000'").And.EndWith("limit 1 offset 99999"));
        Assert.That(calls[2].Query, Does.Contain("id > '200000'").And.EndWith("limit 10 offset 50000"));
        Assert.That(step.ExpectedCalls, Is.EqualTo(3));
    }

    [Test]
    public void A_text_ordering_past_the_window_is_a_clear_error()
    {
        var step = Step("select Last_Name from Leads order by Last_Name limit 10 offset 150000");
        var error = Assert.Throws<ZohoCrmQueryException>(() => step.CreateCursor());
        Assert.That(error!.Message, Does.Contain("100,000").And.Contain("Order by id, a number or a date"));
    }

    [Test]
    public void Fewer_rows_than_asked_ends_the_reading()
    {
        var calls = Walk(Step("select Last_Name from Leads limit 5000"), 2500);
        Assert.That(calls.Select(c => c.PageSize), Is.EqualTo(new[] { 2000, 2000 }));
    }

    [Test]
    public void Page_size_and_window_follow_the_options()
    {
        var options = new ZohoCrmQueryPlannerOptions { MaxPageSize = 100, OffsetWindow = 1000 };
        var calls = Walk(Step("select Last_Name from Leads order by Annual_Revenue limit 1500", options), 1_000_000);
        Assert.That(calls, Has.Count.EqualTo(15));
        Assert.That(calls[10].Query, Does.Contain("(Annual_Revenue > 1000 or (Annual_Revenue = 1000 and id > '1000'))"));
    }
}

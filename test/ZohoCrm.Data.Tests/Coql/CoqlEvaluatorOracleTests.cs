using System.Globalization;
using ZohoCrm.Data.Coql;
using ZohoCrm.Data.Coql.Binding;
using ZohoCrm.Data.Coql.Evaluation;
using ZohoCrm.Data.Coql.Parsing;
using ZohoCrm.Data.Coql.Rewriting;
using ZohoCrm.Data.Coql.Syntax;

namespace ZohoCrm.Data.Tests.Coql;

/// <summary>
/// Randomized (seeded) queries over generated rows: the in-process evaluator, and the COQL the planner sends (run by a
/// small fake Zoho, page by page), both compared with LINQ-to-Objects and SQL semantics written out by hand.
/// </summary>
public class CoqlEvaluatorOracleTests
{
    private static readonly string[] Names = ["Boyle", "boyle", "Smith", "Zylker", "O'Brien", "Abc%def", "under_score", "", "Émile"];
    private static readonly string[] Statuses = ["Hot", "Warm", "Cold"];

    private sealed record Lead(long Id, string? Name, int? Employees, decimal? Revenue, bool OptOut, DateOnly? Birth, DateTimeOffset? Created, string? Status, long? Account)
    {
        public ZohoCrmDictionaryRow ToRow() => new(
        [
            new("id", Id), new("Last_Name", Name), new("No_of_Employees", Employees), new("Annual_Revenue", Revenue),
            new("Email_Opt_Out", OptOut), new("Birth_Date", Birth), new("Created_Time", Created), new("Lead_Status", Status),
            new("Account_Name", Account),
        ]);
    }

    private static List<Lead> Leads(Random random, int count) => Enumerable.Range(1, count).Select(i => new Lead(
        1000 + i,
        random.Next(8) == 0 ? null : Names[random.Next(Names.Length)] is { Length: 0 } ? null : Names[random.Next(Names.Length)],
        random.Next(6) == 0 ? null : random.Next(0, 20),
        random.Next(6) == 0 ? null : random.Next(0, 4000) / 4m,
        random.Next(2) == 0,
        random.Next(6) == 0 ? null : new DateOnly(2020, 1, 1).AddDays(random.Next(60)),
        random.Next(6) == 0 ? null : new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.FromHours(random.Next(-5, 6))).AddMinutes(random.Next(0, 3000)),
        random.Next(5) == 0 ? null : Statuses[random.Next(Statuses.Length)],
        random.Next(4) == 0 ? null : 5000 + random.Next(5))).ToList();

    // ------------------------------------------------------------ random predicates with their SQL meaning

    private sealed record Predicate(string Text, Func<Lead, bool?> Holds);

    private static bool? Cmp(int? order, string op) => order is null ? null : op switch
    {
        "=" => order == 0, "!=" or "<>" => order != 0, "<" => order < 0, "<=" => order <= 0, ">" => order > 0, _ => order >= 0,
    };

    private static int? Compare<T>(T? a, T? b) where T : struct, IComparable<T> => a is null || b is null ? null : Math.Sign(a.Value.CompareTo(b.Value));

    private static int? CompareText(string? a, string? b) => a is null || b is null ? null : Math.Sign(string.Compare(a, b, StringComparison.OrdinalIgnoreCase));

    private static Predicate Atom(Random random)
    {
        string[] ops = ["=", "!=", "<>", "<", "<=", ">", ">="];
        var op = ops[random.Next(ops.Length)];
        switch (random.Next(11))
        {
            case 0:
            {
                var value = Names[random.Next(Names.Length - 1)];
                var eq = random.Next(2) == 0 ? "=" : "!=";
                return new($"Last_Name {eq} '{value.Replace("'", "''", StringComparison.Ordinal)}'", l => Cmp(CompareText(l.Name, value), eq));
            }

            case 1:
            {
                var n = random.Next(-1, 21);
                return new($"No_of_Employees {op} {n}", l => Cmp(Compare(l.Employees, (int?)n), op));
            }

            case 2:
            {
                var d = random.Next(0, 4000) / 8m;
                return new($"Annual_Revenue {op} {d.ToString(CultureInfo.InvariantCulture)}", l => Cmp(Compare(l.Revenue, (decimal?)d), op));
            }

            case 3:
            {
                var date = new DateOnly(2020, 1, 1).AddDays(random.Next(60));
                return new($"Birth_Date {op} '{date:yyyy-MM-dd}'", l => Cmp(Compare(l.Birth, (DateOnly?)date), op));
            }

            case 4:
            {
                var instant = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.FromHours(random.Next(-3, 4))).AddMinutes(random.Next(0, 3000)).AddMilliseconds(random.Next(2) * 500);
                var text = instant.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);
                return new($"Created_Time {op} '{text}'", l => Cmp(l.Created is null ? null : Math.Sign(l.Created.Value.UtcTicks.CompareTo(instant.UtcTicks)), op));
            }

            case 5:
            {
                var flag = random.Next(2) == 0;
                var eq = random.Next(2) == 0 ? "=" : "!=";
                return new($"Email_Opt_Out {eq} {(flag ? "TRUE" : "FALSE")}", l => Cmp(l.OptOut == flag ? 0 : 1, eq));
            }

            case 6:
            {
                var values = Statuses.Where(_ => random.Next(2) == 0).ToList();
                if (values.Count == 0) values.Add("Hot");
                var negated = random.Next(2) == 0;
                var text = $"Lead_Status {(negated ? "NOT IN" : "IN")} ({string.Join(", ", values.Select(v => "'" + v + "'"))})";
                return new(text, l => l.Status is null ? null : values.Contains(l.Status, StringComparer.OrdinalIgnoreCase) != negated);
            }

            case 7:
            {
                var (pattern, test) = random.Next(4) switch
                {
                    0 => ("bo%", (Func<string, bool>)(s => s.StartsWith("bo", StringComparison.OrdinalIgnoreCase))),
                    1 => ("%er", s => s.EndsWith("er", StringComparison.OrdinalIgnoreCase)),
                    2 => ("%y%", s => s.Contains('y', StringComparison.OrdinalIgnoreCase)),
                    _ => ("%\\%%", s => s.Contains('%', StringComparison.Ordinal)),
                };
                var negated = random.Next(3) == 0 && pattern == "%y%";
                var escape = pattern.Contains('\\', StringComparison.Ordinal) ? " ESCAPE '\\'" : "";
                return new($"Last_Name {(negated ? "NOT LIKE" : "LIKE")} '{pattern}'{escape}", l => l.Name is null ? null : test(l.Name) != negated);
            }

            case 8:
            {
                var negated = random.Next(2) == 0;
                string[] fields = ["Last_Name", "No_of_Employees", "Birth_Date", "Created_Time", "Account_Name"];
                var field = fields[random.Next(fields.Length)];
                Func<Lead, object?> get = field switch
                {
                    "Last_Name" => l => l.Name, "No_of_Employees" => l => l.Employees, "Birth_Date" => l => l.Birth,
                    "Created_Time" => l => l.Created, _ => l => l.Account,
                };
                return new($"{field} IS {(negated ? "NOT " : "")}NULL", l => (get(l) is null) != negated);
            }

            case 9:
            {
                var low = random.Next(0, 15);
                var high = low + random.Next(-2, 8);
                var negated = random.Next(2) == 0;
                return new($"No_of_Employees {(negated ? "NOT BETWEEN" : "BETWEEN")} {low} AND {high}",
                    l => l.Employees is null ? null : (l.Employees >= low && l.Employees <= high) != negated);
            }

            default:
            {
                var ids = Enumerable.Range(0, random.Next(1, 4)).Select(_ => 5000L + random.Next(6)).ToList();
                var negated = random.Next(2) == 0;
                return new($"Account_Name {(negated ? "NOT IN" : "IN")} ({string.Join(", ", ids)})", l => l.Account is null ? null : ids.Contains(l.Account.Value) != negated);
            }
        }
    }

    private static Predicate Random(Random random, int depth)
    {
        if (depth == 0 || random.Next(3) == 0) return Atom(random);
        var left = Random(random, depth - 1);
        var right = Random(random, depth - 1);
        return random.Next(3) switch
        {
            0 => new($"({left.Text} AND {right.Text})", l => And(left.Holds(l), right.Holds(l))),
            1 => new($"({left.Text} OR {right.Text})", l => Or(left.Holds(l), right.Holds(l))),
            _ => new($"NOT ({left.Text})", l => !left.Holds(l)),
        };
    }

    private static bool? And(bool? a, bool? b) => a == false || b == false ? false : a is null || b is null ? null : true;

    private static bool? Or(bool? a, bool? b) => a == true || b == true ? true : a is null || b is null ? null : false;

    // ------------------------------------------------------------ ordering

    private static readonly (string Column, Func<Lead, object?> Key)[] Orderings =
    [
        ("Last_Name", l => l.Name), ("No_of_Employees", l => l.Employees), ("Annual_Revenue", l => l.Revenue),
        ("Birth_Date", l => l.Birth), ("Created_Time", l => l.Created), ("id", l => l.Id),
    ];

    private sealed class NullsFirst : IComparer<object?>
    {
        public static readonly NullsFirst Instance = new();

        public int Compare(object? x, object? y) => (x, y) switch
        {
            (null, null) => 0,
            (null, _) => -1,
            (_, null) => 1,
            (string a, string b) => string.Compare(a, b, StringComparison.OrdinalIgnoreCase),
            (DateTimeOffset a, DateTimeOffset b) => a.UtcTicks.CompareTo(b.UtcTicks),
            _ => ((IComparable)x).CompareTo(y),
        };
    }

    private static List<long> Oracle(List<Lead> leads, Predicate predicate, (string Column, Func<Lead, object?> Key, bool Descending)? order, int? limit, int offset)
    {
        IEnumerable<Lead> result = leads.Where(l => predicate.Holds(l) == true);
        if (order is { } o)
        {
            result = o.Descending
                ? result.OrderByDescending(o.Key, NullsFirst.Instance).ThenBy(l => l.Id)
                : result.OrderBy(o.Key, NullsFirst.Instance).ThenBy(l => l.Id);
        }

        result = result.Skip(offset);
        if (limit is { } n) result = result.Take(n);
        return result.Select(l => l.Id).ToList();
    }

    private static string QueryText(Predicate predicate, (string Column, Func<Lead, object?> Key, bool Descending)? order, int? limit, int offset) =>
        "SELECT id, Last_Name FROM Leads WHERE " + predicate.Text
        + (order is { } o ? $" ORDER BY {o.Column} {(o.Descending ? "DESC" : "ASC")}" + (o.Column == "id" ? "" : ", id") : "")
        + (limit is { } n ? $" LIMIT {n} OFFSET {offset}" : "");

    private static IEnumerable<TestCaseData> Seeds() => Enumerable.Range(1, 12).Select(seed => new TestCaseData(seed).SetArgDisplayNames("seed " + seed));

    [TestCaseSource(nameof(Seeds))]
    public void The_in_process_evaluator_agrees_with_linq(int seed)
    {
        var random = new Random(seed);
        var leads = Leads(random, 120);
        var rows = leads.Select(l => l.ToRow()).ToList();
        var options = new ZohoCrmQueryPlannerOptions { UseServerSideFiltering = false };
        for (var i = 0; i < 60; i++)
        {
            var predicate = Random(random, 3);
            (string Column, Func<Lead, object?> Key)? ordering = random.Next(3) == 0 ? null : Orderings[random.Next(Orderings.Length)];
            (string, Func<Lead, object?>, bool)? order = ordering is { } x ? (x.Column, x.Key, random.Next(2) == 0) : null;
            int? limit = order is null || random.Next(2) == 0 ? null : random.Next(1, 30);
            var offset = limit is null ? 0 : random.Next(0, 20);
            var text = QueryText(predicate, order, limit, offset);

            var plan = PlanTestHelpers.Planner.Plan(text, TestSchema.Schema, null, options);
            var actual = plan.ProcessRows(rows).Select(r => (long)r[0]!).ToList();
            var expected = Oracle(leads, predicate, order, limit, offset);
            if (order is null) { actual.Sort(); expected.Sort(); }
            Assert.That(actual, Is.EqualTo(expected), text);
        }
    }

    [TestCaseSource(nameof(Seeds))]
    public void The_coql_sent_to_zoho_returns_what_linq_returns(int seed)
    {
        var random = new Random(seed * 7919);
        var leads = Leads(random, 90);
        var rows = leads.Select(l => l.ToRow()).ToList();
        // Tiny pages and window, so that paging, offset windows and keysets are all exercised.
        var options = new ZohoCrmQueryPlannerOptions { MaxPageSize = 7, OffsetWindow = 20, ClientSideFilterLimit = 100_000 };
        for (var i = 0; i < 50; i++)
        {
            var predicate = Random(random, 3);
            (string Column, Func<Lead, object?> Key)? ordering = random.Next(4) == 0 ? null : Orderings[1 + random.Next(Orderings.Length - 1)];
            (string, Func<Lead, object?>, bool)? order = ordering is { } x ? (x.Column, x.Key, random.Next(2) == 0) : null;
            int? limit = order is null || random.Next(2) == 0 ? null : random.Next(1, 40);
            var offset = limit is null ? 0 : random.Next(0, 30);
            var text = QueryText(predicate, order, limit, offset);

            var plan = PlanTestHelpers.Planner.Plan(text, TestSchema.Schema, null, options);
            var fetched = plan.Steps.Cast<ZohoCrmCoqlStep>().SelectMany(step => FakeZoho.Read(step, rows)).ToList();
            var actual = plan.ProcessRows(fetched).Select(r => (long)r[0]!).ToList();
            var expected = Oracle(leads, predicate, order, limit, offset);
            if (order is null) { actual.Sort(); expected.Sort(); }
            Assert.That(actual, Is.EqualTo(expected), text + "\n" + plan.Explain());
        }
    }

    [TestCaseSource(nameof(Seeds))]
    public void Grouping_and_aggregates_agree_with_linq(int seed)
    {
        var random = new Random(seed * 31);
        var leads = Leads(random, 150);
        var rows = leads.Select(l => l.ToRow()).ToList();
        var predicate = Random(random, 2);
        var plan = PlanTestHelpers.Planner.Plan(
            "SELECT Lead_Status, COUNT(*), COUNT(No_of_Employees), SUM(No_of_Employees), MIN(Annual_Revenue), MAX(Annual_Revenue), AVG(Annual_Revenue) " +
            "FROM Leads WHERE " + predicate.Text + " GROUP BY Lead_Status ORDER BY Lead_Status",
            TestSchema.Schema, null, new ZohoCrmQueryPlannerOptions { UseServerSideFiltering = false });
        var actual = plan.ProcessRows(rows).ToList();
        var expected = leads.Where(l => predicate.Holds(l) == true)
            .GroupBy(l => l.Status?.ToUpperInvariant())
            .OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .Select(g => new object?[]
            {
                g.First().Status, (long)g.Count(), (long)g.Count(l => l.Employees is not null),
                g.Any(l => l.Employees is not null) ? (long?)g.Sum(l => l.Employees ?? 0) : null,
                g.Min(l => l.Revenue), g.Max(l => l.Revenue),
                g.Any(l => l.Revenue is not null) ? g.Where(l => l.Revenue is not null).Sum(l => l.Revenue!.Value) / g.Count(l => l.Revenue is not null) : null,
            }).ToList();
        Assert.That(actual, Is.EqualTo(expected), predicate.Text);
    }

    /// <summary>Runs the COQL of a step the way Zoho does, page by page, over the given rows.</summary>
    private static class FakeZoho
    {
        public static IEnumerable<IZohoCrmRow> Read(ZohoCrmCoqlStep step, List<ZohoCrmDictionaryRow> rows)
        {
            var cursor = step.CreateCursor();
            var guard = 0;
            while (cursor.Query is { } query)
            {
                Assert.That(++guard, Is.LessThan(1000));
                Assert.That(RewriteCheck(query), Is.True, query);
                var discard = cursor.DiscardRows;
                var page = Execute(query, rows);
                cursor.Advance(page.Rows.Count, page.More, page.Rows.LastOrDefault());
                if (discard) continue;
                foreach (var row in page.Rows) yield return row;
            }
        }

        private static bool RewriteCheck(string query)
        {
            var where = query[query.IndexOf(" where ", StringComparison.Ordinal)..];
            return !where.Contains(" between ", StringComparison.Ordinal) ? CoqlRewriteTests.IsBinaryEverywhere(where) : true;
        }

        private static (List<ZohoCrmDictionaryRow> Rows, bool More) Execute(string query, List<ZohoCrmDictionaryRow> rows)
        {
            var statement = CoqlParser.Parse(query);
            var bound = CoqlBinder.Bind(statement, TestSchema.Schema, null);
            var where = CoqlNormalizer.Normalize(bound.Where);
            IEnumerable<ZohoCrmDictionaryRow> result = rows.Where(r => CoqlEvaluator.Matches(where, r));
            IOrderedEnumerable<ZohoCrmDictionaryRow>? ordered = null;
            foreach (var item in bound.OrderBy)
            {
                object? Key(ZohoCrmDictionaryRow r) => CoqlEvaluator.Scalar(item.Expression, r);
                var comparer = Comparer<object?>.Create((a, b) => NullsFirst.Instance.Compare(a is int i ? (long)i : a, b is int j ? (long)j : b));
                ordered = ordered is null
                    ? item.Descending ? result.OrderByDescending(Key, comparer) : result.OrderBy(Key, comparer)
                    : item.Descending ? ordered.ThenByDescending(Key, comparer) : ordered.ThenBy(Key, comparer);
            }

            var all = (ordered ?? result.OrderBy(r => (long)r.GetValue("id")!)).Skip((int)bound.Offset).ToList();
            var page = all.Take((int)bound.Limit!.Value).ToList();
            Assert.That(bound.Limit, Is.LessThanOrEqualTo(7));
            Assert.That(bound.Offset + bound.Limit, Is.LessThanOrEqualTo(20), "the offset window is respected");
            return (page, all.Count > page.Count);
        }
    }
}

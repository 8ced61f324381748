using System.Text;
using System.Text.RegularExpressions;
using ZohoCrm.Emulator.Domain;
using ZohoCrm.Emulator.Domain.Errors;
using ZohoCrm.Emulator.Domain.Search;

namespace ZohoCrm.Emulator.Tests.Coql;

/// <summary>
/// Thousands of mutated queries and criteria: each must end in a result or a Zoho error, never another exception
/// (which the host would turn into a 500). The Random is seeded so a failure reproduces.
/// </summary>
public partial class CoqlFuzzTests
{
    private const int Seed = 20261128;
    private const int Iterations = 6000;

    private static readonly string[] ValidQueries =
    [
        "select Last_Name, Email from Contacts where Last_Name = 'Hale'",
        "select Last_Name as surname, 'First_Name' as 'Given name' from Contacts where (Last_Name like 'Ha%' and Email is not null) order by surname desc limit 2 offset 1",
        "select Account_Name.Parent_Account.Account_Name, Owner.role.name from Contacts where Account_Name in (select id from Accounts where Industry = 'Technology')",
        "select COUNT(Annual_Revenue), SUM(Annual_Revenue), Lead_Source from Leads where Annual_Revenue is not null group by Lead_Source order by SUM(Annual_Revenue) desc",
        "select Last_Name from Leads where ((No_of_Employees between 10 and 40) and (Lead_Source not in ('Web', 'Trade Show'))) or Company like '%abc%' limit 3, 2",
        "select Created_Time, Languages from Contacts where Created_Time >= '2025-03-02T00:00:00+05:30' and Languages = 'English;German'",
        "select id from Leads where id > '1000000000000000303' order by id limit 2000",
        "select MIN(Created_Time), MAX(No_of_Employees), AVG(Rating) from Leads where Owner = '1000000000000000001'",
        "select Last_Name from Contacts where Email_Opt_Out = 'true' and Date_of_Birth < '1990-01-01'",
        "select Last_Name from Contacts where Last_Name = 'O''Brien' or Last_Name = \"Ng\"",
    ];

    private static readonly string[] Vocabulary =
    [
        "select", "from", "where", "and", "or", "not", "in", "like", "between", "is", "null", "group", "by", "order", "limit",
        "offset", "as", "asc", "desc", "(", ")", ",", "*", "=", "!=", ">", "<", ">=", "<=", "'", "\"", "''", "'x'", "''''",
        "-1", "0", "2001", "100000", "99999999999999999999", "1.5e300", "Leads", "Contacts", "Accounts", "Notes", "Last_Name",
        "Account_Name.Parent_Account.Parent_Account.Account_Name", "Owner.role", "Owner.nope", "!Leads.Last_Name", "Description",
        "COUNT(", "SUM(Last_Name)", "#", "'%'", "'2025-13-45'", "'true'", "true", "id", ";", "\n", "\\", "\u0000", "é", "😀",
    ];

    [Test]
    public void Mutated_coql_ends_in_a_result_or_a_zoho_error()
    {
        var random = new Random(Seed);
        var strict = new QueryTestOrg();
        var lenient = new QueryTestOrg(new EmulatorSettings { Strict = false });
        var (results, errors, failures) = (0, 0, new List<string>());
        foreach (var query in ValidQueries)
        {
            Assert.That(() => strict.Coql.Execute(query), Throws.Nothing, $"the seed query must be valid: {query}");
        }

        for (var i = 0; i < Iterations; i++)
        {
            var query = i % 10 == 9 ? RandomText(random) : Mutate(ValidQueries[random.Next(ValidQueries.Length)], random);
            var org = i % 2 == 0 ? strict : lenient;
            try
            {
                org.Coql.Execute(query).ToJsonString();
                results++;
            }
            catch (ZohoApiException)
            {
                errors++;
            }
            catch (Exception exception)
            {
                failures.Add($"#{i} {exception.GetType().Name}: {exception.Message}\n    {query}");
            }
        }

        Assert.That(failures, Is.Empty, string.Join("\n", failures.Take(10)));
        Assert.That(results, Is.GreaterThan(Iterations / 100), "some mutations should still be valid queries");
        Assert.That(errors, Is.GreaterThan(Iterations / 4), "mutations should break many queries");
    }

    [Test]
    public void Mutated_search_criteria_end_in_a_result_or_a_zoho_error()
    {
        string[] valid =
        [
            "(Company:equals:abc)",
            "((Lead_Source:equals:Advertisement)and(No_of_Employees:greater_than:30))",
            @"(Company:in:Acme \(Europe\)\, Ltd,Globex)",
            "(((Lead_Source:equals:Web) or (Company:equals:Initech)) and (Created_Time:between:2025-01-01T00:00:00+00:00,2025-02-01T00:00:00+00:00))",
            "(Owner:equals:1000000000000000001)",
            @"(Last_Name:starts_with:Lead\\)",
        ];
        var random = new Random(Seed + 1);
        var org = new QueryTestOrg();
        var (results, errors, failures) = (0, 0, new List<string>());
        for (var i = 0; i < Iterations; i++)
        {
            var criteria = i % 10 == 9 ? RandomText(random) : MutateCharacters(valid[random.Next(valid.Length)], random);
            try
            {
                if (i % 3 == 0)
                {
                    org.Search.Count("Leads", new SearchRequest { Criteria = criteria });
                }
                else
                {
                    org.Search.Search("Leads", new SearchRequest { Criteria = criteria, Page = random.Next(-1, 12).ToString(), PerPage = random.Next(0, 250).ToString() }).ToJsonString();
                }

                results++;
            }
            catch (ZohoApiException)
            {
                errors++;
            }
            catch (Exception exception)
            {
                failures.Add($"#{i} {exception.GetType().Name}: {exception.Message}\n    {criteria}");
            }
        }

        Assert.That(failures, Is.Empty, string.Join("\n", failures.Take(10)));
        Assert.That(results, Is.GreaterThan(Iterations / 20));
        Assert.That(errors, Is.GreaterThan(Iterations / 4));
    }

    /// <summary>Token-level mutations: delete, insert from the vocabulary, swap, duplicate; one to three of them.</summary>
    private static string Mutate(string query, Random random)
    {
        var tokens = TokenPattern().Matches(query).Select(m => m.Value).ToList();
        var count = random.Next(1, 4);
        for (var n = 0; n < count && tokens.Count > 0; n++)
        {
            var at = random.Next(tokens.Count);
            switch (random.Next(5))
            {
                case 0:
                    tokens.RemoveAt(at);
                    break;
                case 1:
                    tokens.Insert(at, Vocabulary[random.Next(Vocabulary.Length)]);
                    break;
                case 2:
                    var other = random.Next(tokens.Count);
                    (tokens[at], tokens[other]) = (tokens[other], tokens[at]);
                    break;
                case 3:
                    tokens.Insert(at, tokens[at]);
                    break;
                default:
                    tokens[at] = Vocabulary[random.Next(Vocabulary.Length)];
                    break;
            }
        }

        return string.Join(" ", tokens);
    }

    private static string MutateCharacters(string text, Random random)
    {
        var builder = new StringBuilder(text);
        var count = random.Next(1, 4);
        const string interesting = "():,\\ andor\"'%+-_@*\u0000é";
        for (var n = 0; n < count && builder.Length > 0; n++)
        {
            var at = random.Next(builder.Length);
            switch (random.Next(3))
            {
                case 0:
                    builder.Remove(at, 1);
                    break;
                case 1:
                    builder.Insert(at, interesting[random.Next(interesting.Length)]);
                    break;
                default:
                    var other = random.Next(builder.Length);
                    (builder[at], builder[other]) = (builder[other], builder[at]);
                    break;
            }
        }

        return builder.ToString();
    }

    private static string RandomText(Random random)
    {
        var length = random.Next(0, 80);
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append(random.Next(4) == 0 ? (char)random.Next(0, 0xD800) : (char)random.Next(32, 127));
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"'(?:[^']|'')*'|""[^""]*""|[A-Za-z_!$][\w.$]*|\d+(?:\.\d+)?|>=|<=|!=|\S")]
    private static partial Regex TokenPattern();
}

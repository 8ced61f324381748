using System.Linq.Expressions;
using EFCore.ZohoCrm.FunctionalTests.TestUtilities;
using Microsoft.EntityFrameworkCore;

namespace EFCore.ZohoCrm.FunctionalTests.Query;

/// <summary>
/// Random combinations (a fixed seed, so every run tries the same ones) of the comparisons the provider supports,
/// nested with &amp;&amp;, || and !, as constants and as parameters: each runs against the emulator without any error
/// (no COQL syntax error for something the translator let through) and counts and lists the rows LINQ-to-Objects
/// finds.
/// </summary>
public class PredicateFuzzTests
{
    private const int Seed = 20_261_128;
    private const int Predicates = 50;

    private static readonly ParameterExpression Row = Expression.Parameter(typeof(Lead), "l");

    [Test]
    public async Task Random_predicates_of_supported_operators_match_LINQ()
    {
        var leads = Oracle.Leads;
        var random = new Random(Seed);
        var atoms = new Atoms(random, leads);
        var failures = new List<string>();
        await using var db = CrmQueryContext.Create();
        for (var i = 0; i < Predicates; i++)
        {
            var predicate = Expression.Lambda<Func<Lead, bool>>(atoms.Combine(random.Next(1, 4)), Row);
            var filter = predicate.Compile();
            var expectedCount = leads.Count(filter);
            var expectedIds = leads.Where(filter).OrderBy(l => l.Id).Take(300).Select(l => l.Id).ToList();
            try
            {
                var count = await db.Leads.CountAsync(predicate);
                var ids = await db.Leads.Where(predicate).OrderBy(l => l.Id).Take(300).Select(l => l.Id).ToListAsync();
                if (count != expectedCount || !ids.SequenceEqual(expectedIds))
                {
                    failures.Add($"{predicate.Body}: count {count}, LINQ {expectedCount}; first ids {(ids.SequenceEqual(expectedIds) ? "same" : "differ")}");
                }
            }
            catch (Exception exception)
            {
                failures.Add($"{predicate.Body}: {exception.GetType().Name}: {exception.Message}");
            }
        }

        Assert.That(failures, Is.Empty);
    }

    /// <summary>Builds random comparisons over the fields of Leads, with values drawn from the seeded records.</summary>
    private sealed class Atoms(Random random, List<Lead> leads)
    {
        private static readonly ExpressionType[] Comparisons =
        [
            ExpressionType.Equal, ExpressionType.NotEqual, ExpressionType.LessThan, ExpressionType.LessThanOrEqual,
            ExpressionType.GreaterThan, ExpressionType.GreaterThanOrEqual,
        ];

        // negated: under a ! already (StartsWith and EndsWith cannot be negated in COQL, Contains can).
        public Expression Combine(int depth, bool negated = false)
        {
            var not = random.NextDouble() < 0.2;
            var inner = negated ^ not;
            var node = depth <= 1 || random.NextDouble() < 0.25
                ? Atom(inner)
                : random.Next(2) == 0
                    ? Expression.AndAlso(Combine(depth - 1, inner), Combine(depth - 1, inner))
                    : Expression.OrElse(Combine(depth - 1, inner), Combine(depth - 1, inner));
            return not ? Expression.Not(node) : node;
        }

        private Expression Atom(bool negated) => random.Next(11) switch
        {
            0 => Equality(nameof(Lead.Lead_Status), Pick(l => l.Lead_Status)),
            1 => Equality(nameof(Lead.Industry), Pick(l => l.Industry)),
            2 => Equality(nameof(Lead.Last_Name), Pick(l => l.Last_Name)),
            3 => Compare(nameof(Lead.No_of_Employees), Pick(l => l.No_of_Employees)),
            4 => Compare(nameof(Lead.Annual_Revenue), Pick(l => l.Annual_Revenue)),
            5 => Compare(nameof(Lead.Preferred_Contact_Date), Pick(l => l.Preferred_Contact_Date)),
            6 => Compare(nameof(Lead.Discount_Rate), Pick(l => l.Discount_Rate)),
            7 => random.Next(2) == 0 ? Field("Email_Opt_Out") : Expression.Equal(Field("Email_Opt_Out"), Value(random.Next(2) == 0, typeof(bool))),
            8 => Like(negated),
            9 => In(),
            _ => NullCheck(),
        };

        private Expression Equality(string field, object? value)
        {
            var member = Field(field);
            return random.Next(2) == 0 ? Expression.Equal(member, Value(value, member.Type)) : Expression.NotEqual(member, Value(value, member.Type));
        }

        private Expression Compare(string field, object? value)
        {
            var member = Field(field);
            return Expression.MakeBinary(Comparisons[random.Next(Comparisons.Length)], member, Value(value, member.Type));
        }

        private Expression NullCheck()
        {
            string[] fields = ["Industry", "First_Name", "No_of_Employees", "Annual_Revenue", "Preferred_Contact_Date", "Discount_Rate", "Lead_Source"];
            var member = Field(fields[random.Next(fields.Length)]);
            var nullValue = Expression.Constant(null, member.Type);
            return random.Next(2) == 0 ? Expression.Equal(member, nullValue) : Expression.NotEqual(member, nullValue);
        }

        // Values whose case matches the data exactly, so C#'s case-sensitive matching agrees with Zoho's.
        private Expression Like(bool negated)
        {
            (string Field, string Method, string Value)[] likes =
            [
                ("Lead_Source", nameof(string.StartsWith), "Web"), ("Lead_Status", nameof(string.Contains), "Contact"),
                ("Last_Name", nameof(string.EndsWith), "son"), ("Company", nameof(string.Contains), "Energy"),
                ("Lead_Status", nameof(string.StartsWith), "Not"),
            ];
            var candidates = negated ? likes.Where(l => l.Method == nameof(string.Contains)).ToArray() : likes;
            var (field, method, value) = candidates[random.Next(candidates.Length)];
            var member = Field(field);
            var call = Expression.Call(member, typeof(string).GetMethod(method, [typeof(string)])!, Value(value, typeof(string)));

            // Guard the null as C# would need to, the way a user writes it.
            return Expression.AndAlso(Expression.NotEqual(member, Expression.Constant(null, typeof(string))), call);
        }

        private Expression In()
        {
            if (random.Next(2) == 0)
            {
                var ids = leads.OrderBy(_ => random.Next()).Take(random.Next(1, 150)).Select(l => l.Id).ToList();
                return Expression.Call(Value(ids, typeof(List<long>)), typeof(List<long>).GetMethod(nameof(List<long>.Contains))!, Field("Id"));
            }

            var statuses = leads.Select(l => l.Lead_Status!).Distinct().OrderBy(_ => random.Next()).Take(random.Next(1, 4)).ToArray();
            return Expression.Call(
                typeof(Enumerable).GetMethods().Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2).MakeGenericMethod(typeof(string)),
                Value(statuses, typeof(string[])), Field("Lead_Status"));
        }

        private object? Pick(Func<Lead, object?> field)
        {
            var values = leads.Select(field).Where(v => v is not null).ToList();
            return values[random.Next(values.Count)];
        }

        private static MemberExpression Field(string name) => Expression.Property(Row, name);

        // Half the values are constants (COQL literals), half captured variables (parameters).
        private Expression Value(object? value, Type type) =>
            random.Next(2) == 0
                ? Expression.Constant(value, type)
                : Expression.Property(Expression.Constant(Captured.Of(value, type)), "Value");
    }

    private static class Captured
    {
        public static object Of(object? value, Type type) =>
            Activator.CreateInstance(typeof(Box<>).MakeGenericType(type), value)!;
    }

    private sealed class Box<T>(T value)
    {
        public T Value { get; } = value;
    }
}

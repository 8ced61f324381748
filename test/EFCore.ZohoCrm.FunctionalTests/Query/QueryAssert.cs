using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace EFCore.ZohoCrm.FunctionalTests.Query;

/// <summary>Runs a predicate through the provider against the emulator and as LINQ-to-Objects over the oracle.</summary>
public static class QueryAssert
{
    /// <summary>
    /// Each predicate selects the same records through the provider as LINQ-to-Objects selects from the emulator's
    /// store; unless <paramref name="allowTrivial"/>, each must also keep some records and drop some, so that a
    /// filter ignored (or inverted) by the translation cannot pass.
    /// </summary>
    public static Task SameRowsAsync<T>(
        Func<CrmQueryContext, IQueryable<T>> source,
        IReadOnlyCollection<T> oracle,
        bool allowTrivial,
        params Expression<Func<T, bool>>[] predicates)
        where T : class
        => SameRowsAsync(source, oracle, allowTrivial, predicates.Select(p => (p, p.Compile())).ToArray());

    /// <summary>As above, with the LINQ-to-Objects form of each predicate given (for case-insensitive text matching).</summary>
    public static async Task SameRowsAsync<T>(
        Func<CrmQueryContext, IQueryable<T>> source,
        IReadOnlyCollection<T> oracle,
        bool allowTrivial,
        params (Expression<Func<T, bool>> Predicate, Func<T, bool> Expected)[] cases)
        where T : class
    {
        var id = IdOf<T>();
        await using var db = CrmQueryContext.Create();
        var failures = new List<string>();
        foreach (var (predicate, filter) in cases)
        {
            var expected = oracle.Where(filter).Select(id).Order().ToList();
            var actual = (await source(db).AsNoTracking().Where(predicate).ToListAsync()).Select(id).Order().ToList();
            if (!actual.SequenceEqual(expected))
            {
                failures.Add($"{predicate}: {actual.Count} rows, LINQ-to-Objects {expected.Count}; first differences: "
                    + string.Join(", ", actual.Except(expected).Concat(expected.Except(actual)).Take(5)));
            }
            else if (!allowTrivial && (expected.Count == 0 || expected.Count == oracle.Count))
            {
                failures.Add($"{predicate}: keeps {expected.Count} of {oracle.Count} records, which cannot tell a right filter from a wrong one");
            }
        }

        Assert.That(failures, Is.Empty);
    }

    public static Task SameRowsAsync<T>(
        Func<CrmQueryContext, IQueryable<T>> source, IReadOnlyCollection<T> oracle, params Expression<Func<T, bool>>[] predicates)
        where T : class
        => SameRowsAsync(source, oracle, allowTrivial: false, predicates);

    public static Func<T, long> IdOf<T>()
    {
        var property = typeof(T).GetProperty("Id", BindingFlags.Public | BindingFlags.Instance)
            ?? throw new InvalidOperationException(typeof(T).Name + " has no Id.");
        return entity => (long)property.GetValue(entity)!;
    }
}

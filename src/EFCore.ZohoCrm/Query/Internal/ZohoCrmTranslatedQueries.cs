using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Query;

namespace EFCore.ZohoCrm.Query.Internal;

/// <summary>
/// The LINQ query each compilation translates (until the compilation is collected), kept so that a shape refused after translation is reported with
/// EF's own "could not be translated" message about that query, as a refusal during translation is. Internal API.
/// </summary>
public static class ZohoCrmTranslatedQueries
{
    private static readonly ConditionalWeakTable<QueryCompilationContext, Expression> Queries = new();

    /// <summary>Records the query a compilation translates.</summary>
    public static void Remember(QueryCompilationContext queryCompilationContext, Expression query) =>
        Queries.AddOrUpdate(queryCompilationContext, query);

    /// <summary>The query of a compilation, if recorded.</summary>
    public static Expression? Of(QueryCompilationContext queryCompilationContext) =>
        Queries.TryGetValue(queryCompilationContext, out var query) ? query : null;
}

using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;

namespace EFCore.ZohoCrm.Query.Internal;

/// <summary>
/// Compiles a query the relational way, except for collection Includes: COQL has no join from a record to the
/// records that point at it, so they are taken out before translation (<see cref="ZohoCrmCollectionIncludeExtractor"/>)
/// and loaded after it, per batch of returned records, by one query on the related module filtered by the lookup
/// (<see cref="ZohoCrmCollectionLoader"/>). EF's split query would need that join in its second query. Internal API.
/// </summary>
public class ZohoCrmQueryCompilationContext : RelationalQueryCompilationContext
{
    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public ZohoCrmQueryCompilationContext(
        QueryCompilationContextDependencies dependencies,
        RelationalQueryCompilationContextDependencies relationalDependencies,
        bool async)
        : base(dependencies, relationalDependencies, async)
    {
    }

    /// <summary>
    /// The LINQ query being translated, so that a shape refused after translation is reported with EF's own
    /// "could not be translated" message about that query, as a refusal during translation is.
    /// </summary>
    public virtual Expression? TranslatedQuery { get; set; }

    /// <inheritdoc />
    public override Func<QueryContext, TResult> CreateQueryExecutor<TResult>(Expression query)
    {
        var extractor = new ZohoCrmCollectionIncludeExtractor(Model);
        var withoutCollections = extractor.Extract(query);
        var executor = base.CreateQueryExecutor<TResult>(withoutCollections);
        if (extractor.Includes.Count == 0)
        {
            return executor;
        }

        // Read after translation: AsNoTracking and IgnoreQueryFilters are taken from the query by then.
        var loader = new ZohoCrmCollectionLoader(extractor.Includes, QueryTrackingBehavior, IgnoreQueryFilters);
        var elementType = ZohoCrmCollectionIncludeExtractor.ElementType(query.Type) ?? query.Type;
        return ZohoCrmCollectionLoading.Wrap(executor, elementType, loader).Compile();
    }
}

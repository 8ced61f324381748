using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using EFCore.ZohoCrm.Properties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking.Internal;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;

namespace EFCore.ZohoCrm.Query.Internal;

/// <summary>
/// Loads the included collections of a batch of returned records. For each collection it runs, through EF, one query
/// on the related module filtered by the lookup (<c>WHERE Account_Name in (ids)</c>; ZohoCrm.Data spreads a long id
/// list over as few COQL calls as Zoho's limits allow), with the query's tracking behaviour and the Includes that
/// followed the collection. EF materializes and tracks the records; tracked principals get their collection marked
/// loaded, untracked ones get the records added and the inverse reference set. Internal API.
/// </summary>
public sealed class ZohoCrmCollectionLoader
{
    /// <summary>Records read from the query before their collections are loaded (one id list per batch).</summary>
    public const int BatchSize = 2000;

    private readonly IZohoCrmDependentQuery[] _queries;

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public ZohoCrmCollectionLoader(IReadOnlyList<ZohoCrmCollectionInclude> includes, QueryTrackingBehavior trackingBehavior, bool ignoreQueryFilters)
    {
        Includes = includes;
        TrackingBehavior = trackingBehavior;
        _queries = includes.Select(include =>
        {
            var foreignKey = include.Collection.ForeignKey;
            if (foreignKey.Properties.Count != 1)
            {
                throw new InvalidOperationException(ZohoCrmStrings.CompositeForeignKeyIncludeNotSupported(Describe(include.Collection)));
            }

            if (trackingBehavior != QueryTrackingBehavior.TrackAll)
            {
                foreach (var property in new[] { foreignKey.Properties[0], foreignKey.PrincipalKey.Properties[0] })
                {
                    if (property.IsShadowProperty())
                    {
                        throw new InvalidOperationException(ZohoCrmStrings.ShadowKeyIncludeNotSupported(Describe(include.Collection), property.Name));
                    }
                }
            }

            var type = typeof(ZohoCrmDependentQuery<,>).MakeGenericType(include.Collection.TargetEntityType.ClrType, foreignKey.Properties[0].ClrType);
            return (IZohoCrmDependentQuery)Activator.CreateInstance(type, include, trackingBehavior, ignoreQueryFilters)!;
        }).ToArray();
    }

    /// <summary>The collections this loader loads.</summary>
    public IReadOnlyList<ZohoCrmCollectionInclude> Includes { get; }

    /// <summary>The tracking behaviour of the query, used for the collection queries too.</summary>
    public QueryTrackingBehavior TrackingBehavior { get; }

    /// <summary>
    /// Principals already given their collection during this enumeration: a record met again (tracking or identity
    /// resolution return the same instance) is not loaded twice.
    /// </summary>
    public HashSet<object>[]? CreateLoadedSets() =>
        TrackingBehavior == QueryTrackingBehavior.NoTracking ? null
            : Includes.Select(_ => new HashSet<object>(ReferenceEqualityComparer.Instance)).ToArray();

    /// <summary>Loads the collections of the given records.</summary>
    public void Load(QueryContext queryContext, IReadOnlyCollection<object> records, HashSet<object>[]? loaded)
    {
        for (var i = 0; i < _queries.Length; i++)
        {
            var principals = Principals(Includes[i], records, loaded?[i]);
            if (principals.Count == 0)
            {
                continue;
            }

            var keys = Keys(queryContext, Includes[i], principals);
            var dependents = keys.Count == 0 ? [] : _queries[i].Run(queryContext, keys);
            FixUp(queryContext, Includes[i], principals, dependents);
        }
    }

    /// <summary>Loads the collections of the given records.</summary>
    public async Task LoadAsync(QueryContext queryContext, IReadOnlyCollection<object> records, HashSet<object>[]? loaded, CancellationToken cancellationToken)
    {
        for (var i = 0; i < _queries.Length; i++)
        {
            var principals = Principals(Includes[i], records, loaded?[i]);
            if (principals.Count == 0)
            {
                continue;
            }

            var keys = Keys(queryContext, Includes[i], principals);
            var dependents = keys.Count == 0 ? [] : await _queries[i].RunAsync(queryContext, keys, cancellationToken).ConfigureAwait(false);
            FixUp(queryContext, Includes[i], principals, dependents);
        }
    }

    /// <summary>A line per collection for ToQueryString, after the query's own text.</summary>
    public string Describe() => string.Join(Environment.NewLine, Includes.Select(include =>
        ZohoCrmStrings.CollectionIncludeQueryDescription(
            Describe(include.Collection), include.Collection.TargetEntityType.GetTableName() ?? include.Collection.TargetEntityType.DisplayName(),
            include.Collection.ForeignKey.Properties[0].GetColumnName(), BatchSize)));

    private static List<object> Principals(ZohoCrmCollectionInclude include, IReadOnlyCollection<object> records, HashSet<object>? loaded)
    {
        IEnumerable<object> current = records;
        foreach (var reference in include.ReferencePath)
        {
            var getter = reference.GetGetter();
            current = current.Where(reference.DeclaringEntityType.ClrType.IsInstanceOfType).Select(getter.GetClrValueUsingContainingEntity).OfType<object>();
        }

        var owner = include.Collection.DeclaringEntityType.ClrType;
        var principals = new List<object>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var principal in current)
        {
            if (owner.IsInstanceOfType(principal) && seen.Add(principal) && (loaded is null || loaded.Add(principal)))
            {
                principals.Add(principal);
            }
        }

        return principals;
    }

    private static List<object> Keys(QueryContext queryContext, ZohoCrmCollectionInclude include, List<object> principals)
    {
        var keyProperty = include.Collection.ForeignKey.PrincipalKey.Properties[0];
        return principals.Select(p => Value(queryContext, keyProperty, p)).OfType<object>().Distinct().ToList();
    }

    private void FixUp(QueryContext queryContext, ZohoCrmCollectionInclude include, List<object> principals, IReadOnlyList<object> dependents)
    {
        var navigation = include.Collection;
        if (TrackingBehavior == QueryTrackingBehavior.TrackAll)
        {
            // The state manager fixed the navigations up while it tracked the records; what is left is marking each
            // collection loaded, as EF's Include does on the internal entry. The public route,
            // Context.Entry(principal).Collection(name).IsLoaded = true, runs DetectChanges on every principal of
            // every batch first (DbContext.Entry does), and no public API reaches the entry without it.
#pragma warning disable EF1001
            var stateManager = queryContext.Context.GetService<IStateManager>();
            foreach (var principal in principals)
            {
                stateManager.TryGetEntry(principal)?.SetIsLoaded(navigation, loaded: true);
            }
#pragma warning restore EF1001

            return;
        }

        var accessor = navigation.GetCollectionAccessor()!;

        // The member EF's own no-tracking fix-up assigns (the backing field unless the access mode says otherwise).
        var inverse = navigation.Inverse is { } inverseNavigation && !inverseNavigation.IsShadowProperty()
            ? inverseNavigation.GetMemberInfo(forMaterialization: true, forSet: true)
            : null;
        var foreignKey = navigation.ForeignKey.Properties[0].GetGetter();
        var byKey = dependents.GroupBy(d => foreignKey.GetClrValueUsingContainingEntity(d))
            .Where(g => g.Key is not null).ToDictionary(g => g.Key!, g => g.ToList());
        var keyProperty = navigation.ForeignKey.PrincipalKey.Properties[0];
        var childKey = navigation.TargetEntityType.FindPrimaryKey()!.Properties[0].GetGetter();
        var lazyLoader = navigation.DeclaringEntityType.GetServiceProperties().FirstOrDefault(p => p.ClrType == typeof(ILazyLoader))?.GetGetter();
        foreach (var principal in principals)
        {
            // An untracked proxy (or entity with an injected loader) would otherwise lazy-load the collection again.
            (lazyLoader?.GetClrValueUsingContainingEntity(principal) as ILazyLoader)?.SetLoaded(principal, navigation.Name);
            var collection = (IEnumerable)accessor.GetOrCreate(principal, forMaterialization: true);
            if (Value(queryContext, keyProperty, principal) is not { } key || !byKey.TryGetValue(key, out var children))
            {
                continue;
            }

            // The query may have put some of the records there already, through the inverse of an Include of
            // the principal (Include(d => d.Account) fixes up Account.Deals); each record goes in once.
            var present = collection.Cast<object>().Select(childKey.GetClrValueUsingContainingEntity).ToHashSet();
            foreach (var child in children)
            {
                if (present.Add(childKey.GetClrValueUsingContainingEntity(child)))
                {
                    accessor.Add(principal, child, forMaterialization: true);
                    (inverse as FieldInfo)?.SetValue(child, principal);
                    (inverse as PropertyInfo)?.SetValue(child, principal);
                }
            }
        }
    }

    private static object? Value(QueryContext queryContext, IProperty property, object entity)
    {
        if (!property.IsShadowProperty())
        {
            return property.GetGetter().GetClrValueUsingContainingEntity(entity);
        }

        // A shadow key lives only in the tracked entry (queries that do not track refuse one up front). The public route,
        // Context.Entry(entity).Property(property).CurrentValue, runs DetectChanges on the entity for every key read.
#pragma warning disable EF1001
        return queryContext.Context.GetService<IStateManager>().TryGetEntry(entity)?.GetCurrentValue(property);
#pragma warning restore EF1001
    }

    private static string Describe(INavigation navigation) => navigation.DeclaringEntityType.DisplayName() + "." + navigation.Name;
}

/// <summary>Runs the query that loads one collection's records. Internal API.</summary>
public interface IZohoCrmDependentQuery
{
    /// <summary>The records whose lookup holds one of the keys.</summary>
    IReadOnlyList<object> Run(QueryContext queryContext, IReadOnlyList<object> keys);

    /// <summary>The records whose lookup holds one of the keys.</summary>
    Task<IReadOnlyList<object>> RunAsync(QueryContext queryContext, IReadOnlyList<object> keys, CancellationToken cancellationToken);
}

/// <summary>
/// The LINQ query of a collection's records: <c>Set&lt;TDependent&gt;().Where(d =&gt; keys.Contains(EF.Property&lt;TKey&gt;(d, fk)))</c>
/// plus the filter and the following Includes. Values are passed as closure-like members so that EF parameterizes
/// them and reuses the compiled query for every batch. Internal API.
/// </summary>
public sealed class ZohoCrmDependentQuery<TDependent, TKey> : IZohoCrmDependentQuery
    where TDependent : class
{
    private static readonly MethodInfo ContainsMethod = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2).MakeGenericMethod(typeof(TKey));

    private static readonly MethodInfo PropertyMethod = typeof(EF).GetMethod(nameof(EF.Property))!.MakeGenericMethod(typeof(TKey));

    private readonly ZohoCrmCollectionInclude _include;
    private readonly QueryTrackingBehavior _trackingBehavior;
    private readonly bool _ignoreQueryFilters;

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public ZohoCrmDependentQuery(ZohoCrmCollectionInclude include, QueryTrackingBehavior trackingBehavior, bool ignoreQueryFilters)
    {
        _include = include;
        _trackingBehavior = trackingBehavior;
        _ignoreQueryFilters = ignoreQueryFilters;
    }

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public IReadOnlyList<object> Run(QueryContext queryContext, IReadOnlyList<object> keys) => Create(queryContext, keys).ToList();

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public async Task<IReadOnlyList<object>> RunAsync(QueryContext queryContext, IReadOnlyList<object> keys, CancellationToken cancellationToken) =>
        await Create(queryContext, keys).ToListAsync(cancellationToken).ConfigureAwait(false);

    private IQueryable<TDependent> Create(QueryContext queryContext, IReadOnlyList<object> keys)
    {
        var entityType = _include.Collection.TargetEntityType;
        IQueryable<TDependent> query = entityType.HasSharedClrType
            ? queryContext.Context.Set<TDependent>(entityType.Name)
            : queryContext.Context.Set<TDependent>();
        query = _trackingBehavior switch
        {
            QueryTrackingBehavior.TrackAll => query.AsTracking(),
            QueryTrackingBehavior.NoTrackingWithIdentityResolution => query.AsNoTrackingWithIdentityResolution(),
            _ => query.AsNoTracking(),
        };
        if (_ignoreQueryFilters)
        {
            query = query.IgnoreQueryFilters();
        }

        var dependent = Expression.Parameter(typeof(TDependent), "d");
        var keyList = keys.Select(k => (TKey)k).ToList();
        var predicate = Expression.Lambda<Func<TDependent, bool>>(
            Expression.Call(ContainsMethod, Value(keyList),
                Expression.Call(PropertyMethod, dependent, Expression.Constant(_include.Collection.ForeignKey.Properties[0].Name))),
            dependent);
        var expression = query.Where(predicate).Expression;

        var binder = new ParameterBinder(queryContext);
        foreach (var call in _include.Filter)
        {
            var lambda = (LambdaExpression)binder.Visit(call.Arguments[1]);
            expression = Expression.Call(QueryableEquivalent(call.Method), expression, Expression.Quote(lambda));
        }

        foreach (var tail in _include.Tails)
        {
            expression = tail.ApplyTo(expression, typeof(TDependent), binder.Visit);
        }

        return query.Provider.CreateQuery<TDependent>(expression);
    }

    private static MemberExpression Value<T>(T value) =>
        Expression.Property(Expression.Constant(new ZohoCrmQueryValue<T>(value)), nameof(ZohoCrmQueryValue<T>.Value));

    private static MethodInfo QueryableEquivalent(MethodInfo enumerableMethod)
    {
        var delegateType = enumerableMethod.GetParameters()[1].ParameterType.GetGenericTypeDefinition();
        return typeof(Queryable).GetMethods()
            .Single(m => m.Name == enumerableMethod.Name && m.GetParameters().Length == 2
                && m.GetGenericArguments().Length == enumerableMethod.GetGenericArguments().Length
                && m.GetParameters()[1].ParameterType.GetGenericArguments()[0].GetGenericTypeDefinition() == delegateType)
            .MakeGenericMethod(enumerableMethod.GetGenericArguments());
    }

    // The filter and ThenInclude lambdas were parameterized for the outer query; their values come from its context.
    private sealed class ParameterBinder(QueryContext queryContext) : ExpressionVisitor
    {
        protected override Expression VisitExtension(Expression node)
        {
            if (node is QueryParameterExpression parameter)
            {
                var holder = Activator.CreateInstance(typeof(ZohoCrmQueryValue<>).MakeGenericType(parameter.Type), queryContext.Parameters[parameter.Name])!;
                return Expression.Property(Expression.Constant(holder), nameof(ZohoCrmQueryValue<object>.Value));
            }

            return base.VisitExtension(node);
        }
    }
}

/// <summary>A value captured for a query built at run time, which EF turns into a parameter. Internal API.</summary>
public sealed class ZohoCrmQueryValue<T>(T value)
{
    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public T Value { get; } = value;
}

using System.Linq.Expressions;
using System.Reflection;
using EFCore.ZohoCrm.Properties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;

namespace EFCore.ZohoCrm.Query.Internal;

/// <summary>
/// Takes the Include chains that reach a collection navigation out of a query, before EF translates it. COQL has no
/// join from a record to the records whose lookup points at it, so the collection is loaded afterwards by
/// <see cref="ZohoCrmCollectionInclude"/>: the query keeps the reference part of each chain (COQL lookup paths), and
/// the collection with everything after it becomes a second query on the related module. Only the operator chain of
/// the query itself is examined; Includes inside lambdas are left to EF. Internal API.
/// </summary>
public class ZohoCrmCollectionIncludeExtractor
{
    private static readonly HashSet<string> FilterOperators =
    [
        nameof(Enumerable.Where), nameof(Enumerable.OrderBy), nameof(Enumerable.OrderByDescending),
        nameof(Enumerable.ThenBy), nameof(Enumerable.ThenByDescending),
    ];

    // Operators whose results are not the source's records even when the types match (Select(a => a.ParentAccount)).
    private static readonly HashSet<string> Projections =
    [
        nameof(Queryable.Select), nameof(Queryable.SelectMany), nameof(Queryable.Join), nameof(Queryable.GroupJoin),
        "LeftJoin", "RightJoin", nameof(Queryable.GroupBy), nameof(Queryable.Zip),
    ];

    private static readonly MethodInfo IgnoreAutoIncludesMethod =
        typeof(EntityFrameworkQueryableExtensions).GetMethod(nameof(EntityFrameworkQueryableExtensions.IgnoreAutoIncludes))!;

    private static readonly MethodInfo StringIncludeMethod = typeof(EntityFrameworkQueryableExtensions).GetMethods()
        .Single(m => m.Name == nameof(EntityFrameworkQueryableExtensions.Include) && m.GetParameters()[1].ParameterType == typeof(string));

    private readonly IModel _model;
    private readonly List<ZohoCrmCollectionInclude> _includes = [];

    // Whether the records an Include applies to are what the query returns, or were projected away below the top.
    private enum Reach
    {
        Results,
        ProjectedToValues,
        ProjectedIntoAnotherShape,
    }

    /// <summary>
    ///     Internal API of the Zoho CRM provider: public so that Entity Framework Core can create and replace it, but not
    ///     bound by the compatibility rules of the public API; it may change or disappear in any release. Do not use it
    ///     from application code.
    /// </summary>
    public ZohoCrmCollectionIncludeExtractor(IModel model) => _model = model;

    /// <summary>The collections to load after the query, in the order they were written.</summary>
    public virtual IReadOnlyList<ZohoCrmCollectionInclude> Includes => _includes;

    /// <summary>Returns the query without its collection Includes; <see cref="Includes"/> then lists them.</summary>
    public virtual Expression Extract(Expression query) => Rewrite(WithAutoIncludesSpelledOut(query), Reach.Results);

    // EF adds the navigations configured with AutoInclude() while it expands the query, past the point where the
    // collections could be taken out. When some of them are collections, the query asks EF to ignore auto-includes
    // and names them as string Includes instead, which are then handled like written ones.
    private Expression WithAutoIncludesSpelledOut(Expression query)
    {
        var root = query;
        while (root is MethodCallExpression { Arguments.Count: > 0 } call && ElementType(call.Arguments[0].Type) is not null)
        {
            if (call.Method.DeclaringType == typeof(EntityFrameworkQueryableExtensions)
                && call.Method.Name == nameof(EntityFrameworkQueryableExtensions.IgnoreAutoIncludes))
            {
                return query;
            }

            root = call.Arguments[0];
        }

        if (root is not EntityQueryRootExpression entityRoot)
        {
            return query;
        }

        var paths = new List<List<INavigation>>();
        AutoIncludePaths(entityRoot.EntityType, [], paths);
        if (!paths.Any(p => p.Any(n => n.IsCollection)))
        {
            return query;
        }

        var elementType = entityRoot.EntityType.ClrType;
        Expression withIncludes = Expression.Call(IgnoreAutoIncludesMethod.MakeGenericMethod(elementType), entityRoot);
        foreach (var path in paths)
        {
            withIncludes = Expression.Call(StringIncludeMethod.MakeGenericMethod(elementType), withIncludes,
                Expression.Constant(string.Join('.', path.Select(n => n.Name))));
        }

        return ReplaceRoot(query, entityRoot, withIncludes);
    }

    private static void AutoIncludePaths(IEntityType entityType, List<INavigation> path, List<List<INavigation>> paths)
    {
        var extended = false;
        foreach (var navigation in entityType.GetNavigations().Where(n => n.IsEagerLoaded))
        {
            // Never back through the navigation just followed, nor round a cycle.
            if (path.Count > 0 && (navigation.Inverse == path[^1] || path.Any(p => p.DeclaringEntityType == navigation.TargetEntityType)))
            {
                continue;
            }

            extended = true;
            AutoIncludePaths(navigation.TargetEntityType, [.. path, navigation], paths);
        }

        if (!extended && path.Count > 0)
        {
            paths.Add(path);
        }
    }

    private static Expression ReplaceRoot(Expression query, Expression root, Expression replacement) =>
        query == root ? replacement
            : query is MethodCallExpression call
                ? call.Update(call.Object, [ReplaceRoot(call.Arguments[0], root, replacement), .. call.Arguments.Skip(1)])
                : query;

    private Expression Rewrite(Expression expression, Reach reach)
    {
        if (expression is not MethodCallExpression { Arguments.Count: > 0 } call || ElementType(call.Arguments[0].Type) is not { } sourceElement)
        {
            return expression;
        }

        if (IsInclude(call.Method))
        {
            return RewriteChain(call, sourceElement, reach);
        }

        // Operators that keep the records as they are (Where, OrderBy, Take, First...) let an Include below them
        // reach the results; a Select or GroupBy does not.
        if (reach == Reach.Results
            && (call.Type != sourceElement && ElementType(call.Type) != sourceElement || Projections.Contains(call.Method.Name)))
        {
            reach = ProjectsOnlyValues(call) ? Reach.ProjectedToValues : Reach.ProjectedIntoAnotherShape;
        }

        var source = Rewrite(call.Arguments[0], reach);
        return source == call.Arguments[0] ? call : call.Update(call.Object, [source, .. call.Arguments.Skip(1)]);
    }

    private Expression RewriteChain(MethodCallExpression last, Type rootType, Reach reach)
    {
        var calls = new List<MethodCallExpression>();
        var current = last;
        while (current.Method.Name == nameof(EntityFrameworkQueryableExtensions.ThenInclude))
        {
            calls.Insert(0, current);
            current = (MethodCallExpression)current.Arguments[0];
        }

        calls.Insert(0, current);
        var source = Rewrite(current.Arguments[0], reach);
        var entityType = _model.FindEntityType(rootType);
        var steps = entityType is null ? null : ParseChain(calls, entityType);
        var collectionIndex = steps?.FindIndex(s => s.Navigation.IsCollection) ?? -1;
        if (collectionIndex < 0)
        {
            return Rebuild(calls, int.MaxValue, source);
        }

        var collection = steps![collectionIndex];
        if (reach != Reach.Results)
        {
            // EF ignores an Include whose records are not returned (Count, Select(a => a.Name)); so does this.
            if (reach == Reach.ProjectedToValues)
            {
                return Rebuild(calls, collectionIndex, source);
            }

            throw new InvalidOperationException(ZohoCrmStrings.CollectionIncludeNotOnResults(
                Describe(collection.Navigation), entityType!.DisplayName()));
        }

        var tail = calls[0].Arguments[1] is ConstantExpression
            ? ZohoCrmIncludeTail.ForPath(string.Join('.', steps.Skip(collectionIndex + 1).Select(s => s.Navigation.Name)))
            : ZohoCrmIncludeTail.ForCalls(calls.Skip(collectionIndex + 1).ToList());
        Add(steps.Take(collectionIndex).Select(s => s.Navigation).ToList(), collection.Navigation, collection.Filter, tail);
        return Rebuild(calls, collectionIndex, source);
    }

    private void Add(IReadOnlyList<INavigation> referencePath, INavigation collection, IReadOnlyList<MethodCallExpression> filter, ZohoCrmIncludeTail? tail)
    {
        var existing = _includes.Find(i => i.Collection == collection && i.ReferencePath.SequenceEqual(referencePath));
        if (existing is null)
        {
            _includes.Add(new ZohoCrmCollectionInclude(referencePath, collection, filter, tail is null ? [] : [tail]));
            return;
        }

        if (filter.Count > 0 && existing.Filter.Count > 0
            && !filter.SequenceEqual(existing.Filter, ExpressionEqualityComparer.Instance))
        {
            throw new InvalidOperationException(ZohoCrmStrings.ConflictingFilteredIncludes(Describe(collection)));
        }

        _includes[_includes.IndexOf(existing)] = new ZohoCrmCollectionInclude(
            referencePath, collection, filter.Count > 0 ? filter : existing.Filter,
            tail is null ? existing.Tails : [.. existing.Tails, tail]);
    }

    // The first `count` steps of the chain applied to the rewritten source: the reference part stays in the query.
    private static Expression Rebuild(List<MethodCallExpression> calls, int count, Expression source)
    {
        if (calls[0].Arguments[1] is ConstantExpression { Value: string path })
        {
            var segments = path.Split('.', StringSplitOptions.TrimEntries);
            return count == 0 ? source
                : count >= segments.Length ? calls[0].Update(null, [source, calls[0].Arguments[1]])
                : Expression.Call(calls[0].Method, source, Expression.Constant(string.Join('.', segments.Take(count))));
        }

        var result = source;
        for (var i = 0; i < Math.Min(count, calls.Count); i++)
        {
            result = calls[i].Update(null, [result, .. calls[i].Arguments.Skip(1)]);
        }

        return result;
    }

    private sealed record Step(INavigation Navigation, IReadOnlyList<MethodCallExpression> Filter);

    // The navigations of a chain, or null for a shape EF should judge (skip navigations, casts, unknown names).
    private static List<Step>? ParseChain(List<MethodCallExpression> calls, IEntityType rootType)
    {
        if (calls[0].Arguments[1] is ConstantExpression { Value: string path })
        {
            var steps = new List<Step>();
            var type = rootType;
            foreach (var name in path.Split('.', StringSplitOptions.TrimEntries))
            {
                if (type.FindNavigation(name) is not { } navigation)
                {
                    return null;
                }

                steps.Add(new Step(navigation, []));
                type = navigation.TargetEntityType;
            }

            return steps;
        }

        var result = new List<Step>();
        var entityType = rootType;
        foreach (var call in calls)
        {
            if (call.Arguments[1] is not UnaryExpression { NodeType: ExpressionType.Quote, Operand: LambdaExpression lambda }
                || ParseLambda(lambda, entityType) is not { } step)
            {
                return null;
            }

            result.Add(step);
            entityType = step.Navigation.TargetEntityType;
        }

        return result;
    }

    private static Step? ParseLambda(LambdaExpression lambda, IEntityType entityType)
    {
        var body = StripConvert(lambda.Body);
        var filter = new List<MethodCallExpression>();
        while (body is MethodCallExpression { Arguments.Count: > 0 } call
               && (call.Method.DeclaringType == typeof(Enumerable) || call.Method.DeclaringType == typeof(Queryable)))
        {
            filter.Insert(0, call);
            body = StripConvert(call.Arguments[0]);
        }

        if (body is not MemberExpression member || StripConvert(member.Expression!) != lambda.Parameters[0]
            || entityType.FindNavigation(member.Member.Name) is not { } navigation)
        {
            return null;
        }

        foreach (var call in filter)
        {
            if (!FilterOperators.Contains(call.Method.Name) || call.Method.DeclaringType != typeof(Enumerable)
                || call.Arguments is not [_, LambdaExpression { Parameters.Count: 1 }])
            {
                throw new InvalidOperationException(ZohoCrmStrings.FilteredIncludeOperatorNotSupported(Describe(navigation), call.Method.Name));
            }

            if (new RecordUseFinder(lambda.Parameters[0], valueReadsCount: true).Finds(call.Arguments[1]))
            {
                throw new InvalidOperationException(ZohoCrmStrings.FilteredIncludeUsesPrincipal(Describe(navigation)));
            }
        }

        return new Step(navigation, filter);
    }

    // Count, Sum, Select(a => a.Name), Select(a => new { a.Name, a.Industry }): no record (or navigation) in the result.
    private static bool ProjectsOnlyValues(MethodCallExpression call)
    {
        if (IsValue(call.Type) || ElementType(call.Type) is { } element && IsValue(element))
        {
            return true;
        }

        return call.Method.Name == nameof(Queryable.Select)
            && call.Arguments[1] is UnaryExpression { Operand: LambdaExpression { Parameters: [var record] } selector }
            && !new RecordUseFinder(record).Finds(selector.Body);
    }

    private static bool IsValue(Type type) =>
        type.IsValueType || type == typeof(string) || type == typeof(byte[])
        || type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>) && IsValue(type.GetGenericArguments()[0]);

    // Finds a use of the record (other than reading one of its value properties, unless those count too).
    private sealed class RecordUseFinder(ParameterExpression record, bool valueReadsCount = false) : ExpressionVisitor
    {
        private bool _found;

        public bool Finds(Expression body)
        {
            Visit(body);
            return _found;
        }

        protected override Expression VisitMember(MemberExpression node) =>
            !valueReadsCount && node.Expression == record && IsValue(node.Type) ? node : base.VisitMember(node);

        protected override Expression VisitParameter(ParameterExpression node)
        {
            _found |= node == record;
            return node;
        }
    }

    private static string Describe(INavigation navigation) => navigation.DeclaringEntityType.DisplayName() + "." + navigation.Name;

    private static bool IsInclude(MethodInfo method) =>
        method.DeclaringType == typeof(EntityFrameworkQueryableExtensions)
        && method.Name is nameof(EntityFrameworkQueryableExtensions.Include) or nameof(EntityFrameworkQueryableExtensions.ThenInclude);

    private static Expression StripConvert(Expression expression) =>
        expression is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked or ExpressionType.TypeAs } unary
            ? StripConvert(unary.Operand)
            : expression;

    /// <summary>The record type of a LINQ query (<c>T</c> of <c>IQueryable&lt;T&gt;</c>), or null for any other type.</summary>
    public static Type? ElementType(Type type)
    {
        if (type == typeof(string))
        {
            return null;
        }

        var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return typeof(IQueryable).IsAssignableFrom(type) ? enumerable?.GetGenericArguments()[0] : null;
    }
}
